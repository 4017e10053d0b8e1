"""CSV, TSV and text exports: the header found in the first rows, then every row under it read
by Polars as strings, one frame row per spreadsheet row.

Polars reads from the header on (``skip_lines``), so title lines above it never disturb the
parse; it is given a few columns more than the header, so a row with too many cells shows its
extra content instead of losing it (PERF pitfall 11). Blank lines stay all-null rows and a quoted
cell with line breaks stays one row, so frame row + header row is the spreadsheet's row.

A file whose quotes Polars will not parse is read again line by line; there a quote that is never
closed ends at its own line, so that the line is rejected and the lines after it are still rows.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Mapping, Sequence

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
    unclosed: tuple[tuple[int, int], ...] = ()
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
        frame, quotes = _read_tolerantly(source, separator, found.lines_before, width)
        unclosed = tuple((row - 1, column) for row, column in quotes if row > 0)
        tolerant = True
    return RawTable(
        cells=frame.slice(1),
        header=header,
        header_row=found.row,
        first_row=found.row + 1,
        separator=separator,
        match=found.match,
        tolerant=tolerant,
        unclosed_quotes=unclosed,
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


def _read_tolerantly(
    source: TextSource, separator: str, skip: int, width: int
) -> tuple[pl.DataFrame, list[tuple[int, int]]]:
    """The slow way, for files whose quotes Polars will not parse (an unbalanced quote): the
    rows, and the (row, column) of each quote that is never closed."""
    data = source.data if source.data is not None else source.path.read_bytes()
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = _lines(text, complete=True)[skip:]
    records: list[list[str]] = []
    unclosed: list[tuple[int, int]] = []
    try:
        for record, quote in _records(lines, separator):
            if quote is not None:
                unclosed.append((len(records), quote))
            records.append(record)
    except csv.Error as error:
        raise InputError("skip.malformed", {"error": str(error)}) from None
    # The cell of an unclosed quote is shown even when it is beyond the columns read.
    width = max([width, *(column + 1 for _, column in unclosed)])
    columns = [
        [(record[index] if index < len(record) else None) or None for record in records]
        for index in range(width)
    ]
    frame = pl.DataFrame(
        {column_name(i): columns[i] for i in range(width)},
        schema={column_name(i): pl.String for i in range(width)},
    )
    return frame, unclosed


def _records(lines: Sequence[str], separator: str) -> Iterator[tuple[list[str], int | None]]:
    """The records of the lines, each with the column of a quote that is never closed (or None).

    The lenient csv reader lets such a quote run on over every line up to the next quote, so a
    record spanning lines that does not parse strictly is cut back to its first line, at the
    quote, and reading starts again on the next line.
    """
    start = 0
    while start < len(lines):
        remaining = (lines[i] for i in range(start, len(lines)))
        reader = csv.reader(remaining, delimiter=separator, strict=False)
        begin = start  # the first line of the record being read
        try:
            for record in reader:
                end = start + reader.line_num
                if end - begin > 1 and not _quotes_closed(lines[begin:end], separator):
                    break
                yield record, None
                begin = end
            else:
                return
        except csv.Error:
            if start + reader.line_num - begin <= 1:
                raise  # not a quote running on: the file cannot be split into rows
        cut = next(csv.reader([lines[begin].rstrip("\r\n")], delimiter=separator, strict=False))
        yield cut, len(cut) - 1
        start = begin + 1


def _quotes_closed(lines: Sequence[str], separator: str) -> bool:
    """Whether the lines parse as CSV without forgiving a quote."""
    try:
        for _ in csv.reader(lines, delimiter=separator, strict=True):
            pass
    except csv.Error:
        return False
    return True
