"""Vectorised readers of cell values (SPEC "Values"): each takes a String expression of cleaned
cells (trimmed, empty as null) and returns a typed expression, null where a cell cannot be read.

Dates and date-times are the bulk of a large export, so a column's dominant form is detected
from a sample (:func:`detect_date_format`, :func:`detect_datetime_format`) and parsed with that
one format; only the cells it leaves are parsed again with the tolerant set (PERF pitfall 5).
Entry times stay naive local time (PERF pitfall 6).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import polars as pl

from eklase_audit.io.schema import normalise_words

# Dates outside these years are not a school journal's: a serial number like 7 or a two-digit
# year is a misreading, not a date.
MIN_YEAR = 1950
MAX_YEAR = 2100
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
DATETIME = pl.Datetime("us")

_TIME = r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
_DMY = r"\d{1,2}\.\d{1,2}\.\d{4}"
_YMD = r"\d{4}-\d{1,2}-\d{1,2}"
_SERIAL = r"^\d{1,7}(?:\.\d+)?$"


# --- cells ----------------------------------------------------------------------------------


def clean(expr: pl.Expr) -> pl.Expr:
    """Trimmed cells, empty ones as null."""
    return expr.str.strip_chars().replace("", None)


def words_key(expr: pl.Expr) -> pl.Expr:
    """The vectorised twin of :func:`schema.normalise_words`: lower case, no diacritics, words
    separated by single spaces."""
    return (
        expr.str.to_lowercase()
        .str.normalize("NFKD")
        .str.replace_all(r"\p{M}", "")
        .str.replace_all(r"[^\w]+", " ")
        .str.strip_chars()
    )


def mark_key(expr: pl.Expr) -> pl.Expr:
    """How a school's own mark is matched: by its words, or as written (lower case) when it
    has none (``+``, ``-``)."""
    key = words_key(expr)
    return pl.when(key == "").then(expr.str.to_lowercase()).otherwise(key)


def mark_key_text(text: str) -> str:
    return normalise_words(text) or text.strip().casefold()


def apply_marks(expr: pl.Expr, marks: Mapping[str, str]) -> pl.Expr:
    """A school's own marks (``{"slim." = "ns"}``) replaced by the canonical values."""
    if not marks:
        return expr
    table: dict[str, str] = {}
    for mark, value in marks.items():
        table.setdefault(mark_key_text(mark), value)
    mapped = mark_key(expr).replace_strict(table, default=None, return_dtype=pl.String)
    return pl.coalesce(mapped, expr)


# --- text-like columns ----------------------------------------------------------------------


def parse_name(expr: pl.Expr) -> pl.Expr:
    """Names and identifiers: inner runs of whitespace collapsed to one space."""
    return expr.str.replace_all(r"\s+", " ")


def parse_text(expr: pl.Expr) -> pl.Expr:
    return expr


def parse_grade(expr: pl.Expr) -> pl.Expr:
    """Grades are kept as E-klase writes them (``7``, ``7(p.d.)``, ``85,5%``, ``nv``, ``5|7``)."""
    return expr


def parse_code(expr: pl.Expr, vocabulary: Mapping[str, tuple[str, ...]] | None = None) -> pl.Expr:
    """Lower-cased; known spellings brought to the canonical word, others kept lower-cased."""
    lowered = expr.str.to_lowercase()
    if not vocabulary:
        return lowered
    table: dict[str, str] = {}
    for canonical, spellings in vocabulary.items():
        for spelling in (canonical, *spellings):
            table.setdefault(normalise_words(spelling), canonical)
    return words_key(expr).replace_strict(table, default=lowered, return_dtype=pl.String)


# --- numbers and flags ----------------------------------------------------------------------


def parse_int(expr: pl.Expr) -> pl.Expr:
    """Whole numbers; ``3.`` and ``3.0`` too (an ordinal, a spreadsheet's float)."""
    return expr.str.extract(r"^(\d{1,9})(?:[.,]0*)?$", 1).cast(pl.Int32, strict=False)


_BOOLEANS: dict[str, bool] = {
    "ja": True,
    "ne": False,
    "ir": True,
    "nav": False,
    "yes": True,
    "no": False,
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "patiess": True,  # TRUE as Latvian Excel writes it
    "aplams": False,
}


def parse_bool(expr: pl.Expr) -> pl.Expr:
    return words_key(expr).replace_strict(_BOOLEANS, default=None, return_dtype=pl.Boolean)


def _numbered(groups: tuple[tuple[str, ...], ...], with_numbers: bool = False) -> dict[str, int]:
    """Names numbered by their group (1-based): weekdays, months."""
    table: dict[str, int] = {}
    for number, names in enumerate(groups, start=1):
        for name in (*names, str(number)) if with_numbers else names:
            table[name] = number
    return table


_WEEKDAYS = _numbered(
    (
        ("pirmdiena", "pirmd", "p", "monday", "mon", "pirmdienas"),
        ("otrdiena", "otrd", "o", "tuesday", "tue", "tues", "otrdienas"),
        ("tresdiena", "tresd", "t", "wednesday", "wed", "tresdienas"),
        ("ceturtdiena", "ceturtd", "c", "thursday", "thu", "thur", "thurs", "ceturtdienas"),
        ("piektdiena", "piektd", "pk", "friday", "fri", "piektdienas"),
        ("sestdiena", "sestd", "s", "saturday", "sat", "sestdienas"),
        ("svetdiena", "svetd", "sv", "sunday", "sun", "svetdienas"),
    ),
    with_numbers=True,
)


def parse_weekday(expr: pl.Expr) -> pl.Expr:
    """1 = Monday ... 7 = Sunday, from Latvian or English names, abbreviations or numbers."""
    key = words_key(expr).str.replace(r"^(\d) 0*$", "$1")
    return key.replace_strict(_WEEKDAYS, default=None, return_dtype=pl.Int8)


# --- dates ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One way a column may write its values: a pattern to recognise it, a parser for it."""

    name: str
    pattern: str
    parse: Callable[[pl.Expr], pl.Expr]


def _in_years(value: pl.Expr) -> pl.Expr:
    return pl.when(value.dt.year().is_between(MIN_YEAR, MAX_YEAR)).then(value)


def _strptime_date(fmt: str) -> Callable[[pl.Expr], pl.Expr]:
    return lambda expr: expr.str.strptime(pl.Date, fmt, strict=False)


def _strptime_datetime(fmt: str) -> Callable[[pl.Expr], pl.Expr]:
    return lambda expr: expr.str.strptime(DATETIME, fmt, strict=False)


def _serial_number(expr: pl.Expr) -> pl.Expr:
    return expr.str.extract(r"^(\d{1,7}(?:\.\d+)?)$", 1).cast(pl.Float64, strict=False)


def _serial_datetime(expr: pl.Expr) -> pl.Expr:
    """An Excel serial number (days since 30.12.1899, the fraction the time of day)."""
    days = _serial_number(expr)
    micros = (days * 86_400_000_000).round(0).cast(pl.Int64, strict=False)
    return (pl.lit(EXCEL_EPOCH, DATETIME) + pl.duration(microseconds=micros)).dt.round("1s")


def _serial_date(expr: pl.Expr) -> pl.Expr:
    days = _serial_number(expr).floor().cast(pl.Int64, strict=False)
    return pl.lit(EXCEL_EPOCH.date(), pl.Date) + pl.duration(days=days)


def _excel_date(expr: pl.Expr) -> pl.Expr:
    """A date cell as a workbook reader gives it: ``2025-09-05 00:00:00``."""
    return expr.str.strptime(DATETIME, "%Y-%m-%d %H:%M:%S%.f", strict=False).dt.date()


DATE_FORMS: tuple[Form, ...] = (
    Form("dmy.", rf"^{_DMY}\.$", _strptime_date("%d.%m.%Y.")),
    Form("dmy", rf"^{_DMY}$", _strptime_date("%d.%m.%Y")),
    Form("ymd", rf"^{_YMD}$", _strptime_date("%Y-%m-%d")),
    Form("excel", r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?$", _excel_date),
    Form("serial", _SERIAL, _serial_date),
)

DATETIME_FORMS: tuple[Form, ...] = (
    Form("dmy. hm", rf"^{_DMY}\. \d{{1,2}}:\d{{2}}$", _strptime_datetime("%d.%m.%Y. %H:%M")),
    Form(
        "dmy. hms",
        rf"^{_DMY}\. \d{{1,2}}:\d{{2}}:\d{{2}}$",
        _strptime_datetime("%d.%m.%Y. %H:%M:%S"),
    ),
    Form("dmy hm", rf"^{_DMY} \d{{1,2}}:\d{{2}}$", _strptime_datetime("%d.%m.%Y %H:%M")),
    Form(
        "dmy hms", rf"^{_DMY} \d{{1,2}}:\d{{2}}:\d{{2}}$", _strptime_datetime("%d.%m.%Y %H:%M:%S")
    ),
    Form(
        "excel",
        r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?$",
        lambda e: _strptime_datetime("%Y-%m-%d %H:%M:%S%.f")(e).dt.round("1s"),
    ),
    Form("ymd hm", rf"^{_YMD} \d{{1,2}}:\d{{2}}$", _strptime_datetime("%Y-%m-%d %H:%M")),
    Form(
        "iso",
        r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$",
        lambda e: _strptime_datetime("%Y-%m-%dT%H:%M:%S%.f")(e).dt.round("1s"),
    ),
    Form("serial", _SERIAL, _serial_datetime),
)

_DATE_FORM = {form.name: form for form in DATE_FORMS}
_DATETIME_FORM = {form.name: form for form in DATETIME_FORMS}


def detect_format(sample: pl.Series, forms: tuple[Form, ...]) -> str | None:
    """The form most of a sample of cleaned cells is written in; None when none fits."""
    values = sample.drop_nulls()
    if values.is_empty():
        return None
    counts = {form.name: int(values.str.contains(form.pattern).sum()) for form in forms}
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] else None


def detect_date_format(sample: pl.Series) -> str | None:
    return detect_format(sample, DATE_FORMS)


def detect_datetime_format(sample: pl.Series) -> str | None:
    return detect_format(sample, DATETIME_FORMS)


def parse_date(expr: pl.Expr, form: str | None = None) -> pl.Expr:
    """A date: ``dd.mm.yyyy``, ``dd.mm.yyyy.``, ``d.m.yyyy``, ``yyyy-mm-dd``, a workbook's date
    cell or an Excel serial number (a time after the date is ignored). With ``form``, only that
    form is tried (the fast path)."""
    if form is not None:
        return _in_years(_DATE_FORM[form].parse(expr))
    dmy = expr.str.extract(rf"^({_DMY})\.?(?:\s+{_TIME})?$", 1)
    ymd = expr.str.extract(rf"^({_YMD})(?:[ T]{_TIME})?$", 1)
    return _in_years(
        pl.coalesce(
            dmy.str.strptime(pl.Date, "%d.%m.%Y", strict=False),
            ymd.str.strptime(pl.Date, "%Y-%m-%d", strict=False),
            _serial_date(expr),
        )
    )


def parse_datetime(expr: pl.Expr, form: str | None = None) -> pl.Expr:
    """A date and time in one cell, rounded to the second; a date alone is its midnight."""
    if form is not None:
        return _in_years(_DATETIME_FORM[form].parse(expr))
    text = (
        expr.str.replace_all(r"\s+", " ")
        .str.replace(rf"^({_DMY})\.", "$1")
        .str.replace(rf"^({_YMD})T", "$1 ")
        .str.replace(r"^(.+ \d{1,2}:\d{2})$", "$1:00")
    )
    return _in_years(
        pl.coalesce(
            text.str.strptime(DATETIME, "%d.%m.%Y %H:%M:%S%.f", strict=False),
            text.str.strptime(DATETIME, "%Y-%m-%d %H:%M:%S%.f", strict=False),
            _serial_datetime(expr),
            pl.when(~expr.str.contains(":")).then(parse_date(expr).cast(DATETIME)),
        ).dt.round("1s")
    )


def parse_time(expr: pl.Expr) -> pl.Expr:
    """A time of day ``HH:MM[:SS]``; a workbook's time cell (``1899-12-31 10:05:00``) too."""
    clock = expr.str.extract(rf"^(?:\d{{4}}-\d{{2}}-\d{{2}}[ T])?({_TIME})$", 1)
    full = clock.str.replace(r"^(\d{1,2}:\d{2})$", "$1:00")
    fraction = _serial_number(expr)
    from_fraction = pl.when(fraction < 1).then(
        (
            pl.lit(EXCEL_EPOCH, DATETIME)
            + pl.duration(
                microseconds=(fraction * 86_400_000_000).round(0).cast(pl.Int64, strict=False)
            )
        ).dt.time()
    )
    return pl.coalesce(full.str.strptime(pl.Time, "%H:%M:%S%.f", strict=False), from_fraction)


def combine_date_time(date: pl.Expr, time: pl.Expr) -> pl.Expr:
    """A date cell and a time cell as one date-time; no time is the day's midnight."""
    return date.dt.combine(time.fill_null(dt.time(0))).cast(DATETIME).dt.round("1s")


# --- months and periods ---------------------------------------------------------------------

# Latvian names in the nominative, locative and genitive, English names, short forms; written
# without diacritics, as :func:`words_key` leaves them.
_MONTH_NAMES = _numbered(
    (
        ("janvaris", "janvari", "janvara", "january", "jan"),
        ("februaris", "februari", "februara", "february", "feb"),
        ("marts", "marta", "march", "mar"),
        ("aprilis", "aprili", "aprila", "april", "apr"),
        ("maijs", "maija", "may", "mai"),
        ("junijs", "junija", "june", "jun"),
        ("julijs", "julija", "july", "jul"),
        ("augusts", "augusta", "august", "aug"),
        ("septembris", "septembri", "septembra", "september", "sep", "sept"),
        ("oktobris", "oktobri", "oktobra", "october", "okt", "oct"),
        ("novembris", "novembri", "novembra", "november", "nov"),
        ("decembris", "decembri", "decembra", "december", "dec"),
    )
)


def _month_name(expr: pl.Expr) -> pl.Expr:
    return expr.replace_strict(_MONTH_NAMES, default=None, return_dtype=pl.Int32)


def _first_of_month(year: pl.Expr, month: pl.Expr) -> pl.Expr:
    valid = year.is_between(MIN_YEAR, MAX_YEAR) & month.is_between(1, 12)
    return pl.when(valid).then(pl.date(year.clip(MIN_YEAR, MAX_YEAR), month.clip(1, 12), pl.lit(1)))


def parse_month(expr: pl.Expr) -> pl.Expr:
    """The first day of a month: ``10.2025``, ``10.2025.``, ``2025-10``, ``oktobris 2025``,
    ``2025. gada oktobris`` (Latvian or English names), or any date inside the month."""
    key = words_key(expr.str.replace_all(r"[-/]", " "))
    month_year = key.str.extract_groups(r"^(?P<m>\d{1,2}) (?P<y>\d{4})$")
    year_month = key.str.extract_groups(r"^(?P<y>\d{4}) (?P<m>\d{1,2})$")
    year_name = key.str.extract_groups(r"^(?P<y>\d{4}) (?:gada |g )?(?P<n>[a-z]+)$")
    name_year = key.str.extract_groups(r"^(?P<n>[a-z]+) (?P<y>\d{4})(?: g| gads| gada)?$")
    year = pl.coalesce(
        month_year.struct.field("y"),
        year_month.struct.field("y"),
        year_name.struct.field("y"),
        name_year.struct.field("y"),
    ).cast(pl.Int32, strict=False)
    month = pl.coalesce(
        month_year.struct.field("m").cast(pl.Int32, strict=False),
        year_month.struct.field("m").cast(pl.Int32, strict=False),
        _month_name(year_name.struct.field("n")),
        _month_name(name_year.struct.field("n")),
    )
    return pl.coalesce(_first_of_month(year, month), parse_date(expr).dt.month_start())


def parse_period_start(expr: pl.Expr) -> pl.Expr:
    """The start of a planned period: a date as written, or a month as its first day."""
    return pl.coalesce(parse_date(expr), parse_month(expr))
