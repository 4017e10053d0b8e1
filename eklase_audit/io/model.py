"""What the readers hand on: the inputs as read, the canonical tables, the rows that could not be
read, the files that were skipped and the notes worth telling.

Plain frozen values; Polars is imported only where a frame is built, so that code reading just
the metadata (the profile loader, ``--help``) does not pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eklase_audit.errors import InputError, Location
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN, TABLES, ColumnType

if TYPE_CHECKING:
    import polars as pl


@dataclass(frozen=True)
class ReaderCustomisation:
    """A school's own header names and marks, from ``[columns.<table>]`` and ``[values.<table>]``.

    ``columns[table][canonical]`` are extra header names; ``values[table][column]`` maps a
    school's own mark (matched case- and diacritic-insensitively) to the canonical value.
    """

    columns: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class InputFile:
    """One table read from a file or from one sheet of a workbook.

    ``index`` is the value of the ``_src`` column of its rows; ``header_row`` and every row
    number are the ones a spreadsheet shows. ``rows_read`` counts data rows (blank rows are
    not data rows), rejected ones included.
    """

    index: int
    path: str
    sheet: str | None
    kind: str
    encoding: str | None
    separator: str | None
    header_row: int
    mapping: tuple[tuple[str, str], ...]  # (header as written, canonical column)
    unmapped: tuple[str, ...]
    sha256: str
    rows_read: int
    rows_rejected: int
    blank_rows: int
    named: bool

    @property
    def present(self) -> frozenset[str]:
        """The canonical columns the input has."""
        return frozenset(canonical for _, canonical in self.mapping)

    @property
    def location(self) -> Location:
        return Location(path=self.path, sheet=self.sheet)


@dataclass(frozen=True)
class SkippedInput:
    """A file or sheet that was not read, and why (a message key with its parameters).

    ``named`` marks a file the user named on the command line: its failure makes the run fail.
    """

    path: str
    sheet: str | None
    reason: str
    params: Mapping[str, object] = field(default_factory=dict)
    named: bool = False


@dataclass(frozen=True)
class Note:
    """Something worth telling about how the inputs were read (a message key)."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)
    path: str | None = None  # the file it is about; several, comma-separated, once merged
    sheet: str | None = None

    @property
    def place(self) -> str | None:
        """``file.xlsx (Sheet)``, ``file.csv``, or None for a note about the run."""
        if self.path is None:
            return None
        return f"{self.path} ({self.sheet})" if self.sheet else self.path


def merged_notes(notes: Sequence[Note]) -> list[Note]:
    """One note per message: the same note about several files (``Grupa`` read as the class in
    five preschool exports) becomes one note naming them all, in the order first seen."""
    merged: dict[tuple[str, tuple[tuple[str, str], ...]], list[Note]] = {}
    for note in notes:
        same = (note.key, tuple(sorted((k, repr(v)) for k, v in note.params.items())))
        merged.setdefault(same, []).append(note)
    result = []
    for group in merged.values():
        places = list(dict.fromkeys(n.place for n in group if n.place is not None))
        if len(group) == 1 or not places:
            result.append(group[0])
        else:
            result.append(Note(group[0].key, group[0].params, ", ".join(places), None))
    return result


def table_schema(kind: str) -> dict[str, pl.DataType]:
    """The columns and types of a canonical table, provenance columns last."""
    import polars as pl

    spec = TABLES[kind]
    schema: dict[str, pl.DataType] = {
        name: dtype_of(spec.columns[name].type) for name in spec.all_columns
    }
    schema[SOURCE_COLUMN] = pl.UInt32()
    schema[ROW_COLUMN] = pl.UInt32()
    return schema


def dtype_of(column_type: ColumnType) -> pl.DataType:
    """The Polars type a column of this kind is read into."""
    import polars as pl

    return {
        ColumnType.NAME: pl.String(),
        ColumnType.TEXT: pl.String(),
        ColumnType.CODE: pl.String(),
        ColumnType.GRADE: pl.String(),
        ColumnType.DATE: pl.Date(),
        ColumnType.MONTH: pl.Date(),
        ColumnType.PERIOD_START: pl.Date(),
        ColumnType.DATETIME: pl.Datetime("us"),
        ColumnType.INT: pl.Int32(),
        ColumnType.BOOL: pl.Boolean(),
        ColumnType.WEEKDAY: pl.Int8(),
    }[column_type]


def empty_table(kind: str) -> pl.DataFrame:
    """A table of this kind with no rows."""
    import polars as pl

    return pl.DataFrame(schema=table_schema(kind))


def rejected_schema() -> dict[str, pl.DataType]:
    """Columns of the rejected rows: provenance, the header as written, the cell, a message key."""
    import polars as pl

    return {
        SOURCE_COLUMN: pl.UInt32(),
        ROW_COLUMN: pl.UInt32(),
        "column": pl.String(),
        "value": pl.String(),
        "reason": pl.String(),
    }


def empty_rejected() -> pl.DataFrame:
    import polars as pl

    return pl.DataFrame(schema=rejected_schema())


@dataclass(frozen=True)
class ReadResult:
    """Everything the readers made of the inputs; every data row is in a table or rejected."""

    inputs: list[InputFile]
    tables: dict[str, pl.DataFrame]  # only the kinds some input held
    rejected: pl.DataFrame
    skipped: list[SkippedInput]
    notes: list[Note]

    def table(self, kind: str) -> pl.DataFrame:
        """The table of this kind, or an empty one of the right schema."""
        found = self.tables.get(kind)
        return found if found is not None else empty_table(kind)

    def input(self, index: int) -> InputFile:
        return self.inputs[index]

    def fatal(self) -> InputError | None:
        """Why the run cannot go on: a file named by the user that could not be read, or no
        readable table at all; None when the run can go on."""
        for skipped in self.skipped:
            if skipped.named:
                return InputError(
                    skipped.reason,
                    dict(skipped.params),
                    Location(path=skipped.path, sheet=skipped.sheet),
                )
        if not self.inputs:
            return InputError("input.no_table", {})
        return None
