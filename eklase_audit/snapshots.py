"""Snapshots: the same exports taken at several known times.

Exports without entry times still tell when a record appeared: a record first seen in the
snapshot taken at T2 and absent from the one before, taken at T1, was entered in (T1, T2]
(SPEC "Snapshots"). Records are matched across snapshots by their DQ002 key without its value
columns, so a grade corrected from 5 to ``5|7`` is the same record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from eklase_audit.cli_dates import parse_as_of
from eklase_audit.errors import UsageError
from eklase_audit.io.model import ReaderCustomisation, ReadResult, empty_rejected
from eklase_audit.io.readers import folder_files, read_inputs
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN, VALUE_COLUMNS, duplicate_key
from eklase_audit.result import SnapshotInfo

SNAPSHOT_COLUMN = "_snap"
SEEN_AFTER, SEEN_BY = "_seen_lo", "_seen_hi"

# "2025-10-06T18-00", "2025-10-06 18.00", "2025-10-06_18:00" in a folder's name.
_NAME_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T _](\d{2})[-.:](\d{2})")


@dataclass(frozen=True)
class SnapshotSpec:
    path: Path
    taken_at: dt.datetime | None  # given with @DATETIME


def parse_snapshot_option(text: str) -> SnapshotSpec:
    """``PATH`` or ``PATH@DATETIME``; an ``@`` that is part of the path is kept when what
    follows it is not a date."""
    path, at, when = text.rpartition("@")
    if at and path:
        try:
            return SnapshotSpec(Path(path), parse_as_of(when, "--snapshot"))
        except UsageError:
            pass
    return SnapshotSpec(Path(text), None)


def snapshot_time(spec: SnapshotSpec) -> tuple[dt.datetime, str]:
    """When a snapshot was taken, and where that was read from."""
    if spec.taken_at is not None:
        return spec.taken_at, "given"
    match = _NAME_TIME.search(spec.path.name)
    if match:
        return dt.datetime.fromisoformat(f"{match[1]}T{match[2]}:{match[3]}"), "folder name"
    files = [spec.path] if spec.path.is_file() else folder_files(spec.path)
    if not files:
        raise UsageError("snapshot.empty", {"path": str(spec.path)})
    latest = max(p.stat().st_mtime for p in files)
    return dt.datetime.fromtimestamp(latest).replace(microsecond=0), "modification time"


def read_snapshots(
    specs: Sequence[SnapshotSpec], customisation: ReaderCustomisation | None
) -> tuple[ReadResult, list[SnapshotInfo]]:
    """All snapshots read as one result, in order of time; every row carries ``_snap``."""
    timed = sorted(((snapshot_time(spec), spec) for spec in specs), key=lambda item: item[0][0])
    infos = [SnapshotInfo(str(spec.path), when, source) for (when, source), spec in timed]
    inputs, skipped, notes, rejected = [], [], [], []
    tables: dict[str, list[pl.DataFrame]] = {}
    offset = 0
    for number, (_, spec) in enumerate(timed):
        read = read_inputs([spec.path], (), customisation)
        fatal = read.fatal()
        if fatal is not None:
            raise fatal
        shift = pl.col(SOURCE_COLUMN) + offset
        inputs += [replace(i, index=i.index + offset) for i in read.inputs]
        skipped += read.skipped
        notes += read.notes
        rejected.append(read.rejected.with_columns(shift.cast(pl.UInt32)))
        for kind, table in read.tables.items():
            tables.setdefault(kind, []).append(
                table.with_columns(
                    shift.cast(pl.UInt32), pl.lit(number, pl.UInt16).alias(SNAPSHOT_COLUMN)
                )
            )
        offset += len(read.inputs)
    combined = ReadResult(
        inputs=inputs,
        tables={kind: pl.concat(parts) for kind, parts in tables.items()},
        rejected=pl.concat(rejected) if rejected else empty_rejected(),
        skipped=skipped,
        notes=notes,
    )
    return combined, infos


def first_appearances(kind: str, table: pl.DataFrame, times: Sequence[dt.datetime]) -> pl.DataFrame:
    """Each record once, from the snapshot where it first appears, with the interval in which
    it was entered: after ``_seen_lo`` (null before the first snapshot), by ``_seen_hi``."""
    values = VALUE_COLUMNS.get(kind, ())
    key = [c for c in duplicate_key(kind) if c in table.columns and c not in values]
    ordered = table.sort(SNAPSHOT_COLUMN, SOURCE_COLUMN, ROW_COLUMN)
    first = ordered.filter(pl.int_range(pl.len()).over(key) == 0) if key else ordered
    moments = pl.Series(list(times), dtype=pl.Datetime("us"))
    snap = pl.col(SNAPSHOT_COLUMN).cast(pl.Int64)
    before = pl.when(snap > 0).then(pl.lit(moments).gather((snap - 1).clip(lower_bound=0)))
    return first.with_columns(
        before.alias(SEEN_AFTER), pl.lit(moments).gather(snap).alias(SEEN_BY)
    ).drop(SNAPSHOT_COLUMN)
