"""The shapes real exports take: Windows-1257 ``;`` CSV with title lines, workbooks with a title
row and real Excel date cells, UTF-8 ``,`` CSV; and the row number each record lands on.

Row numbers are the ones a spreadsheet shows (SPEC "How files are read"): title lines and the
empty line count, so in a CSV with two title lines the header is row 4 and the first record row 5.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import xlsxwriter

from eklase_audit.sample.plans import FileSpec
from eklase_audit.sample.tables import RID

DATE_COLUMNS = frozenset({"date", "valid_from", "valid_to", "period_start"})
DATETIME_COLUMNS = frozenset(
    {
        "entered_at",
        "homework_entered_at",
        "submitted_at",
        "corrected_at",
        "note_submitted_at",
        "justified_at",
        "sent_at",
        "created_at",
        "left_at",
        "requested_at",
        "connected_at",
    }
)
INT_COLUMNS = frozenset({"lesson_no", "lessons"})
BOOL_COLUMNS = frozenset({"held", "active"})
WEEKDAYS = {
    1: "Pirmdiena",
    2: "Otrdiena",
    3: "Trešdiena",
    4: "Ceturtdiena",
    5: "Piektdiena",
    6: "Sestdiena",
    7: "Svētdiena",
}
# The frame column holding a canonical column's values, where the names differ.
FRAME_COLUMN = {"grade": "grade_value"}
SENTINEL = "\x1eEXTRA\x1e"  # marks the line that gets one cell too many


@dataclass(frozen=True)
class BadRow:
    """A line the reader must reject (DQ003): cells as the export would show them (text)."""

    key: str
    after_rid: int  # placed right after this record
    cells: Mapping[str, Any]  # canonical column -> value; the unreadable one as text
    extra_cell: str | None = None  # a line with one cell too many
    column: str | None = None  # the canonical column of the unreadable cell


@dataclass
class Written:
    """Where the records of one table ended up."""

    path: str
    sheet: str | None
    rows: dict[int, int] = field(default_factory=dict)  # record id -> spreadsheet row
    bad_rows: dict[str, int] = field(default_factory=dict)  # bad row key -> spreadsheet row
    data_rows: int = 0


def frame_column(canonical: str) -> str:
    return FRAME_COLUMN.get(canonical, canonical)


def _text_expr(canonical: str, spec: FileSpec, dtype: pl.DataType) -> pl.Expr:
    col = pl.col(frame_column(canonical))
    if canonical in DATE_COLUMNS:
        return col.dt.strftime(spec.date_format)
    if canonical in DATETIME_COLUMNS:
        return col.dt.strftime(spec.datetime_format)
    if canonical == "month":
        return col.dt.strftime(spec.month_format)
    if canonical in BOOL_COLUMNS:
        return pl.when(col).then(pl.lit("jā")).when(~col).then(pl.lit("nē"))
    if canonical == "weekday":
        return col.cast(pl.Int64).replace_strict(WEEKDAYS, return_dtype=pl.String)
    if dtype != pl.String:
        return col.cast(pl.String)
    return col


def format_cell(spec: FileSpec, canonical: str, value: Any) -> str | None:
    """One cell as the CSV export writes it (the same forms as the vectorised path); None for
    an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "jā" if value else "nē"
    if isinstance(value, dt.datetime):
        return value.strftime(spec.datetime_format)
    if isinstance(value, dt.date):
        return value.strftime(spec.month_format if canonical == "month" else spec.date_format)
    if canonical == "weekday":
        return WEEKDAYS[int(value)]
    return str(value)


CSV_SLICE = 200_000  # records formatted and written at a time, to bound memory


def write_csv(
    spec: FileSpec,
    frame: pl.DataFrame,
    outdir: Path,
    *,
    titles: tuple[str, ...],
    wanted: set[int],
    bad: Iterable[BadRow] = (),
) -> Written:
    """A CSV export: Windows-1257 with title lines, or UTF-8 (with a BOM when the spec says)."""
    encoding = "cp1257" if spec.shape == "cp1257_csv" else "utf-8"
    headers = [header for _, header in spec.columns]
    bad_by_anchor: dict[int, list[BadRow]] = {}
    for b in bad:
        bad_by_anchor.setdefault(b.after_rid, []).append(b)
    anchors = pl.Series(list(bad_by_anchor), dtype=pl.Int64).implode()
    marked = pl.Series(sorted(wanted), dtype=pl.Int64).implode()
    header_row = len(titles) + 2 if titles else 1
    written = Written(spec.path, None)
    row_no = header_row + 1
    exprs = [
        _text_expr(canonical, spec, frame.schema[frame_column(canonical)]).alias(header)
        for canonical, header in spec.columns
    ]
    with (outdir / spec.path).open("wb") as out:
        if spec.bom:
            out.write("\ufeff".encode())
        prefix = "".join(f"{line}\r\n" for line in titles) + ("\r\n" if titles else "")
        out.write((prefix + spec.separator.join(headers) + "\r\n").encode(encoding))
        for offset in range(0, frame.height, CSV_SLICE):
            part = frame.slice(offset, CSV_SLICE)
            text = part.select(
                RID, (pl.int_range(pl.len(), dtype=pl.Int64) * 2).alias("_pos"), *exprs
            )
            # A bad row goes right after its anchor record: between it (2i) and the next (2i+2).
            extra_rows: list[dict[str, Any]] = []
            placed: list[BadRow] = []
            for rid, pos in text.filter(pl.col(RID).is_in(anchors)).select(RID, "_pos").iter_rows():
                for b in bad_by_anchor[rid]:
                    row: dict[str, Any] = {RID: -1, "_pos": pos + 1}
                    for canonical, header in spec.columns:
                        row[header] = format_cell(spec, canonical, b.cells.get(canonical))
                    if b.extra_cell is not None:
                        row[headers[-1]] = (row[headers[-1]] or "") + SENTINEL
                    extra_rows.append(row)
                    placed.append(b)
            if extra_rows:
                text = pl.concat([text, pl.DataFrame(extra_rows, schema=text.schema)]).sort("_pos")
            lines = (
                text.select(RID)
                .with_row_index("_line")
                .filter(pl.col(RID).is_in(marked) | (pl.col(RID) == -1))
            )
            bad_iter = iter(placed)
            for line, rid in lines.iter_rows():
                if rid == -1:
                    written.bad_rows[next(bad_iter).key] = row_no + line
                else:
                    written.rows[rid] = row_no + line
            row_no += text.height
            body = text.drop(RID, "_pos").write_csv(
                separator=spec.separator,
                quote_style="necessary",
                line_terminator="\r\n",
                include_header=False,
            )
            for b in placed:
                if b.extra_cell is not None:
                    body = body.replace(SENTINEL, spec.separator + b.extra_cell, 1)
            out.write(body.encode(encoding))
    written.data_rows = row_no - header_row - 1
    return written


@dataclass(frozen=True)
class SheetJob:
    spec: FileSpec
    frame: pl.DataFrame
    title: str | None
    wanted: set[int]
    bad: tuple[BadRow, ...] = ()


@dataclass(frozen=True)
class _Formats:
    """The number formats of date, time and month cells, made once for a workbook."""

    date: Any
    datetime: Any
    month: Any

    @staticmethod
    def of(workbook: xlsxwriter.Workbook) -> _Formats:
        return _Formats(
            workbook.add_format({"num_format": "DD.MM.YYYY"}),
            workbook.add_format({"num_format": "DD.MM.YYYY HH:MM:SS"}),
            workbook.add_format({"num_format": "MM.YYYY"}),
        )

    def for_column(self, canonical: str) -> Any:
        """The format of a date, time or month column; None for any other column."""
        if canonical in DATETIME_COLUMNS:
            return self.datetime
        if canonical == "month":
            return self.month
        if canonical in DATE_COLUMNS:
            return self.date
        return None


def _cell_writers(formats: _Formats, spec: FileSpec) -> list[Callable[[Any, int, int, Any], None]]:
    """A writer for each column's cells one at a time: the bad rows, which hold text where the
    column has dates or numbers."""

    def text(ws: Any, r: int, c: int, v: Any) -> None:
        if v is not None and v != "":
            ws.write_string(r, c, str(v))

    def number(ws: Any, r: int, c: int, v: Any) -> None:
        if isinstance(v, str):
            text(ws, r, c, v)
        elif v is not None:
            ws.write_number(r, c, v)

    def grade(ws: Any, r: int, c: int, v: Any) -> None:
        if isinstance(v, str) and v.isdigit():
            ws.write_number(r, c, int(v))
        else:
            text(ws, r, c, v)

    def when(fmt: Any) -> Callable[[Any, int, int, Any], None]:
        def write(ws: Any, r: int, c: int, v: Any) -> None:
            if isinstance(v, dt.datetime):
                ws.write_datetime(r, c, v, fmt)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), fmt)
            else:
                text(ws, r, c, v)

        return write

    def boolean(ws: Any, r: int, c: int, v: Any) -> None:
        if isinstance(v, bool):
            ws.write_string(r, c, "jā" if v else "nē")
        else:
            text(ws, r, c, v)

    def weekday(ws: Any, r: int, c: int, v: Any) -> None:
        text(ws, r, c, WEEKDAYS.get(v, v) if isinstance(v, int) else v)

    out = []
    for canonical, _ in spec.columns:
        fmt = formats.for_column(canonical)
        if fmt is not None:
            out.append(when(fmt))
        elif canonical in INT_COLUMNS:
            out.append(number)
        elif canonical in BOOL_COLUMNS:
            out.append(boolean)
        elif canonical == "weekday":
            out.append(weekday)
        elif canonical == "grade":
            out.append(grade)
        else:
            out.append(text)
    return out


_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def _excel_columns(
    formats: _Formats, spec: FileSpec, frame: pl.DataFrame
) -> tuple[list[list[Any]], list[Any], list[bool]]:
    """Each column's cell values made ready in one vectorised pass: dates and times as Excel
    serial numbers, whole-number grades as numbers, everything else as text; with the cell
    format and whether the column's values are numbers."""
    exprs: list[pl.Expr] = []
    cell_formats: list[Any] = []
    numeric: list[bool] = []
    for i, (canonical, _) in enumerate(spec.columns):
        col = pl.col(frame_column(canonical))
        name = f"_c{i}"
        fmt = formats.for_column(canonical)
        if fmt is not None:
            serial = (col.cast(pl.Datetime("us")) - pl.lit(_EXCEL_EPOCH)).dt.total_microseconds()
            exprs.append((serial.cast(pl.Float64) / 86_400_000_000).alias(name))
            cell_formats.append(fmt)
            numeric.append(True)
        elif canonical in INT_COLUMNS:
            exprs.append(col.cast(pl.Float64).alias(name))
            cell_formats.append(None)
            numeric.append(True)
        elif canonical in BOOL_COLUMNS or canonical == "weekday":
            exprs.append(
                _text_expr(canonical, spec, frame.schema[frame_column(canonical)]).alias(name)
            )
            cell_formats.append(None)
            numeric.append(False)
        else:
            exprs.append(col.cast(pl.String).alias(name))
            cell_formats.append(None)
            numeric.append(False)
    values = frame.select(exprs)
    columns = [values[f"_c{i}"].to_list() for i in range(len(spec.columns))]
    for i, (canonical, _) in enumerate(spec.columns):
        if canonical == "grade":
            # A whole-number grade is a number cell, as E-klase's workbooks have it.
            columns[i] = [int(v) if v is not None and v.isdigit() else v for v in columns[i]]
    return columns, cell_formats, numeric


def write_workbook(
    path: Path, jobs: list[SheetJob], *, created: dt.datetime, author: str
) -> list[Written]:
    """A workbook with one visible sheet per job; document properties fixed for reproducibility."""
    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_numbers": False, "strings_to_urls": False}
    )
    workbook.set_properties({"created": created, "author": author, "title": path.stem})
    title_fmt = workbook.add_format({"bold": True})
    header_fmt = workbook.add_format({"bold": True})
    formats = _Formats.of(workbook)
    results = []
    for job in jobs:
        spec = job.spec
        ws = workbook.add_worksheet(spec.sheet)
        frame, bad_rows = job.frame, job.bad
        writers = _cell_writers(formats, spec) if bad_rows else []
        columns, cell_formats, numeric = _excel_columns(formats, spec, frame)
        row = 0
        if job.title:
            ws.write_string(row, 0, job.title, title_fmt)
            row += 1
        header_row = row + 1  # spreadsheet numbering
        for c, (canonical, header) in enumerate(spec.columns):
            ws.write_string(row, c, header, header_fmt)
            ws.set_column(c, c, 22 if canonical in DATETIME_COLUMNS else 16)
        row += 1
        written = Written(spec.path, spec.sheet)
        bad_by_anchor: dict[int, list[BadRow]] = {}
        for b in bad_rows:
            bad_by_anchor.setdefault(b.after_rid, []).append(b)
        write_number, write_string = ws.write_number, ws.write_string
        plan = list(zip(range(len(columns)), cell_formats, numeric, strict=True))
        rids = frame[RID].to_list()
        for i, rid in enumerate(rids):
            for c, fmt, is_number in plan:
                value = columns[c][i]
                if value is None or value == "":
                    continue
                if is_number or isinstance(value, int):
                    write_number(row, c, value, fmt)
                else:
                    write_string(row, c, value)
            if rid in job.wanted:
                written.rows[rid] = row + 1
            row += 1
            for b in bad_by_anchor.get(rid, ()):
                for c, (canonical, _) in enumerate(spec.columns):
                    writers[c](ws, row, c, b.cells.get(canonical))
                written.bad_rows[b.key] = row + 1
                row += 1
        written.data_rows = row - header_row
        results.append(written)
    workbook.close()
    return results
