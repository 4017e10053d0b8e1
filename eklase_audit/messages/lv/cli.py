"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "lapa „{sheet}”",
    "where.row": "{row}. rinda",
    "where.column": "kolonna „{column}”",
    "cli.interrupted": "Pārtraukts; neviens izvades fails nav atstāts.",
    "where.line": "{line}. rinda",
}
