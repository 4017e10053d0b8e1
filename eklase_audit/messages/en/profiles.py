"""Messages of the profiles area: config errors, `profiles` and `init`."""

MESSAGES: dict[str, str] = {
    # Choosing a profile
    "profile.unknown": "There is no built-in profile '{name}'; the profiles are: {profiles}.",
    "profile.both": "Give either --profile or --config, not both.",
    "profile.none": (
        "No profile given and no {name} in {folder}: use --profile ID (one of {profiles}) or "
        "--config FILE, or write a config with 'eklase-audit init --profile ID'."
    ),
    # Reading a config
    "config.not_found": "The config file does not exist.",
    "config.is_folder": "This is a folder, not a config file.",
    "config.unreadable": "The config file cannot be read ({reason}).",
    "config.not_utf8": "The config file is not UTF-8 text; save it as UTF-8.",
    "config.syntax": "The config file is not valid TOML: {detail}.",
    "config.extends_loop": "'extends' makes a loop: {chain}.",
    "config.extends_unknown": (
        "extends = '{name}' is neither a built-in profile ({profiles}) nor a file next to this one."
    ),
    "config.missing_key": "'{key}' is missing; add it.",
    # Checking a config
    "config.unknown_top_key": "Unknown key '{key}'; allowed at the top of the file: {allowed}.",
    "config.unknown_key": "Unknown key '{key}' in {table}; allowed here: {allowed}.",
    "config.expected.string": "'{key}' must be a text in quotes.",
    "config.expected.bool": "'{key}' must be true or false.",
    "config.expected.int": "'{key}' must be a whole number.",
    "config.expected.table": "'{key}' must be a table (a [section] or {{ ... }}).",
    "config.expected.string_list": '\'{key}\' must be a list of texts, e.g. ["a", "b"].',
    "config.expected.int_list": "'{key}' must be a list of whole numbers, e.g. [8].",
    "config.expected.date_list": "'{key}' must be a list of dates, e.g. [2025-11-17].",
    "config.bad_choice": "'{key}' cannot be '{value}'; allowed: {allowed}.",
    "config.bad_date": "'{key}' = '{value}' is not a date; write 2025-11-17 or \"17.11.2025\".",
    "config.bad_regex": "'{key}' is not a valid regular expression ({detail}).",
    "config.regex_feature": (
        "'{key}' uses a look-ahead, look-behind or back-reference, which the checks cannot run; "
        "write the pattern without them."
    ),
    "config.bad_lesson_number": "'{value}' is not a lesson number (0 to 20).",
    "config.bad_time_range": "'{key}' = '{value}' is not a lesson's time; write \"08:30-09:10\".",
    "config.bad_year_name": "'{value}' is not a school year; write \"2025/2026\".",
    "config.bad_grade": "'{value}' is not a grade (class year) from 1 to 12.",
    "config.no_periods": "The school year {year} has no periods.",
    "config.span_order": "'{name}' ends before it starts.",
    "config.unknown_rule": "There is no rule '{code}'; the rules are: {codes}.",
    "config.always_on": (
        "{rule} is a data-quality rule and is always on; remove 'enabled = false'."
    ),
    "config.default_twice": (
        "{rule} gives its default deadline twice, as 'deadline' and as '{table}.default'; keep one."
    ),
    "config.no_deadline": "{rule} has no deadline, so '{key}' does not apply to it.",
    "config.no_by_table": (
        "{rule} has one deadline for all its records, so '{key}' does not apply to it."
    ),
    "config.wrong_by_table": "{rule}'s deadlines differ by {column}: use '{allowed}', not '{key}'.",
    "config.bad_from": "{rule} cannot count its deadline from '{value}'; allowed: {allowed}.",
    "config.bad_deadline": "'{value}' is not a deadline; the forms are: {forms}.",
    "config.unknown_word": "'{value}' is not a value of {column}; allowed: {allowed}.",
    "config.bad_grade_form": "'{value}' is not a grade form; the forms are: {allowed}.",
    "config.bad_month": "{value} is not a month (1 to 12).",
    "config.unknown_table": "There is no table '{table}'; the tables are: {allowed}.",
    "config.unknown_column": "Table {table} has no column '{column}'; its columns are: {allowed}.",
    "config.not_mappable": (
        "The values of {table}.{column} cannot be mapped; map a column of codes, grades or names."
    ),
    # `profiles`
    "profiles.title": "Built-in school profiles",
    "profiles.col.id": "ID",
    "profiles.col.school": "School",
    "profiles.col.order": "Order",
    "profiles.col.kind": "Kind",
    "profiles.col.effective_from": "In force from",
    "profiles.kind.school": "school",
    "profiles.kind.preschool": "preschool",
    "profiles.not_dated": "not dated",
    "profiles.hint": (
        "Audit with 'eklase-audit check --profile ID', or write your own config with "
        "'eklase-audit init --profile ID'."
    ),
    # `init`
    "init.no_profile": "Choose the profile to start from: --profile ID (one of {profiles}).",
    "init.exists": "{path} already exists; add --force to overwrite it.",
    "init.unwritable": "Cannot write {path} ({reason}).",
    "init.written": (
        "Wrote {path}, starting from the profile {profile}. Edit it; 'eklase-audit check' uses it "
        "when run in its folder, or give it with --config {path}."
    ),
    # The text of the file `init` writes (each line becomes a comment).
    "init.file.title": "eklase-audit config: {name}",
    "init.file.intro": (
        'This file starts from the built-in profile "{profile}" ({order}).\n'
        "Whatever it does not say is taken from that profile.\n"
        "'eklase-audit check' uses this file when it runs in this folder; elsewhere, give it\n"
        "with --config FILE.\n"
        "\n"
        "Lines starting with # are comments. A setting shown after a single # is the profile's\n"
        "current one: to change it, delete the # at the start of its lines (the [section] line\n"
        "too) and edit the value. Dates are written 2025-11-17, times 17:00."
    ),
    "init.file.school": "The school",
    "init.file.calendar": "Calendar",
    "init.file.calendar_help": (
        "Latvia's public holidays and the Cabinet's transferred working Saturdays are known.\n"
        "Add the school's own days off and extra working days, e.g. days_off = [2026-05-04].\n"
        "A municipal school that does not work on transferred Saturdays sets\n"
        "transferred_working_days = false."
    ),
    "init.file.bell_help": (
        "The bell schedule (lesson number = start-end) is the common Latvian one, a default.\n"
        "Check the times against your school's and set confirmed = true."
    ),
    "init.file.years_help": (
        "School years, periods and breaks follow the Cabinet's regulations; to change one, e.g.:\n"
        '[calendar.years."2025/2026".periods."2. semestris"]\n'
        "end = 2026-05-29"
    ),
    "init.file.rules": "Rules",
    "init.file.rules_help": (
        "Each rule shows its current setting. enabled = true or false turns it on or off;\n"
        'severity is "error" or "warning"; citation is the order\'s paragraph.\n'
        "A deadline is one of: {forms}.\n"
        '"from" says what it counts from: {counts_from}.\n'
        "Deadlines that differ by kind (of lesson, work, period) are given in a by_* table,\n"
        'e.g. [rules.GRD001.by_work_type."pārbaudes darbs"]; deadline = "none" leaves a kind\n'
        "unchecked."
    ),
    "init.file.rule_off": "off",
    "init.file.rule_deadline": "Deadline: {deadline}",
    "init.file.rule_source": "Source: {citation}",
    "init.file.exports": "Reading your exports",
    "init.file.columns_help": (
        "If your export calls a column by a name the tool does not know, add the name here\n"
        "(the canonical column names are in 'eklase-audit inspect'), e.g.:"
    ),
    "init.file.values_help": (
        "If your school writes its own marks or words, map them to the standard ones, e.g.:"
    ),
}
