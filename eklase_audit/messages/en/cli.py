"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "sheet '{sheet}'",
    "where.row": "row {row}",
    "where.column": "column '{column}'",
    "cli.interrupted": "Interrupted; no output file was left behind.",
    "cli.bad_date": "{option}: '{value}' is not a date; write, for example, 2025-10-03 or 03.10.2025.",
    "cli.bad_datetime": "{option}: '{value}' is not a date and time; write, for example, 2026-01-09T12:00 or 09.01.2026 12:00.",
    "where.line": "line {line}",
}
