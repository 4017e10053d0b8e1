"""Tables that follow from the lessons and grades once those are final: term grades for every
student graded in a subject, interim grades before the breaks, the monthly reports of every class
with lessons or grades that month, and the test planner of every test written.

Deriving them after the planting keeps the ground truth consistent: a planted grade still needs
its term grade, a class with a lesson in June still needs a June report.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.prng import below, combine, salt
from eklase_audit.sample.school import School
from eklase_audit.sample.tables import DATETIME, at_time, day_key, subject_key, with_rid

REPORT_KINDS = {
    "REP001": "sekmju izraksts",
    "REP002": "kavējumu apkopojums",
    "REP003": "apmeklējuma atskaite",
}
# What the interim grades before the autumn and the spring break are called in an export.
INTERIM_1 = "1. semestra starpvērtējums"
INTERIM_2 = "2. semestra starpvērtējums"
KEY_COLUMNS = ["class_idx", "class", "grade", "subject", "student_idx", "student"]


def _term_value(key: pl.Expr, grade: pl.Expr, seed: int) -> pl.Expr:
    ten = (4 + below(key, salt(seed, "term:value"), 7)).cast(pl.String)
    percent = ((10 + below(key, salt(seed, "term:pct"), 11)) * 5).cast(pl.String) + pl.lit("%")
    return pl.when(grade <= 3).then(percent).otherwise(ten)


def term_grades(
    school: School,
    grades: pl.DataFrame,
    exempt: list[tuple[int, int, str, bool]],
) -> pl.DataFrame:
    """First-semester and year grades; interim grades before the autumn and spring breaks where
    the order asks for them (Upesleja 3.3.5, 3.4.4)."""
    facts, seed, plan = school.facts, school.seed, school.plan
    graded = grades.select(*KEY_COLUMNS, "date")
    if exempt:
        # An exempted student's subject has the exemption mark instead (added below).
        skip = pl.DataFrame(
            [(e[1], e[2]) for e in exempt],
            schema={"student_idx": pl.Int64, "subject": pl.String},
            orient="row",
        )
        graded = graded.join(skip, on=["student_idx", "subject"], how="anti")
    parts = []
    sem1 = (
        graded.filter(pl.col("date") <= facts.semester1.end)
        .select(KEY_COLUMNS)
        .unique()
        .with_columns(
            pl.lit("1. semestris").alias("period"), pl.lit(facts.semester1.end).alias("date")
        )
    )
    parts.append(sem1)
    ends = {g: facts.year_end(g) for g in range(0, 13)}
    year = (
        graded.select(KEY_COLUMNS)
        .unique()
        .with_columns(
            pl.lit("gads").alias("period"),
            pl.col("grade").replace_strict(ends, return_dtype=pl.Date).alias("date"),
        )
    )
    parts.append(year)
    if plan.on("TRM004"):
        for span, start, name in (
            (facts.autumn_break, facts.semester1.start, INTERIM_1),
            (facts.spring_break, facts.semester2.start, INTERIM_2),
        ):
            day = cal.previous_working_day(span.start)
            interim = (
                graded.filter((pl.col("date") >= start) & (pl.col("date") < span.start))
                .select(KEY_COLUMNS)
                .unique()
                .with_columns(pl.lit(name).alias("period"), pl.lit(day).alias("date"))
            )
            parts.append(interim)
    terms = pl.concat(parts)
    teachers = school.subject_teacher
    terms = terms.join(teachers, on=["class_idx", "subject"], how="left")
    key = combine(pl.col("student_idx"), day_key(), subject_key())
    # Entered four to seven days before the period ends (three to one for interim grades).
    back = (
        pl.when(pl.col("period").is_in([INTERIM_1, INTERIM_2]))
        .then(1 + below(key, salt(seed, "term:back"), 3))
        .otherwise(4 + below(key, salt(seed, "term:back"), 4))
    )
    terms = terms.with_columns(
        _term_value(key, pl.col("grade"), seed).alias("grade_value"),
        at_time(
            pl.col("date") - pl.duration(days=back),
            13 * 3600 + below(key, salt(seed, "term:t"), 4 * 3600),
        ).alias("entered_at"),
    )
    if exempt and plan.exempt_mark:
        rows = []
        students = school.students
        for class_idx, student_idx, subject, wrong in exempt:
            pupil = students.filter(pl.col("student_idx") == student_idx).row(0, named=True)
            klass = school.classes[class_idx]
            teacher = school.teacher_of(class_idx, subject)
            for period, day in (
                ("1. semestris", facts.semester1.end),
                ("gads", facts.year_end(klass.grade)),
            ):
                mark = (
                    plan.wrong_exempt_mark
                    if (wrong and period == "1. semestris")
                    else plan.exempt_mark
                )
                rows.append(
                    {
                        "class_idx": class_idx,
                        "class": klass.name,
                        "grade": klass.grade,
                        "subject": subject,
                        "student_idx": student_idx,
                        "student": pupil["student"],
                        "period": period,
                        "date": day,
                        "teacher": teacher,
                        "grade_value": mark,
                        "entered_at": cal.at(day - dt.timedelta(days=5), 14, 10),
                    }
                )
        terms = pl.concat([terms, pl.DataFrame(rows, schema=terms.schema)])
    order = {INTERIM_1: 0, "1. semestris": 1, INTERIM_2: 2, "gads": 3}
    terms = terms.with_columns(
        pl.col("period").replace_strict(order, return_dtype=pl.Int64).alias("_po")
    ).sort("_po", "date", "class_idx", "subject", "student_idx")
    return with_rid(terms.drop("_po"))


def report_due(school: School, code: str, month: dt.date) -> dt.datetime:
    """A monthly report's deadline, the generator's own reading of RULES.md."""
    rule = school.plan.rule(code)
    assert rule.deadline is not None
    due = rule.deadline.due(month)
    if code == "REP002":
        # In a month where a semester or the year ends, by that end if it is earlier.
        facts = school.facts
        for end in (facts.semester1.end, facts.semester2.end):
            if end.year == month.year and end.month == month.month:
                due = min(due, cal.end_of(end))
    return due


def activity_months(lessons: pl.DataFrame, grades: pl.DataFrame) -> pl.DataFrame:
    """Every (class, month) with a lesson or a grade."""
    both = pl.concat(
        [
            lessons.select("class_idx", "class", "date"),
            grades.select("class_idx", "class", "date"),
        ]
    )
    return (
        both.with_columns(pl.col("date").dt.truncate("1mo").alias("month"))
        .select("class_idx", "class", "month")
        .unique()
        .sort("month", "class_idx")
    )


def reports(school: School, activity: pl.DataFrame) -> pl.DataFrame:
    """The monthly reports each class is due, made in good time; none yet for a month whose
    deadline is after the reference time."""
    plan, seed = school.plan, school.seed
    as_of = plan.as_of(school.facts)
    rows = []
    teachers = {c.index: c.teacher for c in school.classes}
    for code, kind in REPORT_KINDS.items():
        if not plan.on(code):
            continue
        for class_idx, klass, month in activity.iter_rows():
            due = report_due(school, code, month)
            if due > as_of:
                continue
            if code == "REP001":
                first = cal.add_months(month, 1)
                day = first if cal.is_working_day(first) else cal.next_working_day(first)
                if day.day > 4:
                    day = cal.last_working_day_of_month(month)
                base = 10
            elif code == "REP002":
                day, base = due.date(), 13
            else:
                day, base = cal.last_working_day_of_month(month), 15
            rows.append((class_idx, klass, month, kind, teachers[class_idx], day, base))
    frame = pl.DataFrame(
        rows,
        schema={
            "class_idx": pl.Int64,
            "class": pl.String,
            "month": pl.Date,
            "kind": pl.String,
            "teacher": pl.String,
            "_day": pl.Date,
            "_base": pl.Int64,
        },
        orient="row",
    )
    kinds = {kind: i for i, kind in enumerate(REPORT_KINDS.values())}
    key = combine(
        pl.col("class_idx"),
        day_key("month"),
        pl.col("kind").replace_strict(kinds, return_dtype=pl.Int64),
    )
    frame = frame.with_columns(
        at_time(
            pl.col("_day"),
            pl.col("_base") * 3600 + below(key, salt(seed, "report:t"), 2 * 3600),
        ).alias("sent_at")
    ).drop("_day", "_base")
    return with_rid(frame.sort("month", "kind", "class_idx"))


def test_planner(
    school: School, grades: pl.DataFrame, unplanned: set[tuple[int, str, dt.date]]
) -> pl.DataFrame:
    """An entry in the test planner for every test written (DVG 18), made ten days before."""
    seed = school.seed
    tests = (
        grades.filter(pl.col("work_type") == "summatīvais")
        .select("class_idx", "class", "subject", "date")
        .unique()
        .join(school.subject_teacher, on=["class_idx", "subject"], how="left")
    )
    if unplanned:
        skip = pl.DataFrame(
            sorted(unplanned),
            schema={"class_idx": pl.Int64, "subject": pl.String, "date": pl.Date},
            orient="row",
        )
        tests = tests.join(skip, on=["class_idx", "subject", "date"], how="anti")
    key = combine(pl.col("class_idx"), day_key(), subject_key())
    tests = tests.with_columns(
        (1 + below(key, salt(seed, "test:len"), 2)).alias("lessons"),
        pl.when(below(key, salt(seed, "test:scope"), 3) == 0)
        .then(pl.lit("temata daļas pārbaudes darbs"))
        .otherwise(pl.lit("temata noslēguma pārbaudes darbs"))
        .alias("scope"),
        at_time(
            pl.col("date") - pl.duration(days=10),
            14 * 3600 + below(key, salt(seed, "test:t"), 3600),
        ).alias("entered_at"),
    )
    return with_rid(tests.sort("date", "class_idx", "subject"))


__all__ = ["DATETIME", "activity_months", "report_due", "reports", "term_grades", "test_planner"]
