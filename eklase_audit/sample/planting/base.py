"""What every planting module shares: the tables being spoiled, the marks, and the calendar's
edge cases (the days where a careless deadline count goes wrong)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.expected import Mark, MissingMark
from eklase_audit.sample.plans import Deadline, ProfilePlan
from eklase_audit.sample.prng import rng
from eklase_audit.sample.school import School
from eklase_audit.sample.tables import RID

MINUTE = dt.timedelta(minutes=1)


def fmt(moment: dt.datetime | dt.date) -> str:
    """A moment as the ground truth's descriptions write it: ``Fri 07.11.2025 23:59:59``."""
    if isinstance(moment, dt.datetime):
        return moment.strftime("%a %d.%m.%Y %H:%M:%S")
    return moment.strftime("%a %d.%m.%Y")


@dataclass(frozen=True)
class Edges:
    """Days of the school year where deadlines cross something: None where the year has none."""

    before_transfer: dt.date | None  # a school day whose next working day is a transferred Saturday
    three_before_transfer: dt.date | None  # a school day whose 3rd working day is that Saturday
    transfer_saturday: dt.date | None
    before_day_off: dt.date  # a school day whose next working day comes after a weekday day off
    friday_monday: dt.date  # an ordinary Friday followed by a working Monday
    last_of_semester1: dt.date
    before_last_of_semester1: dt.date

    @staticmethod
    def of(facts: cal.SchoolYearFacts) -> Edges:
        days = cal.school_weekdays(facts.name)
        saturdays = sorted(
            s
            for s in cal.TRANSFERRED_WORKING_SATURDAYS
            if facts.semester1.start <= s <= facts.semester2.end
        )
        before = three = sat = None
        for s in saturdays:
            prev = [d for d in days if d < s]
            if len(prev) >= 3 and cal.next_working_day(prev[-1]) == s:
                before, sat = prev[-1], s
                three = prev[-3] if cal.nth_working_day_after(prev[-3], 3) == s else None
                break
        day_off = next(
            d
            for d in days
            if any(
                cal.is_day_off(x) and x.weekday() < 5
                for x in cal.days_between(d + dt.timedelta(days=1), cal.next_working_day(d))
            )
        )
        friday = next(
            d
            for d in days
            if d >= facts.semester2.start
            and d.weekday() == 4
            and cal.next_working_day(d) == d + dt.timedelta(days=3)
        )
        sem1 = [d for d in days if d <= facts.semester1.end]
        return Edges(before, three, sat, day_off, friday, sem1[-1], sem1[-2])


class Planter:
    """Holds the tables while planted cases edit them; edits are applied in batches."""

    def __init__(self, school: School, tables: dict[str, pl.DataFrame]) -> None:
        self.school = school
        self.plan: ProfilePlan = school.plan
        self.facts = school.facts
        self.seed = school.seed
        self.as_of = self.plan.as_of(self.facts)
        self.edges = Edges.of(self.facts)
        self._tables = tables
        self._updates: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        self._adds: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._drops: dict[str, set[int]] = defaultdict(set)
        self._next_rid: dict[str, int] = {}
        self.touched: dict[str, set[int]] = defaultdict(set)
        self.marks: list[Mark] = []
        self.missing: list[MissingMark] = []
        self._used_teachers: dict[str, list[str]] = defaultdict(list)
        # Shared between families: tests left out of the planner; students exempted from a
        # subject (class_idx, student_idx, subject, written with the wrong mark).
        self.unplanned_tests: set[tuple[int, str, dt.date]] = set()
        self.exempt: list[tuple[int, int, str, bool]] = []

    # --- tables -------------------------------------------------------------------------------

    def has(self, table: str) -> bool:
        return table in self._tables

    def put(self, table: str, frame: pl.DataFrame) -> None:
        self._tables[table] = frame

    def frame(self, table: str) -> pl.DataFrame:
        self._flush(table)
        return self._tables[table]

    def tables(self) -> dict[str, pl.DataFrame]:
        for table in list(self._tables):
            self._flush(table)
        return self._tables

    def set(self, table: str, rid: int, **values: Any) -> None:
        self._updates[table].setdefault(rid, {}).update(values)
        self.touched[table].add(rid)

    def add(self, table: str, values: dict[str, Any]) -> int:
        if table not in self._next_rid:
            current = self._tables[table]
            self._next_rid[table] = (int(current[RID].max()) + 1) if current.height else 0  # type: ignore[arg-type]
        rid = self._next_rid[table]
        self._next_rid[table] += 1
        self._adds[table].append({**values, RID: rid})
        self.touched[table].add(rid)
        return rid

    def duplicate(
        self,
        table: str,
        row: dict[str, Any],
        what: str,
        *,
        later: dt.timedelta,
        column: str = "entered_at",
        **changes: Any,
    ) -> int:
        """DQ002: a second copy of ``row``, its ``column`` time ``later`` than the first's."""
        copy = {k: v for k, v in row.items() if k != RID}
        copy.update(changes)
        if copy.get(column) is not None:
            copy[column] = copy[column] + later
        rid = self.add(table, copy)
        self.violation("DQ002", table, rid, what)
        return rid

    def drop(self, table: str, rid: int) -> None:
        self._drops[table].add(rid)
        self.touched[table].add(rid)

    def _flush(self, table: str) -> None:
        df = self._tables[table]
        if self._adds[table]:
            schema = df.schema
            rows = [{c: row.get(c) for c in schema} for row in self._adds[table]]
            df = pl.concat([df, pl.DataFrame(rows, schema=schema, orient="row")])
            self._adds[table] = []
        updates = self._updates[table]
        if updates:
            columns = sorted({c for values in updates.values() for c in values})
            for col in columns:
                pairs = [(rid, v[col]) for rid, v in updates.items() if col in v]
                patch = pl.DataFrame(
                    {RID: [p[0] for p in pairs], "_v": [p[1] for p in pairs]},
                    schema={RID: pl.Int64, "_v": df.schema[col]},
                ).with_columns(pl.lit(True).alias("_set"))
                df = (
                    df.join(patch, on=RID, how="left", maintain_order="left")
                    .with_columns(
                        pl.when(pl.col("_set").fill_null(False))
                        .then(pl.col("_v"))
                        .otherwise(pl.col(col))
                        .alias(col)
                    )
                    .drop("_v", "_set")
                )
            self._updates[table] = {}
        if self._drops[table]:
            df = df.filter(~pl.col(RID).is_in(sorted(self._drops[table])))
            self._drops[table] = set()
        self._tables[table] = df

    # --- choosing records ---------------------------------------------------------------------

    def pick(
        self,
        table: str,
        where: pl.Expr,
        n: int = 1,
        *,
        purpose: str,
        spread: str | None = "teacher",
    ) -> list[dict[str, Any]]:
        """n untouched records matching ``where``, by different teachers where possible (teachers
        already used for the same purpose come last), then marked as touched."""
        df = self.frame(table)
        touched = self.touched[table]
        cand = df.filter(where)
        if touched:
            cand = cand.filter(~pl.col(RID).is_in(sorted(touched)))
        if cand.height == 0 or n <= 0:
            return []
        r = rng(self.seed, f"pick:{purpose}")
        chosen: list[int] = []
        if spread and spread in cand.columns:
            groups = cand[spread].drop_nulls().unique().sort().to_list()
            r.shuffle(groups)
            used = self._used_teachers[purpose.split(":")[0]]
            groups.sort(key=lambda g: used.count(g))
            for g in groups:
                if len(chosen) == n:
                    break
                rids = sorted(cand.filter(pl.col(spread) == g)[RID].to_list())
                chosen.append(r.choice(rids))
                used.append(g)
        if len(chosen) < n:
            rest = sorted(set(cand[RID].to_list()) - set(chosen))
            chosen.extend(r.sample(rest, min(n - len(chosen), len(rest))))
        touched.update(chosen)
        rows = df.filter(pl.col(RID).is_in(chosen)).to_dicts()
        by_rid = {row[RID]: row for row in rows}
        return [by_rid[rid] for rid in chosen]

    def pick_one(self, table: str, where: pl.Expr, *, purpose: str) -> dict[str, Any] | None:
        rows = self.pick(table, where, 1, purpose=purpose)
        return rows[0] if rows else None

    # --- marks --------------------------------------------------------------------------------

    def mark(self, status: str, rule: str, table: str, rid: int, what: str = "") -> None:
        self.marks.append(Mark(status, rule, table, rid, what))
        self.touched[table].add(rid)

    def violation(self, rule: str, table: str, rid: int, what: str = "") -> None:
        self.mark("violation", rule, table, rid, what)

    def near_miss(self, rule: str, table: str, rid: int, what: str) -> None:
        self.mark("near_miss", rule, table, rid, what)

    def missing_record(self, status: str, rule: str, what: str, **fields: Any) -> None:
        self.missing.append(MissingMark(status, rule, tuple(fields.items()), what))

    # --- deadlines ----------------------------------------------------------------------------

    def deadline(self, code: str, kind: str | None = None) -> Deadline:
        found = self.plan.rule(code).for_kind(kind)
        if found is None:
            raise KeyError(f"{code} has no deadline for {kind!r}")
        return found

    def period_end(self, day: dt.date, grade: int) -> dt.date:
        """The last day of the semester (or the class's school year) that ``day`` is in."""
        if day <= self.facts.semester1.end:
            return self.facts.semester1.end
        return self.facts.year_end(grade)

    def due(
        self,
        code: str,
        kind: str | None,
        day: dt.date,
        *,
        lesson_no: int | None = None,
        grade: int = 1,
    ) -> dt.datetime:
        """A record's deadline, counted from its event day the way the rule's form says."""
        deadline = self.deadline(code, kind)
        if deadline.kind == "period_end":
            return deadline.due(self.period_end(day, grade))
        return deadline.due(day, lesson_no)

    def school_days(self, grade: int = 1) -> tuple[dt.date, ...]:
        return cal.school_weekdays(self.facts.name, grade)
