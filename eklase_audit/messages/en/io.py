"""Messages of the io area."""

MESSAGES: dict[str, str] = {}
