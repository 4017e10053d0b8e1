"""CSV, TSV and text exports: the header found in the first rows, then every row under it read
by Polars as strings, one frame row per spreadsheet row.

Polars reads from the header on (``skip_lines``), so title lines above it never disturb the
parse; it is given a few columns more than the header, so a row with too many cells shows its
extra content instead of losing it (PERF pitfall 11). Blank lines stay all-null rows and a quoted
cell with line breaks stays one row, so frame row + header row is the spreadsheet's row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping, Sequence

import polars as pl

from eklase_audit.errors import InputError
from eklase_audit.io.detect import SEPARATORS, find_header, head_rows
from eklase_audit.io.encoding import TextSource
from eklase_audit.io.headers import KindAliases
from eklase_audit.io.raw import RawTable, column_name, trimmed

HEAD_BYTES = 1 << 20
WIDTH_SAMPLE_LINES = 1000
EXTRA_COLUMNS = 2
MAX_EXTRA_COLUMNS = 64


def read_csv_table(
    source: TextSource, aliases: Mapping[str, KindAliases], kinds: Sequence[str], name: str
) -> RawTable:
    """The table in a text file; raises :class:`InputError` (``skip.*``) when there is none."""
    head, complete = _head(source)
    source, head = _mend_line_ends(source, head)
    lines = _lines(head, complete)
    grids = {separator: head_rows(lines, separator) for separator in SEPARATORS}
    found = find_header(grids, aliases, kinds, name)
    separator = found.separator or ";"
    header = trimmed(grids[separator][found.row - 1].cells)
    sampled = _sample_width(lines[found.lines_before :], separator)
    width = min(max(len(header), sampled) + EXTRA_COLUMNS, len(header) + MAX_EXTRA_COLUMNS)
    schema = {column_name(i): pl.String for i in range(width)}
    tolerant = False
    try:
        frame = pl.read_csv(
            io.BytesIO(source.data) if source.data is not None else source.path,
            has_header=False,
            separator=separator,
            quote_char='"',
            schema=schema,
            skip_lines=found.lines_before,
            truncate_ragged_lines=True,
            missing_columns="insert",
            raise_if_empty=False,
        )
    except pl.exceptions.PolarsError:
        frame = _read_tolerantly(source, separator, found.lines_before, width)
        tolerant = True
    return RawTable(
        cells=frame.slice(1),
        header=header,
        header_row=found.row,
        first_row=found.row + 1,
        separator=separator,
        match=found.match,
        tolerant=tolerant,
    )


def _mend_line_ends(source: TextSource, head: str) -> tuple[TextSource, str]:
    """Old Mac exports end lines with CR alone; Polars splits on LF only. The source and its
    ``head`` (from :func:`_head`), both mended."""
    if "\n" in head or "\r" not in head:
        return source, head
    data = source.data if source.data is not None else source.path.read_bytes()
    data = data.replace(b"\r", b"\n")
    return TextSource(source.path, source.encoding, source.sha256, data), head.replace("\r", "\n")


def _head(source: TextSource) -> tuple[str, bool]:
    """The first part of the text and whether it is the whole text."""
    if source.data is not None:
        raw = source.data[:HEAD_BYTES]
        complete = len(source.data) <= HEAD_BYTES
    else:
        with source.path.open("rb") as handle:
            raw = handle.read(HEAD_BYTES + 1)
        complete = len(raw) <= HEAD_BYTES
        raw = raw[:HEAD_BYTES]
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(raw, final=complete)
    return text.removeprefix("\ufeff"), complete


def _lines(text: str, complete: bool) -> list[str]:
    """Physical lines (split on LF only, as Polars does), with their line ends."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if complete and parts[-1]:
        lines.append(parts[-1])
    return lines


def _sample_width(lines: Sequence[str], separator: str) -> int:
    """The most cells a row has in the first lines from the header on."""
    reader = csv.reader(lines[:WIDTH_SAMPLE_LINES], delimiter=separator, strict=False)
    widest = 0
    try:
        for record in reader:
            widest = max(widest, len(record))
    except csv.Error:
        pass
    return widest


def _read_tolerantly(source: TextSource, separator: str, skip: int, width: int) -> pl.DataFrame:
    """The slow way, for files whose quotes Polars will not parse (an unbalanced quote)."""
    data = source.data if source.data is not None else source.path.read_bytes()
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = _lines(text, complete=True)[skip:]
    columns: list[list[str | None]] = [[] for _ in range(width)]
    try:
        for record in csv.reader(lines, delimiter=separator, strict=False):
            for index in range(width):
                cell = record[index] if index < len(record) else None
                columns[index].append(cell or None)
    except csv.Error as error:
        raise InputError("skip.malformed", {"error": str(error)}) from None
    return pl.DataFrame(
        {column_name(i): columns[i] for i in range(width)},
        schema={column_name(i): pl.String for i in range(width)},
    )
