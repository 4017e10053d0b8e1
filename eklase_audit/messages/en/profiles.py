"""Messages of the profiles area."""

MESSAGES: dict[str, str] = {}
