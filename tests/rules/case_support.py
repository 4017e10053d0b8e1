"""Rule cases as data: an export-shaped file (or a folder of them) with two extra columns the
readers ignore: ``Sagaidāms`` (the status a row must get from the case's rule) and ``Kavēts``
(how many working days late, where it matters). The first line of a case file says which rule,
profile and reference time the case is for:

    Gadījums: GRD001; profils: aknistes-vsk; stāvoklis: 2025-11-20T12:00

A folder case holds the same first line in ``case.txt``; its record file is the one with the
``Sagaidāms`` column. Expected values are written by hand from the calendar, never computed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from eklase_audit.engine import AuditRequest, run_audit
from eklase_audit.io.readers import read_inputs
from eklase_audit.profiles.loader import load_profile
from eklase_audit.result import AuditResult

CASES = Path(__file__).parent / "cases"
STATUS_WORDS = {
    "ok": "ok",
    "pārkāpums": "violation",
    "gaida": "pending",
    "nav pārbaudāms": "not_evaluable",
    "neattiecas": None,  # the rule does not apply to this row
}


@dataclass(frozen=True)
class Case:
    path: Path
    rule: str
    profile: str
    as_of: dt.datetime
    record_file: Path | None
    expected: dict[int, tuple[str | None, int | None]]  # spreadsheet row -> (status, late wd)
    missing: frozenset[tuple[str, frozenset[tuple[str, str]]]] = frozenset()

    @property
    def name(self) -> str:
        return self.path.name


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1257"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError(f"{path}: not UTF-8 or Windows-1257")


def _header_line(text: str) -> tuple[str, str, dt.datetime]:
    first = text.splitlines()[0]
    match = re.search(
        r"Gadījums:\s*(\w+);\s*profils:\s*([\w-]+);\s*stāvoklis:\s*([\d\-T:]+)", first
    )
    assert match, f"first line must name the case: {first!r}"
    return match[1], match[2], dt.datetime.fromisoformat(match[3])


def _expectations(path: Path) -> dict[int, tuple[str | None, int | None]]:
    """Row number (as a spreadsheet shows it) -> expected status, from the case file itself."""
    rows = list(csv.reader(io.StringIO(_read_text(path)), delimiter=";"))
    header_index = next(i for i, row in enumerate(rows) if "Sagaidāms" in row)
    header = rows[header_index]
    status_at = header.index("Sagaidāms")
    late_at = header.index("Kavēts") if "Kavēts" in header else None
    expected = {}
    for number, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if not any(cell.strip() for cell in row):
            continue
        word = row[status_at].strip().lower()
        assert word in STATUS_WORDS, f"{path.name} row {number}: unknown expectation {word!r}"
        late = row[late_at].strip() if late_at is not None and late_at < len(row) else ""
        expected[number] = (STATUS_WORDS[word], int(late) if late else None)
    return expected


def _missing_lines(text: str) -> frozenset[tuple[str, frozenset[tuple[str, str]]]]:
    """``trūkst: pārkāpums; class=7.a; month=2025-11`` lines: records that should exist."""
    found = set()
    for line in text.splitlines():
        if not line.startswith("trūkst:"):
            continue
        status_word, *pairs = [part.strip() for part in line[len("trūkst:") :].split(";")]
        status = STATUS_WORDS[status_word]
        assert status is not None
        found.add((status, frozenset(tuple(p.split("=", 1)) for p in pairs)))  # type: ignore[misc]
    return frozenset(found)


def load_case(path: Path) -> Case:
    if path.is_dir():
        text = _read_text(path / "case.txt")
        rule, profile, as_of = _header_line(text)
        record_file = next(
            (p for p in sorted(path.rglob("*.csv")) if "Sagaidāms" in _read_text(p)), None
        )
        missing = _missing_lines(text)
    else:
        rule, profile, as_of = _header_line(_read_text(path))
        record_file, missing = path, frozenset()
    expected = _expectations(record_file) if record_file else {}
    return Case(path, rule, profile, as_of, record_file, expected, missing)


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(CASES.iterdir()) if p.suffix == ".csv" or p.is_dir()]


def audit_case(case: Case) -> AuditResult:
    read = read_inputs([case.path])
    fatal = read.fatal()
    assert fatal is None, fatal
    request = AuditRequest(
        profile=load_profile(case.profile), read=read, as_of=case.as_of, select=(case.rule,)
    )
    return run_audit(request)


def statuses(result: AuditResult, case: Case) -> dict[int, tuple[str, int | None]]:
    """Row -> (status, late working days) of the case's rule in its record file; rows the rule
    decided fine are absent (the test fills them in as ``ok``)."""
    found: dict[int, tuple[str, int | None]] = {}
    record = str(case.record_file)

    def take(frame, status):  # type: ignore[no-untyped-def]
        rows = frame.filter((frame["rule"] == case.rule) & (frame["path"] == record))
        late = "late_working_days" if "late_working_days" in rows.columns else None
        for row in rows.iter_rows(named=True):
            found[row["row"]] = (status, row[late] if late else None)

    take(result.violations, "violation")
    take(result.pending, "pending")
    take(result.not_evaluable, "not_evaluable")
    return found


Missing = frozenset[tuple[str, frozenset[tuple[str, str]]]]


def missing_found(result: AuditResult, rule: str) -> Missing:
    """(status, missing fields) of every missing-record finding of a rule."""
    found = set()
    for frame, status in ((result.violations, "violation"), (result.pending, "pending")):
        rows = frame.filter((frame["rule"] == rule) & frame["path"].is_null())
        for row in rows.iter_rows(named=True):
            fields = {k: str(v) for k, v in (row["missing"] or {}).items() if v is not None}
            found.add((status, frozenset(fields.items())))
    return frozenset(found)
