"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "sheet '{sheet}'",
    "where.row": "row {row}",
    "where.column": "column '{column}'",
    "cli.interrupted": "Interrupted; no output file was left behind.",
    "where.line": "line {line}",
}
