"""Reading a run's inputs: files and folders to canonical tables, every data row accounted for.

Files named with ``--lessons``-style options come first (their kind is given), then the PATHs in
the order given, folders searched recursively in sorted order. A file identical to one already
read is skipped. A file the user named that cannot be read is recorded as ``named``: that is
what makes the run fail (:meth:`ReadResult.fatal`); in a folder it is only listed as skipped.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from eklase_audit.errors import InputError
from eklase_audit.io.csv_reader import read_csv_table
from eklase_audit.io.detect import clearer_kind
from eklase_audit.io.encoding import container, file_sha256, open_text
from eklase_audit.io.excel_reader import read_workbook
from eklase_audit.io.headers import KindAliases, aliases_for
from eklase_audit.io.model import (
    InputFile,
    Note,
    ReaderCustomisation,
    ReadResult,
    SkippedInput,
    empty_rejected,
)
from eklase_audit.io.normalise import normalise
from eklase_audit.io.raw import RawTable
from eklase_audit.io.schema import TABLES, normalise_header

EXTENSIONS: frozenset[str] = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"})
# Files a folder holds that are never exports: Office lock files and macOS metadata.
_IGNORED_PREFIXES: tuple[str, ...] = ("~$", ".~lock", "._")


@dataclass(frozen=True)
class _Candidate:
    path: Path
    kind: str | None  # given by an option, else found from the header
    named: bool


@dataclass
class _Collector:
    """What the run has read so far."""

    customisation: ReaderCustomisation
    aliases: dict[str, KindAliases]
    inputs: list[InputFile] = field(default_factory=list)
    frames: dict[str, list[pl.DataFrame]] = field(default_factory=dict)
    rejected: list[pl.DataFrame] = field(default_factory=list)
    skipped: list[SkippedInput] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)  # sha256 -> path

    def skip(self, path: Path, error: InputError, named: bool, sheet: str | None = None) -> None:
        self.skipped.append(SkippedInput(str(path), sheet, error.key, dict(error.params), named))

    def result(self) -> ReadResult:
        tables = {kind: pl.concat(frames, how="vertical") for kind, frames in self.frames.items()}
        rejected = pl.concat(self.rejected, how="vertical") if self.rejected else empty_rejected()
        return ReadResult(self.inputs, tables, rejected, self.skipped, self.notes)


def read_inputs(
    paths: Sequence[Path],
    explicit: Sequence[tuple[str, Path]] = (),
    customisation: ReaderCustomisation | None = None,
) -> ReadResult:
    """Read every input; nothing is raised for a file that cannot be read (it is skipped)."""
    customisation = customisation or ReaderCustomisation()
    run = _Collector(customisation, aliases_for(customisation))
    for candidate in _candidates(paths, explicit, run):
        try:
            _read_file(candidate, run)
        except OSError as error:
            run.skip(
                candidate.path,
                InputError("skip.read_error", {"error": error.strerror or str(error)}),
                candidate.named,
            )
    return run.result()


def _candidates(
    paths: Sequence[Path], explicit: Sequence[tuple[str, Path]], run: _Collector
) -> Iterator[_Candidate]:
    for kind, path in explicit:
        if kind not in TABLES:
            raise InputError("input.unknown_kind", {"kind": kind, "tables": ", ".join(TABLES)})
        yield from _expand(path, kind, run)
    for path in paths:
        yield from _expand(path, None, run)


def _expand(path: Path, kind: str | None, run: _Collector) -> Iterator[_Candidate]:
    path = Path(path)
    if path.is_dir():
        for found in folder_files(path):
            yield _Candidate(found, kind, named=False)
    elif path.is_file():
        yield _Candidate(path, kind, named=True)
    else:
        run.skip(path, InputError("skip.not_found", {}), named=True)


def folder_files(folder: Path) -> list[Path]:
    """Export files under a folder, in a stable order (by their path inside the folder)."""
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in EXTENSIONS
        and not path.name.startswith(_IGNORED_PREFIXES)
        and path.is_file()
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _read_file(candidate: _Candidate, run: _Collector) -> None:
    path = candidate.path
    kinds = (candidate.kind,) if candidate.kind else tuple(TABLES)
    what = container(path)
    if what == "empty":
        run.skip(path, InputError("skip.empty_file", {}), candidate.named)
        return
    if what == "workbook":
        _read_workbook_file(candidate, kinds, run)
        return
    try:
        source = open_text(path)
    except InputError as error:
        run.skip(path, error, candidate.named)
        return
    if _duplicate(path, source.sha256, run):
        return
    try:
        raw = read_csv_table(source, run.aliases, kinds, path.name)
    except InputError as error:
        run.skip(path, error, candidate.named)
        return
    _add(run, path, None, raw, source.encoding, source.sha256, candidate.named, candidate.kind)


def _read_workbook_file(candidate: _Candidate, kinds: Sequence[str], run: _Collector) -> None:
    path = candidate.path
    sha256 = file_sha256(path)
    if _duplicate(path, sha256, run):
        return
    if _is_own_workbook(path):
        run.skip(path, InputError("skip.own_report", {}), candidate.named)
        return
    try:
        sheets = list(read_workbook(path, run.aliases, kinds, path.stem))
    except InputError as error:
        run.skip(path, error, candidate.named)
        return
    read_any = any(sheet.table is not None for sheet in sheets)
    failed_visible = False
    for sheet in sheets:
        if sheet.table is not None:
            _add(run, path, sheet.name, sheet.table, None, sha256, candidate.named, candidate.kind)
        elif sheet.skipped is not None:
            hidden = sheet.skipped.key == "skip.hidden_sheet"
            named = candidate.named and not read_any and not hidden
            failed_visible = failed_visible or named
            run.skip(path, sheet.skipped, named, sheet.name)
    if candidate.named and not read_any and not failed_visible:
        run.skip(path, InputError("skip.no_sheet", {}), named=True)


def _duplicate(path: Path, sha256: str, run: _Collector) -> bool:
    earlier = run.seen.get(sha256)
    if earlier is not None:
        run.skip(path, InputError("skip.duplicate", {"same_as": earlier}), named=False)
        return True
    run.seen[sha256] = str(path)
    return False


# A header with both of these (in either language) is a violation report this tool wrote, not an
# export: a report saved in the folder being audited is not read back as lessons.
_REPORT_MARKS: tuple[frozenset[str], ...] = (
    frozenset({"atsauce", "citation"}),
    frozenset({"kods", "code", "rule"}),
)


def is_own_report(header: Sequence[str | None]) -> bool:
    names = {normalise_header(cell) for cell in header if cell}
    return all(names & mark for mark in _REPORT_MARKS)


def is_own_report_file(path: Path) -> bool:
    """Whether an existing file is a report this tool wrote (so writing over it loses nothing):
    a workbook with the report's custom property, or a CSV whose first line is a report header."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _is_own_workbook(path)
    try:
        with path.open("rb") as stream:
            start = stream.read(8192)
    except OSError:
        return False
    first_line = start.decode("utf-8-sig", "replace").splitlines()[:1]
    if not first_line:
        return False
    separator = ";" if first_line[0].count(";") >= first_line[0].count(",") else ","
    return is_own_report([cell.strip('"') for cell in first_line[0].split(separator)])


def _columns_of_other_tables(
    unmapped: Sequence[str], kind: str, aliases: Mapping[str, KindAliases]
) -> list[tuple[str, str]]:
    """Unused columns that another table kind would read (an absences export without its
    student column, read as lessons, still has ``Apzīmējums``): each with that kind."""
    found = []
    for header in unmapped:
        key = normalise_header(header)
        others = [k for k, a in aliases.items() if k != kind and key in a.whole]
        if others:
            found.append((header, others[0]))
    return found


def _is_own_workbook(path: Path) -> bool:
    """Whether a workbook carries the custom property the violation spreadsheet is written with."""
    try:
        with zipfile.ZipFile(path) as archive:
            custom = archive.read("docProps/custom.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return 'name="eklase-audit"' in custom and ">report<" in custom


def _add(
    run: _Collector,
    path: Path,
    sheet: str | None,
    raw: RawTable,
    encoding: str | None,
    sha256: str,
    named: bool,
    given: str | None = None,  # the table kind an option named, if one did
) -> None:
    if is_own_report(raw.header):
        run.skip(path, InputError("skip.own_report", {}), named, sheet)
        return
    index = len(run.inputs)
    kind = raw.match.kind
    done = normalise(raw, index, run.customisation.values.get(kind))
    shown = str(path)
    run.inputs.append(
        InputFile(
            index=index,
            path=shown,
            sheet=sheet,
            kind=kind,
            encoding=encoding,
            separator=raw.separator,
            header_row=raw.header_row,
            mapping=done.mapping,
            unmapped=done.unmapped,
            sha256=sha256,
            rows_read=done.rows_read,
            rows_rejected=done.rejected.height,
            blank_rows=done.blank_rows,
            named=named,
        )
    )
    run.frames.setdefault(kind, []).append(done.table)
    if not done.rejected.is_empty():
        run.rejected.append(done.rejected)
    if raw.match.group_as_class:
        run.notes.append(
            Note("note.group_as_class", {"header": raw.match.group_as_class}, shown, sheet)
        )
    for header in done.dropped_time_columns:
        run.notes.append(Note("note.time_without_date", {"header": header}, shown, sheet))
    if raw.tolerant:
        run.notes.append(Note("note.tolerant_csv", {}, shown, sheet))
    for header, other in _columns_of_other_tables(done.unmapped, kind, run.aliases):
        params = {
            "header": header,
            "table": kind,
            "other_table": other,
            "other_option": TABLES[other].option,
        }
        run.notes.append(Note("note.column_of_other_table", params, shown, sheet))
    if given is not None:
        # Read as the option says, but a slip (an absences export given as --lessons) is told.
        other = clearer_kind(raw.header, run.aliases, raw.match, sheet or path.name)
        if other is not None:
            params = {
                "option": TABLES[kind].option,
                "table": kind,
                "other_table": other.kind,
                "other_option": TABLES[other.kind].option,
            }
            run.notes.append(Note("note.looks_like_other_table", params, shown, sheet))
