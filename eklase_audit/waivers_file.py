"""Reading and writing a waivers file (TOML).

```toml
[[waiver]]
rule = "LES001"
teacher = "Inga Šņore"        # any of: teacher, class, subject, date, lesson_no, student
date = 2025-09-02
reason = "E-klase was down that afternoon"
until = 2026-01-31
```
Each waiver needs a rule, a reason and an until date, and names records by their stable fields
only (never a row number, which moves between exports).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from pathlib import Path

from eklase_audit.errors import ConfigError, Location
from eklase_audit.result import Waiver
from eklase_audit.rules.catalog import RULES
from eklase_audit.waivers import WAIVER_FIELDS

_REQUIRED = ("rule", "reason", "until")


def _line_of(text: str, index: int) -> int | None:
    seen = -1
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == "[[waiver]]":
            seen += 1
            if seen == index:
                return number
    return None


def load_waivers(path: Path) -> list[Waiver]:
    where = Location(path=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        message = {"error": error.strerror or str(error)}
        raise ConfigError("waivers.unreadable", message, where) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError("waivers.syntax", {"error": str(error)}, where) from None
    waivers = []
    for index, entry in enumerate(data.get("waiver", [])):
        line = _line_of(text, index)
        here = Location(path=str(path), line=line)
        for key in _REQUIRED:
            if key not in entry:
                raise ConfigError("waivers.missing_key", {"key": key}, here)
        unknown = set(entry) - set(_REQUIRED) - set(WAIVER_FIELDS)
        if unknown:
            raise ConfigError(
                "waivers.unknown_key",
                {"key": sorted(unknown)[0], "known": ", ".join((*_REQUIRED, *WAIVER_FIELDS))},
                here,
            )
        rule = str(entry["rule"]).upper()
        if rule not in RULES:
            raise ConfigError("waivers.unknown_rule", {"rule": rule}, here)
        until = entry["until"]
        if isinstance(until, str):
            try:
                until = dt.date.fromisoformat(until)
            except ValueError:
                raise ConfigError("waivers.bad_until", {"value": until}, here) from None
        if not isinstance(until, dt.date):
            raise ConfigError("waivers.bad_until", {"value": str(until)}, here)
        fields = {key: _field_text(entry[key]) for key in WAIVER_FIELDS if key in entry}
        waivers.append(Waiver(rule, fields, str(entry["reason"]), until, line))
    return waivers


def _field_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def waivers_text(entries: Iterable[Waiver]) -> str:
    """The TOML of a list of waivers, as `--write-waivers` writes it."""
    blocks = []
    for waiver in entries:
        lines = ["[[waiver]]", f"rule = {_toml_string(waiver.rule)}"]
        for key in WAIVER_FIELDS:
            if key in waiver.fields:
                value = waiver.fields[key]
                lines.append(
                    f"{key} = {value}" if key == "date" else f"{key} = {_toml_string(value)}"
                )
        lines.append(f"reason = {_toml_string(waiver.reason)}")
        lines.append(f"until = {waiver.until.isoformat()}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
