"""Messages of the calendar area: why a deadline could not be computed, and the `calendar`
command."""

MESSAGES: dict[str, str] = {
    # Why a deadline could not be computed (the row is then not evaluable)
    "reason.no_date": "nav datuma, no kura skaita termiņu",
    "reason.no_lesson_no": "nav stundas numura, tāpēc stundas beigu laiks nav zināms",
    "reason.lesson_not_in_bell_schedule": "stundas numura nav zvanu sarakstā",
    "reason.no_school_calendar": "šim datumam nav skolas kalendāra",
    "reason.no_period": "datums neietilpst nevienā mācību gada periodā, vai periods nav zināms",
    "reason.no_break": "tajā mācību gadā vairs nav rudens vai pavasara brīvdienu",
    "reason.outside_calendar": "datums ir ārpus darba dienu kalendāra gadiem",
    "reason.no_lessons_table": "vajadzīga nākamā stunda, bet nav stundu eksporta",
    # The `calendar` command
    "calendar.title": "Darba dienu kalendārs {year}",
    "calendar.title_profile": "Darba dienu kalendārs {year}: {school}",
    "calendar.summary": "Mācību gads {year}: {start}–{end}, {count} darba dienas.",
    "calendar.other_years": "Citi mācību gadi: {years} (izvēlieties ar --year).",
    "calendar.no_years": "Profilā nav mācību gadu; pievienojiet tos sadaļā [calendar.years].",
    "calendar.unknown_year": "Profilā nav mācību gada „{year}”; ir šādi: {known}.",
    "calendar.national": "Šis ir valsts kalendārs: svētku dienas un pārceltās darba dienas. Skolas papildu brīvdienas, periodus, skolēnu brīvdienas un zvanu sarakstu parāda ar --profile ID (profili: eklase-audit profiles).",
    "calendar.moved_day_off": "Brīvdiena: darba diena pārcelta uz sestdienu, {date}",
    "calendar.bad_year": "„{year}” nav mācību gads; rakstiet, piemēram, 2025/2026.",
    "calendar.holidays": "Svētku dienas (tās, kas iekrīt svētdienā, nav rādītas)",
    "calendar.no_holidays": "Svētku dienu nav.",
    "calendar.transfers": "Pārceltās darba dienas (Ministru kabineta rīkojumi)",
    "calendar.no_transfers": "Šajā mācību gadā darba dienas nav pārceltas.",
    "calendar.transfers_not_followed": (
        "Šis profils darba dienu pārcelšanu neievēro (transferred_working_days = false): "
        "šīs sestdienas nav darba dienas, bet to vietā paredzētās brīvdienas paliek darba "
        "dienas."
    ),
    "calendar.own_days": "Profila noteiktās dienas",
    "calendar.no_own_days": "Profils nenosaka papildu brīvdienas vai darba dienas.",
    "calendar.own_day_off": "brīvdiena",
    "calendar.own_working_day": "darba diena",
    "calendar.periods": "Periodi",
    "calendar.no_periods": "Šim mācību gadam nav norādītu periodu.",
    "calendar.grade_end": "{grade}. klasei: {date}",
    "calendar.breaks": "Skolēnu brīvdienas (tās nav pedagogu brīvdienas un darba dienas nemaina)",
    "calendar.no_breaks": "Brīvdienas nav norādītas.",
    "calendar.bell": "Zvanu saraksts",
    "calendar.no_bell": "Nav zvanu saraksta: termiņus „lesson_end” nevar aprēķināt.",
    "calendar.bell_default": (
        "Latvijā ierastais zvanu saraksts, ko skola vēl nav apstiprinājusi: pārbaudiet "
        "to un sadaļā [calendar.bell] ierakstiet confirmed = true."
    ),
    "calendar.bell_confirmed": "Skola to ir apstiprinājusi.",
    "calendar.col.date": "Datums",
    "calendar.col.weekday": "Diena",
    "calendar.col.holiday": "Svētki",
    "calendar.col.working_saturday": "Darba sestdiena",
    "calendar.col.day_off": "Brīvdiena tās vietā",
    "calendar.col.what": "Kas",
    "calendar.col.period": "Periods",
    "calendar.col.break": "Brīvdienas",
    "calendar.col.start": "Sākums",
    "calendar.col.end": "Beigas",
    "calendar.col.end_by_grade": "Vēlākas beigas atsevišķām klasēm",
    "calendar.col.working_days": "Darba dienas",
    "calendar.col.lesson": "Stunda",
    "calendar.unknown": "(nav zināms)",
    "calendar.break.rudens": "rudens brīvdienas",
    "calendar.break.ziemas": "ziemas brīvdienas",
    "calendar.break.pavasara": "pavasara brīvdienas",
    "calendar.break.vasaras": "vasaras brīvdienas",
    "calendar.weekday.0": "pirmdiena",
    "calendar.weekday.1": "otrdiena",
    "calendar.weekday.2": "trešdiena",
    "calendar.weekday.3": "ceturtdiena",
    "calendar.weekday.4": "piektdiena",
    "calendar.weekday.5": "sestdiena",
    "calendar.weekday.6": "svētdiena",
}
