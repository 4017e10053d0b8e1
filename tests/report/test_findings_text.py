"""How findings read: a pending record's deadline still ahead, how late an entry a minute late
is, where the records without a teacher go, and one order of the findings in every language."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_message
from eklase_audit.report.words import late_by_text, ranked_teachers
from eklase_audit.result import TeacherSummary, Waiver
from eklase_audit.tally import worst_first
from tests.report.report_support import audit, write_csv, write_school

SAMPLES = Path(__file__).parent.parent.parent / "sample_exports"
runner = CliRunner()

# Every kind of finding a rule can leave pending: a record not yet there, deadline ahead.
PENDING_DETAILS = (
    "not_entered",
    "no_topic",
    "not_in_journal",
    "no_class_hour",
    "term_grade_missing",
    "interim_missing",
    "report_missing",
    "plan_missing",
    "still_active",
)


# --- 1. pending: the deadline is still ahead ---------------------------------------------------


@pytest.mark.parametrize("detail", PENDING_DETAILS)
def test_a_pending_record_says_its_deadline_is_ahead(detail: str) -> None:
    row = {
        "rule": "X",
        "detail": detail,
        "deadline": dt.datetime(2026, 7, 1, 23, 59, 59),
        "event_date": dt.date(2026, 6, 18),
        "missing": {"month": "2026-06", "period": "gads", "week": "2026-06-15"},
    }
    lv = finding_message(Translator("lv"), row, {}, pending=True)
    en = finding_message(Translator("en"), row, {}, pending=True)
    assert "01.07.2026. 23:59" in lv and "2026-07-01 23:59" in en
    assert "bija" not in lv and " was " not in en
    assert "termiņš: 01.07.2026." in lv or "jāslēdz līdz 01.07.2026." in lv
    assert "due by 2026-07-01" in en or "to be closed by 2026-07-01" in en
    # The same record once its deadline has passed is a violation, in the past tense.
    if detail == "not_entered":
        assert (
            finding_message(Translator("lv"), row, {})
            == "nav ievadīts; termiņš bija 01.07.2026. 23:59"
        )


def test_pending_records_of_a_real_run_read_as_due_not_overdue() -> None:
    """The trial's run: Aknīste's exports as of 30.06.2026 (a grade and two reports due in July)."""
    for lang, ahead, past in (("lv", "termiņš: ", "bija"), ("en", "due by ", " was ")):
        result = runner.invoke(
            app,
            [
                "check",
                str(SAMPLES / "aknistes-vsk"),
                "--profile",
                "aknistes-vsk",
                "--as-of",
                "2026-06-30",
                "--format",
                "json",
                "--lang",
                lang,
                "--quiet",
            ],
        )
        assert result.exit_code == 1, result.stderr
        document = json.loads(result.stdout)
        messages = [item["message"] for item in document["pending"]]
        assert messages, "the sample has pending records"
        assert all(ahead in m and past not in m for m in messages), messages
        assert any("07.2026" in m or "2026-07" in m for m in messages)
        # Violations keep the past tense.
        assert any(past.strip() in v["message"] for v in document["violations"])


def test_the_pending_sheet_says_due_by(tmp_path: Path) -> None:
    folder = write_school(tmp_path / "school")
    out = tmp_path / "report.xlsx"
    result = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--profile",
            "aknistes-vsk",
            "--as-of",
            "2026-01-10",
            "--output",
            str(out),
            "--lang",
            "en",
            "--quiet",
        ],
    )
    assert result.exit_code == 1, result.stderr
    sheet = openpyxl.load_workbook(out)["Pending"]
    header = [cell.value for cell in sheet[1]]
    messages = [
        row[header.index("Message")] for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert messages == ["not entered yet; due by 2026-01-13 23:59"]


# --- 2. how late: minutes under an hour ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "days", "hours", "text"),
    [
        ("lv", 0, 1 / 60, "0 d.d. / 1 min"),
        ("en", 0, 1 / 60, "0 wd / 1 min"),
        ("lv", 0, 1 / 3600, "0 d.d. / 1 min"),  # a second late is late: the minute begun
        ("lv", 0, 0.5, "0 d.d. / 30 min"),
        ("en", 0, 59.5 / 60, "0 wd / 59 min"),
        ("lv", 0, 1.0, "0 d.d. / 1,0 h"),
        ("lv", 1, 48.000278, "1 d.d. / 48,0 h"),
        ("en", 2, 1.25, "2 wd / 1.3 h"),  # rounded as the JSON rounds (half away from zero)
    ],
)
def test_late_by_in_words(lang: str, days: int, hours: float, text: str) -> None:
    assert late_by_text(Translator(lang), days, hours) == text  # type: ignore[arg-type]


def _one_minute_late(folder: Path) -> Path:
    """Lessons of Aknīste (deadline the same day at 17:00): one entered at 17:01 on a Tuesday,
    one on a Saturday (not a working day) entered at 17:01, one two days late."""
    write_csv(
        folder / "stundas.csv",
        [
            ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma", "Ievadīts"),
            ("11.11.2025.", "1", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "11.11.2025 17:01"),
            ("15.11.2025.", "1", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "15.11.2025 17:01"),
            ("12.11.2025.", "1", "6.a", "Sports", "Inga Šņore", "SR: a / B", "14.11.2025 17:00"),
        ],
    )
    return folder


def test_a_minute_late_reads_as_minutes_in_the_terminal(tmp_path: Path) -> None:
    folder = _one_minute_late(tmp_path / "school")
    result = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--profile",
            "aknistes-vsk",
            "--as-of",
            "2026-01-10",
            "--lang",
            "lv",
        ],
    )
    assert result.exit_code == 1, result.stderr
    assert result.stdout.count("Nokavēts: 0 d.d. / 1 min") == 2
    assert "Nokavēts: 2 d.d. / 48,0 h" in result.stdout
    assert "0,0 h" not in result.stdout


def test_a_minute_late_in_csv_markdown_json_and_xlsx(tmp_path: Path) -> None:
    folder = _one_minute_late(tmp_path / "school")
    base = ["check", str(folder), "--profile", "aknistes-vsk", "--as-of", "2026-01-10"]
    people = tmp_path / "parkapumi.csv"
    book = tmp_path / "parkapumi.xlsx"
    run = runner.invoke(
        app, [*base, "--lang", "lv", "--quiet", "--output", str(people), "--output", str(book)]
    )
    assert run.exit_code == 1, run.stderr
    rows = people.read_text(encoding="utf-8-sig").splitlines()
    header = rows[0].split(";")
    hours = [line.split(";")[header.index("Nokavētas stundas")] for line in rows[1:]]
    assert sorted(hours) == ["1 min", "1 min", "48,0"]

    markdown = runner.invoke(app, [*base, "--lang", "en", "--format", "markdown"])
    assert markdown.stdout.count("| 1 min |") == 2
    assert "| 48.0 |" in markdown.stdout

    document = json.loads(runner.invoke(app, [*base, "--format", "json"]).stdout)
    late = sorted(v["late_by"]["hours"] for v in document["violations"] if v["rule"] == "LES001")
    assert late == [0.0, 0.0, 48.0]  # SPEC "Times": hours to one decimal, numbers
    program_csv = runner.invoke(app, [*base, "--format", "csv"]).stdout.splitlines()
    column = program_csv[0].split(",").index("late_hours")
    assert sorted(line.split(",")[column] for line in program_csv[1:] if "LES001" in line) == [
        "0.0",
        "0.0",
        "48.0",
    ]

    sheet = openpyxl.load_workbook(book)["LES001"]
    header = [cell.value for cell in sheet[1]]
    cells = [row[header.index("Nokavētas stundas")] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells) == [0.02, 0.02, 48.0]  # numbers, not text
    assert all(cell.number_format == "0.00" for cell in cells)


# --- 3. the records without a teacher: last -----------------------------------------------------


def test_records_without_a_teacher_rank_last() -> None:
    nobody = TeacherSummary(None, violations=40, late=4, evaluated=4, by_rule={"REP001": 4})
    busy = TeacherSummary("Inga Šņore", violations=3, late=3, evaluated=10, by_rule={})
    idle = TeacherSummary("Kārlis Vītols", violations=0, late=0, evaluated=5, by_rule={})
    assert ranked_teachers([nobody, idle, busy]) == [busy, idle, nobody]


def _teacherless_school(folder: Path) -> Path:
    """One late lesson, and three rows that cannot be read (their findings name no teacher)."""
    write_csv(
        folder / "stundas.csv",
        [
            ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma", "Ievadīts"),
            ("11.11.2025.", "1", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "12.11.2025 09:00"),
            ("31.11.2025.", "1", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "12.11.2025 09:00"),
            ("32.11.2025.", "2", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "12.11.2025 09:00"),
            ("33.11.2025.", "3", "6.a", "Sports", "Kārlis Vītols", "SR: a / B", "12.11.2025 09:00"),
        ],
    )
    return folder


def test_the_teachers_table_puts_nobody_last(tmp_path: Path) -> None:
    folder = _teacherless_school(tmp_path / "school")
    base = ["check", str(folder), "--profile", "aknistes-vsk", "--as-of", "2026-01-10"]
    result = runner.invoke(app, [*base, "--lang", "lv", "--quiet"])
    assert result.exit_code == 1, result.stderr
    table = result.stdout.split("Skolotāji")[1].split("Novēloto ierakstu īpatsvars")[0]
    rows = [
        line for line in table.splitlines() if line.startswith("| ") and "Skolotājs" not in line
    ]
    assert [row.split("|")[1].strip() for row in rows] == ["Kārlis Vītols", "(nav norādīts)"]

    markdown = runner.invoke(app, [*base, "--lang", "en", "--format", "markdown"]).stdout
    teachers = markdown.split("## Teachers")[1].split("##")[0]
    assert teachers.index("Kārlis Vītols") < teachers.index("(not given)")


def test_json_by_teacher_names_teachers_only(tmp_path: Path) -> None:
    folder = _teacherless_school(tmp_path / "school")
    result = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--profile",
            "aknistes-vsk",
            "--as-of",
            "2026-01-10",
            "--format",
            "json",
        ],
    )
    summary = json.loads(result.stdout)["summary"]
    assert list(summary["by_teacher"]) == ["Kārlis Vītols"]
    assert summary["without_teacher"]["violations"] == 3
    assert summary["without_teacher"]["by_rule"] == {"DQ003": 3}
    total = sum(t["violations"] for t in summary["by_teacher"].values())
    assert total + summary["without_teacher"]["violations"] == summary["violations"]


# --- 4. one order, whatever the language and the run --------------------------------------------


def _order(document: dict) -> list[tuple]:
    return [
        (
            v["rule"],
            json.dumps(v["source"]),
            v["class"],
            v["event_date"],
            json.dumps(v.get("missing")),
        )
        for v in [*document["violations"], *document["pending"]]
    ]


def test_violations_come_in_one_order_in_both_languages() -> None:
    """Mazulītis has missing-record findings alike in all but the group (PRE002, PLN001)."""
    base = ["check", str(SAMPLES / "liepaja-mazulitis"), "--profile", "liepaja-mazulitis"]
    base += ["--as-of", "2026-06-30", "--format", "json"]
    orders = [
        _order(json.loads(runner.invoke(app, [*base, "--lang", lang]).stdout))
        for lang in ("lv", "en", "lv", "en")
    ]
    assert all(order == orders[0] for order in orders)


def test_worst_first_is_a_total_order() -> None:
    """Shuffled findings sort back to the engine's order: nothing is left to the input's order."""
    result = audit(SAMPLES / "aknistes-vsk", as_of=dt.datetime(2026, 6, 30, 23, 59, 59))
    violations = result.violations
    assert violations.height > 20
    for seed in range(3):
        order = list(range(violations.height))
        random.Random(seed).shuffle(order)
        assert worst_first(violations[order]).equals(violations)
    # Two missing records alike but for their class: the class decides, not the input order.
    missing = violations.filter(pl.col("path").is_null()).head(1)
    assert missing.height == 1
    twins = pl.concat(
        [missing.with_columns(pl.lit(name).alias("class")) for name in ("9.b", "9.a")]
    )
    assert worst_first(twins)["class"].to_list() == ["9.a", "9.b"]


def test_waived_findings_are_in_the_violations_order(tmp_path: Path) -> None:
    folder = write_school(tmp_path / "school")
    plain = audit(folder)
    everything = tuple(
        Waiver(rule, {}, "accepted", dt.date(2026, 12, 31)) for rule in ("LES001", "GRD001")
    )
    waived = audit(folder, waivers=everything).waived
    expected = plain.violations.filter(pl.col("rule").is_in(["LES001", "GRD001"]))
    assert (
        waived.select("rule", "path", "row").rows() == expected.select("rule", "path", "row").rows()
    )
    assert waived.height == 4


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "no interim grade entered before the autumn break"),
        ("lv", "nav ievadīts starpvērtējums pirms rudens brīvdienām"),
    ],
)
def test_a_break_is_named_in_the_language_of_the_report(lang: str, words: str) -> None:
    sample = Path(__file__).resolve().parents[2] / "sample_exports" / "upeslejas-sk"
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(sample),
            "--profile",
            "upeslejas-sk",
            "--as-of",
            "2026-06-30",
            "--format",
            "json",
            "--lang",
            lang,
        ],
    )
    messages = [v["message"] for v in json.loads(result.stdout)["violations"]]
    assert words in messages
    if lang == "en":
        assert not any("rudens" in m for m in messages)
