"""Messages of the sample generator."""

MESSAGES: dict[str, str] = {}
