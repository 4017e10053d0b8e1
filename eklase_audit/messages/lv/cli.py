"""Messages of the command line itself."""

MESSAGES: dict[str, str] = {
    "where.sheet": "lapa „{sheet}”",
    "where.row": "{row}. rinda",
    "where.column": "kolonna „{column}”",
    "cli.interrupted": "Pārtraukts; neviens izvades fails nav atstāts.",
    "scope.reversed": "--from {start} ir vēlāk nekā --to {end}; ar --from norādiet agrāko datumu.",
    "engine.empty_select": "--select nenorāda neviena noteikuma; norādiet noteikumu kodus vai to sākumus, piemēram, --select LES,GRD001.",
    "waivers.real_names": "{path} personas ir nosauktas īstajos vārdos, tāpat kā eksportos (izņēmumam jāatbilst tiem): glabājiet to skolā; --pseudonymize attiecas tikai uz pārskatiem.",
    "cli.internal_error": "Negaidīta kļūda pārtrauca darbu ({error}); neviens izvades fails nav atstāts. Palaidiet to pašu komandu ar --debug un nosūtiet izdrukāto tam, kas uztur šo rīku.",
    "output.no_folder": "Mape „{folder}” nepastāv; vispirms izveidojiet to vai izvēlieties citu vietu pārskatam.",
    "cli.bad_date": "{option}: „{value}” nav datums; rakstiet, piemēram, 2025-10-03 vai 03.10.2025.",
    "cli.bad_datetime": "{option}: „{value}” nav datums un laiks; rakstiet, piemēram, 2026-01-09T12:00 vai 09.01.2026 12:00.",
    "rules_cmd.title": "{school} ({profile}): noteikumi",
    "rules_cmd.catalogue": "Visi noteikumi un profili, kuros tie ieslēgti",
    "rules_cmd.on_in": "Ieslēgts profilos",
    "rules_cmd.hint": "Sīkāk par vienu noteikumu: eklase-audit explain KODS --profile PROFILS",
    "rules_cmd.hint_profile": "Noteikumi vienā profilā: eklase-audit rules --profile PROFILS (profili: eklase-audit profiles)",
    "where.line": "{line}. rinda",
}
