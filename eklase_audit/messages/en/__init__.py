"""English messages, one module per area; keys and placeholders match the other language."""

from eklase_audit.messages.en import (
    calendar,
    cli,
    findings,
    help,
    io,
    profiles,
    report,
    rules,
    sample,
)

MESSAGES: dict[str, str] = {
    **cli.MESSAGES,
    **io.MESSAGES,
    **calendar.MESSAGES,
    **profiles.MESSAGES,
    **rules.MESSAGES,
    **report.MESSAGES,
    **findings.MESSAGES,
    **sample.MESSAGES,
    **help.MESSAGES,
}
