"""The `--help` of the app and of every command: what each command and option is for, and the
short names (metavars) shown for the values options take.

Typer renders the help texts with Rich markup: a literal ``[`` would start a style, so they avoid
it; metavars are shown as they are.
"""

MESSAGES: dict[str, str] = {
    # The app and its commands
    "help.app": (
        "Checks E-klase journal exports against the school's order on using E-klase and finds "
        "the entries made late or missing: lessons, grades, absences and reports.\n\n"
        "First steps: eklase-audit profiles (pick your school's profile), then "
        "eklase-audit check FOLDER --profile PROFILE."
    ),
    "help.cmd.check": "Checks the exports against the school's order and lists the entries made late or missing.",
    "help.cmd.inspect": "Shows how each file and sheet is read: table, encoding, separator, header row, columns, rows read and rows that could not be read.",
    "help.cmd.rules": (
        "Lists the rules: code, title, on or off, severity, deadline and the order's paragraph.\n\n"
        "Without --profile or --config (and with no eklase-audit.toml in this folder), lists every "
        "rule with the built-in profiles that have it on."
    ),
    "help.cmd.explain": "Explains one rule: what it finds, why it matters, an example of a violation and of a correct entry, its deadlines and the order's paragraph (in one profile, or in every built-in one).",
    "help.cmd.profiles": "Lists the built-in school profiles: id, school, order, kind and the date it is in force from.",
    "help.cmd.init": "Writes your school's own eklase-audit.toml, starting from a built-in profile, with every setting shown and commented, ready to edit.",
    "help.cmd.calendar": "Shows the working-day calendar in force: public holidays, transferred working days, periods, school breaks and the bell schedule. Without --profile (and no eklase-audit.toml here): the national calendar, holidays and transferred working days only.",
    "help.cmd.sample": "Writes one school's made-up E-klase exports with planted violations and an expected.json listing them, to try the tool without real data.",
    # Options every command shares
    "help.option.help": "Show this help and exit.",
    "help.option.version": "Show the version and exit.",
    "help.common.lang": "Language of the output and of this help: lv or en (default: the computer's language).",
    "help.common.debug": "On an error, show the full technical details (for a bug report).",
    "help.common.profile": "The built-in school profile to use (list: eklase-audit profiles).",
    "help.common.config": "The school's own settings file, eklase-audit.toml.",
    "help.common.paths": "Export files or folders; folders are searched with all their subfolders.",
    "help.common.format": "How the result is printed: table (to read) or json (for other programs).",
    # Naming a file's table (the "Input tables" panel)
    "help.panel.tables": "Input tables",
    "help.table.lessons": "A lessons export file (can be given more than once).",
    "help.table.grades": "A grades export file (can be given more than once).",
    "help.table.absences": "An absences export file (can be given more than once).",
    "help.table.term_grades": "A semester and year grades export file (can be given more than once).",
    "help.table.reports": "A reports export file (can be given more than once).",
    "help.table.conversations": "An individual conversations export file (can be given more than once).",
    "help.table.plans": "A (preschool) plans export file (can be given more than once).",
    "help.table.test_plan": "A test planner export file (can be given more than once).",
    "help.table.timetable": "A timetable export file (can be given more than once).",
    "help.table.journals": "A journals and groups export file (can be given more than once).",
    "help.table.accounts": "An accounts (users) export file (can be given more than once).",
    # check
    "help.check.as_of": "The time the check is made for: 2026-01-09, 09.01.2026 or 09.01.2026 12:00 (default: now, Riga time). Deadlines after it are not yet violations.",
    "help.check.from": "Check only events (lessons, grades, absences...) on or after this date, e.g. 01.09.2025.",
    "help.check.to": "Check only events on or before this date, e.g. 31.12.2025.",
    "help.check.period": 'Check only one period of the school year of --as-of, e.g. --period "1. semestris".',
    "help.check.select": "Check only these rules: codes or their beginnings, separated by commas (LES,GRD001).",
    "help.check.ignore": "Leave out these rules: codes or their beginnings, separated by commas.",
    "help.check.format": "How the result is printed: table (to read) or json, csv, markdown (for other programs).",
    "help.check.output": "Also save a report: a file ending in .xlsx (Excel), .csv or .json (can be given more than once).",
    "help.check.fail_on": "End with exit code 1 when there are violations of this severity or higher: error, warning, or never (for scripts).",
    "help.check.quiet": "Print only the summary: no progress, notes or list of violations.",
    "help.check.waivers": "A waivers file (.toml) of violations the school has accepted; they are shown as waived, not as violations.",
    "help.check.write_waivers": "Write every current violation into a new waivers file (with --reason and --until).",
    "help.check.reason": "The reason written into each waiver by --write-waivers.",
    "help.check.until": "The date until which the waivers written by --write-waivers hold.",
    "help.check.pseudonymize": "Replace students' names with pseudonyms in every output and leave free text (topics, notes) out.",
    "help.check.pseudonymize_teachers": "Replace teachers' names with pseudonyms too.",
    "help.check.keep_text": "With --pseudonymize, keep the free text (topics, notes).",
    "help.check.include_personal_codes": "Write personal codes into the outputs (by default they are hidden).",
    "help.check.snapshot": "A folder of the same exports taken at a known time, to tell when entries were made when the exports have no entry times: FOLDER or FOLDER@2025-10-06T18:00 (one --snapshot per folder).",
    # inspect
    "help.inspect.config": "The school's eklase-audit.toml, whose columns and values sections name the school's own column headers and marks (default: eklase-audit.toml in this folder, if there is one).",
    # explain
    "help.explain.code": "A rule code, e.g. GRD001 (list: eklase-audit rules).",
    # init
    "help.init.profile": "The built-in profile to start from (list: eklase-audit profiles).",
    "help.init.out": "Where to write the settings file.",
    "help.init.force": "Overwrite the file if it already exists.",
    # calendar
    "help.calendar.year": "The school year, e.g. 2025/2026 (default: the one that includes today).",
    # sample
    "help.sample.outdir": "The folder to write the exports into (created if missing).",
    "help.sample.profile": "The built-in school profile: aknistes-vsk, daugavpils-vg, jelgava-4vsk, liepaja-mazulitis, upeslejas-sk.",
    "help.sample.students": "Number of students (children) in the school; the number of classes follows from it. Default: the profile's own, under 1 MB of files.",
    "help.sample.seed": "The same seed writes the same files, byte for byte.",
    "help.sample.year": "The school year: 2024/2025, 2025/2026 or 2026/2027.",
    "help.sample.with_bad_rows": "Add unreadable rows that the check must reject.",
    # What an option's value is, shown beside the option
    "help.metavar.file": "FILE",
    "help.metavar.folder": "FOLDER",
    "help.metavar.paths": "FILE_OR_FOLDER",
    "help.metavar.date": "DATE",
    "help.metavar.datetime": "DATETIME",
    "help.metavar.profile": "PROFILE",
    "help.metavar.code": "CODE",
    "help.metavar.codes": "CODES",
    "help.metavar.period": "PERIOD",
    "help.metavar.text": "TEXT",
    "help.metavar.number": "NUMBER",
    "help.metavar.year": "YEAR",
    "help.metavar.snapshot": "FOLDER[@DATETIME]",
}
