"""Planted cases in the term grades export: late and missing semester and year grades, the
exemption mark, interim grades before the breaks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.derived import INTERIM_1, INTERIM_2
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt

T = "term_grades"


def _due(p: Planter, row: dict[str, Any]) -> dt.datetime:
    deadline = p.deadline("TRM001")
    if row["period"] == "1. semestris":
        return deadline.due(p.facts.semester1.end)
    return deadline.due(p.facts.year_end(row["grade"]))


def _ordinary(period: str, p: Planter) -> pl.Expr:
    marks = [m for m in (p.plan.exempt_mark, p.plan.wrong_exempt_mark) if m]
    return (pl.col("period") == period) & ~pl.col("grade_value").is_in(marks)


def plant_late_terms(p: Planter) -> None:
    if not p.plan.on("TRM001"):
        return
    sem1 = _ordinary("1. semestris", p)
    year = _ordinary("gads", p)
    for label in ("near", "minute", "late"):
        row = p.pick_one(T, sem1, purpose=f"TRM001:sem1:{label}")
        if row is None:
            continue
        due = _due(p, row)
        if label == "near":
            p.set(T, row[RID], entered_at=due)
            p.near_miss("TRM001", T, row[RID], f"semester grade entered at the deadline {fmt(due)}")
        elif label == "minute":
            p.set(T, row[RID], entered_at=due + MINUTE)
            p.violation("TRM001", T, row[RID], "a minute after the deadline")
        else:
            p.set(T, row[RID], entered_at=cal.at(p.facts.semester2.start, 10, 0))
            p.violation("TRM001", T, row[RID], "entered after the winter break")
    general = p.deadline("TRM001").due(p.facts.semester2.end)
    later = [g for g in (12, 9) if any(c.grade == g for c in p.school.classes)]
    if later:
        grade = later[0]
        row = p.pick_one(T, year & (pl.col("grade") == grade), purpose="TRM001:year:near")
        if row:
            due = _due(p, row)
            p.set(T, row[RID], entered_at=due)
            p.near_miss(
                "TRM001",
                T,
                row[RID],
                f"grade {grade} year grade at its own later deadline {fmt(due)} "
                f"(other grades' deadline {fmt(general)})",
            )
        row = p.pick_one(T, year & (pl.col("grade") == grade), purpose="TRM001:year:between")
        if row:
            p.set(T, row[RID], entered_at=general + dt.timedelta(days=2))
            p.near_miss(
                "TRM001",
                T,
                row[RID],
                f"grade {grade} year grade entered after other grades' deadline, before its own",
            )
    regular = year & ~pl.col("grade").is_in([9, 12])
    row = p.pick_one(T, regular, purpose="TRM001:year:minute") or p.pick_one(
        T, year, purpose="TRM001:year:minute"
    )
    if row:
        p.set(T, row[RID], entered_at=_due(p, row) + MINUTE)
        p.violation("TRM001", T, row[RID], "year grade a minute after the deadline")


def plant_missing_terms(p: Planter) -> None:
    if not p.plan.on("TRM002"):
        return
    picks = [("1. semestris", 0), ("1. semestris", 1), ("gads", 2)]
    for period, i in picks:
        row = p.pick_one(T, _ordinary(period, p), purpose=f"TRM002:{i}")
        if row is None:
            continue
        p.drop(T, row[RID])
        p.missing_record(
            "violation",
            "TRM002",
            "term grade never entered",
            **{
                "class": row["class"],
                "subject": row["subject"],
                "student": row["student"],
                "period": period,
            },
        )


def plant_exemption_marks(p: Planter) -> None:
    if not p.plan.on("TRM003") or not p.plan.wrong_exempt_mark:
        return
    frame = p.frame(T)
    wrong = frame.filter(pl.col("grade_value") == p.plan.wrong_exempt_mark)
    for rid in wrong[RID].to_list():
        p.violation("TRM003", T, rid, "exemption written with another school's mark")
    right = frame.filter(pl.col("grade_value") == p.plan.exempt_mark)
    if right.height:
        p.near_miss("TRM003", T, int(right[RID][0]), f"exemption written '{p.plan.exempt_mark}'")
        for rid in right[RID].to_list():
            p.touched[T].add(rid)


def plant_interim(p: Planter) -> None:
    """TRM004 (Upesleja): interim grades due by the last working day before the break."""
    if not p.plan.on("TRM004"):
        return
    facts = p.facts
    deadline = p.deadline("TRM004")
    breaks = (
        ("rudens", facts.autumn_break, INTERIM_1),
        ("pavasara", facts.spring_break, INTERIM_2),
    )
    for name, span, period in breaks:
        due = deadline.due(span.start)
        day = cal.previous_working_day(span.start)
        of_break = (pl.col("period") == period) & (pl.col("date") == day)
        row = p.pick_one(T, of_break, purpose=f"TRM004:{name}:timing")
        if row:
            if name == "rudens":
                p.set(T, row[RID], entered_at=due)
                p.near_miss("TRM004", T, row[RID], f"interim grade at the deadline {fmt(due)}")
            else:
                p.set(T, row[RID], entered_at=due + MINUTE)
                p.violation("TRM004", T, row[RID], "interim grade a minute after the deadline")
        row = p.pick_one(T, of_break, purpose=f"TRM004:{name}:missing")
        if row:
            p.drop(T, row[RID])
            p.missing_record(
                "violation",
                "TRM004",
                "interim grade never entered",
                **{
                    "class": row["class"],
                    "subject": row["subject"],
                    "student": row["student"],
                    "period": period,
                    "break": name,
                },
            )


def plant_duplicate_term(p: Planter) -> None:
    row = p.pick_one(
        T, _ordinary("1. semestris", p) & (pl.col("grade") >= 4), purpose="DQ002:terms"
    )
    if row is None:
        return
    value = row["grade_value"]
    p.duplicate(
        T,
        row,
        "the same term grade entered twice",
        later=dt.timedelta(days=1),
        grade_value=str(min(10, int(value) + 1)) if value.isdigit() else value,
    )


def plant_all(p: Planter) -> None:
    if not p.has(T):
        return
    plant_exemption_marks(p)
    plant_interim(p)
    plant_missing_terms(p)
    plant_late_terms(p)
    plant_duplicate_term(p)
