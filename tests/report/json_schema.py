"""The structure of the JSON report as ``docs/json-schema.md`` describes it, and a checker.

Written here rather than as a JSON Schema document so that it needs no library: a spec is a
Python type, ``None`` (null), a tuple of specs (any of them), a one-item list (a list of that),
:class:`Obj` (required and absent-able keys) or :class:`MapOf` (any keys, values of one spec).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


class _Iso:
    def __init__(self, name: str, parse: Any) -> None:
        self.name, self.parse = name, parse

    def check(self, value: object, where: str) -> None:
        assert isinstance(value, str), f"{where}: {self.name} as text, not {value!r}"
        self.parse(value)

    def __repr__(self) -> str:
        return self.name


def _datetime(text: str) -> dt.datetime:
    assert "T" in text, f"{text!r}: a date and time expected"
    return dt.datetime.fromisoformat(text)


DATE = _Iso("date", dt.date.fromisoformat)
DATETIME = _Iso("datetime", _datetime)


@dataclass(frozen=True)
class Obj:
    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MapOf:
    values: Any


SOURCE = Obj({"path": str, "sheet": (str, None), "row": int}, {"cell": str})
FINDING_KEYS: dict[str, Any] = {
    "rule": str,
    "severity": str,
    "source": (SOURCE, None),
    "teacher": (str, None),
    "class": (str, None),
    "subject": (str, None),
    "student": (str, None),
    "event_date": (DATE, None),
    "deadline": (DATETIME, None),
    "entered_at": (DATETIME, None),
    "message": str,
    "citation": str,
}
FINDING_OPTIONAL: dict[str, Any] = {
    "missing": Obj(
        {},
        {
            **{
                key: str
                for key in ("class", "subject", "student", "month", "week", "date", "period")
            },
            **{key: str for key in ("kind", "break")},
            "lesson_no": int,
        },
    ),
    "entered_between": [(DATETIME, None)],
    "school": str,
}
LATE_BY = (Obj({"working_days": int, "hours": (float, int)}), None)
VIOLATION = Obj({**FINDING_KEYS, "late_by": LATE_BY}, FINDING_OPTIONAL)
PENDING = Obj(FINDING_KEYS, FINDING_OPTIONAL)
WAIVED = Obj(
    {**FINDING_KEYS, "late_by": LATE_BY, "waiver": Obj({"reason": str, "until": DATE})},
    FINDING_OPTIONAL,
)
WAIVER = Obj({"rule": str, "fields": MapOf(str), "reason": str, "until": DATE, "line": (int, None)})
COUNT = int
TEACHER = Obj(
    {
        "violations": COUNT,
        "evaluated": COUNT,
        "late_rate": (float, int),
        "late": COUNT,
        "by_rule": MapOf(COUNT),
    }
)

DOCUMENT = Obj(
    {
        "schema_version": int,
        "tool": Obj({"name": str, "version": str}),
        "profile": Obj({"id": str, "name": str, "effective_from": (DATE, None)}),
        "as_of": DATETIME,
        "period": (Obj({"from": (DATE, None), "to": (DATE, None)}), None),
        "inputs": [
            Obj(
                {
                    "path": str,
                    "sheet": (str, None),
                    "kind": str,
                    "encoding": (str, None),
                    "separator": (str, None),
                    "header_row": int,
                    "rows_read": COUNT,
                    "rows_rejected": COUNT,
                    "rows_out_of_scope": COUNT,
                    "rows_audited": COUNT,
                    "sha256": str,
                }
            )
        ],
        "skipped": [Obj({"path": str, "sheet": (str, None), "reason": str})],
        "summary": Obj(
            {
                "violations": COUNT,
                "by_rule": MapOf(COUNT),
                "by_teacher": MapOf(TEACHER),
                "without_teacher": (TEACHER, None),
                "pending": COUNT,
                "not_evaluable": COUNT,
                "waived": COUNT,
                "rejected": COUNT,
            }
        ),
        "rules": [
            Obj(
                {
                    "code": str,
                    "enabled": bool,
                    "severity": str,
                    "status": str,
                    "violations": COUNT,
                }
            )
        ],
        "violations": [VIOLATION],
        "pending": [PENDING],
        "not_evaluable": [
            Obj(
                {
                    "rule": str,
                    "source": (Obj({"path": str, "sheet": (str, None), "row": (int, None)}), None),
                    "reason": str,
                    "rows": COUNT,
                }
            )
        ],
        "waived": [WAIVED],
        "rejected_rows": [
            Obj(
                {
                    "path": str,
                    "sheet": (str, None),
                    "row": int,
                    "column": (str, None),
                    "value": (str, None),
                    "reason": str,
                }
            )
        ],
        "waivers": Obj({"expired": [WAIVER], "unused": [WAIVER]}),
        "notes": [Obj({"key": str, "message": str})],
    },
    {
        "undecided": [VIOLATION],
        "snapshots": [Obj({"path": str, "taken_at": DATETIME, "time_from": str})],
        "privacy": Obj(
            {
                "students_pseudonymized": bool,
                "teachers_pseudonymized": bool,
                "free_text_omitted": bool,
                "personal_codes_masked": bool,
            }
        ),
        "schools": [Obj({"name": str, "path": str, "profile": str, "summary": MapOf(object)})],
    },
)


def check(value: object, spec: Any = DOCUMENT, where: str = "$") -> None:
    """Raises AssertionError naming the first place where ``value`` does not fit ``spec``."""
    if spec is None:
        assert value is None, f"{where}: null expected, not {value!r}"
    elif spec is object:
        return
    elif isinstance(spec, tuple):
        errors = []
        for option in spec:
            try:
                check(value, option, where)
                return
            except AssertionError as error:
                errors.append(str(error))
        raise AssertionError(" / ".join(errors))
    elif isinstance(spec, list):
        assert isinstance(value, list), f"{where}: a list expected"
        for index, item in enumerate(value):
            check(item, spec[0], f"{where}[{index}]")
    elif isinstance(spec, Obj):
        assert isinstance(value, dict), f"{where}: an object expected"
        missing = set(spec.required) - set(value)
        assert not missing, f"{where}: missing {sorted(missing)}"
        unknown = set(value) - set(spec.required) - set(spec.optional)
        assert not unknown, f"{where}: undocumented {sorted(unknown)}"
        for key, item in value.items():
            check(item, {**spec.required, **spec.optional}[key], f"{where}.{key}")
    elif isinstance(spec, MapOf):
        assert isinstance(value, dict), f"{where}: an object expected"
        for key, item in value.items():
            assert isinstance(key, str)
            check(item, spec.values, f"{where}.{key}")
    elif isinstance(spec, _Iso):
        spec.check(value, where)
    elif spec is float:
        assert isinstance(value, float), f"{where}: a number expected, not {value!r}"
    elif spec is int:
        assert isinstance(value, int) and not isinstance(value, bool), (
            f"{where}: int, not {value!r}"
        )
    else:
        assert isinstance(value, spec), f"{where}: {spec.__name__} expected, not {value!r}"


def documented_keys(spec: Any = DOCUMENT) -> set[str]:
    """Every key the spec names, at any depth."""
    keys: set[str] = set()
    if isinstance(spec, tuple | list):
        for item in spec:
            keys |= documented_keys(item)
    elif isinstance(spec, Obj):
        for key, item in {**spec.required, **spec.optional}.items():
            keys.add(key)
            keys |= documented_keys(item)
    elif isinstance(spec, MapOf):
        keys |= documented_keys(spec.values)
    return keys
