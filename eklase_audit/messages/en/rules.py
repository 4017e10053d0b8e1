"""Messages of the rules area: each rule's title, what it finds, why it matters and two examples,
and the words for deadlines. The same texts feed `rules`, `explain`, the report and the README."""

_RULES: dict[str, dict[str, str]] = {
    "LES000": {
        "title": "Timetabled lesson missing from the journal",
        "finds": (
            "A lesson in the timetable for which the journal has no entry once the lesson "
            "deadline (LES001) has passed."
        ),
        "why": (
            "A lesson that took place but is not in the journal leaves the pupils' attendance "
            "and the topic unrecorded; parents and the school see a gap."
        ),
        "example_bad": (
            "The timetable has 7.b matemātika as lesson 3 on Tuesdays; at the audit on "
            "10.10.2025 the journal has no entry for Tuesday 07.10.2025, lesson 3."
        ),
        "example_good": (
            "The journal has 07.10.2025, lesson 3, 7.b, matemātika, entered 07.10.2025 at 10:55."
        ),
    },
    "LES001": {
        "title": "Lesson entered late",
        "finds": (
            "A lesson (its topic and attendance) entered in the journal after the deadline the "
            "order sets for that kind of lesson."
        ),
        "why": (
            "Parents and pupils read the journal the same day; the order sets when lessons must "
            "be in it, and the deputy director has to check that they are."
        ),
        "example_bad": (
            "The lesson of 07.10.2025 (7.b, matemātika) entered 09.10.2025 at 08:12; the "
            "deadline was 07.10.2025 at 17:00."
        ),
        "example_good": "The lesson of 07.10.2025 entered 07.10.2025 at 14:40.",
    },
    "LES002": {
        "title": "Lesson without a topic",
        "finds": "A lesson entry whose topic is still empty after the lesson deadline.",
        "why": (
            "The topic shows what was taught: without it the journal does not show that the "
            "curriculum was covered, and a pupil who missed the lesson does not know what to "
            "catch up on."
        ),
        "example_bad": (
            "07.10.2025, 7.b, latviešu valoda: the topic (Tēma) is empty at the audit on "
            "10.10.2025."
        ),
        "example_good": (
            "07.10.2025, 7.b, latviešu valoda: topic „Teikuma locekļi: teikuma priekšmets”."
        ),
    },
    "LES003": {
        "title": "Topic not in the school's form",
        "finds": (
            "A lesson topic that does not follow the pattern the order prescribes (e.g. "
            "„SR: sasniedzamais rezultāts / Temats”: the intended outcome, a slash, the topic)."
        ),
        "why": (
            "The school prescribes one form for topics so that every lesson shows its intended "
            "learning outcome; the order asks every teacher to use it."
        ),
        "example_bad": "Topic „Daļskaitļi” (no „SR:” and no outcome).",
        "example_good": (
            "Topic „SR: Prot saskaitīt daļskaitļus ar vienādiem saucējiem / Daļskaitļi”."
        ),
    },
    "LES004": {
        "title": "Substitution without the order's date and number",
        "finds": (
            "A substituted lesson whose reason (Iemesls) does not give the date and number of "
            "the director's order."
        ),
        "why": (
            "A lesson is substituted by the director's order; its date and number tie the entry "
            "to that order for pay and for inspections."
        ),
        "example_bad": "Lesson substituted by J. Kalniņa, reason „slimība”.",
        "example_good": "Reason „Rīkojums 06.10.2025. Nr. 1-11/45”.",
    },
    "LES005": {
        "title": "Cancelled lesson without a note",
        "finds": (
            "A lesson that did not take place, with no note on the previous lesson of that "
            "class and subject giving the reason or the order's date and number."
        ),
        "why": (
            "Without the note nobody can later tell why the pupils had no lesson; the order "
            "asks for the reason where parents see it."
        ),
        "example_bad": (
            "7.b fizika of 08.10.2025 did not take place; the lesson of 06.10.2025 has no note."
        ),
        "example_good": (
            "Note (Piezīmes) on 06.10.2025: „08.10. stunda nenotiks: mācību ekskursija "
            "(rīkojums 01.10.2025. Nr. 1-11/40)”."
        ),
    },
    "LES006": {
        "title": "Week without a class hour",
        "finds": (
            "A class whose class teacher made no class-hour entry in a school week (one or more "
            "entries are fine; weeks wholly inside a break are skipped)."
        ),
        "why": (
            "The order asks for a class-hour entry every school week; a week without one means "
            "the class hour was not held or not recorded."
        ),
        "example_bad": "9.a has no „audzināšanas stunda” entry in the week 13.10–17.10.2025.",
        "example_good": "9.a, 15.10.2025, audzināšanas stunda, topic „Karjeras izvēle”.",
    },
    "LES007": {
        "title": "„Latvijas skolas soma” activity not noted as prescribed",
        "finds": (
            "A note that mentions „Latvijas skolas soma” without one of the phrases the order "
            "prescribes."
        ),
        "why": (
            "The programme's activities are counted from these notes; the prescribed words make "
            "them easy to find and report."
        ),
        "example_bad": "Note „bijām teātrī, skolas soma”.",
        "example_good": "Note „Nodarbība „Latvijas skolas soma” ietvaros”.",
    },
    "HW001": {
        "title": "Homework entered late",
        "finds": "Homework (Uzdots), where given, entered after the time the order sets.",
        "why": (
            "Pupils and parents plan the evening from the journal; homework that appears late "
            "cannot be done on time."
        ),
        "example_bad": (
            "Homework for 07.10.2025 entered 07.10.2025 at 21:30; the deadline was 18:00."
        ),
        "example_good": "Homework entered 07.10.2025 at 15:10.",
    },
    "ABS001": {
        "title": "Absence entered late",
        "finds": "An absence mark entered after the deadline the order sets.",
        "why": (
            "Parents learn of absences from the journal; a late mark means a parent learns too "
            "late that the child did not arrive."
        ),
        "example_bad": (
            "Absence of 07.10.2025, lesson 2, entered 08.10.2025 at 09:00; the deadline was "
            "07.10.2025 at 17:00."
        ),
        "example_good": "The absence entered 07.10.2025 at 10:05.",
    },
    "ABS002": {
        "title": "Absence mark not allowed",
        "finds": (
            "An absence mark the order does not list, or an empty mark without the note the "
            "order requires (e.g. „izglītība ģimenē”)."
        ),
        "why": (
            "Attendance reports count the marks: an unknown mark is counted wrongly, and an "
            "empty one without its note looks like a missing entry."
        ),
        "example_bad": "Mark „s” for a child off sick.",
        "example_good": "Mark „NS” (illness, with a doctor's note).",
    },
    "ABS003": {
        "title": "Absence note registered late",
        "finds": (
            "A justification note registered later than the order allows after it was handed in."
        ),
        "why": (
            "Until the note is registered the absence counts as unjustified, in reports and in "
            "what parents see."
        ),
        "example_bad": (
            "Note handed in 06.10.2025, absence justified 09.10.2025; the deadline was 07.10.2025."
        ),
        "example_good": "Note handed in 06.10.2025, absence justified 06.10.2025.",
    },
    "GRD001": {
        "title": "Grade entered late",
        "finds": (
            "A grade entered after the deadline the order sets for that kind of work, counted "
            "from the work's date, its hand-in or its correction, as the profile says."
        ),
        "why": (
            "Pupils and parents need a result while it can still help; the order sets how soon "
            "each kind of work must be graded."
        ),
        "example_bad": (
            "A test (pārbaudes darbs) of 01.10.2025 graded 09.10.2025; the deadline was the end "
            "of 06.10.2025 (3 working days)."
        ),
        "example_good": "The test graded 03.10.2025.",
    },
    "GRD002": {
        "title": "Grade not valid for its kind of work",
        "finds": (
            "A grade whose form does not fit its kind of work (e.g. a number where the order "
            "asks for „ieskaitīts”/„neieskaitīts”, or a letter other than S, T, A, P)."
        ),
        "why": (
            "Averages, report cards and summary journals are computed from grades; a grade in "
            "the wrong form is counted wrongly or not at all."
        ),
        "example_bad": "Work type „ieskaitīts/neieskaitīts”, grade „7”.",
        "example_good": "Work type „ieskaitīts/neieskaitīts”, grade „ieskaitīts”.",
    },
    "TRM001": {
        "title": "Semester or year grade entered late",
        "finds": (
            "A semester or year grade entered after the deadline the order sets "
            "(re-examination grades are not checked)."
        ),
        "why": (
            "Report cards are printed from these grades at the end of the period; a late grade "
            "holds up the cards and the summary journal."
        ),
        "example_bad": "A 1st semester grade entered 22.12.2025; the semester ended 19.12.2025.",
        "example_good": "The 1st semester grade entered 16.12.2025.",
    },
    "TRM002": {
        "title": "Semester or year grade missing",
        "finds": (
            "A pupil graded in a subject during the period who has no semester or year grade "
            "in it after the deadline."
        ),
        "why": (
            "A missing grade means a blank on the report card and an incomplete summary journal."
        ),
        "example_bad": (
            "Anna Bērziņa has six grades in ķīmija in the 1st semester but no semester grade at "
            "the audit on 05.01.2026."
        ),
        "example_good": "Anna Bērziņa, ķīmija, 1. semestris: 7.",
    },
    "TRM003": {
        "title": "Exemption written with the wrong mark",
        "finds": (
            "An exemption in a semester or year grade written with a mark other than the "
            "order's, or the exemption mark used as an ordinary grade."
        ),
        "why": (
            "Report cards and the state education information system read the exemption mark "
            "literally: one school, one mark."
        ),
        "example_bad": "An exempted pupil's year grade in sports: „atbr.” (the order says „atb”).",
        "example_good": "An exempted pupil's year grade in sports: „atb”.",
    },
    "TRM004": {
        "title": "Interim grade missing before the break",
        "finds": (
            "A pupil with no interim semester grade (starpvērtējums) in a subject by the last "
            "working day before the autumn or spring break."
        ),
        "why": (
            "The class teacher prints the interim report cards before the break; a missing "
            "grade leaves a blank on the card that parents receive."
        ),
        "example_bad": (
            "No interim grade for Jānis Ozols in matemātika on 17.10.2025, the last working day "
            "before the autumn break."
        ),
        "example_good": "The interim grade entered 15.10.2025.",
    },
    "REP001": {
        "title": "Monthly progress report late or missing",
        "finds": (
            "A class whose monthly progress report (sekmju izraksts) was sent, printed or handed "
            "out after the order's day, or not at all."
        ),
        "why": (
            "The monthly report is how parents follow progress without opening E-klase every "
            "day. Paper is allowed, so this is a warning: check the paper trail before acting."
        ),
        "example_bad": (
            "7.b, September 2025: no report recorded at the audit on 10.10.2025 (due by "
            "05.10.2025)."
        ),
        "example_good": "7.b, September 2025: sent 03.10.2025.",
    },
    "REP002": {
        "title": "Monthly absence summary late",
        "finds": (
            "A class whose monthly absence and conduct summary was made after the order's "
            "deadline, or not at all."
        ),
        "why": (
            "The summary is the basis for following up absences with parents and social "
            "services; made late, it is out of date."
        ),
        "example_bad": "5.a, October 2025: summary made 04.11.2025; due by 31.10.2025.",
        "example_good": "5.a, October 2025: summary made 30.10.2025.",
    },
    "REP003": {
        "title": "Monthly attendance report late",
        "finds": (
            "A group whose monthly attendance report was made after the order's deadline, or "
            "not at all."
        ),
        "why": (
            "The attendance report feeds the municipality's fees and statistics; it has to be "
            "made for every month, on time."
        ),
        "example_bad": "Group „Saulītes”, October 2025: report made 03.11.2025; due by 31.10.2025.",
        "example_good": "Group „Saulītes”, October 2025: report made 31.10.2025.",
    },
    "CNV001": {
        "title": "Individual conversation entered late",
        "finds": (
            "An individual conversation with a pupil or parents entered after the order's deadline."
        ),
        "why": (
            "The record is the school's evidence of what was agreed with the family; entered "
            "late, details are lost."
        ),
        "example_bad": (
            "A conversation of 06.10.2025 entered 10.10.2025; due by the end of 07.10.2025."
        ),
        "example_good": "The conversation of 06.10.2025 entered 06.10.2025.",
    },
    "PLN001": {
        "title": "Monthly plan entered late",
        "finds": "A group's monthly plan entered after the last working day of the month before.",
        "why": (
            "The monthly plan sets the topic and intended results the whole month builds on; "
            "the order wants it ready before the month starts."
        ),
        "example_bad": "The November 2025 plan entered 03.11.2025; due by 31.10.2025.",
        "example_good": "The November 2025 plan entered 28.10.2025.",
    },
    "PLN002": {
        "title": "Weekly plan entered late",
        "finds": "A group's weekly plan entered after the order's time on the Friday before.",
        "why": (
            "Teachers and assistants work from the weekly plan on Monday morning; the order "
            "wants it ready on the Friday before."
        ),
        "example_bad": (
            "The plan for the week from 13.10.2025 entered 12.10.2025 at 20:15; due by Friday "
            "10.10.2025 at 19:00."
        ),
        "example_good": "The plan entered 10.10.2025 at 16:30.",
    },
    "PRE001": {
        "title": "Week without all seven learning areas",
        "finds": (
            "A group's week whose journal does not cover all seven learning areas (language; "
            "social and civic; cultural understanding and self-expression in art; natural "
            "sciences; mathematics; technology; health and physical activity)."
        ),
        "why": (
            "The preschool guidelines ask for the whole content every week; a missing area "
            "means the children missed part of it."
        ),
        "example_bad": "Group „Saulītes”, week 13.10–17.10.2025: no technology area.",
        "example_good": "The week has „Tehnoloģiju joma” on 15.10.2025.",
    },
    "PRE002": {
        "title": "Day without health and physical activity",
        "finds": "A group's day whose journal has no health and physical activity entry.",
        "why": (
            "The order asks for health and physical activity every day; the journal is the "
            "evidence that it took place."
        ),
        "example_bad": "Group „Saulītes”, 14.10.2025: the language and mathematics areas only.",
        "example_good": "14.10.2025 also has „Veselības un fiziskās aktivitātes joma”.",
    },
    "TST001": {
        "title": "Test not in the test planner",
        "finds": (
            "A test (pārbaudes darbs) that was graded but has no entry in the test planner, or "
            "a planner entry without its length (1 or 2 lessons) and scope."
        ),
        "why": (
            "The planner keeps pupils from having several tests on one day and shows the "
            "school's test load; a test outside it defeats both."
        ),
        "example_bad": (
            "A 7.b vēsture test graded for 08.10.2025; no planner entry for 7.b vēsture on that "
            "day."
        ),
        "example_good": (
            "Planner: 08.10.2025, 7.b, vēsture, 1 lesson, „temata noslēguma pārbaudes darbs”."
        ),
    },
    "SET001": {
        "title": "Timetable entered late",
        "finds": (
            "A class's timetable entered in the journal after the order's deadline at the start "
            "of the year or semester."
        ),
        "why": (
            "Lessons, absences and the timetable-based checks need the timetable in place from "
            "the first day."
        ),
        "example_bad": "The 7.b timetable entered 05.09.2025; due by 01.09.2025.",
        "example_good": "The 7.b timetable entered 29.08.2025.",
    },
    "SET002": {
        "title": "Journal or group created late",
        "finds": (
            "A journal or group (optional, individual work, interest education, subject group) "
            "created after the order's deadline at the start of the year or semester."
        ),
        "why": (
            "Until the journal exists, its lessons and grades cannot be entered, so every entry "
            "before then is late."
        ),
        "example_bad": (
            "The interest-education journal „Koris” created 22.09.2025; due by 15.09.2025."
        ),
        "example_good": "„Koris” created 10.09.2025.",
    },
    "ACC001": {
        "title": "Access not cancelled after leaving",
        "finds": (
            "A staff member or pupil who has left but still has active E-klase access after the "
            "day they left."
        ),
        "why": (
            "Pupils' personal data must be closed to people who no longer belong to the school; "
            "the order asks for their access to be cancelled."
        ),
        "example_bad": "A teacher left on 31.08.2025; still active at the audit on 10.10.2025.",
        "example_good": "Access closed on 31.08.2025.",
    },
    "ACC002": {
        "title": "Parent's account connected late",
        "finds": (
            "A parent's or pupil's account connected later than the order allows after the "
            "application."
        ),
        "why": (
            "Parents who applied but cannot log in miss grades and messages; the order promises "
            "a connection within a week."
        ),
        "example_bad": "Application 01.09.2025, connected 15.09.2025; due by 08.09.2025.",
        "example_good": "Application 01.09.2025, connected 03.09.2025.",
    },
    "DQ001": {
        "title": "Entry time before the event",
        "finds": (
            "A record entered before the event it records, where that is impossible: a grade "
            "before the work's date, an absence before its day, a conversation before it "
            "happened."
        ),
        "why": (
            "Such times point to a wrong date or a wrong clock in the export; the deadline "
            "checks of those rows cannot be trusted."
        ),
        "example_bad": "A grade for the work of 10.10.2025 entered 08.10.2025.",
        "example_good": "A grade for the work of 10.10.2025 entered 13.10.2025.",
    },
    "DQ002": {
        "title": "Same record twice",
        "finds": (
            "A record that appears more than once with the same key (e.g. the same lesson: "
            "date, lesson number, class, group, subject). The other rules check only the first."
        ),
        "why": (
            "Duplicates usually mean an export was added twice; counting them twice would "
            "inflate every figure."
        ),
        "example_bad": "Two rows for 07.10.2025, lesson 3, 7.b, matemātika.",
        "example_good": "One row per lesson.",
    },
    "DQ003": {
        "title": "Row that could not be read",
        "finds": (
            "A row of an input file that could not be read (e.g. an empty or impossible date), "
            "listed with its file, row, column, value and reason."
        ),
        "why": (
            "Nothing is dropped silently: a row that was not read was not audited, and the "
            "reason says how to fix the export."
        ),
        "example_bad": "stundas.csv, row 17: Datums „31.09.2025” is not a date.",
        "example_good": "Datums „30.09.2025”.",
    },
}

MESSAGES: dict[str, str] = {
    **{
        f"rule.{code}.{field}": text
        for code, fields in _RULES.items()
        for field, text in fields.items()
    },
    "rule.heading.finds": "What it finds",
    "rule.heading.why": "Why it matters",
    "rule.heading.example_bad": "Example of a violation",
    "rule.heading.example_good": "A correct entry",
    "rule.heading.deadline": "Deadline",
    "rule.heading.citation": "Source",
    "citation.data_quality": "data quality",
    # Deadlines in words. {n} is a number, {nth} the same as an ordinal, {time} HH:MM.
    "deadline.unchecked": "not checked",
    "deadline.other": "other",
    "deadline.improved": "an improved grade (5|7): the same deadline, counted from the day it was corrected",
    "deadline.from_rule": "the deadline of {rule}",
    "deadline.bell_default": (
        "lesson times come from the common bell schedule, a default the school should confirm"
    ),
    "deadline.lesson_end": "by the end of the lesson (by the bell schedule)",
    "deadline.same_day": "by {time} on the same day",
    "deadline.same_day.end": "by the end of the same day",
    "deadline.working_days": "within {n} working days",
    "deadline.working_days.one": "within {n} working day",
    "deadline.working_days.long": "by the end of the {nth} working day after {origin}",
    "deadline.days": "within {n} days",
    "deadline.days.one": "within {n} day",
    "deadline.days.long": "by the end of the {nth} day after {origin}",
    "deadline.days.roll_forward": (
        "; a deadline on a day that is not a working day moves to the end of the next working day"
    ),
    "deadline.next_lesson": "by the next lesson of the same class and subject",
    "deadline.month_day": "by the {nth} of the following month",
    "deadline.last_day_of_month": "by the end of the month's last day",
    "deadline.last_working_day_of_month": "by the end of the month's last working day",
    "deadline.last_working_day_of_previous_month": (
        "by the end of the last working day of the month before"
    ),
    "deadline.previous_friday": "by {time} on the Friday before the week",
    "deadline.before_period_end": (
        "no later than {n} days before the end of the period (semester, year)"
    ),
    "deadline.before_period_end.one": (
        "no later than {n} day before the end of the period (semester, year)"
    ),
    "deadline.before_break": "by the last working day before the autumn or spring break",
    "deadline.period_end": "by the last day of the period (semester, year)",
    "deadline.period_start_by": "by {day} {month}",
    "deadline.period_start_working_days": (
        "by the end of the period's {nth} working day (its first day counted)"
    ),
    # What a deadline counts from ("after ...").
    "origin.date": "the day of the event",
    "origin.date.lessons": "the lesson's day",
    "origin.date.grades": "the work's date",
    "origin.date.absences": "the day of the absence",
    "origin.date.conversations": "the day of the conversation",
    "origin.date.journals": "the semester's first day",
    "origin.date.timetable": "the semester's first day",
    "origin.submitted_at": "the day the work was handed in",
    "origin.corrected_at": "the day of the correction",
    "origin.note_submitted_at": "the day the note was handed in",
    "origin.left_at": "the day the person left",
    "origin.requested_at": "the day of the application",
    # Months after "by {day}": "by 1 September".
    "month.to.1": "January",
    "month.to.2": "February",
    "month.to.3": "March",
    "month.to.4": "April",
    "month.to.5": "May",
    "month.to.6": "June",
    "month.to.7": "July",
    "month.to.8": "August",
    "month.to.9": "September",
    "month.to.10": "October",
    "month.to.11": "November",
    "month.to.12": "December",
}
