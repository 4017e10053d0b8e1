"""Messages of the sample generator."""

MESSAGES: dict[str, str] = {
    "sample.unknown_profile": "Nezināms profils „{profile}”; iebūvētie profili: {known}.",
    "sample.profile_required": "Norādiet skolas profilu ar --profile; iebūvētie profili: {known}.",
    "sample.unknown_year": "Paraugam nav zināms mācību gads „{year}”; izvēlieties kādu no šiem: {known}.",
    "sample.bad_students": "--students jābūt skaitlim no 1 līdz {max}, nevis {students}.",
    "sample.outdir_not_folder": "„{path}” ir fails, nevis mape.",
    "sample.outdir_not_empty": "Mapē „{path}” ir citi faili (piemēram, „{file}”); izvēlieties tukšu mapi vai mapi ar iepriekšēju paraugu.",
    "sample.written": "Paraugs ({school}, profils {profile}, {year}. mācību gads, sākumskaitlis (--seed) {seed}) ierakstīts mapē {outdir}:",
    "sample.people_school": "Skolēnu skaits: {students}, klašu skaits: {classes}.",
    "sample.people_preschool": "Bērnu skaits: {students}, grupu skaits: {classes}.",
    "sample.file": "  {path}: rindu skaits {rows}",
    "sample.file_sheet": "  {path}, lapa „{sheet}”: rindu skaits {rows}",
    "sample.planted": "Ievietotie pārkāpumi pa noteikumiem (kopā {total}):",
    "sample.planted_rule": "  {rule}: {count}",
    "sample.other": "Vēl: gaida {pending}, nevar novērtēt {not_evaluable}, pareizi ieraksti termiņa robežās {near_misses}, nenolasāmas rindas {rejected}.",
    "sample.truth": "Kas pārbaudē jāatrod: {path}",
    "sample.audit_with": "Pārbaudiet ar: eklase-audit check {outdir} --profile {profile} --as-of {as_of}",
}
