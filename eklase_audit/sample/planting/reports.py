"""Planted cases in the reports export: monthly reports late, at the deadline, never made, and
not yet due."""

from __future__ import annotations

import datetime as dt

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.derived import REPORT_KINDS, report_due
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt

T = "reports"


def _months(p: Planter, kind: str) -> list[dt.date]:
    frame = p.frame(T).filter(pl.col("kind") == kind)
    return sorted(set(frame["month"].to_list()))


def plant_reports(p: Planter, activity: pl.DataFrame) -> None:
    if not p.has(T):
        return
    for code, kind in REPORT_KINDS.items():
        if not p.plan.on(code):
            continue
        of_kind = pl.col("kind") == kind
        months = _months(p, kind)

        def in_month(i: int, of_kind: pl.Expr = of_kind, months: list[dt.date] = months) -> pl.Expr:
            return of_kind & (pl.col("month") == months[i % len(months)])

        row = p.pick_one(T, in_month(4), purpose=f"{code}:near")
        if row:
            due = report_due(p.school, code, row["month"])
            p.set(T, row[RID], sent_at=due)
            p.near_miss(
                code, T, row[RID], f"report of {row['month']:%m.%Y} made at the deadline {fmt(due)}"
            )
        row = p.pick_one(T, in_month(1), purpose=f"{code}:minute")
        if row:
            p.set(T, row[RID], sent_at=report_due(p.school, code, row["month"]) + MINUTE)
            p.violation(code, T, row[RID], "a minute after the deadline")
        row = p.pick_one(T, in_month(6), purpose=f"{code}:late")
        if row:
            due = report_due(p.school, code, row["month"])
            p.set(T, row[RID], sent_at=cal.at(due.date() + dt.timedelta(days=5), 9, 0))
            p.violation(code, T, row[RID], "days late")
        for i in (2, 7):
            row = p.pick_one(T, in_month(i), purpose=f"{code}:missing")
            if row is None:
                continue
            p.drop(T, row[RID])
            p.missing_record(
                "violation",
                code,
                "never made",
                **{"class": row["class"], "month": row["month"].strftime("%Y-%m")},
            )
        if code == "REP002":
            # December: due at the semester's end, before the month's last working day.
            december = [m for m in months if m.month == 12]
            if december:
                at_month = of_kind & (pl.col("month") == december[0])
                row = p.pick_one(T, at_month, purpose="REP002:december:near")
                if row:
                    due = report_due(p.school, code, row["month"])
                    p.set(T, row[RID], sent_at=due)
                    p.near_miss(
                        code, T, row[RID], f"December summary due at the semester's end {fmt(due)}"
                    )
                row = p.pick_one(T, at_month, purpose="REP002:december:late")
                if row:
                    p.set(
                        T,
                        row[RID],
                        sent_at=cal.at(cal.next_working_day(p.facts.semester1.end), 10, 0),
                    )
                    p.violation(
                        code,
                        T,
                        row[RID],
                        "December summary made after the semester ended, "
                        "before the month's last working day",
                    )
        # Months not yet due at the reference time: no report yet, pending.
        for _class_idx, klass, month in activity.iter_rows():
            if report_due(p.school, code, month) > p.as_of:
                p.missing_record(
                    "pending",
                    code,
                    "not yet due",
                    **{"class": klass, "month": month.strftime("%Y-%m")},
                )
    if p.plan.on("REP002"):
        row = p.pick_one(T, pl.col("kind") == REPORT_KINDS["REP001"], purpose="DQ002:reports")
        if row:
            p.duplicate(
                T, row, "the same report twice", later=dt.timedelta(hours=1), column="sent_at"
            )
