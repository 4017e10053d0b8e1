"""Messages of the profiles area: config errors, `profiles` and `init`."""

MESSAGES: dict[str, str] = {
    # Choosing a profile
    "profile.unknown": "Iebūvēta profila „{name}” nav; profili ir: {profiles}.",
    "profile.both": "Norādiet vai nu --profile, vai --config, ne abus.",
    "profile.none": (
        "Profils nav norādīts, un mapē {folder} nav faila {name}: lietojiet --profile ID (vienu "
        "no: {profiles}) vai --config FAILS, vai izveidojiet konfigurāciju ar „eklase-audit init "
        "--profile ID”."
    ),
    # Reading a config
    "config.not_found": "Konfigurācijas fails neeksistē.",
    "config.is_folder": "Tā ir mape, nevis konfigurācijas fails.",
    "config.unreadable": "Konfigurācijas failu nevar nolasīt ({reason}).",
    "config.not_utf8": "Konfigurācijas fails nav UTF-8 teksts; saglabājiet to UTF-8 kodējumā.",
    "config.syntax": "Konfigurācijas fails nav derīgs TOML: {detail}.",
    "config.extends_loop": "„extends” veido cilpu: {chain}.",
    "config.extends_unknown": (
        "extends = „{name}” nav ne iebūvēts profils ({profiles}), ne fails blakus šim failam."
    ),
    "config.missing_key": "Trūkst „{key}”; pievienojiet to.",
    # Checking a config
    "config.unknown_top_key": "Nezināma atslēga „{key}”; faila sākumā atļautas: {allowed}.",
    "config.unknown_key": "Nezināma atslēga „{key}” sadaļā {table}; šeit atļautas: {allowed}.",
    "config.expected.string": "„{key}” jābūt tekstam pēdiņās.",
    "config.expected.bool": "„{key}” jābūt true vai false.",
    "config.expected.int": "„{key}” jābūt veselam skaitlim.",
    "config.expected.table": "„{key}” jābūt tabulai (sadaļai [...] vai {{ ... }}).",
    "config.expected.string_list": '„{key}” jābūt tekstu sarakstam, piemēram, ["a", "b"].',
    "config.expected.int_list": "„{key}” jābūt veselu skaitļu sarakstam, piemēram, [8].",
    "config.expected.date_list": "„{key}” jābūt datumu sarakstam, piemēram, [2025-11-17].",
    "config.bad_choice": "„{key}” nevar būt „{value}”; atļauts: {allowed}.",
    "config.bad_date": '„{key}” = „{value}” nav datums; rakstiet 2025-11-17 vai "17.11.2025".',
    "config.bad_regex": "„{key}” nav derīga regulārā izteiksme ({detail}).",
    "config.regex_feature": (
        "„{key}” izmanto skatu uz priekšu vai atpakaļ (look-around) vai atpakaļatsauci, ko "
        "pārbaudes nevar izpildīt; uzrakstiet izteiksmi bez tiem."
    ),
    "config.bad_lesson_number": "„{value}” nav stundas numurs (no 0 līdz 20).",
    "config.bad_time_range": '„{key}” = „{value}” nav stundas laiks; rakstiet "08:30-09:10".',
    "config.bad_year_name": '„{value}” nav mācību gads; rakstiet "2025/2026".',
    "config.bad_grade": "„{value}” nav klašu grupa no 1 līdz 12.",
    "config.no_periods": "Mācību gadam {year} nav periodu.",
    "config.span_order": "„{name}” beidzas pirms sākuma.",
    "config.unknown_rule": "Noteikuma „{code}” nav; noteikumi ir: {codes}.",
    "config.always_on": (
        "{rule} ir datu kvalitātes noteikums, un tas vienmēr ir ieslēgts; izdzēsiet "
        "„enabled = false”."
    ),
    "config.default_twice": (
        "{rule} noklusējuma termiņš norādīts divreiz — kā „deadline” un kā „{table}.default”; "
        "atstājiet vienu."
    ),
    "config.no_deadline": "{rule} nav termiņa, tāpēc „{key}” uz to neattiecas.",
    "config.no_by_table": (
        "{rule} visiem ierakstiem ir viens termiņš, tāpēc „{key}” uz to neattiecas."
    ),
    "config.wrong_by_table": (
        "{rule} termiņi atšķiras pēc kolonnas {column}: lietojiet „{allowed}”, nevis „{key}”."
    ),
    "config.bad_from": "{rule} termiņu nevar skaitīt no „{value}”; atļauts: {allowed}.",
    "config.bad_deadline": "„{value}” nav termiņš; iespējamie termiņi: {forms}.",
    "config.unknown_word": "„{value}” nav kolonnas {column} vērtība; atļauts: {allowed}.",
    "config.bad_grade_form": "„{value}” nav vērtējuma forma; formas ir: {allowed}.",
    "config.bad_month": "{value} nav mēnesis (no 1 līdz 12).",
    "config.unknown_table": "Tabulas „{table}” nav; tabulas ir: {allowed}.",
    "config.unknown_column": "Tabulā {table} nav kolonnas „{column}”; tās kolonnas ir: {allowed}.",
    "config.not_mappable": (
        "Kolonnas {table}.{column} vērtības nevar pārkodēt; pārkodēt var apzīmējumu, vērtējumu "
        "vai nosaukumu kolonnas."
    ),
    # `profiles`
    "profiles.title": "Iebūvētie skolu profili",
    "profiles.col.id": "ID",
    "profiles.col.school": "Iestāde",
    "profiles.col.order": "Kārtība",
    "profiles.col.kind": "Veids",
    "profiles.col.effective_from": "Spēkā no",
    "profiles.kind.school": "skola",
    "profiles.kind.preschool": "pirmsskola",
    "profiles.not_dated": "nav datēta",
    "profiles.hint": (
        "Pārbaudei: „eklase-audit check --profile ID”; savai konfigurācijai: "
        "„eklase-audit init --profile ID”."
    ),
    # `init`
    "init.no_profile": "Norādiet profilu, no kura sākt: --profile ID (vienu no: {profiles}).",
    "init.exists": "{path} jau eksistē; lai to pārrakstītu, pievienojiet --force.",
    "init.unwritable": "Failu {path} nevar ierakstīt ({reason}).",
    "init.written": (
        "Konfigurācija ierakstīta failā {path}, pamatā profils {profile}. Labojiet to; "
        "„eklase-audit check” to izmanto, ja palaists tā mapē, citur norādiet to ar "
        "--config {path}."
    ),
    # The text of the file `init` writes (each line becomes a comment).
    "init.file.title": "eklase-audit konfigurācija: {name}",
    "init.file.intro": (
        'Šis fails sākas no iebūvētā profila "{profile}" ({order}).\n'
        "Viss, kas šeit nav norādīts, tiek ņemts no šī profila.\n"
        "„eklase-audit check” šo failu izmanto, ja to palaiž šajā mapē; citur norādiet to ar\n"
        "--config FAILS.\n"
        "\n"
        "Rindas, kas sākas ar #, ir komentāri. Iestatījums aiz viena # ir profila pašreizējais:\n"
        "lai to mainītu, izdzēsiet # tā rindu sākumā (arī rindā ar [sadaļu]) un labojiet\n"
        "vērtību. Datumus raksta 2025-11-17, laikus 17:00."
    ),
    "init.file.school": "Iestāde",
    "init.file.calendar": "Kalendārs",
    "init.file.calendar_help": (
        "Latvijas svētku dienas un Ministru kabineta pārceltās darba sestdienas jau ir zināmas.\n"
        "Pievienojiet skolas brīvdienas un papildu darba dienas, piemēram, "
        "days_off = [2026-05-04].\n"
        "Pašvaldības skola, kas pārceltajās sestdienās nestrādā, raksta\n"
        "transferred_working_days = false."
    ),
    "init.file.bell_help": (
        "Zvanu saraksts (stundas numurs = sākums-beigas) ir vispārējais Latvijas saraksts,\n"
        "noklusējums. Salīdziniet laikus ar savas skolas sarakstu un ierakstiet confirmed = true."
    ),
    "init.file.years_help": (
        "Mācību gadi, periodi un brīvdienas atbilst Ministru kabineta noteikumiem; lai kādu\n"
        "mainītu, piemēram:\n"
        '[calendar.years."2025/2026".periods."2. semestris"]\n'
        "end = 2026-05-29"
    ),
    "init.file.rules": "Noteikumi",
    "init.file.rules_help": (
        "Katram noteikumam parādīts pašreizējais iestatījums. enabled = true vai false to\n"
        'ieslēdz vai izslēdz; severity ir "error" (kļūda) vai "warning" (brīdinājums);\n'
        "citation ir kārtības punkts.\n"
        "Termiņš ir viens no: {forms}.\n"
        '"from" norāda, no kā to skaita: {counts_from}.\n'
        "Termiņus, kas atšķiras pēc veida (stundas, darba, perioda), norāda by_* tabulā,\n"
        'piemēram, [rules.GRD001.by_work_type."pārbaudes darbs"]; deadline = "none" atstāj\n'
        "šo veidu nepārbaudītu."
    ),
    "init.file.rule_off": "izslēgts",
    "init.file.rule_deadline": "Termiņš: {deadline}",
    "init.file.rule_source": "Avots: {citation}",
    "init.file.exports": "Eksporta failu lasīšana",
    "init.file.columns_help": (
        "Ja jūsu eksportā kolonnai ir nosaukums, ko rīks nepazīst, pievienojiet to šeit\n"
        "(kanoniskos kolonnu nosaukumus, tādus kā entered_at, rāda\n"
        "„eklase-audit inspect --lang en” vai „eklase-audit inspect --format json”), piemēram:"
    ),
    "init.file.values_help": (
        "Ja skola lieto savus apzīmējumus vai vārdus, piesaistiet tos standarta vērtībām, piemēram:"
    ),
}
