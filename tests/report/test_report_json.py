"""The JSON report keeps the documented schema (docs/json-schema.md), in every kind of run."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from eklase_audit.messages import Translator
from eklase_audit.privacy import PrivacyOptions, protect
from eklase_audit.report.json_report import build_document, render_json
from eklase_audit.result import Waiver
from tests.report import json_schema
from tests.report.report_support import CASES, audit, write_school

DOCS = Path(__file__).parent.parent.parent / "docs" / "json-schema.md"


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_school(tmp_path_factory.mktemp("school"))


def _document(result, lang: str = "en", **kwargs):  # type: ignore[no-untyped-def]
    text = render_json(result, Translator(lang), **kwargs)  # type: ignore[arg-type]
    return json.loads(text)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_plain_run_fits_the_schema(school: Path, lang: str) -> None:
    document = _document(audit(school), lang)
    json_schema.check(document)
    assert document["schema_version"] == 1
    assert "undecided" not in document and "snapshots" not in document


@pytest.mark.parametrize(
    "case",
    sorted(p.name for p in CASES.iterdir() if not p.name.startswith(".")),
)
def test_every_rule_case_fits_the_schema(case: str) -> None:
    _, profile, _ = case.split("__")
    text = (CASES / case / "case.txt") if (CASES / case).is_dir() else CASES / case
    first = text.read_text(encoding="utf-8-sig", errors="replace").splitlines()[0]
    as_of = dt.datetime.fromisoformat(re.search(r"stāvoklis: (\S+)", first)[1])  # type: ignore[index]
    json_schema.check(_document(audit(CASES / case, profile=profile, as_of=as_of)))


def test_findings_have_the_contract_fields(school: Path) -> None:
    document = _document(audit(school))
    late = next(v for v in document["violations"] if v["rule"] == "GRD001")
    assert late["source"]["row"] == 2
    assert late["event_date"] == "2025-11-07"
    assert late["deadline"] == "2025-11-11T23:59:59"
    assert late["entered_at"] == "2025-11-12T08:00:00"
    assert late["late_by"] == {"working_days": 1, "hours": 8.0}
    content = next(v for v in document["violations"] if v["rule"] == "LES003")
    assert content["deadline"] is None and content["late_by"] is None
    assert all("late_by" not in p for p in document["pending"])
    assert document["summary"]["violations"] == len(document["violations"])
    assert sum(document["summary"]["by_rule"].values()) == len(document["violations"])
    teacher = document["summary"]["by_teacher"]["Pēteris Ķikāns"]
    assert teacher == {
        "violations": 2,
        "evaluated": 3,
        "late_rate": 0.6667,
        "late": 2,
        "by_rule": {"GRD001": 2},
    }


def test_missing_records_have_no_source_and_say_what_is_missing() -> None:
    document = _document(audit(CASES / "REP001__aknistes-vsk__reports"))
    missing = [v for v in document["violations"] if "missing" in v]
    assert missing
    for item in missing:
        assert item["source"] is None
        assert item["missing"]["class"]
    json_schema.check(document)


def test_waivers_expired_and_unused_are_reported(school: Path) -> None:
    waivers = [
        Waiver(
            "LES001", {"teacher": "Kārlis Vītols"}, "E-klase nedarbojās", dt.date(2026, 6, 30), 1
        ),
        Waiver("GRD001", {"student": "Jānis Ozols"}, "slimības dēļ", dt.date(2025, 12, 31), 7),
        Waiver("LES003", {"class": "9.z"}, "cita klase", dt.date(2026, 6, 30), 13),
    ]
    document = _document(audit(school, waivers=waivers))
    json_schema.check(document)
    assert document["summary"]["waived"] == 1
    assert document["waived"][0]["waiver"] == {
        "reason": "E-klase nedarbojās",
        "until": "2026-06-30",
    }
    assert [w["line"] for w in document["waivers"]["expired"]] == [7]
    assert [w["fields"] for w in document["waivers"]["unused"]] == [{"class": "9.z"}]


def test_snapshot_findings_say_when_they_were_entered(tmp_path: Path) -> None:
    from eklase_audit.engine import AuditRequest, run_audit
    from eklase_audit.profiles.loader import load_profile
    from eklase_audit.snapshots import SnapshotSpec, read_snapshots
    from tests.report.report_support import write_csv

    header = ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma")
    topic = "SR: skrien / Izturība"
    write_csv(
        tmp_path / "a" / "s.csv", [header, ("01.10.2025.", "1", "6.a", "Sports", "K V", topic)]
    )
    write_csv(
        tmp_path / "b" / "s.csv",
        [
            header,
            ("01.10.2025.", "1", "6.a", "Sports", "K V", topic),
            ("02.10.2025.", "1", "6.a", "Sports", "K V", topic),
            ("29.09.2025.", "2", "6.a", "Sports", "K V", topic),
        ],
    )
    read, infos = read_snapshots(
        [
            SnapshotSpec(tmp_path / "a", dt.datetime(2025, 10, 2, 12)),
            SnapshotSpec(tmp_path / "b", dt.datetime(2025, 10, 3, 18)),
        ],
        None,
    )
    result = run_audit(
        AuditRequest(
            profile=load_profile("aknistes-vsk"),
            read=read,
            as_of=dt.datetime(2025, 10, 10, 23, 59),
            snapshots=tuple(infos),
        )
    )
    document = _document(result)
    json_schema.check(document)
    from eklase_audit.report.findings_text import finding_message, finding_messages
    from eklase_audit.report.words import sources_of

    for lang in ("lv", "en"):
        t, sources = Translator(lang), sources_of(result)  # type: ignore[arg-type]
        for frame in (result.violations, result.undecided):
            assert frame is not None
            expected = [finding_message(t, row, sources) for row in frame.iter_rows(named=True)]
            assert finding_messages(frame, t, sources).to_list() == expected
    late = [v for v in document["violations"] if v["rule"] == "LES001"]
    assert late[0]["entered_between"] == ["2025-10-02T12:00:00", "2025-10-03T18:00:00"]
    assert late[0]["entered_at"] is None
    assert document["undecided"], "the deadline of 01.10 and 02.10 lies between snapshots"
    assert [s["time_from"] for s in document["snapshots"]] == ["given", "given"]


def test_privacy_flags_when_asked(school: Path) -> None:
    options = PrivacyOptions(pseudonymize_students=True)
    result = protect(audit(school), options, key=b"k" * 32)
    flags = {
        "students_pseudonymized": True,
        "teachers_pseudonymized": False,
        "free_text_omitted": True,
        "personal_codes_masked": True,
    }
    document = _document(result, privacy=flags)
    json_schema.check(document)
    assert document["privacy"] == flags


def test_the_documentation_names_every_key() -> None:
    text = DOCS.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9_]+)`", text))
    missing = json_schema.documented_keys() - named
    assert not missing, f"docs/json-schema.md does not describe {sorted(missing)}"


def test_build_document_is_plain_json(school: Path) -> None:
    document = build_document(audit(school), Translator("en"))
    assert json.loads(json.dumps(document)) == document
