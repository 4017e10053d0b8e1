"""From the rules' findings to the result's frames: provenance, citations and how late, the
not-evaluable list, per-teacher late-entry rates and per-input reconciliation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import polars as pl

from eklase_audit.calendar.deadlines import late_by_exprs
from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.io.model import InputFile
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN
from eklase_audit.profiles.model import Profile
from eklase_audit.result import FINDING_COLUMNS, InputSummary, RuleOutcome, TeacherSummary
from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    OK,
    PENDING,
    STATUS,
    VIOLATION,
    empty_findings,
    findings_frame,
)
from eklase_audit.rules.catalog import Severity


def inputs_frame(inputs: Sequence[InputFile]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            SOURCE_COLUMN: [i.index for i in inputs],
            "path": [i.path for i in inputs],
            "sheet": [i.sheet for i in inputs],
        },
        schema={SOURCE_COLUMN: pl.UInt32, "path": pl.String, "sheet": pl.String},
    )


def rejected_findings(rejected: pl.DataFrame) -> pl.DataFrame:
    """DQ003: each row the readers could not read is a finding of its own."""
    return findings_frame(
        rejected.with_columns(
            pl.lit(VIOLATION).cast(STATUS).alias("status"),
            pl.col("reason").alias("detail"),
        )
    )


def rejected_rows(rejected: pl.DataFrame, sources: pl.DataFrame) -> pl.DataFrame:
    frame = rejected.join(sources, on=SOURCE_COLUMN, how="left")
    return frame.select(
        "path",
        "sheet",
        pl.col(ROW_COLUMN).alias("row"),
        "column",
        "value",
        "reason",
    ).sort("path", "sheet", "row", nulls_last=True)


def decided_per_teacher(findings: pl.DataFrame) -> pl.DataFrame:
    """(teacher, evaluated): records a timeliness rule decided, fine or late (pending and not
    evaluable records aside), for the late-entry rate."""
    return (
        findings.filter(pl.col("status").is_in([OK, VIOLATION]))
        .group_by("teacher")
        .agg(pl.len().alias("evaluated"))
    )


def merge_decided(parts: Sequence[pl.DataFrame]) -> pl.DataFrame:
    schema = {"teacher": pl.String, "evaluated": pl.UInt32}
    if not parts:
        return pl.DataFrame(schema=schema)
    merged = pl.concat([p.cast(schema) for p in parts])
    return merged.group_by("teacher").agg(pl.col("evaluated").sum())


def classified(
    findings: pl.DataFrame | None,
    sources: pl.DataFrame,
    calendar: SchoolCalendar,
    as_of: dt.datetime,
    profile: Profile,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(violations worst first, pending by deadline, not evaluable) from findings that are not
    fine."""
    if findings is None:
        findings = empty_findings().with_columns(
            pl.lit(None, pl.String).alias("rule"),
            pl.lit(None, pl.String).alias("severity"),
            pl.lit(None, pl.Boolean).alias("timeliness"),
        )
    violations = finding_rows(
        findings.filter(pl.col("status") == VIOLATION), sources, calendar, as_of, profile
    )
    violations = worst_first(violations)
    pending = sorted_findings(
        finding_rows(
            findings.filter(pl.col("status") == PENDING),
            sources,
            calendar,
            as_of,
            profile,
            lateness=False,
        ),
        first=["deadline"],
        descending=False,
    )
    return violations, pending, not_evaluable_rows(findings, sources)


def worst_first(frame: pl.DataFrame) -> pl.DataFrame:
    """Violations (or waived ones) worst first: errors before warnings, then the most working
    days late, then the most hours, then :func:`sorted_findings`' tie-breakers."""
    severity_rank = pl.col("severity").replace_strict(
        {s.value: s.rank for s in Severity}, default=None, return_dtype=pl.Int8
    )
    return sorted_findings(
        frame.with_columns(severity_rank.alias("_rank")),
        first=["_rank", "late_working_days", "late_hours"],
        descending=True,
    ).drop("_rank")


# After what comes first (how bad, or how soon due), findings are ordered by these columns and
# then by what a missing record's `missing` names: a total order of the findings' own values,
# the same in every run and language (SPEC: the violations "worst first").
_TIE_BREAKERS: tuple[str, ...] = (
    "rule",
    "path",
    "sheet",
    "row",
    "teacher",
    "class",
    "subject",
    "student",
    "event_date",
    "deadline",
    "entered_at",
    "detail",
    "value",
)


def sorted_findings(frame: pl.DataFrame, *, first: list[str], descending: bool) -> pl.DataFrame:
    """``frame`` in a deterministic, language-independent order: the ``first`` columns
    (descending or not), then :data:`_TIE_BREAKERS`, then the fields of ``missing``."""
    missing = frame.schema.get("missing")
    fields = [f.name for f in missing.fields] if isinstance(missing, pl.Struct) else []
    keys = [pl.col(name) for name in (*first, *_TIE_BREAKERS)]
    keys += [pl.col("missing").struct.field(name).alias(f"_missing_{name}") for name in fields]
    order = [descending] * len(first) + [False] * (len(keys) - len(first))
    return frame.sort(keys, descending=order, nulls_last=True, maintain_order=True)


def finding_rows(
    frame: pl.DataFrame,
    sources: pl.DataFrame,
    calendar: SchoolCalendar,
    as_of: dt.datetime,
    profile: Profile,
    *,
    lateness: bool = True,
) -> pl.DataFrame:
    """Findings with their file and sheet, citation and, with ``lateness``, how late they are
    (pending and undecided records have no lateness)."""
    late_days, late_hours = pl.lit(None, pl.Int32), pl.lit(None, pl.Float64)
    if lateness:
        # A record entered between two snapshots is late by at least as much as the earlier one.
        done = pl.coalesce(pl.col("entered_at"), pl.col("entered_lo"), pl.lit(as_of))
        late = pl.col("deadline").is_not_null()
        # Hours unrounded: the reports round them (SPEC's one decimal in JSON), and a minute late
        # must not read as on time.
        working_days, hours = late_by_exprs(pl.col("deadline"), done, calendar, digits=None)
        late_days = pl.when(late).then(working_days).cast(pl.Int32)
        late_hours = pl.when(late).then(hours)
    prefix = profile.citation_prefix
    citation = pl.when(pl.col("paragraph").is_not_null()).then(
        pl.concat_str(pl.lit(prefix + ", "), pl.col("paragraph"))
    )
    return (
        frame.join(sources, on=SOURCE_COLUMN, how="left")
        .with_columns(
            pl.col(ROW_COLUMN).alias("row"),
            late_days.alias("late_working_days"),
            late_hours.alias("late_hours"),
            citation.alias("citation"),
        )
        .select(*FINDING_COLUMNS)
    )


def not_evaluable_rows(findings: pl.DataFrame, sources: pl.DataFrame) -> pl.DataFrame:
    """One entry per row with its reason; a whole file without entry times is one entry."""
    schema = {
        "rule": pl.String,
        "path": pl.String,
        "sheet": pl.String,
        "row": pl.UInt32,
        "reason": pl.String,
        "rows": pl.UInt32,
    }
    frame = findings.filter(pl.col("status") == NOT_EVALUABLE).join(
        sources, on=SOURCE_COLUMN, how="left"
    )
    whole_file = pl.col("reason") == "reason.no_entry_times"
    per_file = (
        frame.filter(whole_file)
        .group_by("rule", "path", "sheet", "reason", maintain_order=True)
        .agg(pl.len().cast(pl.UInt32).alias("rows"))
        .with_columns(pl.lit(None, pl.UInt32).alias("row"))
    )
    per_row = frame.filter(~whole_file).select(
        "rule",
        "path",
        "sheet",
        pl.col(ROW_COLUMN).alias("row"),
        "reason",
        pl.lit(1, pl.UInt32).alias("rows"),
    )
    return pl.concat([per_file.select(list(schema)), per_row.select(list(schema))]).cast(schema)


def teacher_summaries(decided: pl.DataFrame, violations: pl.DataFrame) -> list[TeacherSummary]:
    """Per teacher: timeliness records decided, late ones, and all violations by rule."""
    late = violations.filter(pl.col("timeliness")).group_by("teacher").agg(pl.len().alias("late"))
    by_rule = violations.group_by("teacher", "rule").len()
    names = (
        pl.concat([decided.select("teacher"), violations.select("teacher")])
        .unique()
        .sort("teacher", nulls_last=True)
    )
    table = names.join(decided, on="teacher", how="left", nulls_equal=True).join(
        late, on="teacher", how="left", nulls_equal=True
    )
    rules_of: dict[str | None, dict[str, int]] = {}
    for teacher, rule, count in by_rule.iter_rows():
        rules_of.setdefault(teacher, {})[rule] = count
    return [
        TeacherSummary(
            teacher=teacher,
            violations=sum(rules_of.get(teacher, {}).values()),
            late=late_count or 0,
            evaluated=evaluated or 0,
            by_rule=rules_of.get(teacher, {}),
        )
        for teacher, evaluated, late_count in table.iter_rows()
    ]


def count_waived(outcomes: list[RuleOutcome], waived: pl.DataFrame) -> list[RuleOutcome]:
    counts = dict(waived.group_by("rule").len().iter_rows())
    return [
        dataclasses.replace(
            o, violations=o.violations - counts.get(o.code, 0), waived=counts.get(o.code, 0)
        )
        if o.code in counts
        else o
        for o in outcomes
    ]


def input_summaries(
    inputs: Sequence[InputFile], out_of_scope: pl.Series, audited: pl.Series
) -> list[InputSummary]:
    outside = out_of_scope.value_counts().to_dict(as_series=False) if out_of_scope.len() else {}
    inside = audited.value_counts().to_dict(as_series=False) if audited.len() else {}
    outside_map = dict(zip(outside.get(SOURCE_COLUMN, []), outside.get("count", []), strict=True))
    inside_map = dict(zip(inside.get(SOURCE_COLUMN, []), inside.get("count", []), strict=True))
    return [
        InputSummary(i, outside_map.get(i.index, 0), inside_map.get(i.index, 0)) for i in inputs
    ]
