"""The rule contract: data plus one function.

A rule gets a :class:`RuleContext` (the audited tables, the calendar, the profile's settings for
it, the reference time) and returns a findings frame with one row per record it applies to and
its status. The engine counts, filters and sorts; the rule decides. Rules never print, never read
files and never loop over rows in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import polars as pl

from eklase_audit.calendar.deadline_spec import DeadlineKind, DeadlineSpec
from eklase_audit.calendar.deadlines import (
    REASON_NO_LESSONS_TABLE,
    deadline_exprs,
    next_lesson_deadline,
)
from eklase_audit.calendar.school_year import SchoolCalendar, grade_level
from eklase_audit.io.model import InputFile
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN
from eklase_audit.profiles.model import DeadlineChoice, Profile, RuleConfig
from eklase_audit.rules.catalog import RuleSpec

OK, VIOLATION, PENDING, NOT_EVALUABLE, UNDECIDED = (
    "ok",
    "violation",
    "pending",
    "not_evaluable",
    "undecided",
)
STATUS = pl.Enum([OK, VIOLATION, PENDING, NOT_EVALUABLE, UNDECIDED])
# Set by the engine when records come from snapshots: entered after _seen_lo, by _seen_hi.
SEEN_AFTER, SEEN_BY = "_seen_lo", "_seen_hi"

MISSING_FIELDS: tuple[str, ...] = (
    "class",
    "subject",
    "student",
    "month",
    "week",
    "date",
    "period",
    "lesson_no",
    "kind",
    "break",
    "areas",
)
# A lesson number is a number; everything else that names a missing record is text.
MISSING_DTYPE = pl.Struct(
    {name: pl.Int32 if name == "lesson_no" else pl.String for name in MISSING_FIELDS}
)

# Every rule returns exactly these columns (``findings_frame`` fills what a rule leaves out).
FINDINGS_SCHEMA: dict[str, pl.DataType] = {
    SOURCE_COLUMN: pl.UInt32(),
    ROW_COLUMN: pl.UInt32(),
    "teacher": pl.String(),
    "class": pl.String(),
    "subject": pl.String(),
    "student": pl.String(),
    "event_date": pl.Date(),
    "deadline": pl.Datetime("us"),
    "entered_at": pl.Datetime("us"),
    "status": STATUS,
    "reason": pl.String(),  # message key: why not evaluable
    "detail": pl.String(),  # message key suffix: which kind of violation (late, not_entered...)
    "value": pl.String(),  # the offending value, for content rules
    "column": pl.String(),  # the column of the offending value, as its file names it
    "paragraph": pl.String(),  # the order's paragraph when it differs by kind of record
    "missing": MISSING_DTYPE,
    "entered_lo": pl.Datetime("us"),
    "entered_hi": pl.Datetime("us"),
}


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at."""

    spec: RuleSpec
    config: RuleConfig
    profile: Profile
    tables: Mapping[str, pl.DataFrame]  # audited rows (in scope, duplicates removed) by kind
    inputs: Sequence[InputFile]
    calendar: SchoolCalendar
    as_of: dt.datetime
    configs: Mapping[str, RuleConfig] = field(default_factory=dict)  # every rule's settings
    scope_from: dt.date | None = None
    scope_to: dt.date | None = None

    def table(self, kind: str) -> pl.DataFrame:
        return self.tables[kind]

    def has_table(self, kind: str) -> bool:
        return kind in self.tables

    def inputs_with(self, kind: str, column: str) -> list[int]:
        """Indices of the inputs of a table kind whose files had this column."""
        return [i.index for i in self.inputs if i.kind == kind and column in i.present]

    def span(self, *dates: pl.Series) -> tuple[dt.date, dt.date] | None:
        """The days a missing-record rule expects records on: the data's own span, narrowed
        by the run's scope and ending at ``as_of`` at the latest."""
        present = [d for d in dates if d.len() and d.null_count() < d.len()]
        if not present:
            return None
        first = self.scope_from or min(d.min() for d in present)  # type: ignore[type-var]
        last = self.scope_to or max(d.max() for d in present)  # type: ignore[type-var]
        last = min(last, self.as_of.date())  # type: ignore[type-var,assignment]
        return (first, last) if first <= last else None  # type: ignore[operator,return-value]

    def in_scope(self, day: pl.Expr) -> pl.Expr:
        """Whether an expected record's day lies in the run's --from/--to/--period."""
        inside = pl.lit(True)
        if self.scope_from is not None:
            inside = inside & (day >= pl.lit(self.scope_from))
        if self.scope_to is not None:
            inside = inside & (day <= pl.lit(self.scope_to))
        return inside.fill_null(True)

    def choices(self, code: str | None = None) -> RuleConfig:
        """The settings of another rule (LES002 takes LES001's deadline when it has none)."""
        return self.configs[code] if code else self.config


def findings_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Brings a rule's output to FINDINGS_SCHEMA: adds absent columns as nulls, orders them."""
    columns = []
    for name, dtype in FINDINGS_SCHEMA.items():
        if name in frame.columns:
            columns.append(pl.col(name).cast(dtype))
        else:
            columns.append(pl.lit(None, dtype=dtype).alias(name))
    return frame.select(columns)


def empty_findings() -> pl.DataFrame:
    return pl.DataFrame(schema=FINDINGS_SCHEMA)


def content_findings(
    frame: pl.DataFrame,
    bad: pl.Expr,
    detail: str | pl.Expr,
    *,
    value: pl.Expr | None = None,
    missing: pl.Expr | None = None,
    event: str = "date",
) -> pl.DataFrame:
    """Findings of a rule with no deadline: each row is fine, or a violation of this kind."""
    kind = pl.lit(detail) if isinstance(detail, str) else detail
    columns = [
        pl.col(event).alias("event_date"),
        pl.when(bad).then(pl.lit(VIOLATION)).otherwise(pl.lit(OK)).cast(STATUS).alias("status"),
        pl.when(bad).then(kind).alias("detail"),
    ]
    if value is not None:
        columns.append(pl.when(bad).then(value).alias("value"))
    if missing is not None:
        columns.append(pl.when(bad).then(missing).alias("missing"))
    return findings_frame(frame.with_columns(columns))


def presence_status(present: pl.Expr, deadline: pl.Expr, as_of: dt.datetime) -> pl.Expr:
    """A record that should exist by a deadline: fine when it does, pending until the deadline,
    a violation after it."""
    return (
        pl.when(present)
        .then(pl.lit(OK))
        .when(deadline > as_of)
        .then(pl.lit(PENDING))
        .otherwise(pl.lit(VIOLATION))
        .cast(STATUS)
    )


def deadline_status(as_of: dt.datetime, decided: Sequence[tuple[pl.Expr, str]] = ()) -> pl.Expr:
    """A record's status against its ``deadline``: not evaluable without one (``deadline_reason``
    says why); else the status of the first ``decided`` (condition, status) that holds; else,
    the record not made, pending until the deadline, then a violation. Rules put their own
    not-evaluable cases around it."""
    no_deadline = pl.col("deadline_reason").is_not_null() | pl.col("deadline").is_null()
    status = pl.when(pl.col("deadline") > as_of).then(pl.lit(PENDING)).otherwise(pl.lit(VIOLATION))
    for condition, value in reversed(decided):
        status = pl.when(condition).then(pl.lit(value)).otherwise(status)
    return pl.when(no_deadline).then(pl.lit(NOT_EVALUABLE)).otherwise(status)


def no_deadline_reason() -> pl.Expr:
    """Why a record has no deadline (the message key): the deadline's own reason, else that
    there is none; null for a record that has one."""
    return pl.coalesce(
        pl.col("deadline_reason"),
        pl.when(pl.col("deadline").is_null()).then(pl.lit("reason.no_deadline")),
    )


def missing_struct(**fields: pl.Expr) -> pl.Expr:
    """The ``missing`` object of a missing-record finding, naming what is missing."""
    types = MISSING_DTYPE.to_schema()
    values = [
        (fields[name] if name in fields else pl.lit(None)).cast(types[name]).alias(name)
        for name in MISSING_FIELDS
    ]
    return pl.struct(values)


def classify(
    frame: pl.DataFrame,
    *,
    done: str,
    as_of: dt.datetime,
    no_entry_times: Sequence[int] = (),
    from_snapshots: bool = False,
) -> pl.DataFrame:
    """Status of each record from its deadline and the moment it was done (SPEC "Times").

    Expects ``deadline`` and ``deadline_reason`` columns. An entry after ``as_of`` counts as not
    yet made; a record not made is pending until its deadline passes, then a violation. Rows from
    inputs that have no entry times at all are not evaluable. With ``from_snapshots`` a record
    with no entry time of its own was entered between two snapshots (SPEC "Snapshots"): on time
    when the later one is at or before the deadline, late when the earlier one is at or after
    it, undecided otherwise.
    """
    made = pl.when(pl.col(done) <= as_of).then(pl.col(done))
    snapshots = from_snapshots and SEEN_BY in frame.columns
    seen = (
        made.is_null() & pl.col(SEEN_BY).is_not_null() & (pl.col(SEEN_BY) <= as_of)
        if snapshots
        else pl.lit(False)
    )
    no_times = (
        pl.col(SOURCE_COLUMN).is_in(list(no_entry_times)) if no_entry_times else pl.lit(False)
    )
    no_times = no_times & ~seen
    decided: list[tuple[pl.Expr, str]] = []
    if snapshots:
        late_for_sure = pl.col(SEEN_AFTER).is_not_null() & (
            pl.col(SEEN_AFTER) >= pl.col("deadline")
        )
        decided += [
            (seen & (pl.col(SEEN_BY) <= pl.col("deadline")), OK),
            (seen & late_for_sure, VIOLATION),
            (seen, UNDECIDED),
        ]
    decided += [
        (made.is_not_null() & (made <= pl.col("deadline")), OK),
        (made.is_not_null(), VIOLATION),
    ]
    status = (
        pl.when(no_times).then(pl.lit(NOT_EVALUABLE)).otherwise(deadline_status(as_of, decided))
    )
    reason = pl.when(no_times).then(pl.lit("reason.no_entry_times")).otherwise(no_deadline_reason())
    detail = (
        pl.when(seen)
        .then(pl.lit("late_between"))
        .when(made.is_not_null() & (made > pl.col("deadline")))
        .then(pl.lit("late"))
        .when(made.is_null())
        .then(pl.lit("not_entered"))
    )
    columns = [
        status.cast(STATUS).alias("status"),
        reason.alias("reason"),
        detail.alias("detail"),
        made.alias("entered_at"),
    ]
    if snapshots:
        columns += [
            pl.when(seen).then(pl.col(SEEN_AFTER)).alias("entered_lo"),
            pl.when(seen).then(pl.col(SEEN_BY)).alias("entered_hi"),
        ]
    return frame.with_columns(columns)


def selector(column: str | None, value: str | None, listed: Sequence[str] = ()) -> pl.Expr:
    """Rows a choice by value applies to: its value, or (``value`` None, the default) any value
    not ``listed``; case aside."""
    if column is None:
        return pl.lit(True)
    current = pl.col(column).str.to_lowercase()
    if value is not None:
        return current == value.lower()
    return current.is_null() | ~current.is_in([v.lower() for v in listed])


def deadline_choices(
    config: RuleConfig,
) -> Iterator[tuple[str | None, DeadlineChoice, DeadlineSpec]]:
    """(value, choice, its deadline) of each choice that has a deadline: each value the rule's
    ``by`` table lists, in order, then the default (value None)."""
    for value, choice in config.by.items():
        if choice.deadline is not None:
            yield value, choice, choice.deadline
    if config.default is not None and config.default.deadline is not None:
        yield None, config.default, config.default.deadline


def choice_parts(config: RuleConfig, by_column: str | None) -> list[tuple[pl.Expr, DeadlineChoice]]:
    """(row selector, deadline choice) pairs: each listed value, then the default."""
    listed = list(config.by)
    return [
        (selector(by_column, value, listed), choice)
        for value, choice, _ in deadline_choices(config)
    ]


def with_deadlines(
    frame: pl.DataFrame,
    ctx: RuleContext,
    config: RuleConfig,
    *,
    by_column: str | None,
    event: str = "date",
    lesson_no: str | None = "lesson_no",
    period: str | None = None,
    next_lesson_keys: Sequence[str] = ("class", "subject", "group"),
) -> pl.DataFrame:
    """Adds ``deadline``, ``deadline_reason`` and ``paragraph`` by the rule's deadline choices.

    Rows that no choice covers (a kind of work the profile leaves unchecked) are dropped: the rule
    does not apply to them. Deadlines that are expressions are computed in one pass over the
    rows; ``next_lesson`` needs a join, so its rows are handled apart.
    """
    # The grade once per row: deadline expressions use it several times each.
    grade = pl.lit(None, pl.Int8)
    if "class" in frame.columns:
        frame = frame.with_columns(grade_level(pl.col("class")).alias("_grade"))
        grade = pl.col("_grade")
    number = pl.col(lesson_no) if lesson_no and lesson_no in frame.columns else None
    parts = choice_parts(config, by_column)
    is_joined = [
        c.deadline is not None and c.deadline.kind is DeadlineKind.next_lesson for _, c in parts
    ]
    joined = [part for part, flag in zip(parts, is_joined, strict=True) if flag]
    plain = [part for part, flag in zip(parts, is_joined, strict=True) if not flag]

    deadline: pl.Expr = pl.lit(None, pl.Datetime("us"))
    reason: pl.Expr = pl.lit(None, pl.String)
    paragraph: pl.Expr = pl.lit(None, pl.String)
    covered: pl.Expr = pl.lit(False)
    # Built backwards so that the first listed choice wins where selectors overlap.
    for selector, choice in reversed(plain):
        assert choice.deadline is not None
        source = event if choice.counts_from == "date" else choice.counts_from
        exprs = deadline_exprs(
            choice.deadline,
            ctx.calendar,
            date=pl.col(source).cast(pl.Date),
            lesson_no=number,
            grade_level=grade,
            period=pl.col(period) if period else None,
        )
        choice_reason = exprs.reason
        if source != event:
            missing = pl.lit(f"reason.no_{source}")
            choice_reason = pl.when(pl.col(source).is_null()).then(missing).otherwise(exprs.reason)
        deadline = pl.when(selector).then(exprs.deadline).otherwise(deadline)
        reason = pl.when(selector).then(choice_reason).otherwise(reason)
        paragraph = pl.when(selector).then(pl.lit(choice.citation, pl.String)).otherwise(paragraph)
        covered = covered | selector

    pieces: list[pl.DataFrame] = []
    if plain:
        computed = frame.with_columns(
            covered.alias("_covered"),
            deadline.alias("deadline"),
            reason.alias("deadline_reason"),
            paragraph.alias("paragraph"),
        )
        if joined:
            taken = pl.lit(False)
            for selector, _ in joined:
                taken = taken | selector
            computed = computed.with_columns(pl.col("_covered") & ~taken)
        if not computed["_covered"].all():
            computed = computed.filter(pl.col("_covered"))
        pieces.append(computed.drop("_covered"))
    for selector, choice in joined:
        part = frame.filter(selector)
        if part.is_empty():
            continue
        source = event if choice.counts_from == "date" else choice.counts_from
        part = _next_lesson(part, ctx, pl.col(source).cast(pl.Date), next_lesson_keys, grade)
        pieces.append(part.with_columns(pl.lit(choice.citation, pl.String).alias("paragraph")))
    if not pieces:
        return frame.clear().with_columns(
            pl.lit(None, pl.Datetime("us")).alias("deadline"),
            pl.lit(None, pl.String).alias("deadline_reason"),
            pl.lit(None, pl.String).alias("paragraph"),
        )
    return pieces[0] if len(pieces) == 1 else pl.concat(pieces, how="vertical_relaxed")


def _next_lesson(
    part: pl.DataFrame, ctx: RuleContext, base: pl.Expr, keys: Sequence[str], grade: pl.Expr
) -> pl.DataFrame:
    if not ctx.has_table("lessons"):
        return part.with_columns(
            pl.lit(None, pl.Datetime("us")).alias("deadline"),
            pl.lit(REASON_NO_LESSONS_TABLE).alias("deadline_reason"),
        )
    held = ctx.table("lessons").filter(pl.col("held").fill_null(True))
    records = part.with_columns(base.alias("_work_date"))
    found = next_lesson_deadline(
        records,
        held.with_columns(pl.col("date").alias("_work_date")),
        ctx.calendar,
        keys=list(keys),
        date="_work_date",
        grade_level=grade,
    )
    return found.rename({"reason": "deadline_reason"}).drop("_work_date")
