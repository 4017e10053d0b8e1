"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "lapa „{sheet}”",
    "where.row": "{row}. rinda",
    "where.column": "kolonna „{column}”",
    "cli.interrupted": "Pārtraukts; neviens izvades fails nav atstāts.",
    "cli.bad_date": "{option}: „{value}” nav datums; raksti, piemēram, 2025-10-03 vai 03.10.2025.",
    "cli.bad_datetime": "{option}: „{value}” nav datums un laiks; raksti, piemēram, 2026-01-09T12:00 vai 09.01.2026 12:00.",
    "where.line": "{line}. rinda",
}
