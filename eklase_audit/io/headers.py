"""Which canonical column each header cell is, for one table kind.

Names are compared after :func:`schema.normalise_header`. A "when entered" column may come as
one cell or as a date cell and a time cell; ``Grupa`` is the class where no ``Klase`` column is
(SPEC "Ambiguous headers"). A school's own header names (``[columns.<table>]``) win over the
built-in ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from eklase_audit.io.model import ReaderCustomisation
from eklase_audit.io.schema import (
    AMBIGUOUS_GROUP_HEADERS,
    GROUP_IS_CLASS_UNLESS_CLASS_PRESENT,
    TABLES,
    ColumnType,
    normalise_header,
)

# "whole": the cell is the column; "date"/"time": the two cells of one date-time;
# "time_alone": a time-part header without its date part (a column only if it holds date-times).
Part = Literal["whole", "date", "time", "time_alone"]

_AMBIGUOUS_GROUP = frozenset(normalise_header(name) for name in AMBIGUOUS_GROUP_HEADERS)


@dataclass(frozen=True)
class ColumnRef:
    """A header cell mapped to a canonical column."""

    index: int  # 0-based position in the header row
    header: str  # as written
    canonical: str
    part: Part = "whole"


@dataclass(frozen=True)
class HeaderMatch:
    """A header row read as one table kind."""

    kind: str
    columns: tuple[ColumnRef, ...]  # in header order
    unmapped: tuple[str, ...]
    missing: tuple[str, ...]  # identifying columns not found
    group_as_class: str | None = None  # the ``Grupa`` header read as the class

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def canonical(self) -> frozenset[str]:
        return frozenset(ref.canonical for ref in self.columns)

    @property
    def score(self) -> int:
        """How many of the table's columns the header holds."""
        return len(self.canonical)

    @property
    def identifying_found(self) -> int:
        return len(TABLES[self.kind].identifying) - len(self.missing)


@dataclass(frozen=True)
class KindAliases:
    """Normalised header names of one table kind."""

    kind: str
    whole: Mapping[str, str]
    date_parts: Mapping[str, str]
    time_parts: Mapping[str, str]
    custom: frozenset[str]  # names given by the school's config


def aliases_for(customisation: ReaderCustomisation | None) -> dict[str, KindAliases]:
    """The header names of every table kind, the school's own included."""
    if customisation is None or not customisation.columns:
        return dict(_builtin_aliases())
    result: dict[str, KindAliases] = {}
    for kind, base in _builtin_aliases().items():
        extra = customisation.columns.get(kind, {})
        whole = dict(base.whole)
        custom: set[str] = set()
        for canonical, names in extra.items():
            for name in names:
                key = normalise_header(name)
                whole[key] = canonical
                custom.add(key)
        result[kind] = KindAliases(kind, whole, base.date_parts, base.time_parts, frozenset(custom))
    return result


@cache
def _builtin_aliases() -> dict[str, KindAliases]:
    result: dict[str, KindAliases] = {}
    for kind, spec in TABLES.items():
        whole: dict[str, str] = {}
        dates: dict[str, str] = {}
        times: dict[str, str] = {}
        for name, column in spec.columns.items():
            for alias in (name, *column.aliases):
                whole.setdefault(normalise_header(alias), name)
            if column.type is ColumnType.DATETIME:
                for alias in column.date_aliases:
                    dates.setdefault(normalise_header(alias), name)
                for alias in column.time_aliases:
                    times.setdefault(normalise_header(alias), name)
        result[kind] = KindAliases(kind, whole, dates, times, frozenset())
    return result


def match_header(cells: Sequence[str | None], aliases: KindAliases) -> HeaderMatch:
    """Read one row of cells as the header of ``aliases.kind``."""
    spec = TABLES[aliases.kind]
    whole: dict[str, ColumnRef] = {}
    dates: dict[str, ColumnRef] = {}
    times: dict[str, ColumnRef] = {}
    deferred_group: list[ColumnRef] = []
    unmapped: list[tuple[int, str]] = []
    defer = aliases.kind in GROUP_IS_CLASS_UNLESS_CLASS_PRESENT
    for index, cell in enumerate(cells):
        if cell is None or not cell.strip():
            continue
        header = cell.strip()
        key = normalise_header(header)
        if defer and key in _AMBIGUOUS_GROUP and key not in aliases.custom:
            deferred_group.append(ColumnRef(index, header, "group"))
        elif key in aliases.whole and aliases.whole[key] not in whole:
            whole[aliases.whole[key]] = ColumnRef(index, header, aliases.whole[key])
        elif key in aliases.date_parts and aliases.date_parts[key] not in dates:
            dates[aliases.date_parts[key]] = ColumnRef(
                index, header, aliases.date_parts[key], "date"
            )
        elif key in aliases.time_parts and aliases.time_parts[key] not in times:
            times[aliases.time_parts[key]] = ColumnRef(
                index, header, aliases.time_parts[key], "time"
            )
        else:
            unmapped.append((index, header))

    refs: list[ColumnRef] = list(whole.values())
    for canonical in set(dates) | set(times):
        date, time = dates.get(canonical), times.get(canonical)
        if canonical in whole:
            unmapped.extend((ref.index, ref.header) for ref in (date, time) if ref)
        elif date and time:
            refs.extend((date, time))
        elif date:
            refs.append(ColumnRef(date.index, date.header, canonical, "whole"))
        elif time:
            refs.append(ColumnRef(time.index, time.header, canonical, "time_alone"))

    group_as_class: str | None = None
    for ref in deferred_group:
        taken = {r.canonical for r in refs}
        if "class" not in taken and "class" in spec.columns:
            refs.append(ColumnRef(ref.index, ref.header, "class"))
            group_as_class = ref.header
        elif "group" not in taken and "group" in spec.columns:
            refs.append(ref)
        else:
            unmapped.append((ref.index, ref.header))

    refs.sort(key=lambda ref: ref.index)
    found = {ref.canonical for ref in refs}
    return HeaderMatch(
        kind=aliases.kind,
        columns=tuple(refs),
        unmapped=tuple(header for _, header in sorted(unmapped)),
        missing=tuple(name for name in spec.identifying if name not in found),
        group_as_class=group_as_class,
    )


def display_name(kind: str, canonical: str) -> str:
    """The header an export would most likely use for a canonical column (its first alias)."""
    column = TABLES[kind].columns[canonical]
    return column.aliases[0] if column.aliases else canonical
