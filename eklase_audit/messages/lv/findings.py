"""Messages of findings: violations, pending and not-evaluable reasons."""

MESSAGES: dict[str, str] = {}
