"""A school's config teaching the readers its own export: ``[columns.<table>]`` adds header names
for a canonical column, ``[values.<table>]`` maps the school's own marks to canonical values.

TOML parsers give no positions, so an unknown table or column is found again in the text (with
:mod:`eklase_audit.profiles.toml_lines`) to name its line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from eklase_audit.errors import ConfigError, Location
from eklase_audit.io.model import ReaderCustomisation
from eklase_audit.io.schema import TABLES, TableSpec
from eklase_audit.profiles.toml_lines import KeyPath, key_lines, line_of

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
    for section, read, entry in (("columns", columns, _names), ("values", values, _marks)):
        for table, entries in _section(data, section, source_text, path).items():
            spec = _table(table, section, entries, source_text, path)
            for column, value in entries.items():
                _column(spec.kind, column, section, source_text, path)
                read.setdefault(table, {})[column] = entry(
                    value, (section, table, column), source_text, path
                )
    return ReaderCustomisation(columns=columns, values=values)


def _section(data: Mapping[str, object], name: str, text: str, path: str) -> Mapping[str, object]:
    section = data.get(name, {})
    if not isinstance(section, Mapping):
        raise ConfigError("customise.not_table", {"key": name}, _at(text, path, (name,)))
    return section


def _table(table: str, section: str, entries: object, text: str, path: str) -> TableSpec:
    spec = TABLES.get(table)
    if spec is None:
        raise ConfigError(
            "customise.unknown_table",
            {"table": table, "section": section, "tables": ", ".join(TABLES)},
            _at(text, path, (section, table)),
        )
    if not isinstance(entries, Mapping):
        raise ConfigError(
            "customise.not_table",
            {"key": f"{section}.{table}"},
            _at(text, path, (section, table)),
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
            _at(text, path, (section, kind, column)),
        )


def _names(value: object, where: KeyPath, text: str, path: str) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise ConfigError("customise.bad_names", {"key": ".".join(where)}, _at(text, path, where))
    return tuple(n.strip() for n in names)


def _marks(value: object, where: KeyPath, text: str, path: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError("customise.bad_values", {"key": ".".join(where)}, _at(text, path, where))
    return dict(value)


def _at(text: str, path: str, where: KeyPath) -> Location:
    """Where ``where`` is written; the text is scanned only for an error."""
    return Location(path=path, line=line_of(key_lines(text), where))
