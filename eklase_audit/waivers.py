"""Waivers: a violation the school has accepted, by rule and stable fields, until a date.

A waived violation is not counted as a violation; it is listed as waived. An expired waiver no
longer hides anything and the run says which expired; a waiver that matched no violation is
unused. Names are compared as people read them (case, spacing and Unicode form aside), and with
personal codes masked, so a waiver written without the codes still matches.

Matching is a join per set of named fields, not a filter per waiver: a baseline of thousands of
waivers costs about what one does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import polars as pl

from eklase_audit.privacy import mask_codes, normalised_name
from eklase_audit.result import Waiver

# The stable fields a waiver may name (never a row number: rows move between exports).
WAIVER_FIELDS: tuple[str, ...] = ("teacher", "class", "subject", "date", "lesson_no", "student")
_NAMES = frozenset({"teacher", "class", "subject", "student"})

_INDEX, _WAIVER = "_i", "_w"


def _key(name: str, value: pl.Expr) -> pl.Expr:
    """A field's value as compared: names normalised and masked, dates and numbers as text."""
    if name in _NAMES:
        return normalised_name(mask_codes(value.cast(pl.String)))
    return value.cast(pl.String).str.strip_chars()


def _violation_value(violations: pl.DataFrame, name: str) -> pl.Expr:
    if name == "date":
        return pl.col("event_date").cast(pl.Date).cast(pl.String)
    if name == "lesson_no":
        missing = violations.schema.get("missing")
        if isinstance(missing, pl.Struct) and "lesson_no" in {f.name for f in missing.fields}:
            return pl.col("missing").struct.field("lesson_no")
        return pl.lit(None, pl.String)
    return pl.col(name)


def _waiver_table(waivers: Sequence[tuple[int, Waiver]], names: tuple[str, ...]) -> pl.DataFrame:
    data: dict[str, list[object]] = {
        _WAIVER: [index for index, _ in waivers],
        "rule": [w.rule.upper() for _, w in waivers],
    }
    for name in names:
        data[name] = [str(w.fields[name]) for _, w in waivers]
    frame = pl.DataFrame(
        data, schema={_WAIVER: pl.UInt32, "rule": pl.String, **dict.fromkeys(names, pl.String)}
    )
    return frame.with_columns(_key(name, pl.col(name)).alias(name) for name in names)


def empty_waived(violations: pl.DataFrame) -> pl.DataFrame:
    return violations.clear().with_columns(
        pl.lit(None, pl.String).alias("waiver_reason"), pl.lit(None, pl.Date).alias("waiver_until")
    )


def apply_waivers(
    violations: pl.DataFrame, waivers: Sequence[Waiver], as_of: dt.datetime
) -> tuple[pl.DataFrame, pl.DataFrame, list[Waiver], list[Waiver]]:
    """(violations left, waived violations, expired waivers, unused waivers).

    A waiver is in force through its ``until`` day. A violation several waivers match is waived
    by the first of them in the file; a waiver is used when it matches any violation.
    """
    today = as_of.date()
    expired = [w for w in waivers if w.until < today]
    active = [w for w in waivers if w.until >= today]
    if not active:
        return violations, empty_waived(violations), expired, []

    groups: dict[tuple[str, ...], list[tuple[int, Waiver]]] = {}
    for index, waiver in enumerate(active):
        names = tuple(name for name in WAIVER_FIELDS if name in waiver.fields)
        groups.setdefault(names, []).append((index, waiver))

    numbered = violations.with_row_index(_INDEX)
    matches = []
    for names, members in groups.items():
        keys = numbered.select(
            _INDEX,
            "rule",
            *(_key(name, _violation_value(violations, name)).alias(name) for name in names),
        )
        matches.append(
            keys.join(_waiver_table(members, names), on=["rule", *names], how="inner").select(
                _INDEX, _WAIVER
            )
        )
    matched = pl.concat(matches)
    used = set(matched[_WAIVER].unique().to_list())
    unused = [w for index, w in enumerate(active) if index not in used]
    if matched.is_empty():
        return violations, empty_waived(violations), expired, unused

    first = matched.group_by(_INDEX).agg(pl.col(_WAIVER).min())
    terms = pl.DataFrame(
        {
            _WAIVER: list(range(len(active))),
            "waiver_reason": [w.reason for w in active],
            "waiver_until": [w.until for w in active],
        },
        schema={_WAIVER: pl.UInt32, "waiver_reason": pl.String, "waiver_until": pl.Date},
    )
    waived = (
        numbered.join(first, on=_INDEX, how="inner")
        .join(terms, on=_WAIVER, how="left")
        .sort(_INDEX)
        .drop(_INDEX, _WAIVER)
    )
    remaining = numbered.join(first, on=_INDEX, how="anti").sort(_INDEX).drop(_INDEX)
    return remaining, waived, expired, unused


def waivers_for(violations: pl.DataFrame, reason: str, until: dt.date) -> list[Waiver]:
    """One waiver per distinct record of the current violations: a baseline to accept once and
    shrink. Each names every stable field the violation has; a violation with none (a row that
    could not be read) cannot be named and gets no waiver, or it would waive every such row."""
    fields = pl.struct(
        [_violation_value(violations, name).cast(pl.String).alias(name) for name in WAIVER_FIELDS]
    )
    distinct = violations.select(pl.col("rule"), fields.alias("fields")).unique(maintain_order=True)
    found = []
    for rule, record in distinct.iter_rows():
        named = {k: v for k, v in record.items() if v is not None and v != ""}
        if named:
            found.append(Waiver(rule=rule, fields=named, reason=reason, until=until))
    return found
