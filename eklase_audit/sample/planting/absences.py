"""Planted cases in the absences export: late marks, marks not allowed, justification notes
registered late, marks made before the day, the same absence twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt

T = "absences"


def _month(p: Planter, i: int) -> pl.Expr:
    start = p.facts.semester1.start.replace(day=1)
    months = [cal.add_months(start, k) for k in range(9)]
    m = months[(i * 5 + 2) % len(months)]
    return (pl.col("date") >= m) & (pl.col("date") <= cal.last_day_of_month(m))


def _ordinary(p: Planter) -> pl.Expr:
    marked = pl.col("code").is_not_null()
    if p.plan.kind == "school":
        return marked & pl.col("note_submitted_at").is_null() & pl.col("lesson_no").is_not_null()
    return marked


def _due(p: Planter, row: dict[str, Any]) -> dt.datetime:
    return p.due("ABS001", None, row["date"], lesson_no=row["lesson_no"])


def plant_late_absences(p: Planter) -> None:
    """ABS001: at the deadline (fine), a minute after, the next working day, never entered."""
    if not p.plan.on("ABS001"):
        return
    for i, label in enumerate(("near", "minute", "next", "never")):
        row = p.pick_one(T, _ordinary(p) & _month(p, i), purpose=f"ABS001:{label}")
        if row is None:
            continue
        due = _due(p, row)
        rid = row[RID]
        if label == "near":
            p.set(T, rid, entered_at=due)
            p.near_miss("ABS001", T, rid, f"absence marked exactly at the deadline {fmt(due)}")
        elif label == "minute":
            p.set(T, rid, entered_at=due + MINUTE)
            p.violation("ABS001", T, rid, "a minute late")
        elif label == "next":
            p.set(T, rid, entered_at=cal.at(cal.next_working_day(row["date"]), 8, 12))
            p.violation("ABS001", T, rid, "marked the next working day")
        else:
            p.set(T, rid, entered_at=None)
            p.violation("ABS001", T, rid, "never entered")
    if p.deadline("ABS001").kind == "lesson_end":
        row = p.pick_one(T, _ordinary(p) & _month(p, 5), purpose="ABS001:nolesson")
        if row:
            p.set(T, row[RID], lesson_no=None)
            p.mark("not_evaluable", "ABS001", T, row[RID], "absence without a lesson number")


def plant_marks(p: Planter) -> None:
    """ABS002 (Mazulītis): marks outside N/NS/NC, and a blank mark without its note."""
    if not p.plan.on("ABS002"):
        return
    for i, code in enumerate(("S", "slims")):
        row = p.pick_one(T, _ordinary(p) & _month(p, 6 + i), purpose="ABS002")
        if row:
            p.set(T, row[RID], code=code)
            p.violation("ABS002", T, row[RID], f"mark {code!r} not allowed")
    row = p.pick_one(T, _ordinary(p) & _month(p, 8), purpose="ABS002")
    if row:
        p.set(T, row[RID], code=None, notes=None)
        p.violation("ABS002", T, row[RID], "blank mark without the note")
    row = p.pick_one(
        T, pl.col("code").is_null() & pl.col("notes").is_not_null(), purpose="ABS002:ok"
    )
    if row:
        p.near_miss("ABS002", T, row[RID], "blank mark with the note 'izglītība ģimenē'")


def _absence_on(p: Planter, day: dt.date, purpose: str) -> dict[str, Any] | None:
    """An untouched absence of that day, or a new one on a lesson of that day."""
    row = p.pick_one(
        T,
        (pl.col("date") == day)
        & pl.col("code").is_in(["ns", "nc"])
        & pl.col("lesson_no").is_not_null(),
        purpose=purpose,
    )
    if row:
        return row
    lessons = p.frame("lessons").filter((pl.col("date") == day) & (pl.col("kind") == "stunda"))
    if lessons.height == 0:
        return None
    lesson = lessons.sort(RID).row(0, named=True)
    pupils = p.school.students.filter(pl.col("class_idx") == lesson["class_idx"]).sort(
        "student_idx"
    )
    taken = set(
        p.frame(T)
        .filter(
            (pl.col("date") == day)
            & (pl.col("class_idx") == lesson["class_idx"])
            & (pl.col("lesson_no") == lesson["lesson_no"])
        )["student_idx"]
        .to_list()
    )
    pupil = next(r for r in pupils.to_dicts() if r["student_idx"] not in taken)
    values = {
        "class_idx": lesson["class_idx"],
        "class": lesson["class"],
        "date": day,
        "lesson_no": lesson["lesson_no"],
        "subject": lesson["subject"],
        "teacher": lesson["teacher"],
        "student_idx": pupil["student_idx"],
        "student": pupil["student"],
        "code": "ns",
        "notes": None,
        "note_submitted_at": None,
        "justified_at": None,
        "entered_at": lesson["entered_at"] + dt.timedelta(seconds=40),
    }
    rid = p.add(T, values)
    return {**values, RID: rid}


def plant_justifications(p: Planter) -> None:
    """ABS003 (Upesleja): a note registered within a day of being handed in, rolled past days
    off; a Friday's note due on a transferred working Saturday; a minute late; never."""
    if not p.plan.on("ABS003"):
        return
    e = p.edges
    rule = p.deadline("ABS003")
    school_days = p.school_days()

    def before(day: dt.date) -> dt.date:
        return max(d for d in school_days if d < day)

    cases: list[tuple[str, dt.date, dt.datetime | None]] = []
    off_due = rule.due(e.before_day_off)
    cases.append(("near_off", e.before_day_off, off_due))
    if e.before_transfer:
        transfer_due = rule.due(e.before_transfer)
        cases.append(
            ("transfer", e.before_transfer, cal.at(cal.next_working_day(transfer_due.date()), 9, 0))
        )
    tuesday = next(
        d
        for d in school_days
        if d.weekday() == 1 and d > p.facts.semester2.start + dt.timedelta(days=20)
    )
    cases.append(("near", tuesday, rule.due(tuesday)))
    wednesday = next(
        d for d in school_days if d.weekday() == 2 and d > tuesday + dt.timedelta(days=14)
    )
    cases.append(("minute", wednesday, rule.due(wednesday) + MINUTE))
    monday = next(
        d for d in school_days if d.weekday() == 0 and d > wednesday + dt.timedelta(days=14)
    )
    cases.append(("never", monday, None))
    for label, note_day, justified in cases:
        absence = _absence_on(p, before(note_day), f"ABS003:{label}")
        if absence is None:
            continue
        rid = absence[RID]
        due = rule.due(note_day)
        p.set(T, rid, note_submitted_at=cal.at(note_day, 8, 10), justified_at=justified)
        if label == "near_off":
            p.near_miss(
                "ABS003",
                T,
                rid,
                f"note of {fmt(note_day)}, due rolled past days off to {fmt(due)}, registered then",
            )
        elif label == "near":
            p.near_miss("ABS003", T, rid, f"registered exactly at the deadline {fmt(due)}")
        elif label == "transfer":
            p.violation(
                "ABS003",
                T,
                rid,
                f"note of {fmt(note_day)} due on the transferred working Saturday {fmt(due)}",
            )
        elif label == "minute":
            p.violation("ABS003", T, rid, "registered a minute late")
        else:
            p.violation("ABS003", T, rid, "note never registered")


def plant_early_and_twice(p: Planter) -> None:
    """DQ001: marked the evening before the day; DQ002: the same absence twice."""
    row = p.pick_one(T, _ordinary(p) & _month(p, 3), purpose="DQ001:absences")
    if row:
        p.set(T, row[RID], entered_at=cal.at(row["date"] - dt.timedelta(days=1), 18, 30))
        p.violation("DQ001", T, row[RID], "absence marked before its day")
    row = p.pick_one(T, _ordinary(p) & _month(p, 4), purpose="DQ002:absences")
    if row:
        p.duplicate(T, row, "the same absence twice", later=dt.timedelta(minutes=1))


def plant_all(p: Planter) -> None:
    plant_justifications(p)
    plant_late_absences(p)
    plant_marks(p)
    plant_early_and_twice(p)
