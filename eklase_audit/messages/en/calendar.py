"""Messages of the calendar area: why a deadline could not be computed, and the `calendar`
command."""

MESSAGES: dict[str, str] = {
    # Why a deadline could not be computed (the row is then not evaluable)
    "reason.no_date": "the date the deadline counts from is missing",
    "reason.no_lesson_no": "no lesson number, so the lesson's end time is unknown",
    "reason.lesson_not_in_bell_schedule": "the lesson number is not in the bell schedule",
    "reason.no_school_calendar": "no school calendar for this date",
    "reason.no_period": "the date is in no period of the school year, or the period is unknown",
    "reason.no_break": "no autumn or spring break follows in that school year",
    "reason.outside_calendar": "the date is outside the years of the working-day calendar",
    "reason.no_lessons_table": "the next lesson is needed, and there is no lessons export",
    # The `calendar` command
    "calendar.title": "Working-day calendar {year}",
    "calendar.title_profile": "Working-day calendar {year}: {school}",
    "calendar.summary": "School year {year}: {start} – {end}, {count} working days.",
    "calendar.other_years": "Other school years: {years} (choose one with --year).",
    "calendar.no_years": "The profile has no school years; add them under [calendar.years].",
    "calendar.unknown_year": "The profile has no school year '{year}'; it has: {known}.",
    "calendar.national": "This is the national calendar: public holidays and transferred working days. A --profile ID adds the school's own days off, periods, breaks and bell schedule (profiles: eklase-audit profiles).",
    "calendar.moved_day_off": "Day off: its working day moved to Saturday {date}",
    "calendar.bad_year": "'{year}' is not a school year; write, for example, 2025/2026.",
    "calendar.holidays": "Public holidays (those on a Sunday left out)",
    "calendar.no_holidays": "No public holidays.",
    "calendar.transfers": "Transferred working days (Cabinet orders)",
    "calendar.no_transfers": "No transferred working days in this school year.",
    "calendar.transfers_not_followed": (
        "This profile does not follow transferred working days "
        "(transferred_working_days = false): these Saturdays are not working days, and the "
        "weekdays given off for them stay working days."
    ),
    "calendar.own_days": "The profile's own days",
    "calendar.no_own_days": "The profile adds no days off or working days of its own.",
    "calendar.own_day_off": "day off",
    "calendar.own_working_day": "working day",
    "calendar.periods": "Periods",
    "calendar.no_periods": "No periods configured for this school year.",
    "calendar.grade_end": "grade {grade}: {date}",
    "calendar.breaks": "Pupils' breaks (not days off: they do not change working days)",
    "calendar.no_breaks": "No breaks configured.",
    "calendar.bell": "Bell schedule",
    "calendar.no_bell": "No bell schedule: lesson_end deadlines cannot be computed.",
    "calendar.bell_default": (
        "The common Latvian bell schedule, a default the school has not confirmed: check "
        "it and set confirmed = true under [calendar.bell]."
    ),
    "calendar.bell_confirmed": "Confirmed by the school.",
    "calendar.col.date": "Date",
    "calendar.col.weekday": "Day",
    "calendar.col.holiday": "Holiday",
    "calendar.col.working_saturday": "Working Saturday",
    "calendar.col.day_off": "Day off instead",
    "calendar.col.what": "What",
    "calendar.col.period": "Period",
    "calendar.col.break": "Break",
    "calendar.col.start": "Start",
    "calendar.col.end": "End",
    "calendar.col.end_by_grade": "Later end by grade",
    "calendar.col.working_days": "Working days",
    "calendar.col.lesson": "Lesson",
    "calendar.unknown": "(not known)",
    "calendar.break.rudens": "autumn break",
    "calendar.break.ziemas": "winter break",
    "calendar.break.pavasara": "spring break",
    "calendar.break.vasaras": "summer break",
    "calendar.weekday.0": "Monday",
    "calendar.weekday.1": "Tuesday",
    "calendar.weekday.2": "Wednesday",
    "calendar.weekday.3": "Thursday",
    "calendar.weekday.4": "Friday",
    "calendar.weekday.5": "Saturday",
    "calendar.weekday.6": "Sunday",
}
