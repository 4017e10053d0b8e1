"""What ``inspect`` shows: for each input how it was read, for each skipped one why.

Language-neutral values built from a :class:`ReadResult`; rendering lives in
``report/inspection.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from eklase_audit.io.model import InputFile, Note, ReadResult, SkippedInput
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN, TABLES

FIRST_REJECTIONS = 5


@dataclass(frozen=True)
class Rejection:
    """A row that could not be read: its spreadsheet row, the header as written, the cell as
    written and a message key."""

    row: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class InspectedInput:
    file: InputFile
    first_rejections: tuple[Rejection, ...]

    @property
    def has_entry_times(self) -> bool:
        """Whether the table has its "when entered" column (a table without one has none)."""
        entered = TABLES[self.file.kind].entered
        return entered is None or entered in self.file.present

    @property
    def more_rejections(self) -> int:
        return self.file.rows_rejected - len(self.first_rejections)


@dataclass(frozen=True)
class Inspection:
    inputs: tuple[InspectedInput, ...]
    skipped: tuple[SkippedInput, ...]
    notes: tuple[Note, ...]


def build_inspection(result: ReadResult, limit: int = FIRST_REJECTIONS) -> Inspection:
    """The inspection of a run's inputs, with the first ``limit`` rejected rows of each."""
    first = (
        result.rejected.sort(SOURCE_COLUMN, ROW_COLUMN)
        .group_by(SOURCE_COLUMN, maintain_order=True)
        .head(limit)
    )
    by_source: dict[int, list[Rejection]] = {}
    for entry in first.iter_rows(named=True):
        by_source.setdefault(entry[SOURCE_COLUMN], []).append(
            Rejection(entry[ROW_COLUMN], entry["column"], entry["value"], entry["reason"])
        )
    inputs = tuple(
        InspectedInput(file, tuple(by_source.get(file.index, ()))) for file in result.inputs
    )
    return Inspection(inputs, tuple(result.skipped), tuple(result.notes))
