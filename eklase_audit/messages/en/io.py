"""Messages of the io area."""

MESSAGES: dict[str, str] = {
    # Tables, as people call them.
    "table.lessons": "lessons",
    "table.grades": "grades",
    "table.absences": "absences",
    "table.term_grades": "term and year grades",
    "table.reports": "reports",
    "table.conversations": "individual conversations",
    "table.plans": "plans",
    "table.test_plan": "test planner",
    "table.timetable": "timetable",
    "table.journals": "journals and groups",
    "table.accounts": "user accounts",
    # Canonical columns, as people call them (inspect shows them; ids stay in JSON).
    "column.date": "date",
    "column.class": "class",
    "column.subject": "subject",
    "column.teacher": "teacher",
    "column.entered_at": "entered at",
    "column.lesson_no": "lesson number",
    "column.group": "group",
    "column.topic": "topic",
    "column.homework": "homework",
    "column.homework_entered_at": "homework entered at",
    "column.notes": "notes",
    "column.reason": "reason",
    "column.substitute": "substitute",
    "column.held": "held",
    "column.kind": "kind",
    "column.learning_area": "learning area",
    "column.student": "student",
    "column.grade": "grade",
    "column.work_type": "kind of work",
    "column.submitted_at": "handed in at",
    "column.corrected_at": "corrected on",
    "column.code": "absence mark",
    "column.note_submitted_at": "note handed in on",
    "column.justified_at": "justified on",
    "column.period": "period",
    "column.month": "month",
    "column.sent_at": "sent at",
    "column.with_whom": "with whom",
    "column.plan_type": "plan type",
    "column.period_start": "period start",
    "column.scope": "scope",
    "column.lessons": "number of lessons",
    "column.changed_by": "changed by",
    "column.weekday": "weekday",
    "column.valid_from": "valid from",
    "column.valid_to": "valid to",
    "column.name": "journal name",
    "column.created_at": "created on",
    "column.user": "user",
    "column.role": "role",
    "column.active": "active",
    "column.left_at": "left on",
    "column.requested_at": "requested on",
    "column.connected_at": "connected on",
    # Why a file or sheet was not read.
    "skip.own_report": "this is a violation report eklase-audit wrote, not an E-klase export",
    "skip.not_found": "There is no such file or folder.",
    "skip.empty_file": "The file is empty.",
    "skip.not_text": "This is neither a text (CSV) file nor an Excel workbook.",
    "skip.encoding": (
        "The text is not valid {encoding}: byte {offset} (line {line}) cannot be read. "
        "Save the file again as 'CSV UTF-8'."
    ),
    "skip.read_error": "The file cannot be opened: {error}.",
    "skip.workbook": "The workbook cannot be opened (it may be damaged): {error}.",
    "skip.sheet": "The sheet cannot be read: {error}.",
    "skip.hidden_sheet": "A hidden sheet; not read.",
    "skip.no_sheet": "No visible sheet of the workbook holds a table.",
    "skip.no_data": "It holds no data.",
    "skip.no_header": (
        "No table header in the first {rows} rows; the nearest is the '{table}' table "
        "({option}), which lacks the columns {missing}."
    ),
    "skip.no_header_none": "No table header can be recognised in the first {rows} rows.",
    "skip.ambiguous": (
        "The header fits several tables ({candidates}); say which it is with one of {options}."
    ),
    "skip.duplicate": "Identical to {same_as}; skipped so that nothing is counted twice.",
    "skip.malformed": "The CSV file cannot be split into rows: {error}.",
    "input.no_table": "No readable table was found in the inputs.",
    "input.none_given": "Name at least one export file or folder.",
    "input.unknown_kind": "Unknown table '{kind}'; the tables are: {tables}.",
    # Why a row was not read (DQ003); each takes {column} and {value}.
    "reject.empty": "'{column}' is empty.",
    "reject.date": "'{value}' is not a date (e.g. 03.10.2025.).",
    "reject.datetime": "'{value}' is not a date and time (e.g. 03.10.2025. 14:05).",
    "reject.time": "'{value}' is not a time of day (e.g. 14:05).",
    "reject.int": "'{value}' is not a whole number.",
    "reject.bool": "'{value}' is not yes or no (jā/nē).",
    "reject.month": "'{value}' is not a month (e.g. 10.2025 or oktobris 2025).",
    "reject.weekday": "'{value}' is not a day of the week (e.g. pirmdiena or P).",
    "reject.period_start": "'{value}' is neither a date nor a month.",
    "reject.too_many_cells": (
        "The row has more cells than the header: '{value}' in column {column}."
    ),
    "reject.unclosed_quote": (
        "The quotation mark in '{column}' is not closed; the row cannot be read."
    ),
    # How the inputs were read.
    "note.group_as_class": "'{header}' is read as the class: the table has no class column.",
    "note.looks_like_other_table": (
        "Given with {option} (table '{table}'), but its header fits the table '{other_table}' better; it was read as given. If the option was a slip, use {other_option}."
    ),
    "note.column_of_other_table": "'{header}' is a column of the table '{other_table}', not of '{table}' as this file was read: it is not used. If the file is that table, name it with {other_option} to see what it lacks.",
    "note.time_without_date": "'{header}' holds times of day without a date; it is not used.",
    "note.tolerant_csv": (
        "The file has unbalanced quotation marks; it was read with a slower, tolerant reader."
    ),
    # A school's config teaching the readers.
    "customise.not_found": "The config file {path} does not exist.",
    "customise.unreadable": "The config file cannot be read: {error}.",
    "customise.syntax": "The config file is not valid TOML: {error}.",
    "customise.not_table": "'{key}' must be a table.",
    "customise.unknown_table": "Unknown table '{table}' in [{section}]; the tables are: {tables}.",
    "customise.unknown_column": (
        "The '{table}' table has no column '{column}' (in [{section}]); its columns are: {columns}."
    ),
    "customise.bad_names": "'{key}' must be a list of header names, e.g. [\"Saglabāts\"].",
    "customise.bad_values": (
        '\'{key}\' must be a table of marks and values, e.g. {{ "slim." = "ns" }}.'
    ),
    # The inspect command.
    "inspect.title": "How the inputs were read",
    "inspect.table": "Table",
    "inspect.encoding": "Encoding",
    "inspect.separator": "Separator",
    "inspect.separator_tab": "tab",
    "inspect.header_row": "Header row",
    "inspect.rows_read": "Rows read",
    "inspect.blank_rows": "Blank rows",
    "inspect.rows_rejected": "Rows rejected",
    "inspect.columns": "Columns",
    "inspect.source_header": "Header in the file",
    "inspect.canonical": "Read as",
    "inspect.unmapped": "Columns not used",
    "inspect.no_entered": (
        "No entry-time column: the rules that need entry times cannot be evaluated."
    ),
    "inspect.first_rejections": "First rejected rows",
    "inspect.row": "Row",
    "inspect.column": "Column",
    "inspect.value": "Value",
    "inspect.reason": "Reason",
    "inspect.more_rejected": "… and {count} more",
    "inspect.skipped": "Skipped files and sheets",
    "inspect.notes": "Notes",
    "inspect.summary": "Tables read: {inputs}; skipped: {skipped}.",
}
