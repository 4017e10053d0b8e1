"""Where a table's header is and which table it is (SPEC "How files are read").

The header is the first of the first 30 rows that holds all identifying columns of a table;
when two tables fit, the one with more matching columns wins, then the file or sheet name; else
the input is skipped naming the candidates. A CSV file's separator is the one that makes its
header row such a header (title lines above it do not count).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from eklase_audit.errors import InputError
from eklase_audit.io.headers import HeaderMatch, KindAliases, display_name, match_header
from eklase_audit.io.schema import TABLES, normalise_header

HEADER_ROWS = 30
SEPARATORS: tuple[str, ...] = (";", ",", "\t")


@dataclass(frozen=True)
class HeadRow:
    """One of the first rows: its cells and how many physical lines come before it."""

    cells: tuple[str | None, ...]
    lines_before: int = 0


@dataclass(frozen=True)
class HeaderFound:
    row: int  # the header's row number as a spreadsheet shows it (1-based)
    separator: str | None
    match: HeaderMatch
    lines_before: int  # physical lines above the header (CSV)


def head_rows(lines: Sequence[str], separator: str, limit: int = HEADER_ROWS) -> list[HeadRow]:
    """The first ``limit`` records of CSV text split on ``separator``, quotes respected.

    ``lines`` are physical lines with their line ends. A blank line is a record of its own, as
    in a spreadsheet; a quoted cell with line breaks keeps its record on one row.
    """
    reader = csv.reader(lines, delimiter=separator, quotechar='"', strict=False)
    rows: list[HeadRow] = []
    before = 0
    try:
        for record in reader:
            rows.append(HeadRow(tuple(cell if cell.strip() else None for cell in record), before))
            before = reader.line_num
            if len(rows) >= limit:
                break
    except csv.Error:
        pass  # a malformed line: the rows before it are all there is to look at
    return rows


def find_header(
    grids: Mapping[str | None, Sequence[HeadRow]],
    aliases: Mapping[str, KindAliases],
    kinds: Sequence[str],
    name: str,
) -> HeaderFound:
    """The header row and table kind, trying each separator's reading of the first rows.

    Raises :class:`InputError` with ``skip.*`` keys when no single table fits.
    """
    nearest: HeaderMatch | None = None
    height = max((len(rows) for rows in grids.values()), default=0)
    for index in range(min(height, HEADER_ROWS)):
        fits: list[tuple[str | None, HeaderMatch, HeadRow]] = []
        for separator, rows in grids.items():
            if index >= len(rows) or not any(rows[index].cells):
                continue
            for kind in kinds:
                match = match_header(rows[index].cells, aliases[kind])
                if match.complete:
                    fits.append((separator, match, rows[index]))
                elif nearest is None or _closeness(match) > _closeness(nearest):
                    nearest = match
        if fits:
            separator, match, row = _choose(fits, name)
            return HeaderFound(index + 1, separator, match, row.lines_before)
    if not any(any(row.cells) for rows in grids.values() for row in rows):
        raise InputError("skip.no_data")
    if nearest is None or _closeness(nearest) == (0, 0):
        if len(kinds) == 1:
            spec = TABLES[kinds[0]]
            raise _missing(kinds[0], spec.identifying)
        raise InputError("skip.no_header_none", {"rows": HEADER_ROWS})
    raise _missing(nearest.kind, nearest.missing)


def _closeness(match: HeaderMatch) -> tuple[int, int]:
    return (match.identifying_found, match.score)


def _missing(kind: str, missing: Sequence[str]) -> InputError:
    return InputError(
        "skip.no_header",
        {
            "table": kind,
            "option": TABLES[kind].option,
            "missing": ", ".join(display_name(kind, name) for name in missing),
            "rows": HEADER_ROWS,
        },
    )


def _choose(
    fits: list[tuple[str | None, HeaderMatch, HeadRow]], name: str
) -> tuple[str | None, HeaderMatch, HeadRow]:
    """More matching columns win; a tie is settled by the file or sheet name, or not at all."""
    best = max(match.score for _, match, _ in fits)
    top = [fit for fit in fits if fit[1].score == best]
    kinds = list(dict.fromkeys(match.kind for _, match, _ in top))
    if len(kinds) == 1:
        return top[0]
    candidates = _by_name(kinds, name)
    if len(candidates) == 1:
        return next(fit for fit in top if fit[1].kind == candidates[0])
    raise InputError(
        "skip.ambiguous",
        {
            "candidates": ", ".join(candidates),
            "options": ", ".join(TABLES[kind].option for kind in candidates),
        },
    )


def _by_name(kinds: Sequence[str], name: str) -> list[str]:
    """The kinds the file or sheet name hints at most strongly; all of them when it hints at
    none. One kind left is the tie settled."""
    hinted = normalise_header(name)
    strength = {kind: _hint_strength(kind, hinted) for kind in kinds}
    strongest = max(strength.values())
    if strongest == 0:
        return list(kinds)
    return [kind for kind in kinds if strength[kind] == strongest]


def _hint_strength(kind: str, name: str) -> int:
    """The length of the longest of the table's name hints found in the name (0: none)."""
    return max((len(hint) for hint in TABLES[kind].name_hints if hint and hint in name), default=0)


def clearer_kind(
    header: Sequence[str | None], aliases: Mapping[str, KindAliases], given: HeaderMatch, name: str
) -> HeaderMatch | None:
    """The table a header named as ``given.kind`` (by ``--lessons`` and the like) clearly is
    instead: another table whose identifying columns are all there and that matches strictly
    more columns, as detection would have chosen it (a tie settled by the file or sheet name).
    None when the given table is as good a reading as any, or when it is unclear which is."""
    better = [
        match
        for kind in TABLES
        if kind != given.kind and kind in aliases
        for match in [match_header(header, aliases[kind])]
        if match.complete and match.score > given.score
    ]
    if not better:
        return None
    best = max(match.score for match in better)
    top = [match for match in better if match.score == best]
    if len(top) == 1:
        return top[0]
    chosen = _by_name([match.kind for match in top], name)
    return next(match for match in top if match.kind == chosen[0]) if len(chosen) == 1 else None
