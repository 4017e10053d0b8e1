"""Messages of the sample generator."""

MESSAGES: dict[str, str] = {
    "sample.unknown_profile": "Unknown profile '{profile}'; the built-in profiles are: {known}.",
    "sample.profile_required": "Name the school's profile with --profile; the built-in profiles are: {known}.",
    "sample.unknown_year": "The sample knows no school year '{year}'; choose one of: {known}.",
    "sample.bad_students": "--students must be a number from 1 to {max}, not {students}.",
    "sample.outdir_not_folder": "'{path}' is a file, not a folder.",
    "sample.outdir_not_empty": "The folder '{path}' holds other files (for example '{file}'); choose an empty folder or one with an earlier sample.",
    "sample.written": "Wrote a sample of {school} ({profile}), school year {year}, seed {seed}, into {outdir}:",
    "sample.people_school": "Students: {students}; classes: {classes}.",
    "sample.people_preschool": "Children: {students}; groups: {classes}.",
    "sample.file": "  {path}: {rows} rows",
    "sample.file_sheet": "  {path}, sheet '{sheet}': {rows} rows",
    "sample.planted": "Planted violations by rule ({total} in all):",
    "sample.planted_rule": "  {rule}: {count}",
    "sample.other": "Also {pending} pending, {not_evaluable} not evaluable, {near_misses} near misses that are fine, {rejected} unreadable rows.",
    "sample.truth": "What the audit must find: {path}",
    "sample.audit_with": "Audit them with: eklase-audit check {outdir} --profile {profile} --as-of {as_of}",
}
