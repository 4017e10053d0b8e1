"""The one result model every reporter reads. Reporters format it; none computes a finding.

Findings are Polars frames with resolved provenance (path, sheet, row), severity and citation;
counts are plain values. Everything here is language-neutral: messages are rendered by the
reporters from message keys and the finding's columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import polars as pl

from eklase_audit.io.model import InputFile, Note, SkippedInput

# Columns of the violations, pending, waived frames (in this order).
FINDING_COLUMNS: tuple[str, ...] = (
    "rule",
    "severity",
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
    "late_working_days",
    "late_hours",  # (entry - deadline) in hours, unrounded: each report rounds as it shows
    "detail",
    "value",
    "citation",
    "missing",
    "timeliness",
    "column",
    "reason",
    "entered_lo",  # from snapshots: entered after this time (null: before the first snapshot)
    "entered_hi",  # from snapshots: entered at or before this time
)


@dataclass(frozen=True)
class InputSummary:
    """One input as read and audited; rows_read = rejected + out of scope + audited."""

    file: InputFile
    rows_out_of_scope: int
    rows_audited: int

    @property
    def reconciles(self) -> bool:
        return self.file.rows_read == (
            self.file.rows_rejected + self.rows_out_of_scope + self.rows_audited
        )


@dataclass(frozen=True)
class RuleOutcome:
    code: str
    enabled: bool
    severity: str
    status: str  # "ran" | "off" | "no data" | "not evaluable"
    violations: int = 0
    evaluated: int = 0  # records the rule decided (fine or violation)
    pending: int = 0
    not_evaluable: int = 0
    waived: int = 0
    citation: str | None = None
    deadlines: tuple[tuple[str | None, str, str | None], ...] = ()  # (kind value, deadline, from)
    turned_on: bool = False  # off in the profile, on for this run by --select


@dataclass(frozen=True)
class TeacherSummary:
    teacher: str | None
    violations: int  # all violations of rules that name this teacher
    late: int  # timeliness violations
    evaluated: int  # records timeliness rules decided for this teacher
    by_rule: Mapping[str, int]

    @property
    def late_rate(self) -> float:
        return round(self.late / self.evaluated, 4) if self.evaluated else 0.0


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    effective_from: dt.date | None
    source: str
    bell_is_default: bool


@dataclass(frozen=True)
class Waiver:
    rule: str
    fields: Mapping[str, str]
    reason: str
    until: dt.date
    line: int | None = None


@dataclass(frozen=True)
class SnapshotInfo:
    """One set of exports taken at a known time, and where that time came from."""

    path: str
    taken_at: dt.datetime
    time_from: str  # "given", "folder name" or "modification time"


@dataclass
class AuditResult:
    tool_version: str
    profile: ProfileInfo
    as_of: dt.datetime
    period: tuple[dt.date | None, dt.date | None] | None
    inputs: list[InputSummary]
    skipped: list[SkippedInput]
    rules: list[RuleOutcome]
    violations: pl.DataFrame  # FINDING_COLUMNS, worst first
    pending: pl.DataFrame  # FINDING_COLUMNS
    not_evaluable: pl.DataFrame  # rule, path, sheet, row, reason, rows
    waived: pl.DataFrame  # FINDING_COLUMNS + waiver_reason, waiver_until
    rejected: pl.DataFrame  # path, sheet, row, column, value, reason
    teachers: list[TeacherSummary]
    notes: list[Note] = field(default_factory=list)
    expired_waivers: list[Waiver] = field(default_factory=list)
    unused_waivers: list[Waiver] = field(default_factory=list)
    command_line: Sequence[str] = ()
    # With snapshots: findings whose entry fell between two snapshots around the deadline.
    undecided: pl.DataFrame | None = None
    snapshots: list[SnapshotInfo] = field(default_factory=list)

    @property
    def violation_count(self) -> int:
        return self.violations.height

    def by_rule(self) -> dict[str, int]:
        return {r.code: r.violations for r in self.rules if r.violations}

    @property
    def timeliness_evaluated(self) -> int:
        return sum(t.evaluated for t in self.teachers)

    @property
    def timeliness_late(self) -> int:
        return sum(t.late for t in self.teachers)

    @property
    def late_rate(self) -> float:
        evaluated = self.timeliness_evaluated
        return round(self.timeliness_late / evaluated, 4) if evaluated else 0.0

    def worst_severity(self) -> str | None:
        if self.violations.is_empty():
            return None
        return "error" if (self.violations["severity"] == "error").any() else "warning"
