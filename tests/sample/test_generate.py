"""The generated exports: their shapes, their size, and a ground truth that is exact."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
from pathlib import Path

import openpyxl
import pytest

from eklase_audit.sample import PROFILE_IDS, generate_sample
from eklase_audit.sample.plans import PLANS
from tests.sample.conftest import Generated
from tests.sample.oracle import Oracle, comparable

# The rules each profile has on, from RULES.md's tables, by hand.
ON_RULES = {
    "daugavpils-vg": (
        "LES000 LES001 LES002 LES004 LES005 LES007 HW001 ABS001 GRD001 GRD002 TRM001 TRM002 "
        "REP001 CNV001 TST001 SET001 SET002 ACC001"
    ),
    "jelgava-4vsk": "LES000 LES001 LES002 LES006 ABS001 GRD002 REP001 SET001 SET002 ACC002",
    "upeslejas-sk": (
        "LES000 LES001 LES002 HW001 ABS001 ABS003 GRD001 GRD002 TRM001 TRM002 TRM003 TRM004 "
        "REP001 REP002 CNV001 ACC002"
    ),
    "aknistes-vsk": (
        "LES000 LES001 LES002 LES003 HW001 ABS001 GRD001 GRD002 TRM001 TRM002 TRM003 REP001"
    ),
    "liepaja-mazulitis": (
        "LES001 LES002 HW001 ABS001 ABS002 GRD001 GRD002 REP003 CNV001 PLN001 PLN002 PRE001 "
        "PRE002 ACC002"
    ),
}


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def csv_rows(path: Path, encoding: str, separator: str) -> list[list[str]]:
    text = path.read_bytes().decode(encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


@functools.cache
def sheet_rows(path: Path, sheet: str, stamp: float) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path, read_only=True)[sheet]
    return list(ws.iter_rows(values_only=True))


def row_of(sample: Generated, entry: dict) -> dict[str, object]:
    """The cells of an expected entry's source row, by header."""
    path = sample.outdir / entry["path"]
    if entry["sheet"]:
        rows = sheet_rows(path, entry["sheet"], path.stat().st_mtime)
        header = rows[1] if rows[0][1] is None else rows[0]
        return dict(zip(header, rows[entry["row"] - 1], strict=False))
    spec = next(s for s in PLANS[sample.summary.profile].files if s.path == entry["path"])
    encoding = "cp1257" if spec.shape == "cp1257_csv" else "utf-8-sig"
    rows = csv_rows(path, encoding, spec.separator)
    header_row = len(spec.title) + 2 if spec.title else 1
    return dict(zip(rows[header_row - 1], rows[entry["row"] - 1], strict=False))


def near_miss(sample: Generated, rule: str, *words: str) -> dict[str, object]:
    hits = [
        e
        for e in sample.expected["near_misses"]
        if e["rule"] == rule and all(w in e["what"] for w in words)
    ]
    assert hits, f"no {rule} near miss with {words}"
    return row_of(sample, hits[0])


def moment(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    for fmt in ("%d.%m.%Y. %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(str(value), fmt)
        except ValueError:
            pass
    raise AssertionError(value)


def day(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    for fmt in ("%d.%m.%Y.", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(str(value), fmt).date()
        except ValueError:
            pass
    raise AssertionError(value)


# --- determinism ----------------------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        generate_sample("upeslejas-sk", tmp_path / name, students=25, seed=seed, with_bad_rows=True)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    other = digest(tmp_path / "c")
    assert all(other[name] != sha for name, sha in digest(tmp_path / "a").items())


@pytest.mark.parametrize("year", ["2024/2025", "2026/2027"])
def test_other_years_are_exact(year: str, tmp_path: Path) -> None:
    """In a year whose 1 September is a Sunday or a Tuesday, with other holidays and no
    transferred Saturday in the teaching year (2026/2027), the ground truth stays exact."""
    for profile in PROFILE_IDS:
        out = tmp_path / profile
        summary = generate_sample(profile, out, students=12, year=year, with_bad_rows=True)
        assert summary.violations
        e = json.loads((out / "expected.json").read_text("utf-8"))
        found = Oracle(out, profile, dt.datetime.fromisoformat(e["as_of"]), year).run()
        for status, key in (
            ("violation", "violations"),
            ("pending", "pending"),
            ("rejected", "rejected"),
        ):
            assert comparable(found.get(status, [])) == comparable(e[key]), (profile, key)


# --- shapes ---------------------------------------------------------------------------------


def test_lessons_csv_has_the_real_export_shape(samples: dict[str, Generated]) -> None:
    raw = (samples["aknistes-vsk"].outdir / "stundas.csv").read_bytes()
    assert b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # Windows-1257, not UTF-8
    text = raw.decode("cp1257")
    lines = text.split("\r\n")
    assert lines[0] == "Aknīstes vidusskola"
    assert lines[1].startswith("Stundu uzskaite:")
    assert lines[2] == ""
    assert lines[3].split(";")[:4] == ["Datums", "Stunda", "Klase", "Priekšmets"]
    first = next(csv.reader([lines[4]], delimiter=";"))
    assert dt.datetime.strptime(first[0], "%d.%m.%Y.")
    assert dt.datetime.strptime(first[-1], "%d.%m.%Y. %H:%M:%S")
    for letter in "ĀČĒĢĪĶĻŅŠŪŽ":
        assert letter in text, letter


def test_workbooks_have_a_title_row_and_real_date_cells(samples: dict[str, Generated]) -> None:
    ws = openpyxl.load_workbook(samples["daugavpils-vg"].outdir / "vertejumi.xlsx")["Vērtējumi"]
    assert ws.sheet_state == "visible"
    assert "Daugavpils Valsts ģimnāzija" in ws["A1"].value
    assert [c.value for c in ws[2]][:3] == ["Datums", "Stunda", "Klase"]
    assert isinstance(ws["A3"].value, dt.datetime)
    assert ws["A3"].number_format == "DD.MM.YYYY"
    values = {c.value for c in ws["G"][2:400]}
    assert any(isinstance(v, int) for v in values)  # 7, a number cell
    assert any(isinstance(v, str) and v.endswith("%") for v in values)


def test_two_visible_sheets_in_one_workbook(samples: dict[str, Generated]) -> None:
    wb = openpyxl.load_workbook(samples["jelgava-4vsk"].outdir / "saraksts_un_grupas.xlsx")
    assert [ws.title for ws in wb.worksheets] == ["Stundu saraksts", "Žurnāli un grupas"]
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
    assert wb["Stundu saraksts"]["B2"].value == "Pirmdiena"


def test_utf8_csv_with_comma(samples: dict[str, Generated]) -> None:
    raw = (samples["daugavpils-vg"].outdir / "sekmju_izraksti.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = csv_rows(samples["daugavpils-vg"].outdir / "sekmju_izraksti.csv", "utf-8-sig", ",")
    assert rows[0] == ["Klase", "Mēnesis", "Atskaites veids", "Skolotājs", "Nosūtīts"]


def test_preschool_exports_speak_of_groups_and_areas(samples: dict[str, Generated]) -> None:
    sample = samples["liepaja-mazulitis"]
    rows = csv_rows(sample.outdir / "dienasgramata.csv", "cp1257", ";")
    assert rows[3][:4] == ["Datums", "Grupa", "Priekšmets", "Mācību joma"]
    assert {r[1] for r in rows[4:]} <= {"Zīlītes", "Mārītes", "Bitītes"}
    absences = csv_rows(sample.outdir / "kavejumi.csv", "cp1257", ";")
    assert {r[3] for r in absences[4:]} >= {"N", "NS", "NC", ""}
    ws = openpyxl.load_workbook(sample.outdir / "sasniegumi.xlsx")["Sasniegumi"]
    assert {c.value for c in ws["F"][2:]} >= {"S", "T", "A", "P"}


def test_default_samples_stay_under_a_megabyte(samples: dict[str, Generated]) -> None:
    for profile, sample in samples.items():
        size = sum(p.stat().st_size for p in sample.outdir.iterdir())
        assert size < 1_000_000, (profile, size)


def test_grade_9_and_12_classes_where_the_school_has_them(samples: dict[str, Generated]) -> None:
    for profile in ("daugavpils-vg", "jelgava-4vsk", "aknistes-vsk"):
        rows = csv_rows(samples[profile].outdir / "stundas.csv", "cp1257", ";")
        classes = {r[2] for r in rows[4:]}
        assert {"9.a", "12.a"} <= classes, profile


# --- the ground truth -----------------------------------------------------------------------


def test_expected_json_is_well_formed(samples: dict[str, Generated]) -> None:
    for profile, sample in samples.items():
        e = sample.expected
        assert e["profile"] == profile and e["seed"] == 1 and e["year"] == "2025/2026"
        dt.datetime.fromisoformat(e["as_of"])
        assert set(e) == {
            "profile", "seed", "year", "as_of", "violations", "pending", "not_evaluable",
            "rejected", "near_misses",
        }  # fmt: skip
        assert e["rejected"] == []
        for key in ("violations", "pending", "not_evaluable", "near_misses"):
            for entry in e[key]:
                if "missing" in entry:
                    assert set(entry) == {"rule", "missing"}
                else:
                    assert {"rule", "path", "sheet", "row"} <= set(entry)
                    assert (sample.outdir / entry["path"]).exists()
                    assert entry["row"] >= 2
        assert all("what" in entry for entry in e["near_misses"])


def test_schools_audit_at_the_end_of_june_the_preschool_at_the_end_of_august(
    samples: dict[str, Generated],
) -> None:
    assert samples["aknistes-vsk"].expected["as_of"] == "2026-06-30T23:59:59"
    assert samples["liepaja-mazulitis"].expected["as_of"] == "2026-08-31T23:59:59"


@pytest.mark.parametrize("profile", PROFILE_IDS)
def test_every_rule_the_profile_has_on_is_planted(
    profile: str, samples: dict[str, Generated]
) -> None:
    planted = {v["rule"] for v in samples[profile].expected["violations"]}
    missing = set(ON_RULES[profile].split()) - planted
    assert not missing
    assert {"DQ001", "DQ002"} <= planted
    assert set(ON_RULES[profile].split()) == set(PLANS[profile].rules)


@pytest.mark.parametrize("profile", PROFILE_IDS)
def test_the_ground_truth_is_exact(profile: str, samples: dict[str, Generated]) -> None:
    """Re-reading the files row by row finds exactly the planted findings, and no others."""
    sample = samples[profile]
    e = sample.expected
    found = Oracle(sample.outdir, profile, dt.datetime.fromisoformat(e["as_of"]), e["year"]).run()
    for status, key in (
        ("violation", "violations"),
        ("pending", "pending"),
        ("not_evaluable", "not_evaluable"),
        ("rejected", "rejected"),
    ):
        assert comparable(found.get(status, [])) == comparable(e[key]), key


@pytest.mark.parametrize("profile", ["aknistes-vsk", "liepaja-mazulitis"])
def test_bad_rows_are_rejected_and_only_when_asked(
    profile: str, samples: dict[str, Generated], bad_samples: dict[str, Generated]
) -> None:
    assert samples[profile].expected["rejected"] == []
    sample = bad_samples[profile]
    rejected = sample.expected["rejected"]
    assert len(rejected) == 4
    e = sample.expected
    found = Oracle(sample.outdir, profile, dt.datetime.fromisoformat(e["as_of"]), e["year"]).run()
    assert comparable(found["rejected"]) == comparable(rejected)
    assert comparable(found["violation"]) == comparable(e["violations"])
    spec = PLANS[profile].file_for("lessons")
    rows = csv_rows(sample.outdir / spec.path, "cp1257", ";")
    garbled = next(r for r in rejected if r["path"] == spec.path and r["column"] == "Datums")
    assert rows[garbled["row"] - 1][0] == "31.02.2026."
    letter = chr(ord("A") + len(rows[3]))  # the first cell beyond the header
    ragged = next(r for r in rejected if r["path"] == spec.path and r["column"] == letter)
    assert len(rows[ragged["row"] - 1]) == len(rows[3]) + 1
    absences = csv_rows(sample.outdir / "kavejumi.csv", "cp1257", ";")
    empty = next(r for r in rejected if r["path"] == "kavejumi.csv")
    class_header = "Grupa" if profile == "liepaja-mazulitis" else "Klase"
    assert empty["column"] == class_header
    assert absences[empty["row"] - 1][absences[3].index(class_header)] == ""


# --- the named edge cases, worked out by hand --------------------------------------------------


def test_grade_across_the_transferred_saturday(samples: dict[str, Generated]) -> None:
    for profile in ("aknistes-vsk", "upeslejas-sk"):
        row = near_miss(samples[profile], "GRD001", "07.11.2025", "transferred")
        assert day(row["Datums"]) == dt.date(2025, 11, 7)
        assert moment(row["Ievadīts"]) == dt.datetime(2025, 11, 11, 23, 59, 59)


def test_grade_across_the_day_off_and_the_holiday(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["aknistes-vsk"], "GRD001", "formatīvais", "14.11.2025")
    assert day(row["Datums"]) == dt.date(2025, 11, 14)
    assert moment(row["Ievadīts"]) == dt.datetime(2025, 11, 21, 23, 59, 59)
    row = near_miss(samples["upeslejas-sk"], "GRD001", "liela apjoma darbs", "14.11.2025")
    assert moment(row["Ievadīts"]) == dt.datetime(2025, 11, 26, 23, 59, 59)


def test_grades_across_the_winter_break(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["aknistes-vsk"], "GRD001", "formatīvais", "winter")
    assert day(row["Datums"]) == dt.date(2025, 12, 19)
    assert moment(row["Ievadīts"]) == dt.datetime(2025, 12, 29, 23, 59, 59)
    row = near_miss(samples["aknistes-vsk"], "GRD001", "summatīvais", "winter")
    assert moment(row["Iesniegts"]).date() == dt.date(2025, 12, 18)
    assert moment(row["Ievadīts"]) == dt.datetime(2026, 1, 6, 23, 59, 59)
    row = near_miss(samples["daugavpils-vg"], "GRD001", "winter")
    assert moment(row["Ievadīts"]) == dt.datetime(2026, 1, 12, 23, 59, 59)


def test_due_on_the_transferred_saturday_is_late_on_monday(samples: dict[str, Generated]) -> None:
    sample = samples["aknistes-vsk"]
    hits = [
        row_of(sample, e)
        for e in sample.expected["violations"]
        if e["rule"] == "GRD001" and "path" in e
    ]
    assert any(
        day(r["Datums"]) == dt.date(2025, 11, 5)
        and moment(r["Ievadīts"]) == dt.datetime(2025, 11, 10, 15, 0)
        for r in hits
    )


def test_conversation_friday_to_monday(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["daugavpils-vg"], "CNV001", "09.01.2026")
    assert moment(row["Ievadīts"]) == dt.datetime(2026, 1, 12, 23, 59, 59)


def test_lesson_at_the_deadline_minute(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["aknistes-vsk"], "LES001", "exactly")
    assert moment(row["Ievadīts"]).time() == dt.time(17, 0)
    row = near_miss(samples["jelgava-4vsk"], "LES001", "exactly")
    assert moment(row["Ievadīts"]).time() == dt.time(23, 59, 59)


def test_weekly_plan_due_on_good_friday(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["liepaja-mazulitis"], "PLN002", "holiday")
    assert day(row["Sākuma datums"]) == dt.date(2026, 4, 6)
    assert moment(row["Ievadīts"]) == dt.datetime(2026, 4, 3, 19, 0)


def test_deadlines_rolled_past_days_off(samples: dict[str, Generated]) -> None:
    row = near_miss(samples["jelgava-4vsk"], "ACC002", "rolled")
    assert moment(row["Iesniegums"]).date() == dt.date(2025, 11, 10)
    assert moment(row["Pieslēgts"]) == dt.datetime(2025, 11, 19, 23, 59, 59)
    row = near_miss(samples["upeslejas-sk"], "ABS003", "rolled")
    assert moment(row["Zīme iesniegta"]).date() == dt.date(2025, 11, 14)
    assert moment(row["Attaisnots"]) == dt.datetime(2025, 11, 19, 23, 59, 59)


def test_groups_due_on_the_transferred_saturday(samples: dict[str, Generated]) -> None:
    hits = [
        row_of(samples["jelgava-4vsk"], e)
        for e in samples["jelgava-4vsk"].expected["near_misses"]
        if e["rule"] == "SET002"
    ]
    assert dt.datetime(2026, 1, 17, 23, 59, 59) in {moment(r["Izveidots"]) for r in hits}
    assert dt.datetime(2025, 9, 8, 23, 59, 59) in {moment(r["Izveidots"]) for r in hits}


def test_missing_records_and_pending_ones(samples: dict[str, Generated]) -> None:
    pending = samples["aknistes-vsk"].expected["pending"]
    assert {"rule": "REP001", "missing": {"class": "12.a", "month": "2026-06"}} in pending
    missing = [v for v in samples["upeslejas-sk"].expected["violations"] if "missing" in v]
    interim = [m for m in missing if m["rule"] == "TRM004"]
    assert {m["missing"]["break"] for m in interim} == {"rudens", "pavasara"}
    assert {(m["missing"]["break"], m["missing"]["period"]) for m in interim} == {
        ("rudens", "1. semestra starpvērtējums"),
        ("pavasara", "2. semestra starpvērtējums"),
    }
    weeks = [m for m in samples["jelgava-4vsk"].expected["violations"] if m["rule"] == "LES006"]
    assert all(dt.date.fromisoformat(m["missing"]["week"]).weekday() == 0 for m in weeks)


def test_not_evaluable_rows(samples: dict[str, Generated]) -> None:
    sample = samples["aknistes-vsk"]
    for entry in sample.expected["not_evaluable"]:
        assert entry["rule"] == "GRD001"
        row = row_of(sample, entry)
        assert row["Darba veids"] == "summatīvais" and row["Iesniegts"] is None
    sample = samples["daugavpils-vg"]
    lessons = [e for e in sample.expected["not_evaluable"] if e["rule"] == "LES001"]
    assert lessons and all(row_of(sample, e)["Stunda"] == "" for e in lessons)


def test_split_workbooks_keep_exact_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eklase_audit.sample.generate as generate

    monkeypatch.setattr(generate, "XLSX_MAX_ROWS", 1500)
    summary = generate.generate_sample(
        "aknistes-vsk", tmp_path / "s", students=15, with_bad_rows=True
    )
    names = {path for path, _, _ in summary.files}
    assert {"vertejumi_1.xlsx", "vertejumi_2.xlsx"} <= names
    expected = json.loads((tmp_path / "s" / "expected.json").read_text("utf-8"))
    sample = Generated(tmp_path / "s", summary)
    for entry in expected["violations"] + expected["near_misses"]:
        if entry.get("path", "").startswith("vertejumi_"):
            assert row_of(sample, entry)["Ievadīts"] is not None or entry["rule"] == "GRD001"


def test_committed_samples_are_up_to_date(samples: dict[str, Generated]) -> None:
    """sample_exports/ holds exactly what the default arguments generate today."""
    committed = Path(__file__).resolve().parents[2] / "sample_exports"
    for profile in PROFILE_IDS:
        assert digest(samples[profile].outdir) == digest(committed / profile), profile
