"""From a raw string table to a canonical one: every data row typed, or rejected with the first
cell (in header order) that could not be read.

Blank rows are counted and dropped. An empty identifying cell rejects its row, except where an
empty cell is data (SPEC "Empty cells"); a non-empty cell of a typed column that cannot be read
rejects it too; content beyond the header's last column rejects it before anything else, since
every other cell of that row is then suspect. Only a quote never closed (where the tolerant CSV
reader cut the row) comes before that: the row was not read at all.

Exports repeat their values (a class, a teacher, a date) on many rows, so a column with few
distinct values is read once per distinct value; a column with many is read with its dominant
date format, the rest tolerantly (PERF pitfall 5).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import polars as pl

from eklase_audit.io import parse
from eklase_audit.io.headers import ColumnRef
from eklase_audit.io.model import dtype_of, empty_rejected
from eklase_audit.io.raw import RawTable, column_letter, column_name
from eklase_audit.io.schema import (
    EMPTY_IS_DATA,
    ROW_COLUMN,
    SOURCE_COLUMN,
    TABLES,
    VOCABULARIES,
    ColumnType,
)

SAMPLE_ROWS = 1000
_HEAD_FOR_SAMPLE = 20_000
_INDEX = "_i"
_REJECT_AT = "_reject_at"

Parser = Callable[[pl.Expr], pl.Expr]

REJECT_REASONS: dict[ColumnType, str] = {
    ColumnType.DATE: "reject.date",
    ColumnType.DATETIME: "reject.datetime",
    ColumnType.INT: "reject.int",
    ColumnType.BOOL: "reject.bool",
    ColumnType.MONTH: "reject.month",
    ColumnType.WEEKDAY: "reject.weekday",
    ColumnType.PERIOD_START: "reject.period_start",
}

_PARSERS: dict[ColumnType, Parser] = {
    ColumnType.NAME: parse.parse_name,
    ColumnType.TEXT: parse.parse_text,
    ColumnType.GRADE: parse.parse_grade,
    ColumnType.INT: parse.parse_int,
    ColumnType.BOOL: parse.parse_bool,
    ColumnType.MONTH: parse.parse_month,
    ColumnType.WEEKDAY: parse.parse_weekday,
    ColumnType.PERIOD_START: parse.parse_period_start,
    ColumnType.DATE: parse.parse_date,
    ColumnType.DATETIME: parse.parse_datetime,
}
_DETECTORS: dict[ColumnType, Callable[[pl.Series], str | None]] = {
    ColumnType.DATE: parse.detect_date_format,
    ColumnType.DATETIME: parse.detect_datetime_format,
}


@dataclass(frozen=True)
class Normalised:
    """One input's rows, typed and accounted for."""

    table: pl.DataFrame
    rejected: pl.DataFrame
    rows_read: int
    blank_rows: int
    mapping: tuple[tuple[str, str], ...]
    unmapped: tuple[str, ...]
    dropped_time_columns: tuple[str, ...]  # time-of-day headers without a date: not used


@dataclass(frozen=True)
class _Check:
    """A reason to reject a row: the cell it is about and a mask over the rows."""

    raw_index: int | None  # the raw column whose cell is shown (None: the extra cells)
    header: str | None
    reason: str
    mask: pl.Series


def normalise(
    raw: RawTable,
    source: int,
    marks: Mapping[str, Mapping[str, str]] | None = None,
) -> Normalised:
    """Type the raw table of one input (``source`` is its ``_src``)."""
    kind = raw.match.kind
    marks = marks or {}
    width = len(raw.header)
    refs_by_index = {ref.index: ref for ref in raw.match.columns}
    cells = raw.cells
    cleaned = _cleaned(cells, refs_by_index, marks).with_columns(
        (pl.int_range(pl.len(), dtype=pl.UInt32) + raw.first_row).alias(ROW_COLUMN),
        pl.int_range(pl.len(), dtype=pl.UInt32).alias(_INDEX),
    )
    nonblank = cleaned.select(
        pl.any_horizontal(pl.col(name).is_not_null() for name in cells.columns)
    ).to_series()
    blank_rows = int((~nonblank).sum())
    if blank_rows:
        cleaned = cleaned.filter(nonblank)

    refs, dropped = _keep_time_columns(list(raw.match.columns), cleaned)
    typed: dict[str, pl.Series] = {}
    checks: list[_Check] = [_extra_cells(cleaned, cells.columns, width)]
    by_column: dict[str, list[ColumnRef]] = {}
    for ref in refs:
        by_column.setdefault(ref.canonical, []).append(ref)
    for canonical, group in by_column.items():
        typed[canonical], found = _typed(kind, group, cleaned)
        checks.extend(found)
    checks.sort(key=lambda check: -1 if check.raw_index is None else check.raw_index)
    checks[:0] = _unclosed_quotes(raw, cleaned)

    reject_at = _first_failure(checks, cleaned.height)
    table = _canonical(kind, typed, cleaned, source)
    rejected = _rejections(cells, cleaned, checks, reject_at, source, width, raw.column_offset)
    if not rejected.is_empty():
        table = table.filter(reject_at.is_null())
    return Normalised(
        table=table,
        rejected=rejected,
        rows_read=cleaned.height,
        blank_rows=blank_rows,
        mapping=tuple((ref.header, ref.canonical) for ref in refs),
        unmapped=tuple(raw.match.unmapped) + tuple(ref.header for ref in dropped),
        dropped_time_columns=tuple(ref.header for ref in dropped),
    )


def _cleaned(
    cells: pl.DataFrame,
    refs_by_index: Mapping[int, ColumnRef],
    marks: Mapping[str, Mapping[str, str]],
) -> pl.DataFrame:
    """Trimmed cells, empty ones null, a school's own marks replaced. A column that needs no
    trimming is kept as it is, not copied: a large export has many such columns."""
    untidy = cells.select(
        (
            pl.col(name).str.contains(r"^\s")
            | pl.col(name).str.contains(r"\s$")
            | (pl.col(name).str.len_bytes() == 0)
        ).any()
        for name in cells.columns
    ).row(0)
    columns: list[pl.Expr] = []
    for index, name in enumerate(cells.columns):
        value = parse.clean(pl.col(name)) if untidy[index] else pl.col(name)
        ref = refs_by_index.get(index)
        own = marks.get(ref.canonical) if ref is not None and ref.part == "whole" else None
        if own:
            value = parse.clean(parse.apply_marks(value, own))
        columns.append(value.alias(name))
    return cells.select(columns)


def _sample(values: pl.Series) -> pl.Series:
    sample = values.head(_HEAD_FOR_SAMPLE).drop_nulls().head(SAMPLE_ROWS)
    if sample.is_empty():
        sample = values.drop_nulls().head(SAMPLE_ROWS)
    return sample


def _keep_time_columns(
    refs: list[ColumnRef], cleaned: pl.DataFrame
) -> tuple[list[ColumnRef], list[ColumnRef]]:
    """A time-part header without its date part is the column itself only if it holds
    date-times; holding times of day alone, it cannot be used."""
    kept: list[ColumnRef] = []
    dropped: list[ColumnRef] = []
    for ref in refs:
        if ref.part != "time_alone":
            kept.append(ref)
            continue
        sample = _sample(cleaned[column_name(ref.index)])
        parsed = _apply(sample, parse.parse_datetime)
        if sample.is_empty() or parsed.null_count() * 2 > sample.len():
            dropped.append(ref)
        else:
            kept.append(ColumnRef(ref.index, ref.header, ref.canonical, "whole"))
    return kept, dropped


def _typed(
    kind: str, group: list[ColumnRef], cleaned: pl.DataFrame
) -> tuple[pl.Series, list[_Check]]:
    """One canonical column, typed, and the reasons it gives to reject rows."""
    canonical = group[0].canonical
    column_type = TABLES[kind].columns[canonical].type
    dtype = dtype_of(column_type)
    if column_type is ColumnType.DATETIME and len(group) == 2:
        return _date_time_pair(group, cleaned, canonical)

    first = group[0]
    values = cleaned[column_name(first.index)]
    if column_type is ColumnType.CODE:
        vocabulary = VOCABULARIES.get((kind, canonical))
        result = _read(values, lambda e: parse.parse_code(e, vocabulary), dtype)
    else:
        result = _read(values, _PARSERS[column_type], dtype, _DETECTORS.get(column_type))

    checks: list[_Check] = []
    if canonical in TABLES[kind].identifying and (kind, canonical) not in EMPTY_IS_DATA:
        checks.append(_Check(first.index, first.header, "reject.empty", values.is_null()))
    if column_type in REJECT_REASONS:
        unread = values.is_not_null() & result.is_null()
        checks.append(_Check(first.index, first.header, REJECT_REASONS[column_type], unread))
    return result.alias(canonical), checks


def _date_time_pair(
    group: list[ColumnRef], cleaned: pl.DataFrame, canonical: str
) -> tuple[pl.Series, list[_Check]]:
    """A date-time given as a date cell and a time cell."""
    date_ref = next(ref for ref in group if ref.part == "date")
    time_ref = next(ref for ref in group if ref.part == "time")
    date_values = cleaned[column_name(date_ref.index)]
    time_values = cleaned[column_name(time_ref.index)]
    date = _read(date_values, parse.parse_date, pl.Date(), parse.detect_date_format)
    time = _read(time_values, parse.parse_time, pl.Time())
    result = (
        pl.DataFrame({"d": date, "t": time})
        .select(parse.combine_date_time(pl.col("d"), pl.col("t")))
        .to_series()
    )
    checks = [
        _Check(
            date_ref.index,
            date_ref.header,
            "reject.empty",
            date_values.is_null() & time_values.is_not_null(),
        ),
        _Check(
            date_ref.index,
            date_ref.header,
            "reject.date",
            date_values.is_not_null() & date.is_null(),
        ),
        _Check(
            time_ref.index,
            time_ref.header,
            "reject.time",
            time_values.is_not_null() & time.is_null(),
        ),
    ]
    return result.alias(canonical), checks


def _apply(values: pl.Series, parser: Parser) -> pl.Series:
    return values.to_frame("x").select(parser(pl.col("x"))).to_series().alias(values.name)


def _read(
    values: pl.Series,
    parser: Callable[..., pl.Expr],
    dtype: pl.DataType,
    detect: Callable[[pl.Series], str | None] | None = None,
) -> pl.Series:
    """A column read with ``parser``: once per distinct value when values repeat, else with the
    dominant format (``detect``) first and tolerantly only where that fails."""
    if values.len() >= 64 and values.approx_n_unique() * 4 <= values.len():
        distinct = values.unique().drop_nulls()
        read = _read(distinct, parser, dtype, detect)
        if read.dtype == values.dtype and read.equals(distinct, check_names=False):
            return values  # nothing to change: no copy
        return values.replace_strict(distinct, read, default=None, return_dtype=dtype)
    form = detect(_sample(values)) if detect is not None else None
    if form is None:
        return _apply(values, parser).cast(dtype)
    result = _apply(values, lambda e: parser(e, form)).cast(dtype)
    failed = values.is_not_null() & result.is_null()
    if failed.any():
        at = failed.arg_true()
        result = result.scatter(at, _apply(values.gather(at), parser).cast(dtype))
    return result


def _extra_cells(cleaned: pl.DataFrame, raw_columns: list[str], width: int) -> _Check:
    """Rows with content to the right of the header's last column."""
    extra = raw_columns[width:]
    if not extra:
        mask = pl.repeat(False, cleaned.height, eager=True)
    else:
        mask = cleaned.select(pl.any_horizontal(pl.col(c).is_not_null() for c in extra)).to_series()
    return _Check(None, None, "reject.too_many_cells", mask)


def _unclosed_quotes(raw: RawTable, cleaned: pl.DataFrame) -> list[_Check]:
    """Rows cut at a quote that is never closed: one check per column such a quote is in."""
    rows_by_column: dict[int, list[int]] = {}
    for row, column in raw.unclosed_quotes:
        rows_by_column.setdefault(column, []).append(row)
    checks = []
    for column, rows in sorted(rows_by_column.items()):
        written = raw.header[column] if column < len(raw.header) else None
        header = written or column_letter(raw.column_offset + column)
        mask = cleaned[_INDEX].is_in(rows)
        checks.append(_Check(column, header, "reject.unclosed_quote", mask))
    return checks


def _first_failure(checks: list[_Check], height: int) -> pl.Series:
    """For each row, the position in ``checks`` of its first failure (null: the row is fine)."""
    masks = pl.DataFrame({f"k{j}": check.mask for j, check in enumerate(checks)}, height=height)
    return masks.select(
        pl.coalesce(
            [pl.when(pl.col(f"k{j}")).then(pl.lit(j, pl.Int32)) for j in range(len(checks))]
        ).alias(_REJECT_AT)
    ).to_series()


def _canonical(
    kind: str, typed: dict[str, pl.Series], cleaned: pl.DataFrame, source: int
) -> pl.DataFrame:
    spec = TABLES[kind]
    height = cleaned.height
    columns: list[pl.Series] = []
    for name in spec.all_columns:
        dtype = dtype_of(spec.columns[name].type)
        found = typed.get(name)
        columns.append(
            found.cast(dtype).alias(name)
            if found is not None
            else pl.repeat(None, height, dtype=dtype, eager=True).alias(name)
        )
    columns.append(pl.repeat(source, height, dtype=pl.UInt32, eager=True).alias(SOURCE_COLUMN))
    columns.append(cleaned[ROW_COLUMN])
    return pl.DataFrame(columns)


def _rejections(
    cells: pl.DataFrame,
    cleaned: pl.DataFrame,
    checks: list[_Check],
    reject_at: pl.Series,
    source: int,
    width: int,
    offset: int,
) -> pl.DataFrame:
    """One entry per rejected row: its row, the header as written, the cell as written, why."""
    bad = cleaned.select(ROW_COLUMN, _INDEX, reject_at).filter(pl.col(_REJECT_AT).is_not_null())
    if bad.is_empty():
        return empty_rejected()
    raw = cells.select(pl.all().gather(bad[_INDEX])).with_columns(bad[_REJECT_AT], bad[ROW_COLUMN])
    extra = cells.columns[width:]
    extra_value = pl.coalesce(
        [pl.when(pl.col(c).str.contains(r"\S")).then(pl.col(c)) for c in extra]
        or [pl.lit(None, pl.String)]
    )
    extra_letter = pl.coalesce(
        [
            pl.when(pl.col(c).str.contains(r"\S")).then(pl.lit(column_letter(offset + width + i)))
            for i, c in enumerate(extra)
        ]
        or [pl.lit(None, pl.String)]
    )
    at = pl.col(_REJECT_AT)
    value = pl.coalesce(
        pl.when(at == j).then(
            extra_value
            if check.raw_index is None
            else pl.col(column_name(check.raw_index)).fill_null("")
        )
        for j, check in enumerate(checks)
    )
    header = pl.coalesce(
        pl.when(at == j).then(extra_letter if check.raw_index is None else pl.lit(check.header))
        for j, check in enumerate(checks)
    )
    reasons = {j: check.reason for j, check in enumerate(checks)}
    return raw.select(
        pl.lit(source, pl.UInt32).alias(SOURCE_COLUMN),
        pl.col(ROW_COLUMN),
        header.cast(pl.String).alias("column"),
        value.cast(pl.String).alias("value"),
        at.replace_strict(reasons, return_dtype=pl.String).alias("reason"),
    )
