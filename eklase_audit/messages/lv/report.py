"""Messages of the report area."""

MESSAGES: dict[str, str] = {}
