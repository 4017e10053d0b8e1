"""Scope by event date, the period of the school year of --as-of, and reconciled totals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.engine import AuditRequest, run_audit
from eklase_audit.io.readers import read_inputs
from eklase_audit.profiles.loader import load_profile
from eklase_audit.scope import Scope

LESSONS = """Datums;Stunda;Klase;Priekšmets;Skolotājs;Tēma;Ievadīts
29.05.2026.;1;7.a;Matemātika;Pēteris Ķikāns;SR: a / b;29.05.2026 12:00
10.06.2026.;1;9.a;Matemātika;Pēteris Ķikāns;SR: a / b;10.06.2026 12:00
10.06.2026.;1;7.a;Matemātika;Pēteris Ķikāns;SR: a / b;10.06.2026 12:00
15.12.2025.;1;7.a;Matemātika;Pēteris Ķikāns;SR: a / b;15.12.2025 12:00
31.02.2026.;2;7.a;Matemātika;Pēteris Ķikāns;SR: a / b;15.12.2025 12:00
"""


def _audit(tmp_path: Path, scope: Scope):  # type: ignore[no-untyped-def]
    path = tmp_path / "stundas.csv"
    path.write_text(LESSONS, encoding="utf-8")
    read = read_inputs([path])
    request = AuditRequest(
        profile=load_profile("aknistes-vsk"),
        read=read,
        as_of=dt.datetime(2026, 6, 30, 12, 0),
        scope=scope,
    )
    return run_audit(request)


def test_second_semester_ends_later_for_grade_nine(tmp_path: Path) -> None:
    result = _audit(tmp_path, Scope(period="2. semestris"))
    (summary,) = result.inputs
    # 29.05 (7.a) and 10.06 (9.a: its semester ends 12.06) are in; 10.06 for 7.a (ended 29.05)
    # and 15.12.2025 (1st semester) are out; the garbled date is rejected.
    assert summary.file.rows_read == 5
    assert summary.file.rows_rejected == 1
    assert summary.rows_audited == 2
    assert summary.rows_out_of_scope == 2
    assert summary.reconciles
    assert result.period == (dt.date(2026, 1, 5), dt.date(2026, 5, 29))


def test_from_and_to_bound_the_event_dates(tmp_path: Path) -> None:
    result = _audit(tmp_path, Scope(start=dt.date(2025, 12, 1), end=dt.date(2025, 12, 31)))
    (summary,) = result.inputs
    assert (summary.rows_audited, summary.rows_out_of_scope, summary.file.rows_rejected) == (
        1,
        3,
        1,
    )


def test_without_a_scope_every_readable_row_is_audited(tmp_path: Path) -> None:
    result = _audit(tmp_path, Scope())
    (summary,) = result.inputs
    assert (summary.rows_audited, summary.rows_out_of_scope) == (4, 0)
    # The rejected row is listed whatever is selected (DQ003).
    assert result.rejected.height == 1
    assert result.rejected.row(0, named=True)["row"] == 6


SAMPLE = Path(__file__).resolve().parents[2] / "sample_exports" / "aknistes-vsk"


BASE = ("check", "--profile", "aknistes-vsk", "--as-of", "2026-06-30")


def _sample_json(*args: str) -> dict:
    result = CliRunner().invoke(
        app,
        [*BASE, str(SAMPLE), "--format", "json", *args],
    )
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_term_grades_without_a_date_are_scoped_by_their_period_end() -> None:
    """The sample's semester and year grades carry no date: October holds none of them, and
    no missing semester or year grade is owed in October either."""
    october = _sample_json("--from", "2025-10-01", "--to", "2025-10-31")
    found = october["violations"] + october["pending"]
    assert not [f for f in found if f["rule"] in ("TRM001", "TRM002", "TRM003")]
    terms = [i for i in october["inputs"] if i["kind"] == "term_grades"]
    assert terms and all(i["rows_audited"] == 0 for i in terms)


def test_the_first_semester_has_no_year_grades() -> None:
    whole = _sample_json()
    first = _sample_json("--period", "1. semestris")
    start, end = first["period"]["from"], first["period"]["to"]
    term = [v for v in first["violations"] if v["rule"] in ("TRM001", "TRM002")]
    assert term, "the sample plants first-semester term grade violations"
    assert all(start <= v["event_date"] <= end for v in term)
    assert len(term) < len([v for v in whole["violations"] if v["rule"] in ("TRM001", "TRM002")])


def test_parent_accounts_are_scoped_by_the_day_they_were_requested() -> None:
    """ACC002's record is the request: May 2026 holds none of the sample's late ones."""
    jelgava = Path(__file__).resolve().parents[2] / "sample_exports" / "jelgava-4vsk"
    args = ["check", str(jelgava), "--profile", "jelgava-4vsk", "--as-of", "2026-06-30"]
    whole = json.loads(CliRunner().invoke(app, [*args, "--format", "json"]).stdout)
    may = json.loads(
        CliRunner()
        .invoke(app, [*args, "--from", "2026-05-01", "--to", "2026-05-31", "--format", "json"])
        .stdout
    )
    late = [v["event_date"] for v in whole["violations"] if v["rule"] == "ACC002"]
    assert late and not any(d.startswith("2026-05") for d in late)
    assert not [v for v in may["violations"] if v["rule"] == "ACC002"]
    accounts = [i for i in may["inputs"] if i["kind"] == "accounts"]
    assert accounts and all(i["rows_out_of_scope"] > 0 for i in accounts)


def test_a_missing_report_is_owed_by_the_teacher_who_sends_that_class_s_reports() -> None:
    document = _sample_json()
    missing = [v for v in document["violations"] if v["rule"] == "REP001" and v["source"] is None]
    sheet = openpyxl.load_workbook(SAMPLE / "saraksts_un_izraksti.xlsx")["Sekmju izraksti"]
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if "Klase" in row)
    header = rows[header_at]
    senders: dict[str, set[str]] = {}
    for row in rows[header_at + 1 :]:
        cells = dict(zip(header, row, strict=False))
        senders.setdefault(cells["Klase"], set()).add(cells["Skolotājs"])
    assert missing
    for violation in missing:
        assert violation["teacher"] in senders[violation["class"]]
