"""Selection, scope, evaluation, classification and reconciliation.

The engine turns what the readers read into one :class:`~eklase_audit.result.AuditResult`:
it chooses the rules (SPEC "Selection"), puts every row in scope or out of it, sets duplicates
aside (DQ002), runs each rule, and counts. Every data row ends audited, rejected or out of scope,
and every (record, rule) pair in exactly one of fine, violation, pending or not evaluable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from eklase_audit import __version__
from eklase_audit.calendar.deadline_spec import DeadlineKind
from eklase_audit.calendar.deadlines import late_by_exprs
from eklase_audit.calendar.school_year import SchoolCalendar, grade_level
from eklase_audit.errors import Location, UsageError
from eklase_audit.io.model import InputFile, Note, ReadResult
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN
from eklase_audit.profiles.model import Profile, RuleConfig
from eklase_audit.result import (
    FINDING_COLUMNS,
    AuditResult,
    InputSummary,
    ProfileInfo,
    RuleOutcome,
    SnapshotInfo,
    TeacherSummary,
    Waiver,
)
from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    OK,
    PENDING,
    STATUS,
    UNDECIDED,
    VIOLATION,
    RuleContext,
    empty_findings,
    findings_frame,
)
from eklase_audit.rules.catalog import RULES, RuleSpec, Severity, matching_codes
from eklase_audit.rules.data_quality import split_duplicates
from eklase_audit.rules.registry import REGISTRY
from eklase_audit.snapshots import SNAPSHOT_COLUMN, first_appearances
from eklase_audit.waivers import apply_waivers

# The column each table's scope is decided by (SPEC: the event date; a report's month; a plan's
# start). A row whose scope column is empty is in scope: nothing says it is not.
SCOPE_COLUMN: dict[str, str] = {
    "lessons": "date",
    "grades": "date",
    "absences": "date",
    "term_grades": "date",
    "reports": "month",
    "conversations": "date",
    "plans": "period_start",
    "test_plan": "date",
    "timetable": "valid_from",
    "journals": "created_at",
    "accounts": "left_at",
}

# Tables a rule cannot run without, beyond its first (its records' own table).
REQUIRED_TABLES: dict[str, tuple[str, ...]] = {
    "LES000": ("timetable", "lessons"),
    "TRM002": ("term_grades", "grades"),
    "TST001": ("grades", "test_plan"),
}
# Parameters a rule cannot run without when --select turns it on in a profile that has it off.
REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {
    "ABS002": ("allowed_codes",),
    "LES003": ("patterns",),
    "LES007": ("phrases",),
    "PRE001": ("areas",),
    "PRE002": ("health_area",),
    "TST001": ("test_work_types",),
    "TRM003": ("exempt_mark",),
}


@dataclass(frozen=True)
class Scope:
    """The event dates audited: fixed bounds, or a named period whose end follows the grade."""

    start: dt.date | None = None
    end: dt.date | None = None
    period: str | None = None  # "1. semestris": the period of the school year of --as-of

    @property
    def is_set(self) -> bool:
        return self.start is not None or self.end is not None or self.period is not None


@dataclass(frozen=True)
class AuditRequest:
    profile: Profile
    read: ReadResult
    as_of: dt.datetime
    scope: Scope = field(default_factory=Scope)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    command_line: tuple[str, ...] = ()
    snapshots: tuple[SnapshotInfo, ...] = ()  # the read holds these, in this order of time


@dataclass(frozen=True)
class Selection:
    codes: tuple[str, ...]  # the rules that run, in catalogue order
    turned_on: frozenset[str]  # off in the profile, on for this run


def _expand(selectors: Sequence[str], option: str) -> set[str]:
    codes: set[str] = set()
    for selector in selectors:
        for part in selector.split(","):
            if not part.strip():
                continue
            found = matching_codes(part)
            if not found:
                raise UsageError("engine.unknown_rule", {"code": part.strip(), "option": option})
            codes.update(found)
    return codes


def _can_run(spec: RuleSpec, config: RuleConfig, configs: dict[str, RuleConfig]) -> bool:
    if spec.always_on:
        return True
    if spec.timeliness:
        own = config.has_deadline()
        borrowed = spec.deadline_from is not None and configs[spec.deadline_from].has_deadline()
        if not (own or borrowed):
            return False
    return all(config.params.get(name) for name in REQUIRED_PARAMS.get(spec.code, ()))


def select_rules(profile: Profile, select: Sequence[str], ignore: Sequence[str]) -> Selection:
    """SPEC "Selection": --select narrows the enabled rules; a rule named by its full code that
    the profile has off is turned on for the run when the profile gives it what it needs."""
    configs = dict(profile.rules)
    enabled = {code for code, spec in RULES.items() if spec.always_on or configs[code].enabled}
    turned_on: set[str] = set()
    if select:
        chosen = _expand(select, "--select")
        named = {part.strip().upper() for s in select for part in s.split(",")}
        for code in sorted(chosen - enabled):
            if code not in named:
                continue
            if not _can_run(RULES[code], configs[code], configs):
                raise UsageError("engine.cannot_turn_on", {"code": code, "profile": profile.id})
            turned_on.add(code)
        active = (chosen & enabled) | turned_on
    else:
        active = set(enabled)
    active -= _expand(ignore, "--ignore")
    ordered = tuple(code for code in RULES if code in active)
    return Selection(ordered, frozenset(turned_on))


# --- scope ------------------------------------------------------------------------------------


def _scope_bounds(
    scope: Scope, calendar: SchoolCalendar, as_of: dt.datetime, grade: pl.Expr
) -> tuple[pl.Expr, pl.Expr]:
    if scope.period is None:
        return pl.lit(scope.start, pl.Date), pl.lit(scope.end, pl.Date)
    anchor = pl.lit(_period_anchor(calendar, as_of.date()), pl.Date)
    start = calendar.period_start(anchor, grade, scope.period)
    end = calendar.period_end(anchor, grade, scope.period)
    if scope.start is not None:
        start = pl.max_horizontal(start, pl.lit(scope.start))
    if scope.end is not None:
        end = pl.min_horizontal(end, pl.lit(scope.end))
    return start, end


def _period_anchor(calendar: SchoolCalendar, day: dt.date) -> dt.date:
    """A day of the school year containing ``day``, or else of the last one begun."""
    year = calendar.year_containing(day)
    if year is None:
        begun = [y for y in calendar.years if y.start <= day]
        year = begun[-1] if begun else None
    return day if year is None or year.start <= day <= year.end else year.start


def check_period(
    scope: Scope, calendar: SchoolCalendar, as_of: dt.datetime
) -> tuple[dt.date | None, dt.date | None]:
    """The period's bounds as shown to the user (ordinary grades); an unknown name is exit 2."""
    if scope.period is None:
        return scope.start, scope.end
    anchor = _period_anchor(calendar, as_of.date())
    bounds = pl.select(
        calendar.period_start(pl.lit(anchor), None, scope.period).alias("s"),
        calendar.period_end(pl.lit(anchor), None, scope.period).alias("e"),
    ).row(0)
    if bounds[0] is None:
        raise UsageError(
            "engine.unknown_period",
            {"period": scope.period, "known": ", ".join(calendar.period_names())},
        )
    start = max(bounds[0], scope.start) if scope.start else bounds[0]
    end = min(bounds[1], scope.end) if scope.end else bounds[1]
    return start, end


def _in_scope(kind: str, table: pl.DataFrame, scope: Scope, calendar: SchoolCalendar, as_of):
    column = SCOPE_COLUMN.get(kind)
    if not scope.is_set or column is None:
        return pl.lit(True)
    value = pl.col(column).cast(pl.Date)
    grade = grade_level(pl.col("class")) if "class" in table.columns else None
    start, end = _scope_bounds(scope, calendar, as_of, grade if grade is not None else pl.lit(None))
    outside = (start.is_not_null() & (value < start)) | (end.is_not_null() & (value > end))
    return value.is_null() | ~outside.fill_null(False)


# --- the run ----------------------------------------------------------------------------------


def _date_range(read: ReadResult) -> tuple[dt.date | None, dt.date | None]:
    lows, highs = [], []
    for kind, table in read.tables.items():
        column = SCOPE_COLUMN.get(kind)
        if column and column in table.columns and table.height:
            values = table[column].cast(pl.Date)
            if values.null_count() < values.len():
                lows.append(values.min())
                highs.append(values.max())
    return (min(lows) if lows else None, max(highs) if highs else None)  # type: ignore[type-var]


def _inputs_frame(inputs: Sequence[InputFile]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            SOURCE_COLUMN: [i.index for i in inputs],
            "path": [i.path for i in inputs],
            "sheet": [i.sheet for i in inputs],
        },
        schema={SOURCE_COLUMN: pl.UInt32, "path": pl.String, "sheet": pl.String},
    )


def run_audit(request: AuditRequest) -> AuditResult:
    profile, read, as_of = request.profile, request.read, request.as_of
    selection = select_rules(profile, request.select, request.ignore)
    first, last = _date_range(read)
    calendar = SchoolCalendar.for_dates(
        profile.calendar, first, max(d for d in (last, as_of.date()) if d is not None)
    )
    period = check_period(request.scope, calendar, as_of) if request.scope.is_set else None

    audited: dict[str, pl.DataFrame] = {}
    duplicate_findings: list[pl.DataFrame] = []
    out_of_scope = pl.Series(SOURCE_COLUMN, [], pl.UInt32)
    audited_rows = pl.Series(SOURCE_COLUMN, [], pl.UInt32)
    for kind, table in read.tables.items():
        inside = table.with_columns(
            _in_scope(kind, table, request.scope, calendar, as_of).alias("_in")
        )
        out_of_scope = pl.concat([out_of_scope, inside.filter(~pl.col("_in"))[SOURCE_COLUMN]])
        in_scope = inside.filter(pl.col("_in")).drop("_in")
        audited_rows = pl.concat([audited_rows, in_scope[SOURCE_COLUMN]])
        if request.snapshots:
            parts = [
                split_duplicates(kind, part) for part in in_scope.partition_by(SNAPSHOT_COLUMN)
            ]
            duplicate_findings += [copies for _, copies in parts]
            first_copies = first_appearances(
                kind,
                pl.concat([first for first, _ in parts]),
                [s.taken_at for s in request.snapshots],
            )
        else:
            first_copies, copies = split_duplicates(kind, in_scope)
            duplicate_findings.append(copies)
        audited[kind] = first_copies

    configs = dict(profile.rules)
    outcomes: list[RuleOutcome] = []
    findings: list[pl.DataFrame] = []
    for code, spec in RULES.items():
        config = configs[code]
        citation = profile.citation(config.citation)
        base = {
            "code": code,
            "enabled": code in selection.codes,
            "severity": config.severity.value,
            "citation": citation,
            "deadlines": _deadline_texts(config),
            "turned_on": code in selection.turned_on,
        }
        if code not in selection.codes:
            outcomes.append(RuleOutcome(status="off", **base))
            continue
        if code == "DQ002":
            found = pl.concat(duplicate_findings) if duplicate_findings else empty_findings()
        elif code == "DQ003":
            found = _rejected_findings(read.rejected)
        else:
            needed = REQUIRED_TABLES.get(code, spec.tables[:1])
            if code == "DQ001":
                needed = tuple(t for t in spec.tables if t in audited)[:1] or spec.tables[:1]
            if not all(t in audited for t in needed):
                outcomes.append(RuleOutcome(status="no data", **base))
                continue
            ctx = RuleContext(
                spec=spec,
                config=config,
                profile=profile,
                tables=audited,
                inputs=read.inputs,
                calendar=calendar,
                as_of=as_of,
                configs=configs,
                scope_from=period[0] if period else None,
                scope_to=period[1] if period else None,
            )
            found = REGISTRY[code](ctx)
        found = found.with_columns(
            pl.lit(code).alias("rule"),
            pl.lit(config.severity.value).alias("severity"),
            pl.lit(spec.timeliness).alias("timeliness"),
            pl.coalesce(pl.col("paragraph"), pl.lit(config.citation, pl.String)).alias("paragraph"),
        )
        findings.append(found)
        counts = found.group_by("status").len().to_dict(as_series=False)
        by_status = dict(zip([str(s) for s in counts["status"]], counts["len"], strict=True))
        evaluated = by_status.get(OK, 0) + by_status.get(VIOLATION, 0)
        status = "ran" if evaluated or not by_status.get(NOT_EVALUABLE) else "not evaluable"
        outcomes.append(
            RuleOutcome(
                status=status,
                violations=by_status.get(VIOLATION, 0),
                evaluated=evaluated,
                pending=by_status.get(PENDING, 0),
                not_evaluable=by_status.get(NOT_EVALUABLE, 0),
                **base,
            )
        )

    all_findings = pl.concat(findings, how="vertical_relaxed") if findings else None
    sources = _inputs_frame(read.inputs)
    violations, pending, not_evaluable, teachers = _classified(
        all_findings, sources, calendar, as_of, profile
    )
    undecided = (
        _finding_rows(
            all_findings.filter(pl.col("status") == UNDECIDED), sources, calendar, as_of, profile
        )
        if all_findings is not None and request.snapshots
        else None
    )
    violations, waived, expired, unused = apply_waivers(violations, request.waivers, as_of)
    if waived.height:
        outcomes = _count_waived(outcomes, waived)
        teachers = _teachers(all_findings, violations)

    summaries = _input_summaries(read.inputs, out_of_scope, audited_rows)
    notes = list(read.notes) + _run_notes(profile, audited, selection, configs)
    return AuditResult(
        tool_version=__version__,
        profile=ProfileInfo(
            profile.id,
            profile.name,
            profile.effective_from,
            profile.source,
            profile.calendar.bell.is_default,
        ),
        as_of=as_of,
        period=period,
        inputs=summaries,
        skipped=list(read.skipped),
        rules=outcomes,
        violations=violations,
        pending=pending,
        not_evaluable=not_evaluable,
        waived=waived,
        rejected=_rejected_rows(read.rejected, sources),
        teachers=teachers,
        notes=notes,
        expired_waivers=expired,
        unused_waivers=unused,
        command_line=request.command_line,
        undecided=undecided,
        snapshots=list(request.snapshots),
    )


def _deadline_texts(config: RuleConfig) -> tuple[tuple[str | None, str, str | None], ...]:
    texts = [
        (value, choice.deadline.text, choice.counts_from)
        for value, choice in config.by.items()
        if choice.deadline is not None
    ]
    if config.default is not None and config.default.deadline is not None:
        texts.append((None, config.default.deadline.text, config.default.counts_from))
    return tuple(texts)


def _rejected_findings(rejected: pl.DataFrame) -> pl.DataFrame:
    """DQ003: each row the readers could not read is a finding of its own."""
    return findings_frame(
        rejected.with_columns(
            pl.lit(VIOLATION).cast(STATUS).alias("status"),
            pl.col("reason").alias("detail"),
        )
    )


def _rejected_rows(rejected: pl.DataFrame, sources: pl.DataFrame) -> pl.DataFrame:
    frame = rejected.join(sources, on=SOURCE_COLUMN, how="left")
    return frame.select(
        "path",
        "sheet",
        pl.col(ROW_COLUMN).alias("row"),
        "column",
        "value",
        "reason",
    ).sort("path", "sheet", "row", nulls_last=True)


def _classified(
    findings: pl.DataFrame | None,
    sources: pl.DataFrame,
    calendar: SchoolCalendar,
    as_of: dt.datetime,
    profile: Profile,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, list[TeacherSummary]]:
    if findings is None:
        findings = empty_findings().with_columns(
            pl.lit(None, pl.String).alias("rule"),
            pl.lit(None, pl.String).alias("severity"),
            pl.lit(None, pl.Boolean).alias("timeliness"),
        )
    violations = _finding_rows(
        findings.filter(pl.col("status") == VIOLATION), sources, calendar, as_of, profile
    )
    severity_rank = pl.col("severity").replace_strict(
        {s.value: s.rank for s in Severity}, return_dtype=pl.Int8
    )
    violations = (
        violations.with_columns(severity_rank.alias("_rank"))
        .sort(
            ["_rank", "late_working_days", "late_hours", "rule", "path", "row"],
            descending=[True, True, True, False, False, False],
            nulls_last=True,
        )
        .drop("_rank")
    )
    pending = (
        _finding_rows(
            findings.filter(pl.col("status") == PENDING), sources, calendar, as_of, profile
        )
        .with_columns(
            pl.lit(None, pl.Int32).alias("late_working_days"),
            pl.lit(None, pl.Float64).alias("late_hours"),
        )
        .sort("deadline", "rule", "path", "row", nulls_last=True)
    )
    return violations, pending, _not_evaluable(findings, sources), _teachers(findings, violations)


def _finding_rows(
    frame: pl.DataFrame,
    sources: pl.DataFrame,
    calendar: SchoolCalendar,
    as_of: dt.datetime,
    profile: Profile,
) -> pl.DataFrame:
    """Findings with their file and sheet, citation and how late they are."""
    done = pl.coalesce(pl.col("entered_at"), pl.lit(as_of))
    late = pl.col("deadline").is_not_null()
    working_days, hours = late_by_exprs(pl.col("deadline"), done, calendar)
    prefix = profile.citation_prefix
    citation = pl.when(pl.col("paragraph").is_not_null()).then(
        pl.concat_str(pl.lit(prefix + ", "), pl.col("paragraph"))
    )
    return (
        frame.join(sources, on=SOURCE_COLUMN, how="left")
        .with_columns(
            pl.col(ROW_COLUMN).alias("row"),
            pl.when(late).then(working_days).cast(pl.Int32).alias("late_working_days"),
            pl.when(late).then(hours).alias("late_hours"),
            citation.alias("citation"),
        )
        .select(*FINDING_COLUMNS)
    )


def _not_evaluable(findings: pl.DataFrame | None, sources: pl.DataFrame) -> pl.DataFrame:
    """One entry per row with its reason; a whole file without entry times is one entry."""
    schema = {
        "rule": pl.String,
        "path": pl.String,
        "sheet": pl.String,
        "row": pl.UInt32,
        "reason": pl.String,
        "rows": pl.UInt32,
    }
    if findings is None:
        return pl.DataFrame(schema=schema)
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


def _teachers(findings: pl.DataFrame | None, violations: pl.DataFrame) -> list[TeacherSummary]:
    """Per teacher: timeliness records decided, late ones, and all violations by rule."""
    if findings is None:
        return []
    decided = (
        findings.filter(pl.col("timeliness") & pl.col("status").is_in([OK, VIOLATION]))
        .group_by("teacher")
        .agg(pl.len().alias("evaluated"))
    )
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


def _count_waived(outcomes: list[RuleOutcome], waived: pl.DataFrame) -> list[RuleOutcome]:
    counts = dict(waived.group_by("rule").len().iter_rows())
    import dataclasses

    return [
        dataclasses.replace(
            o, violations=o.violations - counts.get(o.code, 0), waived=counts.get(o.code, 0)
        )
        if o.code in counts
        else o
        for o in outcomes
    ]


def _input_summaries(
    inputs: Sequence[InputFile], out_of_scope: pl.Series, audited: pl.Series
) -> list[InputSummary]:
    outside = out_of_scope.value_counts().to_dict(as_series=False) if out_of_scope.len() else {}
    inside = audited.value_counts().to_dict(as_series=False) if audited.len() else {}
    outside_map = dict(zip(outside.get(SOURCE_COLUMN, []), outside.get("count", []), strict=True))
    inside_map = dict(zip(inside.get(SOURCE_COLUMN, []), inside.get("count", []), strict=True))
    return [
        InputSummary(i, outside_map.get(i.index, 0), inside_map.get(i.index, 0)) for i in inputs
    ]


def _run_notes(
    profile: Profile,
    audited: dict[str, pl.DataFrame],
    selection: Selection,
    configs: dict[str, RuleConfig],
) -> list[Note]:
    notes: list[Note] = []
    if profile.effective_from is not None:
        first = _date_range_of(audited)
        if first is not None and first < profile.effective_from:
            notes.append(
                Note("note.before_effective_from", {"date": profile.effective_from.isoformat()})
            )
    uses_bell = any(
        choice.deadline is not None and choice.deadline.kind in (DeadlineKind.lesson_end,)
        for code in selection.codes
        for choice in [*configs[code].by.values(), configs[code].default]
        if choice is not None
    ) or any(
        code in selection.codes
        and any(
            c is not None and c.deadline is not None and c.deadline.kind is DeadlineKind.next_lesson
            for c in [*configs[code].by.values(), configs[code].default]
        )
        for code in configs
    )
    if uses_bell and profile.calendar.bell.is_default:
        notes.append(Note("note.default_bell_schedule", {}))
    for code in sorted(selection.turned_on):
        notes.append(Note("note.turned_on", {"code": code}))
    return notes


def _date_range_of(audited: dict[str, pl.DataFrame]) -> dt.date | None:
    lows = []
    for kind, table in audited.items():
        column = SCOPE_COLUMN.get(kind)
        if column and column in table.columns and table.height:
            low = table[column].cast(pl.Date).min()
            if low is not None:
                lows.append(low)
    return min(lows) if lows else None  # type: ignore[type-var]


def location_of(inputs: Sequence[InputFile], index: int) -> Location:
    item = next(i for i in inputs if i.index == index)
    return Location(path=item.path, sheet=item.sheet)
