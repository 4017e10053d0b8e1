"""Messages of the calendar area."""

MESSAGES: dict[str, str] = {}
