"""CSV for people and for programs, the terminal at 80 and 120 columns, Markdown, and the
words: Latvian number agreement, dates, both catalogues complete."""

from __future__ import annotations

import csv
import io
import re
import string
from pathlib import Path

import pytest
from rich.console import Console

from eklase_audit.messages import Translator
from eklase_audit.messages.en import findings as en_findings
from eklase_audit.messages.en import report as en_report
from eklase_audit.messages.lv import findings as lv_findings
from eklase_audit.messages.lv import report as lv_report
from eklase_audit.report.csv_report import render_csv
from eklase_audit.report.markdown import render_markdown
from eklase_audit.report.tabular import COLUMNS
from eklase_audit.report.terminal import render_terminal
from eklase_audit.report.words import counted, percent
from tests.report.report_support import FORMULA_TEACHER, LESSONS, audit, write_csv, write_school

LV, EN = Translator("lv"), Translator("en")


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_school(tmp_path_factory.mktemp("school"))


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 pārkāpumu"),
        (1, "1 pārkāpums"),
        (2, "2 pārkāpumi"),
        (11, "11 pārkāpumi"),
        (21, "21 pārkāpums"),
        (111, "111 pārkāpumi"),
        (1001, "1\u00a0001 pārkāpums"),
    ],
)
def test_latvian_counts_agree_with_their_number(n: int, text: str) -> None:
    assert counted(LV, "count.violations", n) == text


def test_english_counts() -> None:
    assert counted(EN, "count.violations", 1) == "1 violation"
    assert counted(EN, "count.rejected", 3) == "3 rejected rows"
    assert percent(LV, 0.5714) == "57,1 %" and percent(EN, 0.5714) == "57.1%"


@pytest.mark.parametrize(
    ("lv", "en"),
    [(lv_report.MESSAGES, en_report.MESSAGES), (lv_findings.MESSAGES, en_findings.MESSAGES)],
)
def test_both_catalogues_have_the_same_keys_and_placeholders(
    lv: dict[str, str], en: dict[str, str]
) -> None:
    assert set(lv) == set(en)
    for key in en:
        fields = {name for _, name, _, _ in string.Formatter().parse(en[key]) if name}
        assert fields == {name for _, name, _, _ in string.Formatter().parse(lv[key]) if name}, key


def test_sheet_names_fit_excel() -> None:
    for messages in (lv_report.MESSAGES, en_report.MESSAGES):
        for key, name in messages.items():
            if key.startswith("sheet."):
                assert len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), key


def test_csv_for_people_in_latvian(school: Path) -> None:
    text = render_csv(audit(school), LV, for_people=True)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:6] == ["Kods", "Nozīmīgums", "Skolotājs", "Klase", "Priekšmets", "Skolēns"]
    grade = next(r for r in rows if r[0] == "GRD001")
    assert grade[6] == "07.11.2025." and grade[7] == "11.11.2025. 23:59"
    assert grade[10] == "8,0"  # decimal comma for a Latvian Excel
    formula = next(r for r in rows if FORMULA_TEACHER in r[2])
    assert formula[2] == "'" + FORMULA_TEACHER  # inert: Excel shows it, does not run it


def test_csv_for_people_in_english(school: Path) -> None:
    text = render_csv(audit(school), EN, for_people=True)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Code"
    grade = next(r for r in rows if r[0] == "GRD001")
    assert grade[6] == "2025-11-07" and grade[10] == "8.0"


def test_csv_for_programs_is_the_same_in_both_languages_bar_messages(school: Path) -> None:
    result = audit(school)
    lv = list(csv.reader(io.StringIO(render_csv(result, LV, for_people=False))))
    en = list(csv.reader(io.StringIO(render_csv(result, EN, for_people=False))))
    assert lv[0] == en[0] == [name for name, _ in COLUMNS]
    message = lv[0].index("message")
    for a, b in zip(lv, en, strict=True):
        assert a[:message] == b[:message]
    grade = next(r for r in en if r[0] == "GRD001")
    assert grade[7] == "2025-11-11T23:59:59" and grade[10] == "8.0"


def _terminal(result, lang: str, width: int, terminal: bool) -> str:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=terminal, color_system=None)
    render_terminal(result, Translator(lang), console)  # type: ignore[arg-type]
    return buffer.getvalue()


def test_plain_output_has_every_field_and_no_colour(school: Path) -> None:
    text = _terminal(audit(school), "lv", 80, terminal=False)
    assert "\x1b[" not in text
    block = text[text.index("GRD001 (kļūda) | Pēteris Ķikāns") :]
    for word in (
        "Pēteris Ķikāns",
        "7.a",
        "Matemātika",
        "Jānis Ozols",
        "Datums: 07.11.2025.",
        "Termiņš: 11.11.2025. 23:59",
        "Ievadīts: 12.11.2025. 08:00",
        "Nokavēts: 1 d.d. / 8,0 h",
        "Aknīstes vsk. 1-18/3, 5. p.",
        "vertejumi.csv, 2. rinda",
    ):
        assert word in block, word
    assert not re.search(r"[━┃┏┓┗┛│─]", text)  # ASCII frames only
    assert "Kopā: 6 pārkāpumi (4 kļūdas, 2 brīdinājumi); 1 ieraksts gaida termiņu" in text


@pytest.mark.parametrize("width", [80, 120])
def test_a_terminal_fits_its_width(school: Path, width: int) -> None:
    text = _terminal(audit(school), "en", width, terminal=True)
    assert max(len(line.rstrip()) for line in text.splitlines()) <= width
    assert "Pēteris Ķikāns" in text and "2025-11-11 23:59" in text


def test_markdown_summary_and_table(school: Path) -> None:
    text = render_markdown(audit(school), EN)
    assert text.startswith("# E-klase journal audit")
    assert "| Code | Teacher |" in text
    assert "Total: 6 violations" in text
    table = [line for line in text.splitlines() if line.startswith("| LES001 | Kārlis")]
    assert table and all(line.count(" | ") >= 13 for line in table)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_messages_made_column_wise_read_as_those_made_one_by_one(lang: str, tmp_path: Path) -> None:
    from eklase_audit.report.findings_text import finding_message, finding_messages
    from eklase_audit.report.words import sources_of
    from tests.report.report_support import CASES

    t = Translator(lang)  # type: ignore[arg-type]
    results = [audit(write_school(tmp_path / "school"))]
    for case in sorted(CASES.iterdir()):
        _, profile, _ = case.name.split("__")
        text = (case / "case.txt") if case.is_dir() else case
        first = text.read_text(encoding="utf-8-sig", errors="replace").splitlines()[0]
        as_of = __import__("datetime").datetime.fromisoformat(
            re.search(r"stāvoklis: (\S+)", first)[1]  # type: ignore[index]
        )
        results.append(audit(case, profile=profile, as_of=as_of))
    seen = set()
    for result in results:
        sources = sources_of(result)
        for frame in (result.violations, result.pending):
            expected = [finding_message(t, row, sources) for row in frame.iter_rows(named=True)]
            assert finding_messages(frame, t, sources).to_list() == expected
            seen |= set(frame["detail"].drop_nulls())
    assert len(seen) > 20  # most kinds of finding were compared


def _files_header(text: str) -> str:
    """The header line of the files table (the line after its top border)."""
    lines = text[text.index("Files") :].splitlines()
    return lines[2]


def test_the_files_table_shows_rejected_rows_only_when_there_are_some(
    school: Path, tmp_path: Path
) -> None:
    with_rejected = _terminal(audit(school), "en", 120, terminal=False)
    assert "Rejected" in _files_header(with_rejected)
    lessons = write_csv(tmp_path / "stundas.csv", LESSONS[:1] + LESSONS[3:4])
    text = _terminal(audit(lessons), "en", 120, terminal=False)
    header = _files_header(text)
    assert "Rejected" not in header and "Sheet" not in header and "Read" in header
    assert "rejected 0 + out of scope 0: reconciles" in text  # the totals still say all four
