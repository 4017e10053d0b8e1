"""Messages of the rules area."""

MESSAGES: dict[str, str] = {}
