"""A school's config teaching the readers its own export: ``[columns.<table>]`` adds header names
for a canonical column, ``[values.<table>]`` maps the school's own marks to canonical values.

TOML parsers give no positions, so an unknown table or column is found again in the text to name
its line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from eklase_audit.errors import ConfigError, Location
from eklase_audit.io.model import ReaderCustomisation
from eklase_audit.io.schema import TABLES, TableSpec

SECTIONS = ("columns", "values")


def load_customisation(path: Path) -> ReaderCustomisation:
    """The ``[columns]`` and ``[values]`` tables of a TOML config; everything else is ignored."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("customise.not_found", {"path": shown}, Location(path=shown)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            "customise.unreadable", {"error": str(error)}, Location(path=shown)
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) if found else None
        if line is None and "end of document" in str(error):
            line = max(len(text.splitlines()), 1)
        raise ConfigError(
            "customise.syntax", {"error": str(error)}, Location(path=shown, line=line)
        ) from None
    return customisation_from_mapping(data, text, shown)


def customisation_from_mapping(
    data: Mapping[str, object], source_text: str, path: str
) -> ReaderCustomisation:
    """Reader customisation from an already parsed config (``source_text`` names lines)."""
    columns: dict[str, dict[str, tuple[str, ...]]] = {}
    values: dict[str, dict[str, dict[str, str]]] = {}
    raw_columns = _section(data, "columns", source_text, path)
    for table, entries in raw_columns.items():
        spec = _table(table, "columns", entries, source_text, path)
        for column, names in entries.items():
            _column(spec.kind, column, "columns", source_text, path)
            columns.setdefault(table, {})[column] = _names(
                names, ("columns", table, column), source_text, path
            )
    raw_values = _section(data, "values", source_text, path)
    for table, entries in raw_values.items():
        spec = _table(table, "values", entries, source_text, path)
        for column, mapping in entries.items():
            _column(spec.kind, column, "values", source_text, path)
            values.setdefault(table, {})[column] = _marks(
                mapping, ("values", table, column), source_text, path
            )
    return ReaderCustomisation(columns=columns, values=values)


def _section(data: Mapping[str, object], name: str, text: str, path: str) -> Mapping[str, object]:
    section = data.get(name, {})
    if not isinstance(section, Mapping):
        raise ConfigError(
            "customise.not_table",
            {"key": name},
            Location(path=path, line=line_of(text, (name,))),
        )
    return section


def _table(table: str, section: str, entries: object, text: str, path: str) -> TableSpec:
    spec = TABLES.get(table)
    if spec is None:
        raise ConfigError(
            "customise.unknown_table",
            {"table": table, "section": section, "tables": ", ".join(TABLES)},
            Location(path=path, line=line_of(text, (section, table))),
        )
    if not isinstance(entries, Mapping):
        raise ConfigError(
            "customise.not_table",
            {"key": f"{section}.{table}"},
            Location(path=path, line=line_of(text, (section, table))),
        )
    return spec


def _column(kind: str, column: str, section: str, text: str, path: str) -> None:
    spec = TABLES[kind]
    if column not in spec.all_columns:
        raise ConfigError(
            "customise.unknown_column",
            {
                "table": kind,
                "column": column,
                "section": section,
                "columns": ", ".join(spec.all_columns),
            },
            Location(path=path, line=line_of(text, (section, kind, column))),
        )


def _names(value: object, where: tuple[str, ...], text: str, path: str) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise ConfigError(
            "customise.bad_names",
            {"key": ".".join(where)},
            Location(path=path, line=line_of(text, where)),
        )
    return tuple(n.strip() for n in names)


def _marks(value: object, where: tuple[str, ...], text: str, path: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(
            "customise.bad_values",
            {"key": ".".join(where)},
            Location(path=path, line=line_of(text, where)),
        )
    return dict(value)


# --- finding a key's line in TOML text ------------------------------------------------------


def line_of(text: str, target: tuple[str, ...]) -> int | None:
    """The first line (1-based) whose table header or key path starts with ``target``.

    Handles ``[a.b]`` headers with ``c = ...`` keys, dotted keys (``b.c = ...``) and quoted
    parts; falls back to the longest prefix of ``target`` that is found.
    """
    best: tuple[int, int] | None = None  # (matched parts, line)
    header: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            inner = line.lstrip("[").split("]", 1)[0]
            header = _dotted(inner)
            path = header
        else:
            key = _key_part(line)
            if key is None:
                continue
            path = header + _dotted(key)
        matched = _common_prefix(path, target)
        if matched == len(target):
            return number
        if matched and (best is None or matched > best[0]):
            best = (matched, number)
    return best[1] if best else None


def _common_prefix(path: list[str], target: tuple[str, ...]) -> int:
    count = 0
    for have, want in zip(path, target, strict=False):
        if have != want:
            break
        count += 1
    return count


def _key_part(line: str) -> str | None:
    """The key of a ``key = value`` line, quotes respected; None for other lines."""
    quote: str | None = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "=":
            return line[:index].strip()
    return None


def _dotted(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quote: str | None = None
    for char in text:
        if quote:
            if char == quote:
                quote = None
            else:
                current.append(char)
        elif char in "\"'":
            quote = char
        elif char == ".":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts
