"""Latvian messages, one module per area; keys and placeholders match the other language."""

from eklase_audit.messages.lv import calendar, cli, io, profiles, report, rules

MESSAGES: dict[str, str] = {
    **cli.MESSAGES,
    **io.MESSAGES,
    **calendar.MESSAGES,
    **profiles.MESSAGES,
    **rules.MESSAGES,
    **report.MESSAGES,
}
