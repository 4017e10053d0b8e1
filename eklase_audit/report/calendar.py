"""The ``calendar`` command's output: one school year's working-day calendar as Rich tables,
plain text when the output is not a terminal."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eklase_audit.calendar.overview import CalendarOverview, HolidayEntry
from eklase_audit.messages import Translator
from eklase_audit.report.terminal import box_for


def _say(console: Console, text: str, style: str | None = None) -> None:
    # Text, not a markup string: messages hold "[calendar.bell]" and the like.
    console.print(Text(text, style=style or ""))


def _section(console: Console, title: str, empty: str | None = None) -> None:
    """A section heading on its own line (a table title would wrap to the table's width)."""
    console.print()
    console.print(Text(title, style="bold"))
    if empty is not None:
        _say(console, empty)


def _table(console: Console, title: str, *columns: str) -> Table:
    _section(console, title)
    table = Table(box=box_for(console), expand=False)
    for column in columns:
        table.add_column(column, no_wrap=True)
    return table


def _weekday(t: Translator, day: dt.date) -> str:
    return t(f"calendar.weekday.{day.weekday()}")


def _break_name(t: Translator, name: str) -> str:
    key = f"calendar.break.{name.strip().lower()}"
    return t(key) if t.has(key) else name


def holiday_name(t: Translator, entry: HolidayEntry) -> str:
    """A holiday's name; a day off given for a transferred working Saturday in this tool's
    words and date style (the ``holidays`` package writes "substituted from 11/08/2025")."""
    if entry.moved_from is not None:
        return t("calendar.moved_day_off", date=t.date(entry.moved_from))
    return entry.name(t.lang)


def render_calendar(
    overview: CalendarOverview, t: Translator, console: Console, *, school: str | None = None
) -> None:
    """Prints the overview: summary, holidays, transfers, own days, periods, breaks, bells."""
    title = (
        t("calendar.title_profile", year=overview.year, school=school)
        if school
        else t("calendar.title", year=overview.year)
    )
    _say(console, title, "bold")
    _say(
        console,
        t(
            "calendar.summary",
            year=overview.year,
            start=t.date(overview.start),
            end=t.date(overview.end),
            count=overview.working_day_count,
        ),
    )
    _holidays(overview, t, console)
    _transfers(overview, t, console)
    if overview.national:
        console.print()
        _say(console, t("calendar.national"))
        return
    _own_days(overview, t, console)
    _periods(overview, t, console)
    _breaks(overview, t, console)
    _bell(overview, t, console)
    others = [year for year in overview.years if year != overview.year]
    if others:
        console.print()
        _say(console, t("calendar.other_years", years=", ".join(others)))


def _holidays(overview: CalendarOverview, t: Translator, console: Console) -> None:
    if not overview.holidays:
        _section(console, t("calendar.holidays"), t("calendar.no_holidays"))
        return
    table = _table(
        console,
        t("calendar.holidays"),
        t("calendar.col.date"),
        t("calendar.col.weekday"),
        t("calendar.col.holiday"),
    )
    for entry in overview.holidays:
        table.add_row(t.date(entry.date), _weekday(t, entry.date), Text(holiday_name(t, entry)))
    console.print(table)


def _transfers(overview: CalendarOverview, t: Translator, console: Console) -> None:
    if not overview.transfers:
        _section(console, t("calendar.transfers"), t("calendar.no_transfers"))
        return
    table = _table(
        console,
        t("calendar.transfers"),
        t("calendar.col.working_saturday"),
        t("calendar.col.day_off"),
    )
    for transfer in overview.transfers:
        day_off = transfer.day_off
        shown = f"{t.date(day_off)} {_weekday(t, day_off)}" if day_off else t("calendar.unknown")
        table.add_row(t.date(transfer.working_day), shown)
    console.print(table)
    if not overview.transfers_followed:
        _say(console, t("calendar.transfers_not_followed"), "yellow")


def _own_days(overview: CalendarOverview, t: Translator, console: Console) -> None:
    own = [(day, t("calendar.own_day_off")) for day in overview.days_off]
    own += [(day, t("calendar.own_working_day")) for day in overview.working_days]
    if not own:
        _section(console, t("calendar.own_days"), t("calendar.no_own_days"))
        return
    table = _table(
        console,
        t("calendar.own_days"),
        t("calendar.col.date"),
        t("calendar.col.weekday"),
        t("calendar.col.what"),
    )
    for day, what in sorted(own):
        table.add_row(t.date(day), _weekday(t, day), what)
    console.print(table)


def _periods(overview: CalendarOverview, t: Translator, console: Console) -> None:
    if not overview.periods:
        _section(console, t("calendar.periods"), t("calendar.no_periods"))
        return
    table = _table(
        console,
        t("calendar.periods"),
        t("calendar.col.period"),
        t("calendar.col.start"),
        t("calendar.col.end"),
        t("calendar.col.end_by_grade"),
        t("calendar.col.working_days"),
    )
    for period in overview.periods:
        later = "; ".join(
            t("calendar.grade_end", grade=grade, date=t.date(end))
            for grade, end in period.end_by_grade
        )
        table.add_row(
            Text(period.name),
            t.date(period.start),
            t.date(period.end),
            later,
            str(period.working_days),
        )
    console.print(table)


def _breaks(overview: CalendarOverview, t: Translator, console: Console) -> None:
    if not overview.breaks:
        _section(console, t("calendar.breaks"), t("calendar.no_breaks"))
        return
    table = _table(
        console,
        t("calendar.breaks"),
        t("calendar.col.break"),
        t("calendar.col.start"),
        t("calendar.col.end"),
    )
    for brk in overview.breaks:
        table.add_row(Text(_break_name(t, brk.name)), t.date(brk.start), t.date(brk.end))
    console.print(table)


def _bell(overview: CalendarOverview, t: Translator, console: Console) -> None:
    if not overview.bell:
        _section(console, t("calendar.bell"), t("calendar.no_bell"))
        return
    table = _table(
        console,
        t("calendar.bell"),
        t("calendar.col.lesson"),
        t("calendar.col.start"),
        t("calendar.col.end"),
    )
    for lesson in overview.bell:
        table.add_row(str(lesson.lesson_no), f"{lesson.start:%H:%M}", f"{lesson.end:%H:%M}")
    console.print(table)
    if overview.bell_is_default:
        _say(console, t("calendar.bell_default"), "yellow")
    else:
        _say(console, t("calendar.bell_confirmed"))
