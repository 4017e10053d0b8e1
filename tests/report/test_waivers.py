"""Waivers: a waived violation is listed, not counted; an expired waiver hides nothing and is
named; one that matched nothing is named as unused; the file is checked line by line and a
baseline written by --write-waivers reads back and waives what it was written from."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from eklase_audit.errors import ConfigError
from eklase_audit.messages import Translator
from eklase_audit.report.words import waiver_notes
from eklase_audit.result import Waiver
from eklase_audit.waivers import waivers_for
from eklase_audit.waivers_file import load_waivers, waivers_text
from tests.report.report_support import PERSONAL_CODE, audit, write_school

UNTIL = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_school(tmp_path_factory.mktemp("school"))


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "waivers.toml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_expired_and_unused_waivers_change_the_counts_and_are_named(
    school: Path, tmp_path: Path
) -> None:
    plain = audit(school)
    waivers = load_waivers(
        _file(
            tmp_path,
            """
            [[waiver]]
            rule = "GRD001"
            student = "Jānis Ozols"
            date = 2025-11-07
            reason = "Skolēns slimoja"
            until = 2026-06-30

            [[waiver]]
            rule = "LES001"
            teacher = "Kārlis Vītols"
            reason = "E-klase nedarbojās"
            until = 2025-12-31

            [[waiver]]
            rule = "LES003"
            class = "9.z"
            reason = "Cita klase"
            until = "30.06.2026"
            """,
        )
    )
    result = audit(school, waivers=waivers)
    assert result.violation_count == plain.violation_count - 1
    assert result.waived.height == 1
    assert result.waived["student"].item() == "Jānis Ozols"
    assert result.waived["waiver_reason"].item() == "Skolēns slimoja"
    grd = next(r for r in result.rules if r.code == "GRD001")
    assert (grd.violations, grd.waived) == (1, 1)
    assert [w.rule for w in result.expired_waivers] == ["LES001"]
    assert [w.line for w in result.expired_waivers] == [8]
    assert [w.rule for w in result.unused_waivers] == ["LES003"]
    teacher = next(s for s in result.teachers if s.teacher == "Pēteris Ķikāns")
    assert teacher.violations == 1
    notes = waiver_notes(Translator("lv"), result)
    assert notes == [
        "Izņēmums LES001 (skolotājs: Kārlis Vītols) beidzās 31.12.2025.; tas vairs neko neslēpj.",
        "Izņēmums LES003 (klase: 9.z) neatbilda nevienam pārkāpumam.",
    ]


def test_a_waiver_is_in_force_through_its_until_day(school: Path) -> None:
    waiver = Waiver("LES001", {"teacher": "Kārlis Vītols"}, "r", dt.date(2026, 1, 10))
    assert audit(school, waivers=[waiver]).waived.height == 1
    later = audit(school, waivers=[waiver], as_of=dt.datetime(2026, 1, 11, 8))
    assert later.waived.height == 0 and later.expired_waivers == [waiver]


def test_names_match_as_people_read_them_and_without_codes(school: Path) -> None:
    waivers = [
        Waiver("LES001", {"teacher": " kārlis  VĪTOLS"}, "r", UNTIL),
        Waiver("GRD001", {"student": "Anna Liepa XXXXXX-XXXXX"}, "r", UNTIL),
    ]
    result = audit(school, waivers=waivers)
    assert result.waived.height == 2
    assert result.unused_waivers == []


def test_the_first_matching_waiver_waives_and_both_are_used(school: Path) -> None:
    waivers = [
        Waiver("GRD001", {"class": "7.a"}, "first", UNTIL),
        Waiver("GRD001", {"student": "Jānis Ozols"}, "second", UNTIL),
    ]
    result = audit(school, waivers=waivers)
    assert set(result.waived["waiver_reason"]) == {"first"}
    assert result.waived.height == 2
    assert result.unused_waivers == []


def test_a_baseline_reads_back_and_waives_every_current_violation(
    school: Path, tmp_path: Path
) -> None:
    result = audit(school)
    written = waivers_for(result.violations, "Sākotnējais stāvoklis", UNTIL)
    path = tmp_path / "baseline.toml"
    path.write_text(waivers_text(written, Translator("lv")), encoding="utf-8")
    loaded = load_waivers(path)
    unreadable = result.by_rule()["DQ003"]  # a rejected row has no field to name it by
    assert len(loaded) == len(written) == result.violation_count - unreadable
    again = audit(school, waivers=loaded)
    assert again.violation_count == unreadable
    assert again.waived.height == result.violation_count - unreadable
    assert again.unused_waivers == []
    formula = next(w for w in loaded if w.rule == "LES001" and "HYPERLINK" in w.fields["teacher"])
    assert formula.fields["teacher"] == '=HYPERLINK("http://x","y")'
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Izņēmumi")
    assert "date = 2025-11-07" in text


def test_a_baseline_with_masked_codes_still_matches(school: Path) -> None:
    from eklase_audit.privacy import mask_text

    result = audit(school)
    written = [
        Waiver(w.rule, {k: mask_text(v) for k, v in w.fields.items()}, w.reason, w.until)
        for w in waivers_for(result.violations, "r", UNTIL)
    ]
    assert all(PERSONAL_CODE not in v for w in written for v in w.fields.values())
    assert audit(school, waivers=written).violation_count == audit(school).by_rule()["DQ003"]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('[[waiver]]\nrule = "LES001"\nuntil = 2026-01-01\n', "waivers.missing_key", 1),
        ('[[waiver]]\nrule = "LES001"\nreason = "x"\nuntil = "soon"\n', "waivers.bad_until", 1),
        ('[[waiver]]\nrule = "XYZ"\nreason = "x"\nuntil = 2026-01-01\n', "waivers.unknown_rule", 1),
        (
            '\n[[waiver]]\nrule = "LES001"\nreason = "x"\nuntil = 2026-01-01\nrow = 5\n',
            "waivers.unknown_key",
            2,
        ),
        (
            '[[waiver]]\nrule = "LES001"\nreason = " "\nuntil = 2026-01-01\n',
            "waivers.empty_reason",
            1,
        ),
        (
            '[[waiver]]\nrule = "LES001"\nreason = "x"\nuntil = 2026-01-01\nlesson_no = "x"\n',
            "waivers.bad_lesson_no",
            1,
        ),
        ('[[waivers]]\nrule = "LES001"\n', "waivers.unknown_table", None),
        ("rule = ", "waivers.syntax", None),
    ],
)
def test_a_bad_waivers_file_names_the_problem_and_the_line(
    tmp_path: Path, text: str, key: str, line: int | None
) -> None:
    path = tmp_path / "w.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_waivers(path)
    assert caught.value.key == key
    assert caught.value.location.line == line
    assert Translator("lv").has(key) and Translator("en").has(key)


def test_dates_and_numbers_are_read_in_their_forms(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        """
        [[waiver]]
        rule = "les000"
        date = "02.09.2025."
        lesson_no = 3
        reason = "Ekskursija"
        until = 2026-01-31T12:00:00
        """,
    )
    (waiver,) = load_waivers(path)
    assert waiver.rule == "LES000"
    assert waiver.fields == {"date": "2025-09-02", "lesson_no": "3"}
    assert waiver.until == dt.date(2026, 1, 31)
    assert waiver.line == 1
