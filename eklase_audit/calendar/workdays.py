"""Working days (darba dienas) as RULES.md "Words" defines them, scalar and vectorised.

A working day is Monday to Friday that is not a public holiday, plus a Saturday the Cabinet made a
working day (when the profile follows transfers), minus the profile's own days off, plus the
profile's own working days. Public holidays, weekend-moved holidays and transferred Saturdays come
from the ``holidays`` package.

The vectorised forms look dates up in one sorted Series of working days with ``search_sorted``
and ``gather``: no Python loop over rows, and a date outside the built range gives null, never a
guess. Choose the range from the data with :meth:`WorkingDays.for_dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import holidays
import polars as pl

from eklase_audit.profiles.model import CalendarConfig

_HOLIDAY_LANGUAGES: Mapping[str, str] = {"lv": "lv", "en": "en_US"}
_PAD_YEARS = 1

DateLike = pl.Expr | dt.date | str
IntLike = pl.Expr | int


class OutsideCalendarError(ValueError):
    """A scalar question about a day outside the years a WorkingDays was built for."""


@dataclass(frozen=True)
class Transfer:
    """A Saturday the Cabinet made a working day, and the day off given for it (when known)."""

    working_day: dt.date
    day_off: dt.date | None


def as_date_expr(value: DateLike) -> pl.Expr:
    """A column name, a date or an expression as a ``pl.Date`` expression."""
    if isinstance(value, pl.Expr):
        return value.cast(pl.Date)
    if isinstance(value, str):
        return pl.col(value).cast(pl.Date)
    return pl.lit(value, dtype=pl.Date)


def _as_int_expr(value: IntLike) -> pl.Expr:
    if isinstance(value, pl.Expr):
        return value.cast(pl.Int64)
    return pl.lit(value, dtype=pl.Int64)


def _country_holidays(country: str, years: range, lang: str) -> holidays.HolidayBase:
    # The language is always explicit: without it the names follow the process locale.
    entity = holidays.country_holidays(country, years=years)
    language = _HOLIDAY_LANGUAGES.get(lang)
    supported = getattr(entity, "supported_languages", ())
    if language is None or language not in supported:
        language = getattr(entity, "default_language", None)
    return holidays.country_holidays(country, years=years, language=language)


def _find_transfers(
    lv_names: Mapping[dt.date, str], saturdays: Iterable[dt.date]
) -> list[Transfer]:
    # The package names the day off after the Saturday it came from ("Brīvdiena (pārcelta no
    # 08.11.2025)"); that is the only link between the two halves of one Cabinet transfer.
    transfers = []
    for saturday in sorted(saturdays):
        mark = saturday.strftime("%d.%m.%Y")
        day_off = next((day for day, name in sorted(lv_names.items()) if mark in name), None)
        transfers.append(Transfer(saturday, day_off))
    return transfers


@dataclass(frozen=True, eq=False)
class WorkingDays:
    """The working days of whole calendar years ``first.year .. last.year`` for one profile."""

    first: dt.date
    last: dt.date
    days: tuple[dt.date, ...] = field(repr=False)  # sorted
    follows_transfers: bool = True
    transfers: tuple[Transfer, ...] = ()  # all the Cabinet's transfers in range, followed or not
    holiday_names: Mapping[str, Mapping[dt.date, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, config: CalendarConfig, first_year: int, last_year: int) -> WorkingDays:
        """The working days of the calendar years ``first_year..last_year`` inclusive."""
        if last_year < first_year:
            raise ValueError(f"empty year range {first_year}..{last_year}")
        first = dt.date(first_year, 1, 1)
        last = dt.date(last_year, 12, 31)
        years = range(first_year, last_year + 1)
        named = {lang: _country_holidays(config.country, years, lang) for lang in ("lv", "en")}
        lv = named["lv"]
        saturdays = {d for d in getattr(lv, "weekend_workdays", set()) if first <= d <= last}
        lv_names = {d: n for d, n in lv.items() if first <= d <= last}
        transfers = _find_transfers(lv_names, saturdays)
        follows = config.transferred_working_days
        # Not following the Cabinet's transfer undoes both halves of it: the Saturday stays a
        # day off and the weekday given for it stays a working day.
        undone = set() if follows else {t.day_off for t in transfers if t.day_off is not None}
        off = (set(lv_names) - undone) | set(config.days_off)
        extra = (saturdays if follows else set()) | set(config.working_days)
        days = []
        day = first
        one = dt.timedelta(days=1)
        while day <= last:
            if day in extra or (day.weekday() < 5 and day not in off):
                days.append(day)
            day += one
        names = {
            lang: {d: n for d, n in entity.items() if first <= d <= last and d not in undone}
            for lang, entity in named.items()
        }
        return cls(first, last, tuple(days), follows, tuple(transfers), names)

    @classmethod
    def for_dates(
        cls,
        config: CalendarConfig,
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> WorkingDays:
        """Years covering the data's dates and the profile's school years, a year's margin each
        side, so that a deadline counted from the last record still finds its working days."""
        known = [d for d in (first, last) if d is not None]
        for year in config.years:
            known += [year.start, year.end]
        if not known:
            known = [dt.date.today()]
        return cls.build(config, min(known).year - _PAD_YEARS, max(known).year + _PAD_YEARS)

    # -- scalar --------------------------------------------------------------------------------

    @cached_property
    def _day_set(self) -> frozenset[dt.date]:
        return frozenset(self.days)

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day; a day outside the built years is an error."""
        if not self.covers(day):
            raise OutsideCalendarError(f"{day} is outside {self.first}..{self.last}")
        return day in self._day_set

    def working_days_between(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Working days in [start, end], both inclusive."""
        return [d for d in self.days if start <= d <= end]

    def holidays_between(
        self, start: dt.date, end: dt.date, lang: str = "lv"
    ) -> list[tuple[dt.date, str]]:
        """Public holidays in force in [start, end] with their names, for display.

        Includes those on a weekend; a substituted weekday off is left out when the profile does
        not follow transfers. The profile's own days off are in its config, not here.
        """
        names = self.holiday_names.get(lang) or self.holiday_names.get("lv", {})
        return sorted((d, n) for d, n in names.items() if start <= d <= end)

    def transferred_working_days_between(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Transferred working Saturdays in force in [start, end] (none when not followed)."""
        if not self.follows_transfers:
            return []
        return [t.working_day for t in self.transfers if start <= t.working_day <= end]

    def transfers_between(self, start: dt.date, end: dt.date) -> list[Transfer]:
        """The Cabinet's transfers whose working Saturday is in [start, end], followed or not."""
        return [t for t in self.transfers if start <= t.working_day <= end]

    # -- vectorised ----------------------------------------------------------------------------

    @cached_property
    def series(self) -> pl.Series:
        """All working days in range, sorted."""
        return pl.Series("working_day", self.days, dtype=pl.Date)

    def _in_range(self, day: pl.Expr) -> pl.Expr:
        return day.is_between(pl.lit(self.first), pl.lit(self.last))

    @cached_property
    def _padded(self) -> pl.Series:
        """The working days between two nulls: ``_padded[i + 1]`` is the i-th working day, and
        an index just past either end gathers a null instead of failing."""
        edge = pl.Series([None], dtype=pl.Date)
        return pl.concat([edge, self.series, edge])

    def _search(self, day: pl.Expr, side: Literal["left", "right"]) -> pl.Expr:
        """Working days before (left) or on or before (right) ``day``; a null day gives 0, so
        every caller masks nulls through a comparison with the day."""
        return pl.lit(self.series).search_sorted(day, side=side)

    def _at(self, padded_index: pl.Expr) -> pl.Expr:
        return pl.lit(self._padded).gather(padded_index)

    def nth_working_day_after(self, day: DateLike, n: IntLike) -> pl.Expr:
        """The n-th working day after ``day``, ``day`` itself not counted; n = 0 gives ``day``.

        Null for a null date or n, a negative n, or a date or result outside the built years.
        """
        d = as_date_expr(day)
        last_index = len(self.days) + 1  # the trailing null
        if isinstance(n, int):
            if n < 0:
                return pl.lit(None, dtype=pl.Date)
            if n == 0:
                return pl.when(self._in_range(d)).then(d)
            # One search, no second look at the index: a result past the range clips onto the
            # trailing null, and a date after the range searches to the end.
            found = self._at((self._search(d, "right") + n).clip(upper_bound=last_index))
            return pl.when(d >= pl.lit(self.first)).then(found)
        k = _as_int_expr(n)
        index = (self._search(d, "right").cast(pl.Int64) + k).clip(0, last_index)
        found = pl.when(self._in_range(d) & (k > 0)).then(self._at(index))
        return pl.when(self._in_range(d) & (k == 0)).then(d).otherwise(found)

    def first_working_day_on_or_after(self, day: DateLike) -> pl.Expr:
        """``day`` if it is a working day, else the next one; null outside the built years."""
        d = as_date_expr(day)
        return pl.when(d >= pl.lit(self.first)).then(self._at(self._search(d, "left") + 1))

    def last_working_day_on_or_before(self, day: DateLike) -> pl.Expr:
        """``day`` if it is a working day, else the one before; null outside the built years."""
        d = as_date_expr(day)
        return pl.when(d <= pl.lit(self.last)).then(self._at(self._search(d, "right")))

    def count_working_days(self, start: DateLike, end: DateLike) -> pl.Expr:
        """Working days in (start, end] as Int32; 0 when end <= start; null outside the years."""
        s = as_date_expr(start)
        e = as_date_expr(end)
        # Signed before subtracting: the searches are unsigned (PERF pitfall 4).
        count = self._search(e, "right").cast(pl.Int32) - self._search(s, "right").cast(pl.Int32)
        return pl.when(self._in_range(s) & self._in_range(e)).then(count.clip(lower_bound=0))

    def is_working_day_expr(self, day: DateLike) -> pl.Expr:
        """Boolean per date; null for a null date or one outside the built years."""
        d = as_date_expr(day)
        hit = self._at(self._search(d, "left") + 1)
        return pl.when(self._in_range(d)).then((hit == d).fill_null(False))
