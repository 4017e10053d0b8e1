"""Privacy: personal codes never reach an output unless asked; pseudonyms are stable with the
same key, readable, and free of the names they replace; free text is left out under
--pseudonymize unless --keep-text."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from rich.console import Console

from eklase_audit.errors import ConfigError
from eklase_audit.messages import Translator
from eklase_audit.privacy import (
    OMITTED,
    PERSONAL_CODE_MASK,
    PrivacyOptions,
    PseudonymLabels,
    contains_code,
    load_or_create_key,
    mask_codes,
    mask_text,
    protect,
)
from eklase_audit.report.csv_report import render_csv
from eklase_audit.report.json_report import render_json
from eklase_audit.report.markdown import render_markdown
from eklase_audit.report.terminal import render_terminal
from eklase_audit.report.xlsx import write_xlsx
from eklase_audit.result import AuditResult
from tests.report.report_support import (
    NEW_PERSONAL_CODE,
    PERSONAL_CODE,
    TOPIC_WITH_A_NAME,
    audit,
    input_names,
    write_school,
)

KEY = bytes(range(32))
STUDENTS = PrivacyOptions(pseudonymize_students=True)
EVERYONE = PrivacyOptions(pseudonymize_students=True, pseudonymize_teachers=True)


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_school(tmp_path_factory.mktemp("school"))


def every_output(result: AuditResult, folder: Path, lang: str = "lv") -> str:
    """Everything every reporter writes for ``result``, as one text."""
    t = Translator(lang)  # type: ignore[arg-type]
    console = Console(file=__import__("io").StringIO(), width=100)
    render_terminal(result, t, console)
    texts = [
        console.file.getvalue(),  # type: ignore[attr-defined]
        render_json(result, t),
        render_csv(result, t, for_people=True),
        render_csv(result, t, for_people=False),
        render_markdown(result, t),
    ]
    path = folder / f"report-{lang}.xlsx"
    write_xlsx(result, path, t)
    book = openpyxl.load_workbook(path)
    texts += [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    return "\n".join(texts)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Jānis 120304-12345", f"Jānis {PERSONAL_CODE_MASK}"),
        ("120304-12345;320000-12345", f"{PERSONAL_CODE_MASK};{PERSONAL_CODE_MASK}"),
        ("p.k.12030412345", f"p.k.{PERSONAL_CODE_MASK}"),
        ("32123456789", PERSONAL_CODE_MASK),
        ("12345678901", "12345678901"),  # 11 digits but no valid day and month: not a code
        ("99999912345", "99999912345"),
        ("03.10.2025", "03.10.2025"),
        ("tel. 29123456", "tel. 29123456"),
        ("120304-123456", "120304-123456"),  # a longer number is not a code
    ],
)
def test_personal_codes_are_masked_in_frames_and_text(text: str, masked: str) -> None:
    frame = pl.DataFrame({"a": [text]})
    assert frame.select(mask_codes(pl.col("a"))).item() == masked
    assert mask_text(text) == masked


def test_no_personal_code_in_any_output_by_default(school: Path, tmp_path: Path) -> None:
    raw = audit(school)
    assert contains_code(render_json(raw, Translator("en"))), "the input holds codes"
    result = protect(raw, PrivacyOptions())
    text = every_output(result, tmp_path)
    assert PERSONAL_CODE not in text and NEW_PERSONAL_CODE not in text
    assert not contains_code(text)
    assert PERSONAL_CODE_MASK in text
    assert "Anna Liepa" in text  # names stay without --pseudonymize


def test_personal_codes_kept_when_asked(school: Path) -> None:
    result = protect(audit(school), PrivacyOptions(include_personal_codes=True))
    assert PERSONAL_CODE in render_json(result, Translator("en"))


def test_pseudonyms_replace_every_student_name(school: Path, tmp_path: Path) -> None:
    labels = PseudonymLabels("Skolēns", "Skolotājs")
    result = protect(audit(school), STUDENTS, key=KEY, labels=labels)
    text = every_output(result, tmp_path)
    for name in input_names():
        assert name not in text, name
    assert not contains_code(text)
    students = set(result.violations["student"].drop_nulls())
    assert students and all(s.startswith("Skolēns ") and len(s) == 16 for s in students)
    assert "Pēteris Ķikāns" in text  # teachers stay unless asked


def test_the_same_student_gets_the_same_pseudonym(school: Path) -> None:
    first = protect(audit(school), STUDENTS, key=KEY)
    second = protect(audit(school), STUDENTS, key=KEY)
    other_key = protect(audit(school), STUDENTS, key=bytes(32))
    names = first.violations["student"].to_list()
    assert names == second.violations["student"].to_list()
    assert names != other_key.violations["student"].to_list()


def test_names_are_compared_as_people_read_them() -> None:
    frame = pl.DataFrame({"student": ["Jānis Ozols", " JĀNIS  OZOLS ", "Anna Liepa"]})
    result = protect(_result_with(frame), STUDENTS, key=KEY)
    a, b, c = result.violations["student"].to_list()
    assert a == b != c


def test_teachers_pseudonymized_everywhere(school: Path, tmp_path: Path) -> None:
    result = protect(audit(school), EVERYONE, key=KEY)
    text = every_output(result, tmp_path, "en")
    for teacher in ("Kārlis Vītols", "Pēteris Ķikāns", "HYPERLINK"):
        assert teacher not in text, teacher
    names = [s.teacher for s in result.teachers if s.teacher is not None]
    assert len(names) == 4 and all(name.startswith("Teacher ") for name in names)
    by_teacher = json.loads(render_json(result, Translator("en")))["summary"]["by_teacher"]
    assert set(by_teacher) - {""} == set(names)


def test_free_text_is_left_out_unless_kept(school: Path) -> None:
    hidden = protect(audit(school), STUDENTS, key=KEY)
    topic = hidden.violations.filter(pl.col("rule") == "LES003")["value"].item()
    assert topic == OMITTED
    assert TOPIC_WITH_A_NAME not in render_json(hidden, Translator("lv"))
    assert hidden.rejected["value"].to_list() == [OMITTED]
    kept = protect(
        audit(school), PrivacyOptions(pseudonymize_students=True, keep_text=True), key=KEY
    )
    assert kept.violations.filter(pl.col("rule") == "LES003")["value"].item() == TOPIC_WITH_A_NAME
    assert kept.rejected["value"].to_list() == [PERSONAL_CODE_MASK]


def test_codes_and_grades_are_not_free_text(tmp_path: Path) -> None:
    frame = pl.DataFrame(
        {"student": ["A"], "detail": ["bad_grade"], "value": ["12"]},
    )
    result = protect(_result_with(frame), STUDENTS, key=KEY)
    assert result.violations["value"].item() == "12"


def test_the_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    path = tmp_path / "skola" / ".eklase-audit.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert load_or_create_key(path) == key
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_broken_key_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / ".eklase-audit.key"
    path.write_text("not a key", encoding="ascii")
    with pytest.raises(ConfigError) as caught:
        load_or_create_key(path)
    assert caught.value.key == "privacy.key_invalid"


def _result_with(frame: pl.DataFrame) -> AuditResult:
    """A result whose violations are ``frame`` on top of an empty run's columns."""
    from tests.report.report_support import CASES

    base = audit(CASES / "LES003__aknistes-vsk__topic_pattern.csv")
    empty = base.violations.clear()
    rows = pl.concat(
        [empty, empty.clear(frame.height).with_columns(frame.to_dict().values())],
        how="vertical",
    )
    base.violations = rows
    return base
