"""Messages of the io area."""

MESSAGES: dict[str, str] = {
    # Tables, as people call them.
    "table.lessons": "stundas",
    "table.grades": "vērtējumi",
    "table.absences": "kavējumi",
    "table.term_grades": "semestra un gada vērtējumi",
    "table.reports": "izraksti un atskaites",
    "table.conversations": "individuālās sarunas",
    "table.plans": "plānošana",
    "table.test_plan": "pārbaudes darbu plānotājs",
    "table.timetable": "stundu saraksts",
    "table.journals": "žurnāli un grupas",
    "table.accounts": "lietotāji",
    # Canonical columns, as people call them (inspect shows them; ids stay in JSON).
    "column.date": "datums",
    "column.class": "klase",
    "column.subject": "priekšmets",
    "column.teacher": "skolotājs",
    "column.entered_at": "ievadīšanas laiks",
    "column.lesson_no": "stundas numurs",
    "column.group": "grupa",
    "column.topic": "tēma",
    "column.homework": "mājasdarbs",
    "column.homework_entered_at": "mājasdarba ievadīšanas laiks",
    "column.notes": "piezīmes",
    "column.reason": "iemesls",
    "column.substitute": "aizvietotājs",
    "column.held": "notika",
    "column.kind": "veids",
    "column.learning_area": "mācību joma",
    "column.student": "skolēns",
    "column.grade": "vērtējums",
    "column.work_type": "darba veids",
    "column.submitted_at": "iesniegšanas laiks",
    "column.corrected_at": "labošanas datums",
    "column.code": "kavējuma apzīmējums",
    "column.note_submitted_at": "zīmes iesniegšanas datums",
    "column.justified_at": "attaisnošanas datums",
    "column.period": "periods",
    "column.month": "mēnesis",
    "column.sent_at": "nosūtīšanas laiks",
    "column.with_whom": "ar ko",
    "column.plan_type": "plāna veids",
    "column.period_start": "perioda sākums",
    "column.scope": "apjoms",
    "column.lessons": "stundu skaits",
    "column.changed_by": "mainīja",
    "column.weekday": "nedēļas diena",
    "column.valid_from": "spēkā no",
    "column.valid_to": "spēkā līdz",
    "column.name": "žurnāla nosaukums",
    "column.created_at": "izveidošanas datums",
    "column.user": "lietotājs",
    "column.role": "loma",
    "column.active": "aktīvs",
    "column.left_at": "aiziešanas datums",
    "column.requested_at": "iesnieguma datums",
    "column.connected_at": "pieslēgšanas datums",
    # Why a file or sheet was not read.
    "skip.own_report": "šī ir eklase-audit sagatavota pārkāpumu atskaite, nevis E-klases eksports",
    "skip.not_found": "Šāda faila vai mapes nav.",
    "skip.empty_file": "Fails ir tukšs.",
    "skip.not_text": "Tas nav ne teksta (CSV) fails, ne Excel darbgrāmata.",
    "skip.encoding": (
        "Teksts nav derīgā {encoding} kodējumā: baitu nr. {offset} ({line}. rindā) nevar "
        "nolasīt. Saglabājiet failu vēlreiz kā „CSV UTF-8”."
    ),
    "skip.read_error": "Failu nevar atvērt: {error}.",
    "skip.workbook": "Darbgrāmatu nevar atvērt (tā var būt bojāta): {error}.",
    "skip.sheet": "Lapu nevar nolasīt: {error}.",
    "skip.hidden_sheet": "Slēpta lapa; netiek lasīta.",
    "skip.no_sheet": "Nevienā darbgrāmatas redzamajā lapā nav tabulas.",
    "skip.no_data": "Tajā nav datu.",
    "skip.no_header": (
        "Pirmajās {rows} rindās nav tabulas galvenes; tuvākā ir tabula „{table}” ({option}), "
        "kurai trūkst kolonnu: {missing}."
    ),
    "skip.no_header_none": "Pirmajās {rows} rindās nav atpazīstamas tabulas galvenes.",
    "skip.ambiguous": (
        "Galvene der vairākām tabulām ({candidates}); norādiet, kura tā ir, ar kādu no "
        "opcijām {options}."
    ),
    "skip.duplicate": "Tāds pats kā {same_as}; izlaists, lai nekas netiktu skaitīts divreiz.",
    "skip.malformed": "CSV failu nevar sadalīt rindās: {error}.",
    "input.no_table": "Ievaddatos nav atrasta neviena nolasāma tabula.",
    "input.none_given": "Norādiet vismaz vienu eksporta failu vai mapi.",
    "input.unknown_kind": "Nezināma tabula „{kind}”; tabulas ir šādas: {tables}.",
    # Why a row was not read (DQ003); each takes {column} and {value}.
    "reject.empty": "Kolonnā „{column}” nav vērtības.",
    "reject.date": "„{value}” nav datums (piemēram, 03.10.2025.).",
    "reject.datetime": "„{value}” nav datums ar laiku (piemēram, 03.10.2025. 14:05).",
    "reject.time": "„{value}” nav diennakts laiks (piemēram, 14:05).",
    "reject.int": "„{value}” nav vesels skaitlis.",
    "reject.bool": "„{value}” nav „jā” vai „nē”.",
    "reject.month": "„{value}” nav mēnesis (piemēram, 10.2025 vai oktobris 2025).",
    "reject.weekday": "„{value}” nav nedēļas diena (piemēram, pirmdiena vai P).",
    "reject.period_start": "„{value}” nav ne datums, ne mēnesis.",
    "reject.too_many_cells": "Rindā ir vairāk šūnu nekā galvenē: „{value}” kolonnā {column}.",
    "reject.unclosed_quote": "Kolonnā „{column}” pēdiņas nav aizvērtas; rinda nav nolasāma.",
    # How the inputs were read.
    "note.group_as_class": (
        "Kolonna „{header}” tiek lasīta kā klase, jo tabulā nav kolonnas „Klase”."
    ),
    "note.looks_like_other_table": (
        "Fails norādīts ar {option} (tabula „{table}”), bet tā galvene skaidrāk atbilst tabulai „{other_table}”; tas nolasīts kā norādīts. Ja opcija izvēlēta kļūdaini, lietojiet {other_option}."
    ),
    "note.column_of_other_table": "„{header}” ir tabulas „{other_table}” kolonna, nevis tabulas „{table}”, kā šis fails nolasīts: tā netiek izmantota. Ja fails ir šī tabula, norādiet to ar {other_option}, lai redzētu, kas tajā trūkst.",
    "note.time_without_date": "Kolonnā „{header}” ir tikai laiks bez datuma; tā netiek izmantota.",
    "note.tolerant_csv": (
        "Failā ir nesapārotas pēdiņas; tas nolasīts ar lēnāku, iecietīgāku lasītāju."
    ),
    # A school's config teaching the readers.
    "customise.not_found": "Konfigurācijas faila {path} nav.",
    "customise.unreadable": "Konfigurācijas failu nevar nolasīt: {error}.",
    "customise.syntax": "Konfigurācijas fails nav derīgs TOML: {error}.",
    "customise.not_table": "„{key}” jābūt tabulai.",
    "customise.unknown_table": (
        "Nezināma tabula „{table}” sadaļā [{section}]; tabulas ir šādas: {tables}."
    ),
    "customise.unknown_column": (
        "Tabulā „{table}” nav kolonnas „{column}” (sadaļā [{section}]); tās kolonnas ir šādas: "
        "{columns}."
    ),
    "customise.bad_names": '„{key}” jābūt galveņu nosaukumu sarakstam, piemēram, ["Saglabāts"].',
    "customise.bad_values": (
        '„{key}” jābūt atzīmju un vērtību tabulai, piemēram, {{ "slim." = "ns" }}.'
    ),
    # The inspect command.
    "inspect.title": "Kā ievaddati tika nolasīti",
    "inspect.table": "Tabula",
    "inspect.encoding": "Kodējums",
    "inspect.separator": "Atdalītājs",
    "inspect.separator_tab": "tabulācija",
    "inspect.header_row": "Galvenes rinda",
    "inspect.rows_read": "Nolasītās rindas",
    "inspect.blank_rows": "Tukšās rindas",
    "inspect.rows_rejected": "Noraidītās rindas",
    "inspect.columns": "Kolonnas",
    "inspect.source_header": "Galvene failā",
    "inspect.canonical": "Nolasīta kā",
    "inspect.unmapped": "Neizmantotās kolonnas",
    "inspect.no_entered": (
        "Nav ievadīšanas laika kolonnas: noteikumus, kam tā vajadzīga, nevar novērtēt."
    ),
    "inspect.first_rejections": "Pirmās noraidītās rindas",
    "inspect.row": "Rinda",
    "inspect.column": "Kolonna",
    "inspect.value": "Vērtība",
    "inspect.reason": "Iemesls",
    "inspect.more_rejected": "… un vēl {count}",
    "inspect.skipped": "Izlaistie faili un lapas",
    "inspect.notes": "Piezīmes",
    "inspect.summary": "Nolasītās tabulas: {inputs}; izlaistās: {skipped}.",
}
