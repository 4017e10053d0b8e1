"""The ``calendar`` command: the overview of one school year, its rendering and its messages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from eklase_audit.calendar.deadlines import REASONS
from eklase_audit.calendar.overview import calendar_overview, national_overview
from eklase_audit.calendar.workdays import Transfer
from eklase_audit.cli import app
from eklase_audit.errors import UsageError
from eklase_audit.messages import Translator
from eklase_audit.messages.en.calendar import MESSAGES as EN
from eklase_audit.messages.lv.calendar import MESSAGES as LV
from eklase_audit.report.calendar import render_calendar
from tests.calendar.calendar_support import CONFIG, config_with

D = dt.date


def test_overview_of_2025_2026() -> None:
    view = calendar_overview(CONFIG, "2025/2026", D(2026, 11, 23))
    assert (view.year, view.start, view.end) == ("2025/2026", D(2025, 9, 1), D(2026, 8, 31))
    days = [h.date for h in view.holidays]
    assert D(2025, 11, 17) in days and D(2025, 11, 18) in days
    assert D(2026, 1, 2) in days and D(2026, 5, 4) in days
    # Easter Sunday, Mother's Day and Pentecost fall on Sundays: left out.
    assert not {D(2026, 4, 5), D(2026, 5, 10), D(2026, 5, 24)} & set(days)
    assert view.holidays[days.index(D(2025, 11, 18))].name("en") == (
        "Republic of Latvia Proclamation Day"
    )
    assert view.transfers == (
        Transfer(D(2025, 11, 8), D(2025, 11, 17)),
        Transfer(D(2026, 1, 17), D(2026, 1, 2)),
        Transfer(D(2026, 6, 27), D(2026, 6, 22)),
    )
    assert view.transfers_followed
    first, second = view.periods
    assert (first.name, first.start, first.end) == ("1. semestris", D(2025, 9, 1), D(2025, 12, 19))
    # Counted by hand: September 22, October 23, November 19 (17, 18 off; Saturday 8 worked),
    # December 1-19 15.
    assert first.working_days == 79
    assert second.end_by_grade == ((9, D(2026, 6, 12)), (12, D(2026, 6, 19)))
    assert [b.name for b in view.breaks] == ["rudens", "ziemas", "pavasara"]
    assert view.bell[2].start == dt.time(10, 10) and view.bell[2].end == dt.time(10, 50)
    assert view.bell_is_default
    assert view.years == ("2024/2025", "2025/2026", "2026/2027")


def test_saturday_holidays_are_shown() -> None:
    view = calendar_overview(CONFIG, "2026/2027", D(2026, 11, 23))
    days = [h.date for h in view.holidays]
    assert D(2026, 12, 26) in days and D(2027, 5, 1) in days  # Saturdays


def test_the_default_year_is_todays() -> None:
    assert calendar_overview(CONFIG, None, D(2026, 11, 23)).year == "2026/2027"
    assert calendar_overview(CONFIG, None, D(2026, 7, 15)).year == "2025/2026"
    assert calendar_overview(CONFIG, None, D(2030, 1, 1)).year == "2026/2027"
    assert calendar_overview(CONFIG, None, D(2020, 1, 1)).year == "2024/2025"


@pytest.mark.parametrize("text", ["2025/2026", "2025-2026", "2025/26", "2025"])
def test_year_spellings(text: str) -> None:
    assert calendar_overview(CONFIG, text, D(2026, 11, 23)).year == "2025/2026"


def test_unknown_year_and_no_years() -> None:
    with pytest.raises(UsageError) as error:
        calendar_overview(CONFIG, "2030/2031", D(2026, 11, 23))
    assert error.value.key == "calendar.unknown_year"
    with pytest.raises(UsageError) as error:
        calendar_overview(config_with(years=()), None, D(2026, 11, 23))
    assert error.value.key == "calendar.no_years"


def test_overview_without_transfers_and_with_own_days() -> None:
    config = config_with(
        transferred_working_days=False,
        days_off=(D(2025, 10, 3),),
        working_days=(D(2025, 10, 4),),
    )
    view = calendar_overview(config, "2025/2026", D(2026, 11, 23))
    assert not view.transfers_followed
    assert len(view.transfers) == 3  # still shown, marked as not followed
    assert D(2025, 11, 17) not in [h.date for h in view.holidays]  # an ordinary Monday then
    assert view.days_off == (D(2025, 10, 3),)
    assert view.working_days == (D(2025, 10, 4),)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("lv", ["17.11.2025.", "08.11.2025.", "pirmdiena", "rudens brīvdienas", "[calendar.bell]"]),
        ("en", ["2025-11-17", "2025-11-08", "Monday", "autumn break", "[calendar.bell]"]),
    ],
)
def test_render(lang: str, expected: list[str]) -> None:
    console = Console(record=True, width=120, force_terminal=False)
    view = calendar_overview(CONFIG, "2025/2026", D(2026, 11, 23))
    render_calendar(view, Translator(lang), console, school="Aknīstes vidusskola")  # type: ignore[arg-type]
    text = console.export_text()
    for part in expected:
        assert part in text


def test_messages_match_in_both_languages() -> None:
    assert LV.keys() == EN.keys()
    for key in LV:
        assert set(re.findall(r"{(\w+)}", LV[key])) == set(re.findall(r"{(\w+)}", EN[key])), key
    assert set(REASONS) <= LV.keys()


def test_calendar_command() -> None:
    runner = CliRunner()
    ok = runner.invoke(
        app, ["calendar", "--profile", "aknistes-vsk", "--year", "2025/2026", "--lang", "en"]
    )
    assert ok.exit_code == 0, ok.output
    assert "2025-11-08" in ok.output and "2025-11-17" in ok.output
    bad = runner.invoke(
        app, ["calendar", "--profile", "aknistes-vsk", "--year", "1999/2000", "--lang", "en"]
    )
    assert bad.exit_code == 2


def _holiday_rows(text: str) -> dict[str, str]:
    """Date → holiday name, from the plain holidays table."""
    rows = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"[\d.-]{10,11}", cells[0]):
            rows[cells[0]] = cells[2]
    return rows


@pytest.mark.parametrize(
    ("lang", "day_off", "name", "us_date"),
    [
        ("lv", "17.11.2025.", "Brīvdiena: darba diena pārcelta uz sestdienu, 08.11.2025.", None),
        ("en", "2025-11-17", "Day off: its working day moved to Saturday 2025-11-08", "11/08/2025"),
    ],
)
def test_calendar_without_a_profile_is_the_national_one(
    lang: str, day_off: str, name: str, us_date: str | None, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no eklase-audit.toml here
    result = CliRunner().invoke(app, ["calendar", "--year", "2025/2026", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    holidays = _holiday_rows(out)
    assert holidays[day_off] == name
    assert "pārcelta no 08.11.2025" not in out  # the holidays package's own words
    if us_date:
        assert us_date not in out
    # Holidays and transfers, then the line that a profile adds the school's own calendar.
    assert (LV if lang == "lv" else EN)["calendar.transfers"] in out
    assert (LV if lang == "lv" else EN)["calendar.national"].split(":")[0] in out
    assert "--profile" in out
    for school_only in (
        "calendar.periods",
        "calendar.breaks",
        "calendar.bell",
        "calendar.own_days",
    ):
        assert (LV if lang == "lv" else EN)[school_only] not in out


def test_a_profile_s_calendar_names_transferred_days_in_our_words() -> None:
    console = Console(record=True, width=160, force_terminal=False)
    view = calendar_overview(CONFIG, "2025/2026", D(2026, 11, 23))
    render_calendar(view, Translator("en"), console, school="Aknīstes vidusskola")
    holidays = _holiday_rows(console.export_text())
    assert holidays["2026-01-02"] == "Day off: its working day moved to Saturday 2026-01-17"
    assert holidays["2025-11-18"] == "Republic of Latvia Proclamation Day"


def test_national_calendar_year_from_today_and_a_bad_year(tmp_path, monkeypatch) -> None:
    assert national_overview(None, D(2026, 3, 1)).year == "2025/2026"
    assert national_overview(None, D(2026, 9, 1)).year == "2026/2027"
    assert national_overview("2024", D(2026, 3, 1)).start == D(2024, 9, 1)
    monkeypatch.chdir(tmp_path)
    bad = CliRunner().invoke(app, ["calendar", "--year", "next", "--lang", "en"])
    assert bad.exit_code == 2
    assert bad.stdout == ""
    assert "'next' is not a school year" in bad.stderr
