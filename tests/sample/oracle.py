"""A slow, row-by-row reading of a generated sample that re-derives every finding from the files
alone, to check that ``expected.json`` is exact: nothing planted is missing from it and nothing
clean was spoiled by accident.

It reads the files with the csv module and openpyxl, and computes deadlines one record at a time
from the generator's hand-written plan and calendar (whose own arithmetic the edge-case tests
check against hand-computed dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.plans import PLANS, FileSpec, ProfilePlan

DATE_FORMATS = ("%d.%m.%Y.", "%d.%m.%Y", "%Y-%m-%d")
DATETIME_FORMATS = ("%d.%m.%Y. %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S")
WEEKDAYS = {"pirmdiena": 1, "otrdiena": 2, "trešdiena": 3, "ceturtdiena": 4, "piektdiena": 5}
INTERIM_AUTUMN = "1. semestra starpvērtējums"
INTERIM_SPRING = "2. semestra starpvērtējums"
DATES = {"date", "valid_from", "valid_to", "period_start"}
DATETIMES = {
    "entered_at",
    "homework_entered_at",
    "submitted_at",
    "corrected_at",
    "note_submitted_at",
    "justified_at",
    "sent_at",
    "created_at",
    "left_at",
    "requested_at",
    "connected_at",
}


class Unreadable(Exception):
    def __init__(self, column: str | None) -> None:
        self.column = column


@dataclass
class Source:
    path: str
    sheet: str | None


def _date(text: str) -> dt.date:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(text)


def _datetime(text: str) -> dt.datetime:
    for fmt in DATETIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise ValueError(text)


def _value(canonical: str, raw: Any) -> Any:
    if raw is None or raw == "":
        return None
    if canonical in DATES:
        return raw.date() if isinstance(raw, dt.datetime) else _date(raw)
    if canonical in DATETIMES:
        if isinstance(raw, dt.datetime):
            return raw.replace(microsecond=0) + (
                dt.timedelta(seconds=1) if raw.microsecond >= 500_000 else dt.timedelta()
            )
        return _datetime(raw)
    if canonical == "month":
        if isinstance(raw, dt.datetime):
            return raw.date().replace(day=1)
        return dt.datetime.strptime(raw, "%Y-%m").date()
    if canonical in ("lesson_no", "lessons"):
        return int(raw)
    if canonical in ("held", "active"):
        return raw == "jā"
    if canonical == "weekday":
        return WEEKDAYS[raw.lower()]
    if canonical == "grade":
        return str(raw)
    return raw


IDENTIFYING = {
    "lessons": ("date", "class", "subject", "teacher"),
    "grades": ("date", "class", "subject", "student"),
    "absences": ("date", "class", "student"),
    "term_grades": ("class", "subject", "student", "period"),
    "reports": ("class", "month"),
    "conversations": ("date", "student", "topic"),
    "plans": ("group", "plan_type", "period_start"),
    "test_plan": ("date", "class", "subject", "scope"),
    "timetable": ("class", "weekday", "lesson_no", "subject"),
    "journals": ("name", "kind"),
    "accounts": ("user", "role", "active"),
}


def read(outdir: Path, spec: FileSpec) -> tuple[list[dict[str, Any]], list[tuple[int, str | None]]]:
    """Records (canonical keys plus ``_row``) and the rejected rows (row, header)."""
    headers = [h for _, h in spec.columns]
    canon = dict((h, c) for c, h in spec.columns)
    raw_rows: list[tuple[int, list[Any]]] = []
    if spec.shape == "xlsx":
        ws = openpyxl.load_workbook(outdir / spec.path, read_only=True)[spec.sheet]
        header_row = 2 if spec.title else 1
        rows = ws.iter_rows(values_only=True)
        for r, values in enumerate(rows, start=1):
            if r == header_row:
                assert list(values[: len(headers)]) == headers
            elif r > header_row:
                raw_rows.append((r, list(values)))
    else:
        data = (outdir / spec.path).read_bytes()
        text = data.decode("cp1257") if spec.shape == "cp1257_csv" else data.decode("utf-8-sig")
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=spec.separator))
        header_row = len(spec.title) + 2 if spec.title else 1
        assert lines[header_row - 1] == headers
        for i, cells in enumerate(lines[header_row:], start=header_row + 1):
            raw_rows.append((i, cells))
    records, rejected = [], []
    for row_no, cells in raw_rows:
        if len(cells) > len(headers) and any(c not in (None, "") for c in cells[len(headers) :]):
            rejected.append((row_no, chr(ord("A") + len(headers))))
            continue
        record: dict[str, Any] = {"_row": row_no}
        try:
            for header, raw in zip(headers, cells, strict=False):
                c = canon[header]
                try:
                    record[c] = _value(c, raw)
                except ValueError:
                    raise Unreadable(header) from None
            for c in IDENTIFYING[spec.table]:
                if c in record and record[c] is None and c not in ("grade",):
                    raise Unreadable(spec.headers[c])
        except Unreadable as bad:
            rejected.append((row_no, bad.column))
            continue
        records.append(record)
    return records, rejected


def grade_of(klass: str | None) -> int:
    m = re.match(r"(\d+)\.", klass or "")
    return int(m.group(1)) if m else 0


class Oracle:
    """Every finding of one sample, computed from its files."""

    def __init__(self, outdir: Path, profile: str, as_of: dt.datetime, year: str) -> None:
        self.outdir = outdir
        self.plan: ProfilePlan = PLANS[profile]
        self.facts = cal.SCHOOL_YEARS[year]
        self.as_of = as_of
        self.tables: dict[str, list[dict[str, Any]]] = {}
        self.source: dict[str, Source] = {}
        self.rejected: list[dict[str, Any]] = []
        for spec in self.plan.files:
            records, rejected = read(outdir, spec)
            self.tables[spec.table] = records
            self.source[spec.table] = Source(spec.path, spec.sheet)
            for row, column in rejected:
                self.rejected.append(
                    {"path": spec.path, "sheet": spec.sheet, "row": row, "column": column}
                )
        self.found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._dedupe()

    # --- plumbing ---------------------------------------------------------------------------

    def rows(self, table: str) -> list[dict[str, Any]]:
        return [r for r in self.tables.get(table, []) if not r.get("_dup")]

    def add(self, status: str, rule: str, table: str, record: dict[str, Any]) -> None:
        src = self.source[table]
        self.found[status].append(
            {"rule": rule, "path": src.path, "sheet": src.sheet, "row": record["_row"]}
        )

    def missing(self, status: str, rule: str, **fields: Any) -> None:
        self.found[status].append(
            {
                "rule": rule,
                "missing": {
                    k: v.isoformat() if isinstance(v, dt.date) else v for k, v in fields.items()
                },
            }
        )

    def timely(
        self,
        rule: str,
        table: str,
        record: dict[str, Any],
        due: dt.datetime | None,
        entered: dt.datetime | None,
    ) -> None:
        if due is None:
            self.add("not_evaluable", rule, table, record)
            return
        if entered is not None and entered > self.as_of:
            entered = None
        if entered is None:
            self.add("violation" if due <= self.as_of else "pending", rule, table, record)
        elif entered > due:
            self.add("violation", rule, table, record)

    def period_end(self, day: dt.date, grade: int) -> dt.date:
        return (
            self.facts.semester1.end
            if day <= self.facts.semester1.end
            else self.facts.year_end(grade)
        )

    def due(
        self,
        code: str,
        kind: str | None,
        day: dt.date,
        lesson_no: int | None = None,
        grade: int = 0,
    ) -> dt.datetime | None:
        deadline = self.plan.rule(code).for_kind(kind)
        if deadline is None:
            return None
        if deadline.kind == "period_end":
            return deadline.due(self.period_end(day, grade))
        if deadline.kind == "lesson_end" and lesson_no is None:
            return None
        return deadline.due(day, lesson_no)

    def _dedupe(self) -> None:
        keys = {
            "lessons": ("date", "lesson_no", "class", "group", "subject"),
            "grades": ("date", "class", "subject", "student", "work_type", "grade"),
            "absences": ("date", "lesson_no", "class", "student"),
            "term_grades": ("class", "subject", "student", "period"),
            "reports": ("class", "month", "kind"),
            "plans": ("group", "plan_type", "period_start"),
        }
        for table, records in self.tables.items():
            key_cols = keys.get(table, IDENTIFYING[table])
            seen = set()
            for r in records:
                key = tuple(r.get(c) for c in key_cols)
                if key in seen:
                    r["_dup"] = True
                    self.add("violation", "DQ002", table, r)
                seen.add(key)

    # --- the rules --------------------------------------------------------------------------

    def run(self) -> dict[str, list[dict[str, Any]]]:
        on = self.plan.on
        self.lessons()
        if "absences" in self.tables:
            self.absences()
        self.grades()
        if on("TRM001"):
            self.terms()
        for code in ("REP001", "REP002", "REP003"):
            if on(code):
                self.reports(code)
        if on("CNV001"):
            for r in self.rows("conversations"):
                self.timely(
                    "CNV001",
                    "conversations",
                    r,
                    self.due("CNV001", None, r["date"]),
                    r["entered_at"],
                )
        for table in ("grades", "absences", "conversations"):
            for r in self.rows(table):
                if r.get("entered_at") and r["entered_at"] < dt.datetime.combine(
                    r["date"], dt.time()
                ):
                    self.add("violation", "DQ001", table, r)
        if on("PLN001"):
            self.plans()
        if on("SET001"):
            due = self.plan.rule("SET001").deadline.due(self.facts.semester1.start)  # type: ignore[union-attr]
            for r in self.rows("timetable"):
                self.timely("SET001", "timetable", r, due, r["entered_at"])
        if on("SET002"):
            for r in self.rows("journals"):
                start = (
                    self.facts.semester2.start
                    if r["created_at"].date() >= self.facts.semester2.start
                    else self.facts.semester1.start
                )
                deadline = self.plan.rule("SET002").for_kind(r["kind"])
                if deadline is not None:
                    self.timely("SET002", "journals", r, deadline.due(start), r["created_at"])
        if on("ACC001"):
            for r in self.rows("accounts"):
                if (
                    r.get("left_at")
                    and r["active"]
                    and cal.end_of(r["left_at"].date()) <= self.as_of
                ):
                    self.add("violation", "ACC001", "accounts", r)
        if on("ACC002"):
            for r in self.rows("accounts"):
                if r.get("requested_at"):
                    due = self.due("ACC002", None, r["requested_at"].date())
                    self.timely("ACC002", "accounts", r, due, r.get("connected_at"))
        self.found["rejected"] = self.rejected
        return self.found

    def lessons(self) -> None:
        on = self.plan.on
        rows = self.rows("lessons")
        for r in rows:
            grade = grade_of(r["class"])
            kind = r.get("kind")
            if on("LES001"):
                due = self.due("LES001", kind, r["date"], r.get("lesson_no"), grade)
                self.timely("LES001", "lessons", r, due, r["entered_at"])
            if on("HW001") and r.get("homework"):
                entered = (
                    r.get("homework_entered_at") if "homework_entered_at" in r else r["entered_at"]
                )
                self.timely(
                    "HW001",
                    "lessons",
                    r,
                    self.due("HW001", kind, r["date"], r.get("lesson_no"), grade),
                    entered,
                )
            if on("LES002") and not r.get("topic"):
                due = self.due("LES002", kind, r["date"], r.get("lesson_no"), grade)
                if due is None:
                    self.add("not_evaluable", "LES002", "lessons", r)
                else:
                    self.add(
                        "violation" if due <= self.as_of else "pending", "LES002", "lessons", r
                    )
            if on("LES003") and r.get("topic"):
                if kind == "individuālais darbs":
                    ok = r["topic"].startswith("Individuālais darbs")
                else:
                    ok = re.match(r"^SR:\s*\S.*\s/\s*\S", r["topic"]) is not None
                if not ok:
                    self.add("violation", "LES003", "lessons", r)
            if on("LES004") and r.get("substitute"):
                reason = r.get("reason") or ""
                if not (re.search(r"\d{2}\.\d{2}\.\d{4}", reason) and re.search(r"Nr\.", reason)):
                    self.add("violation", "LES004", "lessons", r)
            if on("LES007"):
                text = f"{r.get('topic') or ''} {r.get('notes') or ''}".lower()
                if "skolas soma" in text:
                    notes = (r.get("notes") or "").replace('"', "").lower()
                    phrases = ("nodarbība latvijas skolas soma ietvaros",)
                    if not any(ph in notes for ph in phrases):
                        self.add("violation", "LES007", "lessons", r)
        if on("LES005"):
            by_subject: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
            for r in sorted(rows, key=lambda r: (r["date"], r.get("lesson_no") or 99)):
                by_subject[(r["class"], r["subject"])].append(r)
            for series in by_subject.values():
                for i, r in enumerate(series):
                    if r.get("held") is False:
                        if i == 0:
                            self.add("not_evaluable", "LES005", "lessons", r)
                        elif not series[i - 1].get("notes"):
                            self.add("violation", "LES005", "lessons", r)
        if on("LES000"):
            have = {(r["class"], r["date"], r.get("lesson_no")) for r in rows}
            for t in self.rows("timetable"):
                grade = grade_of(t["class"])
                for day in cal.school_days(self.facts.name, grade):
                    if (
                        not (t["valid_from"] <= day <= t["valid_to"])
                        or day.isoweekday() != t["weekday"]
                    ):
                        continue
                    if (t["class"], day, t["lesson_no"]) not in have:
                        due = self.due("LES000", None, day, t["lesson_no"], grade)
                        assert due is not None
                        self.missing(
                            "violation" if due <= self.as_of else "pending",
                            "LES000",
                            **{"class": t["class"], "date": day, "lesson_no": t["lesson_no"]},
                        )
        if on("LES006"):
            hours = {
                (r["class"], cal.week_monday(r["date"]))
                for r in rows
                if r.get("kind") == "audzināšanas stunda"
            }
            for klass in sorted({r["class"] for r in rows}):
                weeks: dict[dt.date, dt.date] = {}
                for day in cal.school_days(self.facts.name, grade_of(klass)):
                    weeks[cal.week_monday(day)] = day
                for monday, last in weeks.items():
                    if (klass, monday) not in hours and cal.end_of(last) <= self.as_of:
                        self.missing("violation", "LES006", **{"class": klass, "week": monday})
        if on("PRE001"):
            keywords = ("valod", "sociāl", "kultūr", "dabaszin", "matemātik", "tehnoloģ", "veselīb")
            weeks_seen: dict[tuple[str, dt.date], set[str]] = defaultdict(set)
            days_health: dict[tuple[str, dt.date], bool] = defaultdict(bool)
            for r in rows:
                text = f"{r['subject']} {r.get('learning_area') or ''}".lower()
                found = {k for k in keywords if k in text}
                weeks_seen[(r["class"], cal.week_monday(r["date"]))] |= found
                days_health[(r["class"], r["date"])] |= "veselīb" in found
            for (klass, monday), found in weeks_seen.items():
                if len(found) < 7:
                    self.missing("violation", "PRE001", **{"class": klass, "week": monday})
            for (klass, day), ok in days_health.items():
                if not ok:
                    self.missing("violation", "PRE002", **{"class": klass, "date": day})

    def absences(self) -> None:
        on = self.plan.on
        for r in self.rows("absences"):
            if on("ABS001"):
                self.timely(
                    "ABS001",
                    "absences",
                    r,
                    self.due("ABS001", None, r["date"], r.get("lesson_no")),
                    r["entered_at"],
                )
            if on("ABS002"):
                code = (r.get("code") or "").upper()
                if code:
                    if code not in ("N", "NS", "NC"):
                        self.add("violation", "ABS002", "absences", r)
                elif (r.get("notes") or "") != "izglītība ģimenē":
                    self.add("violation", "ABS002", "absences", r)
            if on("ABS003") and r.get("note_submitted_at"):
                due = self.due("ABS003", None, r["note_submitted_at"].date())
                self.timely("ABS003", "absences", r, due, r.get("justified_at"))

    def _next_lesson(self, g: dict[str, Any]) -> dt.datetime:
        end = self.period_end(g["date"], grade_of(g["class"]))
        later = sorted(
            (r["date"], r["lesson_no"])
            for r in self.rows("lessons")
            if r["class"] == g["class"]
            and r["subject"] == g["subject"]
            and r.get("lesson_no")
            and (r["date"], r["lesson_no"]) > (g["date"], g["lesson_no"])
            and r["date"] <= end
        )
        if not later:
            return cal.end_of(end)
        return cal.lesson_start(*later[0])

    def grades(self) -> None:
        on = self.plan.on
        pid = self.plan.id
        rows = self.rows("grades")
        if on("GRD001"):
            rule = self.plan.rule("GRD001")
            for r in rows:
                kind = r.get("work_type")
                deadline = rule.for_kind(kind)
                if deadline is None:
                    continue
                if deadline.kind == "next_lesson":
                    due: dt.datetime | None = self._next_lesson(r)
                else:
                    anchor = r["date"]
                    if rule.counts_from.get(kind or "") == "submitted_at":
                        anchor = r["submitted_at"].date() if r.get("submitted_at") else None
                    if r.get("corrected_at") and rule.counts_from.get("improved") == "corrected_at":
                        anchor = r["corrected_at"].date()
                    due = deadline.due(anchor) if anchor else None
                self.timely("GRD001", "grades", r, due, r["entered_at"])
        if on("GRD002"):
            ten = r"(10|[1-9])"
            forms = {
                "ten": rf"^{ten}$",
                "pct": r"^(100|[1-9]?\d)(,\d+)?%$",
                "pf": r"^(i|ni|ieskaitīts|neieskaitīts)$",
                "nv": r"^nv$",
                "pd": rf"^{ten}\(p\.d\.\)$",
                "corr": rf"^{ten}\|{ten}$",
                "stap": r"^[STAP]$",
            }
            for r in rows:
                value = r.get("grade")
                kind = r.get("work_type")
                if pid == "liepaja-mazulitis":
                    allowed = ["stap"]
                    if value is None:
                        continue
                elif pid == "upeslejas-sk" and kind == "ieskaitīts/neieskaitīts":
                    allowed = ["pf"]
                elif pid == "upeslejas-sk" and kind in ("pārbaudes darbs", "liela apjoma darbs"):
                    allowed = ["ten"]
                else:
                    allowed = list(forms)
                    allowed.remove("stap")
                if not any(re.match(forms[f], value or "") for f in allowed):
                    self.add("violation", "GRD002", "grades", r)
        if on("TST001"):
            planned = {(t["class"], t["subject"], t["date"]) for t in self.rows("test_plan")}
            for r in rows:
                if (
                    r.get("work_type") == "summatīvais"
                    and (r["class"], r["subject"], r["date"]) not in planned
                ):
                    self.add("violation", "TST001", "grades", r)
            for t in self.rows("test_plan"):
                if t.get("lessons") not in (1, 2) or not t.get("scope"):
                    self.add("violation", "TST001", "test_plan", t)
        if on("TRM002") or on("TRM004"):
            self._term_presence(rows)

    def _term_presence(self, grades: list[dict[str, Any]]) -> None:
        terms = self.rows("term_grades")
        have = {(t["class"], t["subject"], t["student"], t["period"]) for t in terms}
        f = self.facts
        need: set[tuple[Any, ...]] = set()
        for g in grades:
            key = (g["class"], g["subject"], g["student"])
            if self.plan.on("TRM002"):
                if g["date"] <= f.semester1.end:
                    need.add((*key, "1. semestris", None))
                need.add((*key, "gads", None))
            if self.plan.on("TRM004"):
                for name, span, start, period in (
                    ("rudens", f.autumn_break, f.semester1.start, INTERIM_AUTUMN),
                    ("pavasara", f.spring_break, f.semester2.start, INTERIM_SPRING),
                ):
                    if start <= g["date"] < span.start:
                        need.add((*key, period, (name, cal.previous_working_day(span.start))))
        for klass, subject, student, period, extra in sorted(need, key=str):
            if period in (INTERIM_AUTUMN, INTERIM_SPRING):
                name, day = extra
                if (klass, subject, student, period) not in have:
                    due = self.plan.rule("TRM004").deadline.due(day + dt.timedelta(days=1))  # type: ignore[union-attr]
                    self.missing(
                        "violation" if due <= self.as_of else "pending",
                        "TRM004",
                        **{
                            "class": klass,
                            "subject": subject,
                            "student": student,
                            "period": period,
                            "break": name,
                        },
                    )
            elif (klass, subject, student, period) not in have:
                end = f.semester1.end if period == "1. semestris" else f.year_end(grade_of(klass))
                due = self.plan.rule("TRM001").deadline.due(end)  # type: ignore[union-attr]
                self.missing(
                    "violation" if due <= self.as_of else "pending",
                    "TRM002",
                    **{"class": klass, "subject": subject, "student": student, "period": period},
                )

    def terms(self) -> None:
        deadline = self.plan.rule("TRM001").deadline
        assert deadline is not None
        marks = {m for m in (self.plan.exempt_mark, self.plan.wrong_exempt_mark) if m}
        for t in self.rows("term_grades"):
            grade = grade_of(t["class"])
            if t["period"] == "1. semestris":
                self.timely(
                    "TRM001",
                    "term_grades",
                    t,
                    deadline.due(self.facts.semester1.end),
                    t["entered_at"],
                )
            elif t["period"] == "gads":
                self.timely(
                    "TRM001",
                    "term_grades",
                    t,
                    deadline.due(self.facts.year_end(grade)),
                    t["entered_at"],
                )
            elif t["period"] in (INTERIM_AUTUMN, INTERIM_SPRING) and self.plan.on("TRM004"):
                brk = (
                    self.facts.autumn_break
                    if t["period"] == INTERIM_AUTUMN
                    else self.facts.spring_break
                )
                due = self.plan.rule("TRM004").deadline.due(brk.start)  # type: ignore[union-attr]
                self.timely("TRM004", "term_grades", t, due, t["entered_at"])
            if (
                self.plan.on("TRM003")
                and t["grade"] in marks
                and t["grade"] != self.plan.exempt_mark
            ):
                self.add("violation", "TRM003", "term_grades", t)

    def reports(self, code: str) -> None:
        kind = {
            "REP001": "sekmju izraksts",
            "REP002": "kavējumu apkopojums",
            "REP003": "apmeklējuma atskaite",
        }[code]
        activity = {
            (r["class"], r["date"].replace(day=1))
            for table in ("lessons", "grades")
            for r in self.rows(table)
        }

        def due_of(month: dt.date) -> dt.datetime:
            due = self.plan.rule(code).deadline.due(month)  # type: ignore[union-attr]
            if code == "REP002":
                for end in (self.facts.semester1.end, self.facts.semester2.end):
                    if (end.year, end.month) == (month.year, month.month):
                        due = min(due, cal.end_of(end))
            return due

        seen = set()
        for r in self.rows("reports"):
            if r.get("kind") != kind:
                continue
            seen.add((r["class"], r["month"]))
            self.timely(code, "reports", r, due_of(r["month"]), r["sent_at"])
        for klass, month in sorted(activity - seen):
            due = due_of(month)
            self.missing(
                "violation" if due <= self.as_of else "pending",
                code,
                **{"class": klass, "month": month.strftime("%Y-%m")},
            )

    def plans(self) -> None:
        rows = self.rows("plans")
        for r in rows:
            code = "PLN001" if r["plan_type"] == "mēneša" else "PLN002"
            self.timely(code, "plans", r, self.due(code, None, r["period_start"]), r["entered_at"])
        periods = self.facts.preschool_periods
        groups = sorted({r["class"] for r in self.rows("lessons")})
        have = {
            (r["group"], r["plan_type"], r["period_start"])
            if r["plan_type"] == "mēneša"
            else (r["group"], r["plan_type"], cal.week_monday(r["period_start"]))
            for r in rows
        }
        month = periods[0].start
        while month <= periods[1].end:
            for g in groups:
                if (g, "mēneša", month) not in have:
                    due = self.due("PLN001", None, month)
                    assert due is not None
                    self.missing(
                        "violation" if due <= self.as_of else "pending",
                        "PLN001",
                        **{"class": g, "month": month.strftime("%Y-%m")},
                    )
            month = cal.add_months(month, 1)
        monday = cal.week_monday(periods[0].start)
        while monday <= periods[1].end:
            for g in groups:
                if (g, "nedēļas", monday) not in have:
                    due = self.due("PLN002", None, monday)
                    assert due is not None
                    self.missing(
                        "violation" if due <= self.as_of else "pending",
                        "PLN002",
                        **{"class": g, "week": monday},
                    )
            monday += dt.timedelta(days=7)


def comparable(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Entries as sortable tuples, without the near misses' descriptions."""
    out = []
    for e in entries:
        missing = tuple(sorted((k, str(v)) for k, v in e.get("missing", {}).items()))
        out.append(
            (
                e.get("rule", ""),
                e.get("path") or "",
                e.get("sheet") or "",
                e.get("row") or 0,
                missing,
                e.get("column") or "",
            )
        )
    return sorted(out)
