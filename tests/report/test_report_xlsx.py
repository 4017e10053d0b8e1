"""The violation spreadsheet read back with openpyxl: sheets, headers, filters, real dates, inert
text, charts, sheets continued past the row limit, and rows that match the JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from eklase_audit.messages import Translator
from eklase_audit.report import xlsx
from eklase_audit.report.json_report import render_json
from eklase_audit.report.xlsx import sheet_name, write_xlsx
from eklase_audit.result import Waiver
from tests.report.report_support import (
    CASES,
    FORMULA_TEACHER,
    LESSONS,
    audit,
    write_csv,
    write_school,
)

LV_SHEETS = [
    "Kopsavilkums",
    "LES001",
    "LES003",
    "GRD001",
    "DQ003",
    "Gaida termiņu",
    "Nav pārbaudāmi",
    "Nenolasītas rindas",
    "Izņēmumi",
    "Noteikumi",
    "Pārbaude",
]
EN_SHEETS = [
    "Summary",
    "LES001",
    "LES003",
    "GRD001",
    "DQ003",
    "Pending",
    "Not evaluable",
    "Rejected rows",
    "Waived",
    "Rules",
    "Run",
]
WAIVER = Waiver("LES001", {"teacher": "Kārlis Vītols"}, "E-klase nedarbojās", dt.date(2026, 6, 30))


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_school(tmp_path_factory.mktemp("school"))


def _write(result, tmp_path: Path, lang: str = "lv") -> openpyxl.Workbook:  # type: ignore[no-untyped-def]
    path = tmp_path / f"report-{lang}.xlsx"
    write_xlsx(result, path, Translator(lang))  # type: ignore[arg-type]
    return openpyxl.load_workbook(path)


def _header(sheet: Worksheet) -> list[str]:
    return [cell.value for cell in sheet[1] if cell.value is not None]


def _data_rows(sheet: Worksheet) -> int:
    return sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(row))


@pytest.mark.parametrize(("lang", "names"), [("lv", LV_SHEETS), ("en", EN_SHEETS)])
def test_sheet_names_in_both_languages(
    school: Path, tmp_path: Path, lang: str, names: list[str]
) -> None:
    book = _write(audit(school, waivers=[WAIVER]), tmp_path, lang)
    assert book.sheetnames == names


def test_empty_lists_keep_their_sheets_and_say_none(school: Path, tmp_path: Path) -> None:
    """A run with nothing pending, nothing rejected and no waivers still has those sheets
    (header only), so a reader sees "none" rather than wondering where they went."""
    lessons = write_csv(tmp_path / "clean" / "stundas.csv", LESSONS[:1] + LESSONS[3:4])
    result = audit(lessons)
    assert result.pending.is_empty() and result.rejected.is_empty()
    assert result.not_evaluable.is_empty()
    book = _write(result, tmp_path, "en")
    assert "Waived" not in book.sheetnames
    for name in ("Pending", "Not evaluable", "Rejected rows"):
        assert _data_rows(book[name]) == 0
        assert _header(book[name])


def test_every_table_sheet_has_a_frozen_header_and_a_filter(school: Path, tmp_path: Path) -> None:
    book = _write(audit(school, waivers=[WAIVER]), tmp_path)
    for sheet in book.worksheets:
        assert sheet.auto_filter.ref, sheet.title
        if sheet.title == "Kopsavilkums":
            assert sheet.freeze_panes == "B2"  # the teacher column stays too
        else:
            assert sheet.freeze_panes == "A2", sheet.title


def test_rule_sheet_headers_and_values_in_latvian(school: Path, tmp_path: Path) -> None:
    book = _write(audit(school), tmp_path)
    sheet = book["GRD001"]
    assert _header(sheet) == [
        "Skolotājs",
        "Klase",
        "Priekšmets",
        "Skolēns",
        "Datums",
        "Termiņš",
        "Ievadīts",
        "Nokavētas darba dienas",
        "Nokavētas stundas",
        "Fails",
        "Lapa",
        "Rinda",
        "Apraksts",
        "Atsauce",
    ]
    row = [cell for cell in sheet[2]]
    assert row[0].value == "Pēteris Ķikāns"
    for cell in row[4:7]:  # date, deadline, entered: Excel dates, not text
        assert cell.is_date, cell.coordinate
    assert row[4].value == dt.datetime(2025, 11, 7)
    assert row[5].value == dt.datetime(2025, 11, 11, 23, 59, 59)
    assert row[4].number_format == "dd.mm.yyyy."
    assert row[7].data_type == "n" and row[7].value == 1
    assert row[8].data_type == "n" and row[8].value == pytest.approx(8.0)
    assert row[11].data_type == "n"
    assert row[13].value == "Aknīstes vsk. 1-18/3, 5. p."


def test_english_headers_and_iso_date_format(school: Path, tmp_path: Path) -> None:
    book = _write(audit(school), tmp_path, "en")
    sheet = book["GRD001"]
    assert _header(sheet)[:7] == [
        "Teacher",
        "Class",
        "Subject",
        "Student",
        "Date",
        "Deadline",
        "Entered",
    ]
    assert sheet["E2"].number_format == "yyyy-mm-dd"
    assert _header(book["Rejected rows"]) == ["File", "Sheet", "Row", "Column", "Value", "Reason"]


def test_a_formula_in_a_name_is_written_as_text(school: Path, tmp_path: Path) -> None:
    book = _write(audit(school), tmp_path)
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and "HYPERLINK" in cell.value
    ]
    assert cells, "the teacher's name is in the report"
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.value.startswith(FORMULA_TEACHER)


def test_summary_counts_rates_and_two_charts(school: Path, tmp_path: Path) -> None:
    result = audit(school)
    sheet = _write(result, tmp_path)["Kopsavilkums"]
    header = _header(sheet)
    assert header[:5] == [
        "Skolotājs",
        "Pārkāpumi",
        "Novēloti ieraksti",
        "Pārbaudīti ieraksti",
        "Novēloto īpatsvars",
    ]
    assert header[5:] == ["LES001", "LES003", "GRD001", "DQ003"]
    rows = {
        r[0]: r
        for r in sheet.iter_rows(min_row=2, max_row=len(result.teachers) + 2, values_only=True)
    }
    assert rows["Pēteris Ķikāns"][1:4] == (2, 2, 3)
    assert rows["Pēteris Ķikāns"][4] == pytest.approx(2 / 3, abs=1e-4)
    assert rows["Kopā"][1] == result.violation_count
    assert sheet.cell(2, 5).number_format == "0.0%"
    assert len(sheet._charts) == 2


def test_no_charts_when_there_is_nothing_to_chart(tmp_path: Path) -> None:
    clean = write_csv(
        tmp_path / "stundas.csv",
        [
            ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma", "Ievadīts"),
            (
                "13.11.2025.",
                "1",
                "6.a",
                "Sports",
                "K V",
                "SR: skrien / Izturība",
                "13.11.2025 12:00",
            ),
        ],
    )
    result = audit(clean)
    assert result.violation_count == 0
    sheet = _write(result, tmp_path)["Kopsavilkums"]
    assert len(sheet._charts) == 0
    assert sheet.auto_filter.ref


def test_rows_match_the_json(school: Path, tmp_path: Path) -> None:
    result = audit(school, waivers=[WAIVER])
    document = json.loads(render_json(result, Translator("en")))
    book = _write(result, tmp_path, "en")
    for code, count in document["summary"]["by_rule"].items():
        assert _data_rows(book[code]) == count, code
    assert _data_rows(book["Pending"]) == len(document["pending"])
    assert _data_rows(book["Rejected rows"]) == len(document["rejected_rows"])
    assert _data_rows(book["Waived"]) == len(document["waived"]) == 1
    rules = {r[0]: r for r in book["Rules"].iter_rows(min_row=2, values_only=True)}
    for rule in document["rules"]:
        assert rules[rule["code"]][7] == rule["violations"]


def test_a_table_past_the_row_limit_goes_on_in_numbered_sheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 3)  # a header and two rows a sheet
    case = CASES / "GRD001__aknistes-vsk__formative_summative.csv"
    result = audit(case)
    assert result.by_rule()["GRD001"] == 5
    book = _write(result, tmp_path)
    parts = ["GRD001", "GRD001 (2)", "GRD001 (3)"]
    assert [name for name in book.sheetnames if name.startswith("GRD001")] == parts
    assert [_data_rows(book[name]) for name in parts] == [2, 2, 1]
    for name in parts:
        assert book[name].freeze_panes == "A2"
        assert _header(book[name])[0] == "Skolotājs"
    run = [str(v) for row in book["Pārbaude"].iter_rows(values_only=True) for v in row if v]
    assert any("GRD001: 5 rindas lapās GRD001, GRD001 (2), GRD001 (3)" in v for v in run)


def test_missing_records_have_their_fields(tmp_path: Path) -> None:
    case = CASES / "REP001__aknistes-vsk__reports"
    book = _write(audit(case), tmp_path)
    header = _header(book["REP001"])
    assert "Trūkst: mēnesis" in header
    column = header.index("Trūkst: mēnesis") + 1
    months = {book["REP001"].cell(row, column).value for row in range(2, 10)}
    assert "11.2025." in months


def test_run_sheet_tells_how_the_run_was_made(school: Path, tmp_path: Path) -> None:
    result = audit(school)
    sheet = _write(result, tmp_path)["Pārbaude"]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert values["Profils"] == "aknistes-vsk"
    assert values["Stāvoklis uz"] == dt.datetime(2026, 1, 10, 23, 59, 59)
    assert values["Kārtība spēkā no"] == dt.datetime(2025, 12, 4)
    shas = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    for item in result.inputs:
        assert item.file.sha256 in shas
    totals = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Kopā")
    read, rejected, out_of_scope, audited = totals[7:11]
    assert read == rejected + out_of_scope + audited
    assert totals[11] == "jā"


def test_undecided_sheet_in_a_snapshot_run(tmp_path: Path) -> None:
    from eklase_audit.engine import AuditRequest, run_audit
    from eklase_audit.profiles.loader import load_profile
    from eklase_audit.snapshots import SnapshotSpec, read_snapshots

    header = ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma")
    lesson = ("SR: skrien / Izturība",)
    write_csv(
        tmp_path / "a" / "stundas.csv",
        [header, ("01.10.2025.", "1", "6.a", "Sports", "K V", *lesson)],
    )
    write_csv(
        tmp_path / "b" / "stundas.csv",
        [
            header,
            ("01.10.2025.", "1", "6.a", "Sports", "K V", *lesson),
            ("02.10.2025.", "1", "6.a", "Sports", "K V", *lesson),
            ("29.09.2025.", "2", "6.a", "Sports", "K V", *lesson),
        ],
    )
    specs = [
        SnapshotSpec(tmp_path / "a", dt.datetime(2025, 10, 2, 12)),
        SnapshotSpec(tmp_path / "b", dt.datetime(2025, 10, 3, 18)),
    ]
    read, infos = read_snapshots(specs, None)
    result = run_audit(
        AuditRequest(
            profile=load_profile("aknistes-vsk"),
            read=read,
            as_of=dt.datetime(2025, 10, 10, 23, 59),
            snapshots=tuple(infos),
        )
    )
    book = _write(result, tmp_path, "en")
    assert "Undecided" in book.sheetnames
    header = _header(book["LES001"])
    assert "Entered after" in header and "Entered by" in header
    assert book["LES001"].cell(2, header.index("Entered by") + 1).is_date


@pytest.mark.parametrize(
    ("wanted", "name"),
    [
        ("Gaida termiņu", "Gaida termiņu"),
        ("a/b\\c[d]e:f*g?h", "a_b_c_d_e_f_g_h"),
        ("'quoted'", "quoted"),
        ("x" * 40, "x" * 31),
    ],
)
def test_sheet_names_are_valid(wanted: str, name: str) -> None:
    assert sheet_name(wanted) == name
