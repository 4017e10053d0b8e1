"""The `--help` of the app and of every command: what each command and option is for, and the
short names (metavars) shown for the values options take.

Typer renders the help texts with Rich markup: a literal ``[`` would start a style, so they avoid
it; metavars are shown as they are.
"""

MESSAGES: dict[str, str] = {
    # The app and its commands
    "help.app": (
        "Pārbauda E-klases eksportus pēc skolas E-klases lietošanas kārtības un atrod novēloti "
        "ievadītos un trūkstošos ierakstus: stundas, vērtējumus, kavējumus un atskaites.\n\n"
        "Pirmie soļi: eklase-audit profiles (lai izvēlētos skolas profilu), tad "
        "eklase-audit check MAPE --profile PROFILS."
    ),
    "help.cmd.check": "Pārbauda eksportus pēc skolas kārtības un parāda novēloti ievadītos un trūkstošos ierakstus.",
    "help.cmd.inspect": "Parāda, kā nolasīti faili un to lapas: tabula, kodējums, atdalītājs, galvenes rinda, kolonnas, nolasītās un nenolasītās rindas.",
    "help.cmd.rules": (
        "Parāda noteikumus: kodu, nosaukumu, vai noteikums ir ieslēgts, nozīmīgumu, termiņu un "
        "kārtības punktu.\n\n"
        "Bez --profile vai --config (un ja šajā mapē nav eklase-audit.toml) parāda visus "
        "noteikumus un iebūvētos profilus, kuros katrs no tiem ir ieslēgts."
    ),
    "help.cmd.explain": "Izskaidro vienu noteikumu: ko tas atrod, kāpēc tas ir svarīgi, pārkāpuma un pareiza ieraksta piemēru, termiņus un kārtības punktu (vienā profilā vai visos iebūvētajos).",
    "help.cmd.profiles": "Parāda iebūvētos skolu profilus: ID, iestādi, kārtību, veidu un datumu, no kura kārtība ir spēkā.",
    "help.cmd.init": "Izveido skolas eklase-audit.toml, kas balstīts uz iebūvētu profilu: visi iestatījumi tajā ir redzami un komentēti, un tos var labot.",
    "help.cmd.calendar": "Parāda spēkā esošo darba dienu kalendāru: svētku dienas, pārceltās darba dienas, periodus, skolēnu brīvdienas un zvanu sarakstu. Bez --profile (un ja šajā mapē nav eklase-audit.toml) — valsts kalendāru: tikai svētku dienas un pārceltās darba dienas.",
    "help.cmd.sample": "Izveido vienas skolas izdomātus E-klases eksportus ar ievietotiem pārkāpumiem un failu expected.json, kurā tie uzskaitīti, lai rīku varētu izmēģināt bez īstiem datiem.",
    # Options every command shares
    "help.option.help": "Parāda šo palīdzību un beidz darbu.",
    "help.option.version": "Parāda versiju un beidz darbu.",
    "help.common.lang": "Izvades un šīs palīdzības valoda: lv vai en (pēc noklusējuma — datora valoda).",
    "help.common.debug": "Kļūdas gadījumā parāda visu tehnisko informāciju (kļūdas ziņojumam izstrādātājiem).",
    "help.common.profile": "Iebūvētais skolas profils (saraksts: eklase-audit profiles).",
    "help.common.config": "Skolas iestatījumu fails eklase-audit.toml.",
    "help.common.paths": "Faili vai mapes ar eksportiem; mapēs meklē arī visās apakšmapēs.",
    "help.common.format": "Kā parādīt rezultātu: table (lasīšanai) vai json (citām programmām).",
    # Naming a file's table (the "Input tables" panel)
    "help.panel.tables": "Ievades tabulas",
    "help.table.lessons": "Stundu eksporta fails (var norādīt vairākas reizes).",
    "help.table.grades": "Vērtējumu eksporta fails (var norādīt vairākas reizes).",
    "help.table.absences": "Kavējumu eksporta fails (var norādīt vairākas reizes).",
    "help.table.term_grades": "Semestra un gada vērtējumu eksporta fails (var norādīt vairākas reizes).",
    "help.table.reports": "Izrakstu un atskaišu eksporta fails (var norādīt vairākas reizes).",
    "help.table.conversations": "Individuālo sarunu eksporta fails (var norādīt vairākas reizes).",
    "help.table.plans": "Plānošanas (pirmsskolas) eksporta fails (var norādīt vairākas reizes).",
    "help.table.test_plan": "Pārbaudes darbu plānotāja eksporta fails (var norādīt vairākas reizes).",
    "help.table.timetable": "Stundu saraksta eksporta fails (var norādīt vairākas reizes).",
    "help.table.journals": "Žurnālu un grupu eksporta fails (var norādīt vairākas reizes).",
    "help.table.accounts": "Lietotāju eksporta fails (var norādīt vairākas reizes).",
    # check
    "help.check.as_of": "Atskaites laiks, uz kuru pārbauda: 2026-01-09, 09.01.2026 vai 09.01.2026 12:00 (pēc noklusējuma — tagad, pēc Rīgas laika). Termiņi, kas beidzas vēlāk, vēl nav pārkāpumi.",
    "help.check.from": "Pārbauda tikai notikumus (stundas, vērtējumus, kavējumus...), kuru datums ir šis vai vēlāks, piemēram, 01.09.2025.",
    "help.check.to": "Pārbauda tikai notikumus, kuru datums ir šis vai agrāks, piemēram, 31.12.2025.",
    "help.check.period": 'Pārbauda tikai vienu periodu tajā mācību gadā, kurā ir --as-of, piemēram, --period "1. semestris".',
    "help.check.select": "Pārbauda tikai šos noteikumus: kodus vai to sākumus, atdalītus ar komatiem (LES,GRD001).",
    "help.check.ignore": "Izlaiž šos noteikumus: kodus vai to sākumus, atdalītus ar komatiem.",
    "help.check.format": "Kā parādīt rezultātu: table (lasīšanai) vai json, csv, markdown (citām programmām).",
    "help.check.output": "Saglabā arī pārskatu failā ar paplašinājumu .xlsx (Excel), .csv vai .json (var norādīt vairākas reizes).",
    "help.check.fail_on": "Beidz darbu ar izejas kodu 1, ja ir šāda vai augstāka nozīmīguma pārkāpumi: error (kļūda), warning (brīdinājums) vai never (nekad); noder skriptiem.",
    "help.check.quiet": "Parāda tikai kopsavilkumu: bez gaitas rādītāja, piezīmēm un pārkāpumu saraksta.",
    "help.check.waivers": "Izņēmumu fails (.toml) ar pārkāpumiem, ko skola ir pieņēmusi; tie parādīti kā izņēmumi, nevis kā pārkāpumi.",
    "help.check.write_waivers": "Ieraksta visus pašreizējos pārkāpumus jaunā izņēmumu failā (kopā ar --reason un --until).",
    "help.check.reason": "Iemesls, ko --write-waivers ieraksta katram izņēmumam.",
    "help.check.until": "Datums, līdz kuram ir spēkā ar --write-waivers ierakstītie izņēmumi.",
    "help.check.pseudonymize": "Visās izvadēs aizstāj skolēnu vārdus ar pseidonīmiem un neiekļauj brīvo tekstu (tēmas, piezīmes).",
    "help.check.pseudonymize_teachers": "Aizstāj ar pseidonīmiem arī skolotāju vārdus.",
    "help.check.keep_text": "Ar --pseudonymize tomēr saglabā brīvo tekstu (tēmas, piezīmes).",
    "help.check.include_personal_codes": "Ieraksta izvadēs personas kodus (pēc noklusējuma tie ir paslēpti).",
    "help.check.snapshot": "Mape ar tiem pašiem eksportiem, kas iegūti zināmā laikā, lai noteiktu, kad ieraksti veikti, ja eksportos nav ievadīšanas laika: MAPE vai MAPE@2025-10-06T18:00 (katrai mapei savs --snapshot).",
    # inspect
    "help.inspect.config": "Skolas eklase-audit.toml, kura sadaļās columns un values norādīti skolas kolonnu nosaukumi un atzīmes (pēc noklusējuma — eklase-audit.toml šajā mapē, ja tāds ir).",
    # explain
    "help.explain.code": "Noteikuma kods, piemēram, GRD001 (saraksts: eklase-audit rules).",
    # init
    "help.init.profile": "Iebūvētais profils, no kura sākt (saraksts: eklase-audit profiles).",
    "help.init.out": "Kur ierakstīt iestatījumu failu.",
    "help.init.force": "Pārraksta failu, ja tas jau ir.",
    # calendar
    "help.calendar.year": "Mācību gads, piemēram, 2025/2026 (pēc noklusējuma — tas, kurā ir šodiena).",
    # sample
    "help.sample.outdir": "Mape, kurā ierakstīt eksportus (ja tās nav, to izveido).",
    "help.sample.profile": "Iebūvētais skolas profils: aknistes-vsk, daugavpils-vg, jelgava-4vsk, liepaja-mazulitis, upeslejas-sk.",
    "help.sample.students": "Skolēnu (bērnu) skaits skolā; no tā izriet klašu skaits. Pēc noklusējuma — profila noteiktais skaits, kopā mazāk nekā 1 MB failu.",
    "help.sample.seed": "Sākumskaitlis: ar vienu un to pašu sākumskaitli tiek izveidoti pilnīgi vienādi faili.",
    "help.sample.year": "Mācību gads: 2024/2025, 2025/2026 vai 2026/2027.",
    "help.sample.with_bad_rows": "Pievieno nenolasāmas rindas, kas pārbaudei jānoraida.",
    # What an option's value is, shown beside the option
    "help.metavar.file": "FAILS",
    "help.metavar.folder": "MAPE",
    "help.metavar.paths": "FAILS_VAI_MAPE",
    "help.metavar.date": "DATUMS",
    "help.metavar.datetime": "LAIKS",
    "help.metavar.profile": "PROFILS",
    "help.metavar.code": "KODS",
    "help.metavar.codes": "KODI",
    "help.metavar.period": "PERIODS",
    "help.metavar.text": "TEKSTS",
    "help.metavar.number": "SKAITS",
    "help.metavar.year": "GADS",
    "help.metavar.snapshot": "MAPE[@LAIKS]",
}
