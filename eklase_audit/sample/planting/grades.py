"""Planted cases in the grades export: grades entered late by kind of work, across the
calendar's edges; grades not valid for their kind; grades before the work; the same grade twice;
a test missing from the test planner; students exempted from a subject."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample import names
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt
from eklase_audit.sample.prng import rng
from eklase_audit.sample.tables import CONSULTATION, ORDINARY

T = "grades"
DEFAULT_VALUE = {
    "formatīvais": "7",
    "summatīvais": "8",
    "pārbaudes darbs": "7",
    "liela apjoma darbs": "8",
    "ieskaitīts/neieskaitīts": "ieskaitīts",
}


def make_grade(
    p: Planter,
    day: dt.date,
    work_type: str | None,
    *,
    purpose: str,
    min_grade: int = 1,
    kinds: tuple[str, ...] = (ORDINARY,),
    lesson_filter: pl.Expr | None = None,
    reuse: bool = True,
) -> dict[str, Any] | None:
    """An untouched grade of that day and kind of work (any kind for None), or a new one on a
    lesson of that day."""
    wt = pl.lit(True) if work_type is None else pl.col("work_type") == work_type
    if work_type is None and p.plan.work_types:
        work_type = p.plan.work_types[0]
    if reuse:
        where = (
            (pl.col("date") == day)
            & wt
            & (pl.col("grade") >= min_grade)
            & pl.col("corrected_at").is_null()
            & pl.col("grade_value").is_not_null()
        )
        if lesson_filter is not None:
            where = where & lesson_filter
        row = p.pick_one(T, where, purpose=purpose)
        if row:
            return row
    lessons = p.frame("lessons").filter(
        (pl.col("date") == day)
        & pl.col("kind").is_in(list(kinds))
        & (pl.col("grade") >= min_grade)
        & ~pl.col("subject").is_in([names.CLASS_HOUR, names.INDIVIDUAL_WORK])
        & pl.col("lesson_no").is_not_null()
    )
    if lesson_filter is not None:
        lessons = lessons.filter(lesson_filter)
    if lessons.height == 0:
        return None
    r = rng(p.seed, f"make_grade:{purpose}:{day}")
    lesson = lessons.sort(RID).row(r.randrange(lessons.height), named=True)
    graded = set(
        p.frame(T)
        .filter(
            (pl.col("date") == day)
            & (pl.col("class_idx") == lesson["class_idx"])
            & (pl.col("subject") == lesson["subject"])
        )["student_idx"]
        .to_list()
    )
    pupils = p.school.students.filter(pl.col("class_idx") == lesson["class_idx"]).sort(
        "student_idx"
    )
    exempt = {e[1] for e in p.exempt if e[2] == lesson["subject"]}
    free = [
        row
        for row in pupils.to_dicts()
        if row["student_idx"] not in graded and row["student_idx"] not in exempt
    ]
    if not free:
        return None
    pupil = r.choice(free)
    end = cal.lesson_end(day, lesson["lesson_no"])
    values = {
        "class_idx": lesson["class_idx"],
        "class": lesson["class"],
        "grade": lesson["grade"],
        "date": day,
        "lesson_no": lesson["lesson_no"],
        "subject": lesson["subject"],
        "teacher": lesson["teacher"],
        "student_idx": pupil["student_idx"],
        "student": pupil["student"],
        "grade_value": DEFAULT_VALUE.get(work_type or "", "7"),
        "work_type": work_type,
        "submitted_at": end if work_type == "summatīvais" else None,
        "corrected_at": None,
        "entered_at": cal.at(day, 16, 5),
    }
    rid = p.add(T, values)
    return {**values, RID: rid}


def _due(p: Planter, row: dict[str, Any]) -> dt.datetime:
    """GRD001's deadline for a grade, from the day its kind of work counts from."""
    rule = p.plan.rule("GRD001")
    kind = row["work_type"]
    deadline = rule.for_kind(kind)
    assert deadline is not None
    if deadline.kind == "next_lesson":
        return next_lesson_due(p, row)
    anchor = row["date"]
    if rule.counts_from.get(kind) == "submitted_at":
        anchor = row["submitted_at"].date()
    if row.get("corrected_at") is not None and rule.counts_from.get("improved") == "corrected_at":
        anchor = row["corrected_at"].date()
    return deadline.due(anchor)


def next_lesson_due(p: Planter, row: dict[str, Any]) -> dt.datetime:
    """The start of the next lesson of the class and subject; the period's end without one."""
    end = p.period_end(row["date"], row["grade"])
    later = (
        p.frame("lessons")
        .filter(
            (pl.col("class_idx") == row["class_idx"])
            & (pl.col("subject") == row["subject"])
            & pl.col("lesson_no").is_not_null()
            & (
                (pl.col("date") > row["date"])
                | ((pl.col("date") == row["date"]) & (pl.col("lesson_no") > row["lesson_no"]))
            )
            & (pl.col("date") <= end)
        )
        .sort("date", "lesson_no")
    )
    if later.height == 0:
        return cal.end_of(end)
    first = later.row(0, named=True)
    return cal.lesson_start(first["date"], first["lesson_no"])


def _set_entry(
    p: Planter, row: dict[str, Any], moment: dt.datetime | None, status: str, what: str
) -> None:
    p.set(T, row[RID], entered_at=moment)
    if status == "near_miss":
        p.near_miss("GRD001", T, row[RID], what)
    else:
        p.mark(status, "GRD001", T, row[RID], what)


def _june_day(p: Planter, work_type: str | None) -> tuple[dt.date, int] | None:
    """The first late-June school day of a grade 9 or 12 class whose grade falls due after the
    reference time: such a grade, not yet entered, is pending."""
    deadline = p.plan.rule("GRD001").for_kind(work_type)
    if deadline is None or deadline.kind != "working_days":
        return None
    for grade in (12, 9):
        if not any(c.grade == grade for c in p.school.classes):
            continue
        for day in cal.school_days(p.facts.name, grade):
            if day > p.facts.semester2.end and deadline.due(day) > p.as_of:
                return day, grade
    return None


def _plant_working_days(p: Planter, work_type: str | None, n: int) -> None:
    e = p.edges
    label = work_type or "grade"
    min_grade = 4 if work_type in ("pārbaudes darbs", "liela apjoma darbs") else 1
    submitted = p.plan.rule("GRD001").counts_from.get(work_type or "") == "submitted_at"

    def case(day: dt.date | None, purpose: str) -> dict[str, Any] | None:
        if day is None:
            return None
        return make_grade(
            p, day, work_type, purpose=f"GRD001:{label}:{purpose}", min_grade=min_grade
        )

    if e.before_transfer and n <= 5:
        row = case(e.before_transfer, "transfer")
        if row:
            due = _due(p, row)
            _set_entry(
                p,
                row,
                due,
                "near_miss",
                f"{label} of {fmt(row['date'])}, working_days {n} across the transferred working "
                f"Saturday {fmt(e.transfer_saturday)}: due {fmt(due)}, entered then",
            )
        row = case(e.before_transfer, "transfer2")
        if row:
            _set_entry(p, row, _due(p, row) + MINUTE, "violation", "a minute after the deadline")
    if e.three_before_transfer and n == 3:
        row = case(e.three_before_transfer, "on_saturday")
        if row:
            due = _due(p, row)
            monday = cal.next_working_day(due.date())
            _set_entry(
                p,
                row,
                cal.at(monday, 15, 0),
                "violation",
                f"due on the transferred working Saturday {fmt(due)}, entered the Monday after",
            )
    row = case(e.before_day_off, "day_off")
    if row:
        due = _due(p, row)
        _set_entry(
            p,
            row,
            due,
            "near_miss",
            f"{label} of {fmt(row['date'])}, working_days {n} across the days off: "
            f"due {fmt(due)}, entered then",
        )
    winter = e.before_last_of_semester1 if submitted else e.last_of_semester1
    row = case(winter, "winter")
    if row:
        due = _due(p, row)
        _set_entry(
            p,
            row,
            due,
            "near_miss",
            f"{label} of {fmt(row['date'])}, working_days {n} across the winter break: "
            f"due {fmt(due)}, entered then",
        )
    days = p.school_days()
    spring = [d for d in days if d >= p.facts.semester2.start]
    row = case(spring[len(spring) // 3], "late")
    if row:
        due = _due(p, row)
        _set_entry(
            p,
            row,
            cal.at(due.date() + dt.timedelta(days=4), 10, 15),
            "violation",
            "entered days late",
        )
    if not e.before_transfer or n > 5:
        row = case(spring[len(spring) // 2], "minute")
        if row:
            _set_entry(p, row, _due(p, row) + MINUTE, "violation", "a minute after the deadline")
    row = case(spring[2 * len(spring) // 3], "never")
    if row:
        _set_entry(p, row, None, "violation", "never entered")
    june = _june_day(p, work_type)
    if june:
        day, grade = june
        row = make_grade(
            p,
            day,
            work_type,
            purpose=f"GRD001:{label}:pending",
            kinds=(CONSULTATION,),
            lesson_filter=pl.col("grade") == grade,
            reuse=False,
        )
        if row:
            _set_entry(p, row, None, "pending", "not yet entered, due after the reference time")


def _plant_submitted_unknown(p: Planter, work_type: str) -> None:
    """A summative grade without its hand-in time cannot be dated (Aknīste 6)."""
    days = p.school_days()
    for i, day in enumerate((days[len(days) // 5], days[3 * len(days) // 5])):
        row = make_grade(p, day, work_type, purpose=f"GRD001:nosubmit:{i}")
        if row:
            p.set(T, row[RID], submitted_at=None)
            p.mark(
                "not_evaluable", "GRD001", T, row[RID], "summative grade without its hand-in time"
            )


def _plant_next_lesson(p: Planter, work_type: str) -> None:
    days = p.school_days()
    for i, label in enumerate(("near", "minute")):
        row = make_grade(
            p, days[(i + 2) * len(days) // 7], work_type, purpose=f"GRD001:next:{label}"
        )
        if row is None:
            continue
        due = next_lesson_due(p, row)
        if label == "near":
            _set_entry(
                p, row, due, "near_miss", f"entered exactly at the next lesson's start {fmt(due)}"
            )
        else:
            _set_entry(
                p, row, due + MINUTE, "violation", "entered a minute after the next lesson began"
            )
    # The last lesson of a subject in the first semester: no next lesson in the period.
    sem1_end = p.facts.semester1.end
    last = (
        p.frame("lessons")
        .filter(
            (pl.col("kind") == ORDINARY)
            & (pl.col("date") <= sem1_end)
            & (pl.col("date") >= sem1_end - dt.timedelta(days=6))
        )
        .sort("date", "lesson_no")
        .group_by("class_idx", "subject", maintain_order=True)
        .last()
        .sort("class_idx", "subject")
    )
    for i, label in enumerate(("near", "late")):
        if last.height <= i:
            break
        lesson = last.row(i * (last.height // 2), named=True)
        row = make_grade(
            p,
            lesson["date"],
            work_type,
            purpose=f"GRD001:last:{label}",
            reuse=False,
            lesson_filter=(pl.col("class_idx") == lesson["class_idx"])
            & (pl.col("subject") == lesson["subject"])
            & (pl.col("lesson_no") == lesson["lesson_no"]),
        )
        if row is None:
            continue
        due = next_lesson_due(p, row)
        if label == "near":
            _set_entry(
                p,
                row,
                due,
                "near_miss",
                f"last lesson of the subject in the semester: due at the semester's end {fmt(due)}",
            )
        else:
            _set_entry(
                p,
                row,
                cal.at(cal.next_working_day(due.date()), 10, 0),
                "violation",
                "last lesson of the semester, entered after the semester ended "
                "(before the next lesson)",
            )


def _plant_improved(p: Planter) -> None:
    """Upesleja 3.4.3.4: an improved test grade counts from the day of the correction."""
    for label in ("near", "minute"):
        row = p.pick_one(
            T, pl.col("corrected_at").is_not_null(), purpose=f"GRD001:improved:{label}"
        )
        if row is None:
            continue
        due = _due(p, row)
        if label == "near":
            _set_entry(
                p,
                row,
                due,
                "near_miss",
                "improved grade, counted from the correction day "
                f"{fmt(row['corrected_at'].date())}: "
                f"due {fmt(due)}, entered then (long after the original work)",
            )
        else:
            _set_entry(p, row, due + MINUTE, "violation", "improved grade entered a minute late")


def _plant_unchecked(p: Planter, work_type: str) -> None:
    row = p.pick_one(T, pl.col("work_type") == work_type, purpose="GRD001:unchecked")
    if row:
        _set_entry(
            p,
            row,
            cal.at(row["date"] + dt.timedelta(days=21), 10, 0),
            "near_miss",
            f"{work_type} grade entered three weeks later: the order sets no deadline for it",
        )


def _plant_month_day(p: Planter) -> None:
    """Mazulītis 3.13: a month's achievements by the 5th of the next month."""
    periods = p.facts.preschool_periods
    months = cal.month_starts(periods[0].start, periods[1].end)

    def of_month(month: dt.date, purpose: str) -> dict[str, Any] | None:
        return p.pick_one(
            T,
            (pl.col("date") >= month)
            & (pl.col("date") <= cal.last_day_of_month(month))
            & pl.col("grade_value").is_not_null(),
            purpose=purpose,
        )

    for label, month in (
        ("near", months[1]),
        ("minute", months[1]),
        ("late", months[2]),
        ("never", months[4]),
    ):
        row = of_month(month, f"GRD001:{label}")
        if row is None:
            continue
        due = _due(p, row)
        if label == "near":
            _set_entry(
                p,
                row,
                due,
                "near_miss",
                f"achievements of {month:%m.%Y} entered at the deadline {fmt(due)}",
            )
        elif label == "minute":
            _set_entry(p, row, due + MINUTE, "violation", "a minute after the deadline")
        elif label == "late":
            _set_entry(
                p, row, cal.at(due.date() + dt.timedelta(days=7), 9, 30), "violation", "a week late"
            )
        else:
            _set_entry(p, row, None, "violation", "never entered")
    last = months[-1]
    for i in range(2):
        row = of_month(last, f"GRD001:pending:{i}")
        if row is None:
            continue
        due = _due(p, row)
        if due > p.as_of:
            _set_entry(p, row, None, "pending", "not yet entered, due after the reference time")


def plant_late_grades(p: Planter) -> None:
    if not p.plan.on("GRD001"):
        return
    rule = p.plan.rule("GRD001")
    if rule.deadline is not None and rule.deadline.kind == "month_day":
        _plant_month_day(p)
        return
    deadlines = dict(rule.by)
    if rule.deadline is not None:
        deadlines[None] = rule.deadline  # type: ignore[index]
    for work_type, deadline in deadlines.items():
        if deadline.kind == "working_days":
            assert deadline.n is not None
            _plant_working_days(p, work_type, deadline.n)
        elif deadline.kind == "next_lesson":
            _plant_next_lesson(p, work_type)  # type: ignore[arg-type]
        if work_type and rule.counts_from.get(work_type) == "submitted_at":
            _plant_submitted_unknown(p, work_type)
    if rule.counts_from.get("improved") == "corrected_at":
        _plant_improved(p)
    unchecked = [w for w in p.plan.work_types if w not in rule.by and rule.deadline is None]
    if unchecked:
        _plant_unchecked(p, unchecked[0])


def plant_invalid_grades(p: Planter) -> None:
    """GRD002: a grade not valid for its kind of work."""
    if not p.plan.on("GRD002"):
        return
    for i, (value, work_type) in enumerate(p.plan.invalid_grades):
        where = pl.col("grade_value").is_not_null() & pl.col("corrected_at").is_null()
        if work_type:
            where = where & (pl.col("work_type") == work_type)
        elif p.plan.kind == "school":
            where = where & (pl.col("grade") >= 4)
        row = p.pick_one(T, where, purpose=f"GRD002:{i}")
        if row:
            p.set(T, row[RID], grade_value=value)
            p.violation(
                "GRD002",
                T,
                row[RID],
                f"grade {value!r} not valid for {row['work_type'] or 'an achievement'}",
            )
    if p.plan.kind == "preschool":
        row = p.pick_one(T, pl.col("grade_value").is_null(), purpose="GRD002:blank")
        if row:
            p.near_miss("GRD002", T, row[RID], "blank: not assessed for a justified reason")


def plant_early_and_twice(p: Planter) -> None:
    days = p.school_days() if p.plan.kind == "school" else None
    where = pl.col("grade_value").is_not_null() & pl.col("corrected_at").is_null()
    if days:
        where = (
            where
            & (pl.col("date") >= days[len(days) // 4])
            & (pl.col("date") <= days[len(days) // 4 + 10])
        )
    for row in p.pick(T, where, 2, purpose="DQ001:grades"):
        p.set(T, row[RID], entered_at=cal.at(row["date"] - dt.timedelta(days=1), 20, 15))
        p.violation("DQ001", T, row[RID], "grade entered before the work's date")
    if days:
        where = pl.col("grade_value").is_not_null() & (pl.col("date") >= days[len(days) // 2])
    row = p.pick_one(T, where, purpose="DQ002:grades")
    if row:
        p.duplicate(T, row, "the same grade twice", later=dt.timedelta(minutes=3))


def plant_unplanned_test(p: Planter) -> None:
    """TST001 (DVG): a student's test on a day the class had no planned test."""
    if not p.plan.on("TST001"):
        return
    days = p.school_days()
    tests = (
        p.frame(T)
        .filter(pl.col("work_type") == "summatīvais")
        .select("class_idx", "subject", "date")
        .unique()
    )
    for i, day in enumerate((days[len(days) // 3 + 3], days[2 * len(days) // 3 + 5])):
        lessons = (
            p.frame("lessons")
            .filter(pl.col("date") == day)
            .join(tests, on=["class_idx", "subject", "date"], how="anti")
        )
        free = pl.col(RID).is_in(lessons[RID].implode())
        row = make_grade(
            p, day, "summatīvais", purpose=f"TST001:{i}", lesson_filter=free, reuse=False
        )
        if row:
            p.unplanned_tests.add((row["class_idx"], row["subject"], row["date"]))
            p.violation("TST001", T, row[RID], "test not in the test planner")


def plant_exemptions(p: Planter) -> None:
    """Students exempted from sports: no grades; the term grade is the exemption mark."""
    if not p.plan.on("TRM003") or p.plan.exempt_mark is None:
        return
    subject = "Sports un veselība"
    candidates = [c for c in p.school.classes if c.grade >= 4] or list(p.school.classes)
    for i, klass in enumerate(candidates[:2] if len(candidates) > 1 else candidates * 2):
        pupils = p.school.students.filter(pl.col("class_idx") == klass.index).sort("student_idx")
        pupil = pupils.row(min(3 + i * 5, pupils.height - 1), named=True)
        if any(e[1] == pupil["student_idx"] for e in p.exempt):
            continue
        grades = p.frame(T).filter(
            (pl.col("student_idx") == pupil["student_idx"]) & (pl.col("subject") == subject)
        )
        for rid in grades[RID].to_list():
            p.drop(T, rid)
        p.exempt.append((klass.index, pupil["student_idx"], subject, i == 1))


def plant_all(p: Planter) -> None:
    plant_exemptions(p)
    plant_late_grades(p)
    plant_invalid_grades(p)
    plant_early_and_twice(p)
    plant_unplanned_test(p)
