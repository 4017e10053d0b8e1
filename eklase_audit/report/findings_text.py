"""A finding's message in the reader's language, from its rule, detail and values."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping
from typing import Any

import polars as pl

from eklase_audit.messages import Translator

# A month as the findings hold it (``2025-11``), or a day of it.
_MONTH_PATTERN = r"(\d{4})-(\d{2})(?:-\d{2})?"
_MONTH = re.compile(_MONTH_PATTERN)


def _missing_value(row: Mapping[str, Any], name: str) -> str:
    missing = row.get("missing") or {}
    return str(missing.get(name) or "")


def message_key(t: Translator, detail: str, *, pending: bool = False) -> str:
    """The message of a kind of finding. A pending record's deadline is still ahead, so it has
    its own words ("due by ..."), never a violation's ("deadline was ...")."""
    if pending and t.has(f"finding.pending.{detail}"):
        return f"finding.pending.{detail}"
    return f"finding.{detail}"


def finding_message(
    t: Translator,
    row: Mapping[str, Any],
    sources: Mapping[int, tuple[str, str | None]],
    *,
    pending: bool = False,
) -> str:
    """``sources`` maps an input index to (path, sheet), to name a duplicate's first copy;
    ``pending`` says the row is a pending record (its deadline has not passed)."""
    detail = row.get("detail") or ""
    if row.get("rule") == "DQ003":
        reason = t(detail, column=row.get("column") or "", value=row.get("value") or "")
        return t("finding.unreadable", reason=reason)
    deadline = t.datetime(row.get("deadline"))
    params: dict[str, Any] = {
        "deadline": deadline,
        "entered": t.datetime(row.get("entered_at")),
        "lo": t.datetime(row.get("entered_lo")),
        "hi": t.datetime(row.get("entered_hi")),
        "value": row.get("value") or "",
        "lesson_no": _missing_value(row, "lesson_no"),
        "week": _week(t, _missing_value(row, "week")),
        "period": _missing_value(row, "period"),
        "break_name": _break_words(t, _missing_value(row, "break")),
        "month": month_text(t, _missing_value(row, "month")),
        "date": t.date(row.get("event_date")),
    }
    if detail == "duplicate":
        params["first"] = _first_copy(t, row.get("value") or "", sources)
    if detail == "late_between" and row.get("entered_lo") is None:
        detail = "late_by_first_snapshot"
    key = message_key(t, detail, pending=pending)
    if not t.has(key):
        return detail
    return t(key, **params)


def finding_messages(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    pending: bool = False,
) -> pl.Series:
    """The message of every finding of a frame, in its order: :func:`finding_message` made
    column-wise (a template per kind of finding, filled by ``pl.format``), for the reports that
    write every finding. ``pending``: the frame is the pending records."""
    if frame.is_empty():
        return pl.Series("message", [], dtype=pl.String)
    details = frame.select(_effective_detail().unique()).to_series().drop_nulls().to_list()
    rejected = frame.filter(pl.col("rule") == "DQ003")["detail"].drop_nulls().unique().to_list()
    params = _param_exprs(t, frame, sources)
    message: pl.Expr = pl.col("detail").fill_null("")
    for detail in details:
        key = message_key(t, detail, pending=pending)
        if t.has(key):
            message = (
                pl.when(_effective_detail() == detail)
                .then(fill_template(t, key, params))
                .otherwise(message)
            )
    for reason in rejected:
        outer = fill_template(t, "finding.unreadable", {"reason": _rejection(t, reason)})
        unreadable = (pl.col("rule") == "DQ003") & (pl.col("detail") == reason)
        message = pl.when(unreadable).then(outer).otherwise(message)
    return frame.select(message.alias("message")).to_series()


def rejection_messages(frame: pl.DataFrame, t: Translator) -> pl.Series:
    """Why each row of the rejected frame (``reason``, ``column``, ``value``) could not be read,
    in its order: a template per distinct reason, filled column-wise."""
    message: pl.Expr = pl.col("reason")
    for reason in frame["reason"].drop_nulls().unique().to_list():
        message = pl.when(pl.col("reason") == reason).then(_rejection(t, reason)).otherwise(message)
    return frame.select(message.alias("reason")).to_series()


def _rejection(t: Translator, reason: str) -> pl.Expr:
    """A row that could not be read, in words: its reason filled with its column and value."""
    return fill_template(t, reason, {"column": _text("column"), "value": _text("value")})


def _effective_detail() -> pl.Expr:
    """The message a finding takes: a snapshot finding already in the first snapshot has no
    lower bound and says so."""
    first = (pl.col("detail") == "late_between") & pl.col("entered_lo").is_null()
    return pl.when(first).then(pl.lit("late_by_first_snapshot")).otherwise(pl.col("detail"))


def _text(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.String).fill_null("")


# The breaks a Latvian school year names (the profiles' own words, genitive as in "rudens
# brīvdienas"); a Latvian message uses them as they are, an English one says "autumn break".
_BREAK_NAMES: tuple[str, ...] = ("rudens", "ziemas", "pavasara", "vasaras")


def _break_words(t: Translator, name: str) -> str:
    if t.lang == "lv" or not name:
        return name
    key = f"calendar.break.{name}"
    return t(key) if t.has(key) else f"{name} break"


def _break_words_expr(t: Translator, name: pl.Expr) -> pl.Expr:
    """:func:`_break_words` for a column."""
    if t.lang == "lv":
        return name
    known = {n: _break_words(t, n) for n in _BREAK_NAMES}
    return (
        pl.when(name.is_in(list(known)))
        .then(name.replace(known))
        .when(name == "")
        .then(name)
        .otherwise(pl.concat_str(name, pl.lit(" break")))
    )


def _missing_field(frame: pl.DataFrame, name: str) -> pl.Expr:
    dtype = frame.schema.get("missing")
    if isinstance(dtype, pl.Struct) and name in {f.name for f in dtype.fields}:
        return pl.col("missing").struct.field(name).cast(pl.String).fill_null("")
    return pl.lit("")


def _param_exprs(
    t: Translator, frame: pl.DataFrame, sources: Mapping[int, tuple[str, str | None]]
) -> dict[str, pl.Expr]:
    week = _missing_field(frame, "week")
    day = day_format(t)
    return {
        "deadline": moment_expr(t, pl.col("deadline")),
        "entered": moment_expr(t, pl.col("entered_at")),
        "lo": moment_expr(t, pl.col("entered_lo")),
        "hi": moment_expr(t, pl.col("entered_hi")),
        "value": _text("value"),
        "lesson_no": _missing_field(frame, "lesson_no"),
        "week": pl.coalesce(week.str.to_date("%Y-%m-%d", strict=False).dt.strftime(day), week),
        "period": _missing_field(frame, "period"),
        "break_name": _break_words_expr(t, _missing_field(frame, "break")),
        "month": month_expr(t, _missing_field(frame, "month")),
        "date": day_expr(t, pl.col("event_date")),
        "first": _first_copies(t, sources),
    }


def day_format(t: Translator) -> str:
    """A date as :meth:`Translator.date` writes it: ``03.10.2025.`` in Latvian, ``2025-10-03``
    in English."""
    return "%d.%m.%Y." if t.lang == "lv" else "%Y-%m-%d"


def moment_format(t: Translator) -> str:
    """A time as :meth:`Translator.datetime` writes it: ``03.10.2025. 14:05`` in Latvian,
    ``2025-10-03 14:05`` in English."""
    return "%d.%m.%Y. %H:%M" if t.lang == "lv" else "%Y-%m-%d %H:%M"


def day_expr(t: Translator, column: pl.Expr) -> pl.Expr:
    """A date column as people read it; empty where there is none."""
    return column.dt.strftime(day_format(t)).fill_null("")


def moment_expr(t: Translator, column: pl.Expr) -> pl.Expr:
    """A date-and-time column as people read it; empty where there is none."""
    return column.dt.strftime(moment_format(t)).fill_null("")


def month_expr(t: Translator, text: pl.Expr) -> pl.Expr:
    """:func:`month_text` for a column of text."""
    return text.str.replace(f"^{_MONTH_PATTERN}$", "${2}.${1}." if t.lang == "lv" else "${1}-${2}")


def _first_copies(t: Translator, sources: Mapping[int, tuple[str, str | None]]) -> pl.Expr:
    """Where a duplicate's first copy is (its ``value`` is ``input index:row``)."""
    places = {
        str(index): f"{path} ({sheet})" if sheet else path
        for index, (path, sheet) in sources.items()
    }
    parts = _text("value").str.splitn(":", 2)
    index = parts.struct.field("field_0")
    row = parts.struct.field("field_1").fill_null("")
    place = index.replace_strict(places, default=None, return_dtype=pl.String)
    named = fill_template(t, "finding.first_copy", {"path": place, "row": row})
    return pl.when(place.is_not_null()).then(named).otherwise(_text("value"))


def fill_template(t: Translator, key: str, params: Mapping[str, pl.Expr]) -> pl.Expr:
    """A message template as a column: its literal text around the parameters' columns."""
    template = t(key)
    pieces: list[str] = []
    exprs: list[pl.Expr] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        pieces.append(literal)
        if name is not None:
            pieces.append("{}")
            exprs.append(params.get(name, pl.lit("")))
    return pl.format("".join(pieces), *exprs) if exprs else pl.lit("".join(pieces))


def month_text(t: Translator, text: str) -> str:
    """A month as people write it: ``11.2025.`` in Latvian, ``2025-11`` in English."""
    match = _MONTH.fullmatch(text)
    if not match:
        return text
    return f"{match[2]}.{match[1]}." if t.lang == "lv" else f"{match[1]}-{match[2]}"


def _week(t: Translator, text: str) -> str:
    if not text:
        return ""
    try:
        return t.date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def _first_copy(t: Translator, value: str, sources: Mapping[int, tuple[str, str | None]]) -> str:
    index, _, row = value.partition(":")
    try:
        path, sheet = sources[int(index)]
    except (KeyError, ValueError):
        return value
    where = f"{path} ({sheet})" if sheet else path
    return t("finding.first_copy", path=where, row=row)
