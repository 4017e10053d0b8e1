"""The audit: evaluation, classification and reconciliation.

The engine turns what the readers read into one :class:`~eklase_audit.result.AuditResult`:
it chooses the rules (``selection.py``), puts every row in scope or out of it (``scope.py``),
sets duplicates aside (DQ002), runs each rule, and counts (``tally.py``). Every data row ends
audited, rejected or out of scope, and every (record, rule) pair in exactly one of fine,
violation, pending, undecided or not evaluable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import polars as pl

from eklase_audit import __version__
from eklase_audit.calendar.deadline_spec import DeadlineKind
from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.io.model import Note, ReadResult, merged_notes
from eklase_audit.io.schema import SOURCE_COLUMN
from eklase_audit.profiles.model import Profile, RuleConfig
from eklase_audit.result import AuditResult, ProfileInfo, RuleOutcome, SnapshotInfo, Waiver
from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    OK,
    PENDING,
    UNDECIDED,
    VIOLATION,
    RuleContext,
    deadline_choices,
    empty_findings,
)
from eklase_audit.rules.catalog import RULES
from eklase_audit.rules.data_quality import split_duplicates
from eklase_audit.rules.registry import REGISTRY
from eklase_audit.scope import Scope, check_period, date_range, scope_filter
from eklase_audit.selection import Selection, select_rules
from eklase_audit.snapshots import SNAPSHOT_COLUMN, first_appearances
from eklase_audit.tally import (
    classified,
    count_waived,
    decided_per_teacher,
    finding_rows,
    input_summaries,
    inputs_frame,
    merge_decided,
    rejected_findings,
    rejected_rows,
    teacher_summaries,
)
from eklase_audit.waivers import apply_waivers


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


def run_audit(request: AuditRequest) -> AuditResult:
    profile, read, as_of = request.profile, request.read, request.as_of
    selection = select_rules(profile, request.select, request.ignore)
    first, last = date_range(read.tables)
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
            scope_filter(kind, table, request.scope, calendar, as_of).alias("_in")
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
    decided: list[pl.DataFrame] = []  # per teacher: timeliness records decided (fine or late)
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
            found = rejected_findings(read.rejected)
        else:
            if not spec.runs_with(audited):
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
        counts = found.group_by("status").len().to_dict(as_series=False)
        if spec.timeliness:
            decided.append(decided_per_teacher(found))
        # Only what is not fine goes on: fine records are counted above, not kept.
        found = found.filter(pl.col("status") != OK).with_columns(
            pl.lit(code).alias("rule"),
            pl.lit(config.severity.value).alias("severity"),
            pl.lit(spec.timeliness).alias("timeliness"),
            pl.coalesce(pl.col("paragraph"), pl.lit(config.citation, pl.String)).alias("paragraph"),
        )
        findings.append(found)
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
    decided_counts = merge_decided(decided)
    sources = inputs_frame(read.inputs)
    violations, pending, not_evaluable = classified(all_findings, sources, calendar, as_of, profile)
    # Undecided: entered somewhere around the deadline, so how late is not known.
    undecided = (
        finding_rows(
            all_findings.filter(pl.col("status") == UNDECIDED),
            sources,
            calendar,
            as_of,
            profile,
            lateness=False,
        )
        if all_findings is not None and request.snapshots
        else None
    )
    # Waived violations keep the violations' order: worst first.
    violations, waived, expired, unused = apply_waivers(violations, request.waivers, as_of)
    if waived.height:
        outcomes = count_waived(outcomes, waived)
    teachers = teacher_summaries(decided_counts, violations)

    summaries = input_summaries(read.inputs, out_of_scope, audited_rows)
    notes = merged_notes(read.notes) + _run_notes(profile, audited, selection, configs)
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
        rejected=rejected_rows(read.rejected, sources),
        teachers=teachers,
        notes=notes,
        expired_waivers=expired,
        unused_waivers=unused,
        command_line=request.command_line,
        undecided=undecided,
        snapshots=list(request.snapshots),
    )


def _deadline_texts(config: RuleConfig) -> tuple[tuple[str | None, str, str | None], ...]:
    return tuple(
        (value, deadline.text, choice.counts_from)
        for value, choice, deadline in deadline_choices(config)
    )


def _run_notes(
    profile: Profile,
    audited: dict[str, pl.DataFrame],
    selection: Selection,
    configs: dict[str, RuleConfig],
) -> list[Note]:
    notes: list[Note] = []
    if profile.effective_from is not None:
        first = date_range(audited)[0]
        if first is not None and first < profile.effective_from:
            notes.append(Note("note.before_effective_from", {"date": profile.effective_from}))
    uses_bell = any(
        deadline.kind in (DeadlineKind.lesson_end, DeadlineKind.next_lesson)
        for code in selection.codes
        for _, _, deadline in deadline_choices(configs[code])
    )
    if uses_bell and profile.calendar.bell.is_default:
        notes.append(Note("note.default_bell_schedule", {}))
    for code in sorted(selection.turned_on):
        notes.append(Note("note.turned_on", {"code": code}))
    return notes
