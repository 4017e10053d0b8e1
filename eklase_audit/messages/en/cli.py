"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "sheet '{sheet}'",
    "where.row": "row {row}",
    "where.column": "column '{column}'",
    "cli.interrupted": "Interrupted; no output file was left behind.",
    "scope.reversed": "--from {start} is after --to {end}; give the earlier date with --from.",
    "engine.empty_select": "--select names no rule; give rule codes or their beginnings, e.g. --select LES,GRD001.",
    "waivers.real_names": "{path} names people by their real names, as the exports do (a waiver must match them): keep it within the school; --pseudonymize applies to the reports only.",
    "cli.internal_error": "An unexpected error stopped the run ({error}); no output file was left behind. Run the same command with --debug and send what it prints to whoever looks after the tool.",
    "output.no_folder": "The folder '{folder}' does not exist; create it first or choose another place for the report.",
    "cli.bad_date": "{option}: '{value}' is not a date; write, for example, 2025-10-03 or 03.10.2025.",
    "cli.bad_datetime": "{option}: '{value}' is not a date and time; write, for example, 2026-01-09T12:00 or 09.01.2026 12:00.",
    "rules_cmd.title": "{school} ({profile}): rules",
    "rules_cmd.catalogue": "Every rule and the profiles that have it on",
    "rules_cmd.on_in": "On in profiles",
    "rules_cmd.hint": "One rule in full: eklase-audit explain CODE --profile PROFILE",
    "rules_cmd.hint_profile": "The rules of one profile: eklase-audit rules --profile PROFILE (profiles: eklase-audit profiles)",
    "where.line": "line {line}",
}
