"""Loads a built-in profile or a school's config into a :class:`Profile`.

A profile is a TOML file shipped in this package (read through ``importlib.resources``, so it
works from an installed wheel); a school's config has the same form and may ``extends`` a built-in
profile or another file. ``extends`` merges key by key: a table overrides only the keys it names,
a list replaces the inherited list. Every file of the chain is checked on its own first, so that an
error names the file and the line it is written on.

Files whose name starts with ``_`` are bases (the Latvian calendar) that profiles extend: they are
not listed by ``profiles`` and cannot be chosen with ``--profile``, but a school's config may extend
one when its order is none of the built-in ones.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from eklase_audit.calendar.deadline_spec import DeadlineSpec, parse_deadline
from eklase_audit.errors import ConfigError, Location
from eklase_audit.profiles.model import (
    BellSchedule,
    Break,
    CalendarConfig,
    DeadlineChoice,
    Period,
    Profile,
    RuleConfig,
    SchoolYear,
)
from eklase_audit.profiles.toml_lines import KeyPath
from eklase_audit.profiles.validate import (
    DEFAULT_ENTRY,
    NO_DEADLINE,
    Source,
    validate_file,
)
from eklase_audit.rules.catalog import RULES, Severity

CONFIG_NAME = "eklase-audit.toml"
BUILTIN_SOURCE = "built-in"
_PACKAGE = "eklase_audit.profiles"
_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


@dataclass(frozen=True)
class _Layer:
    """One file of an ``extends`` chain, checked."""

    ref: str  # "builtin:<id>" or the file's resolved path: what a loop is detected by
    source: Source
    data: Mapping[str, Any]
    folder: Path | None  # where a relative `extends` is resolved; None for a built-in


# --- public API ------------------------------------------------------------------------------


def builtin_profile_ids() -> list[str]:
    """The ids of the built-in school profiles (bases excluded), sorted."""
    return sorted(
        name.removesuffix(".toml")
        for name in _builtin_names()
        if name.endswith(".toml") and not name.startswith("_")
    )


def load_profile(ref: str) -> Profile:
    """A built-in profile by id (in any case: ``Aknistes-VSK``), or a config by path (anything
    ending in .toml or with a folder)."""
    profile_id = ref.strip().lower()
    if profile_id in builtin_profile_ids():
        return _build(_chain(_builtin_layer(profile_id)), profile_id, BUILTIN_SOURCE)
    path = Path(ref)
    if ref.lower().endswith(".toml") or len(path.parts) > 1 or path.is_file():
        return load_config(path)
    raise ConfigError(
        "profile.unknown", {"name": ref, "profiles": ", ".join(builtin_profile_ids())}
    )


def load_config(path: Path) -> Profile:
    """A school's config file, with what it extends merged in."""
    layers = _chain(_file_layer(path))
    return _build(layers, path.stem, str(path))


def discover_config(cwd: Path) -> Path | None:
    """The ``eklase-audit.toml`` of the current folder, if there is one."""
    candidate = cwd / CONFIG_NAME
    return candidate if candidate.is_file() else None


def resolve_profile(profile: str | None, config: Path | None, cwd: Path) -> Profile:
    """The profile a command runs with: --profile, --config, or the folder's eklase-audit.toml."""
    if profile is not None and config is not None:
        raise ConfigError("profile.both")
    if profile is not None:
        return load_profile(profile)
    if config is not None:
        return load_config(config)
    found = discover_config(cwd)
    if found is not None:
        return load_config(found)
    raise ConfigError(
        "profile.none",
        {"folder": str(cwd), "name": CONFIG_NAME, "profiles": ", ".join(builtin_profile_ids())},
    )


def builtin_text(profile_id: str) -> str:
    """The TOML text of a built-in profile or base."""
    return _builtin_text(profile_id)


# --- reading files ---------------------------------------------------------------------------


def _builtin_names() -> list[str]:
    return [entry.name for entry in resources.files(_PACKAGE).iterdir()]


def _is_builtin(name: str) -> bool:
    return f"{name}.toml" in _builtin_names()


@cache
def _builtin_text(profile_id: str) -> str:
    return resources.files(_PACKAGE).joinpath(f"{profile_id}.toml").read_text(encoding="utf-8")


def _builtin_layer(profile_id: str) -> _Layer:
    label = f"{profile_id}.toml"
    return _layer(f"builtin:{profile_id}", label, _builtin_text(profile_id), None)


def _file_layer(path: Path) -> _Layer:
    label = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("config.not_found", location=Location(path=label)) from None
    except IsADirectoryError:
        raise ConfigError("config.is_folder", location=Location(path=label)) from None
    except OSError as error:
        raise ConfigError(
            "config.unreadable", {"reason": error.strerror or str(error)}, Location(path=label)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError("config.not_utf8", location=Location(path=label, line=line)) from None
    return _layer(str(path.resolve()), label, text, path.resolve().parent)


def _layer(ref: str, label: str, text: str, folder: Path | None) -> _Layer:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _POSITION.search(message)
        line = int(match[1]) if match else None
        detail = message[: match.start()] if match else message
        raise ConfigError(
            "config.syntax", {"detail": detail}, Location(path=label, line=line)
        ) from None
    source = Source.of(label, text)
    return _Layer(ref, source, validate_file(data, source), folder)


def _chain(first: _Layer) -> list[_Layer]:
    """The layer and everything it extends, the file itself first."""
    layers = [first]
    while "extends" in layers[-1].data:
        current = layers[-1]
        name = current.data["extends"]
        following = _extended(current, name)
        seen = [layer.ref for layer in layers]
        if following.ref in seen:
            chain = " → ".join([*(layer.source.label for layer in layers), following.source.label])
            raise current.source.error("config.extends_loop", ("extends",), chain=chain)
        layers.append(following)
    return layers


def _extended(current: _Layer, name: str) -> _Layer:
    if _is_builtin(name):
        return _builtin_layer(name)
    if current.folder is not None:
        path = Path(name)
        if not path.is_absolute():
            path = current.folder / path
        if path.is_file():
            return _file_layer(path)
    raise current.source.error(
        "config.extends_unknown",
        ("extends",),
        name=name,
        profiles=", ".join(builtin_profile_ids()),
    )


def merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """``override`` on top of ``base``: tables key by key, anything else (lists too) replaced."""
    out = dict(base)
    for key, value in override.items():
        inherited = out.get(key)
        if isinstance(value, Mapping) and isinstance(inherited, Mapping):
            out[key] = merge(inherited, value)
        else:
            out[key] = value
    return out


# --- building the profile --------------------------------------------------------------------


def _build(layers: list[_Layer], profile_id: str, source: str) -> Profile:
    merged: dict[str, Any] = {}
    for layer in reversed(layers):
        merged = merge(merged, layer.data)
    build = _Builder(layers)
    for key in ("name", "citation", "kind"):
        if key not in merged:
            raise ConfigError(
                "config.missing_key", {"key": key}, Location(path=layers[0].source.label)
            )
    return Profile(
        id=profile_id,
        name=merged["name"],
        citation_prefix=merged["citation"],
        kind=merged["kind"],
        effective_from=merged.get("effective_from"),
        calendar=build.calendar(merged.get("calendar", {})),
        rules=build.rules(merged.get("rules", {})),
        columns={
            table: {column: tuple(aliases) for column, aliases in columns.items()}
            for table, columns in merged.get("columns", {}).items()
        },
        values=merged.get("values", {}),
        source=source,
        order=merged.get("order", ""),
    )


class _Builder:
    """Turns the merged settings into the model; checks what only the whole chain can show."""

    def __init__(self, layers: list[_Layer]) -> None:
        self.layers = layers

    def error(self, message: str, path: KeyPath, /, **params: Any) -> ConfigError:
        """An error at the file of the chain that writes ``path`` (the school's own first)."""
        for layer in self.layers:
            if path in layer.source.lines:
                return layer.source.error(message, path, **params)
        return self.layers[0].source.error(message, path, **params)

    def calendar(self, raw: Mapping[str, Any]) -> CalendarConfig:
        bell = raw.get("bell", {})
        years = raw.get("years", {})
        return CalendarConfig(
            country=raw.get("country", "LV"),
            transferred_working_days=raw.get("transferred_working_days", True),
            days_off=tuple(sorted(set(raw.get("days_off", ())))),
            working_days=tuple(sorted(set(raw.get("working_days", ())))),
            years=tuple(self.year(name, years[name]) for name in sorted(years)),
            bell=BellSchedule(
                lessons=dict(sorted(bell.get("lessons", {}).items())),
                is_default=not bell.get("confirmed", False),
            ),
        )

    def year(self, name: str, raw: Mapping[str, Any]) -> SchoolYear:
        path: KeyPath = ("calendar", "years", name)
        periods = [
            self.period((*path, "periods", period), raw_period)
            for period, raw_period in raw.get("periods", {}).items()
        ]
        if not periods:
            raise self.error("config.no_periods", path, year=name)
        breaks = sorted(
            (
                Break(title, *self.span((*path, "breaks", title), span))
                for title, span in raw.get("breaks", {}).items()
            ),
            key=lambda item: item.start,
        )
        second_year = int(name.split("/")[1])
        return SchoolYear(
            name=name,
            start=raw.get("start", min(period.start for period in periods)),
            end=raw.get("end", dt.date(second_year, 8, 31)),
            periods=tuple(periods),
            breaks=tuple(breaks),
        )

    def period(self, path: KeyPath, raw: Mapping[str, Any]) -> Period:
        start, end = self.span(path, raw)
        return Period(path[-1], start, end, dict(sorted(raw.get("end_by_grade", {}).items())))

    def span(self, path: KeyPath, raw: Mapping[str, Any]) -> tuple[dt.date, dt.date]:
        for key in ("start", "end"):
            if key not in raw:
                raise self.error("config.missing_key", path, key=".".join((*path, key)))
        if raw["start"] > raw["end"]:
            raise self.error("config.span_order", path, name=path[-1])
        return raw["start"], raw["end"]

    def rules(self, raw: Mapping[str, Any]) -> dict[str, RuleConfig]:
        return {code: self.rule(code, raw.get(code, {})) for code in RULES}

    def rule(self, code: str, raw: Mapping[str, Any]) -> RuleConfig:
        spec = RULES[code]
        if spec.by_column and spec.timeliness:
            entries = dict(raw.get(f"by_{spec.by_column}", {}))
            default_raw = entries.pop(DEFAULT_ENTRY, None)
        else:
            entries, default_raw = {}, raw.get(DEFAULT_ENTRY)
        return RuleConfig(
            code=code,
            enabled=spec.always_on or raw.get("enabled", False),
            severity=Severity(raw.get("severity", spec.severity.value)),
            citation=raw.get("citation"),
            default=_choice(default_raw) if default_raw is not None else None,
            by={word: _choice(entry) for word, entry in entries.items()},
            params={name: _frozen(raw[name]) for name in spec.params if name in raw},
        )


def _choice(raw: Mapping[str, Any]) -> DeadlineChoice:
    text = raw.get("deadline", NO_DEADLINE)
    deadline: DeadlineSpec | None = None
    if text != NO_DEADLINE:
        deadline = parse_deadline(text, roll_forward=raw.get("roll_forward", True))
    return DeadlineChoice(
        deadline=deadline, counts_from=raw.get("from", "date"), citation=raw.get("citation")
    )


def _frozen(value: Any) -> Any:
    """Lists become tuples, so a loaded profile cannot be changed by accident."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, Mapping):
        return {key: _frozen(item) for key, item in value.items()}
    return value
