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
only (never a row number, which moves between exports). Dates may be TOML dates or text
(``2025-09-02``, ``02.09.2025``).

``check --write-waivers FILE --reason TEXT --until DATE`` writes one waiver per current violation
(a baseline to accept once and then shrink). It writes a new file only: an existing FILE is never
overwritten (exit 2), so an accepted baseline cannot be replaced by accident; to start again,
delete it or choose another name. Names are written as the exports hold them (the file stays with
the school, and must match its exports); personal codes are masked unless
``--include-personal-codes``, and still match, since matching masks them on both sides.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

from eklase_audit.cli_dates import parse_date
from eklase_audit.errors import ConfigError, Location, UsageError
from eklase_audit.messages import Translator
from eklase_audit.result import Waiver
from eklase_audit.rules.catalog import RULES
from eklase_audit.waivers import WAIVER_FIELDS

_REQUIRED = ("rule", "reason", "until")
_TABLE = "waiver"


def _waiver_lines(text: str) -> list[int]:
    """The line number of each ``[[waiver]]`` header, in order: the n-th waiver's location."""
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().replace(" ", "") == "[[waiver]]"
    ]


def load_waivers(path: Path) -> list[Waiver]:
    where = Location(path=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        message = {"error": error.strerror or str(error)}
        raise ConfigError("waivers.unreadable", message, where) from None
    except UnicodeDecodeError:
        raise ConfigError("waivers.not_utf8", {}, where) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError("waivers.syntax", {"error": str(error)}, where) from None
    unknown_tables = sorted(set(data) - {_TABLE})
    if unknown_tables:
        raise ConfigError("waivers.unknown_table", {"key": unknown_tables[0]}, where)
    entries = data.get(_TABLE, [])
    if not isinstance(entries, list):
        raise ConfigError("waivers.unknown_table", {"key": _TABLE}, where)
    lines = _waiver_lines(text)
    return [
        _waiver(entry, Location(path=str(path), line=lines[index] if index < len(lines) else None))
        for index, entry in enumerate(entries)
    ]


def _waiver(entry: dict[str, object], here: Location) -> Waiver:
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
    rule = str(entry["rule"]).strip().upper()
    if rule not in RULES:
        raise ConfigError("waivers.unknown_rule", {"rule": rule}, here)
    reason = entry["reason"]
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError("waivers.empty_reason", {}, here)
    until = _date(entry["until"], "waivers.bad_until", here)
    fields: dict[str, str] = {}
    for key in WAIVER_FIELDS:
        if key not in entry:
            continue
        value = entry[key]
        if key == "date":
            fields[key] = _date(value, "waivers.bad_date", here).isoformat()
        elif key == "lesson_no":
            text = str(value).strip()
            if isinstance(value, bool) or not text.isdigit():
                raise ConfigError("waivers.bad_lesson_no", {"value": str(value)}, here)
            fields[key] = str(int(text))
        else:
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise ConfigError("waivers.bad_field", {"key": key, "value": str(value)}, here)
            fields[key] = str(value)
    return Waiver(rule, fields, reason.strip(), until, here.line)


def _date(value: object, key: str, here: Location) -> dt.date:
    """A TOML date or a date written as text; a date and time is its day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value, "")
        except UsageError:
            pass
    raise ConfigError(key, {"value": str(value)}, here)


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes (\\n, \\", \\uXXXX) are TOML's too."""
    return json.dumps(value, ensure_ascii=False)


def waivers_text(entries: Iterable[Waiver], t: Translator | None = None) -> str:
    """The TOML of a list of waivers, as ``--write-waivers`` writes it, with a short comment
    saying how to use it when ``t`` is given."""
    blocks = []
    if t is not None:
        blocks.append("\n".join(f"# {line}" for line in t("waivers.file_comment").splitlines()))
    for waiver in entries:
        lines = ["[[waiver]]", f"rule = {_toml_string(waiver.rule)}"]
        for key in WAIVER_FIELDS:
            if key not in waiver.fields:
                continue
            value = waiver.fields[key]
            if key == "date":
                lines.append(f"{key} = {dt.date.fromisoformat(value).isoformat()}")
            elif key == "lesson_no" and value.isdigit():
                lines.append(f"{key} = {int(value)}")
            else:
                lines.append(f"{key} = {_toml_string(value)}")
        lines.append(f"reason = {_toml_string(waiver.reason)}")
        lines.append(f"until = {waiver.until.isoformat()}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
