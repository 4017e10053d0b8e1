"""The closed set of rules: what each reads (and which tables it cannot run without), whether it
has a deadline, and which parameters a profile may give it (and which it needs). Titles,
explanations and examples are messages (``rule.<CODE>.*``), so the same data serves ``rules``,
``explain``, the Rules sheet of the report and the README.

This module is light on purpose: the profile loader validates configs against it without
importing Polars.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Literal


class Severity(StrEnum):
    error = "error"
    warning = "warning"

    @property
    def rank(self) -> int:
        return {"warning": 1, "error": 2}[self.value]


class ParamType(Enum):
    """The type of a rule parameter in a profile's TOML."""

    STRING = "string"
    STRING_LIST = "list of strings"
    REGEX = "regular expression"
    REGEX_BY_VALUE = "table of regular expressions by value"  # {default = "...", "<value>" = "..."}
    STRING_LIST_BY_VALUE = "table of string lists by value"
    INT_LIST = "list of integers"
    BOOL = "boolean"
    INT = "integer"


# The names of grade forms a GRD002 `allowed` list may use (SPEC "Values": grades as E-klase
# writes them); ``grade_forms.py`` gives each its pattern.
GRADE_FORMS: tuple[str, ...] = (
    "ten_point",  # 1-10
    "percent",  # 85%, 85,5%
    "pass_fail",  # i, ni, ieskaitīts, neieskaitīts
    "not_done",  # nv
    "test_mark",  # 7(p.d.)
    "corrected",  # 5|7: corrected from 5 to 7
    "exempt",  # a, atb
    "stap",  # S, T, A, P (preschool)
    "blank",  # no grade
)

# The columns a per-kind deadline may count from (``from = "submitted_at"``).
COUNTS_FROM: frozenset[str] = frozenset(
    {"date", "submitted_at", "corrected_at", "note_submitted_at", "left_at", "requested_at"}
)


@dataclass(frozen=True)
class RuleSpec:
    """What the profile loader, the engine and the docs know about a rule."""

    code: str
    family: str  # lessons, absences, grades, term_grades, reports, conversations, plans, ...
    tables: tuple[str, ...]  # the tables it reads; the first is the one its records come from
    timeliness: bool  # a deadline rule: counts towards the late-entry rate
    severity: Severity
    # Deadlines may differ by the value of this column (``[rules.X.by_kind."..."]``).
    by_column: str | None = None
    params: dict[str, ParamType] = field(default_factory=dict)
    # Always on, whatever the profile says (the data-quality rules).
    always_on: bool = False
    # A rule that takes its deadline from another rule when it has none of its own.
    deadline_from: str | None = None
    # A rule whose records are missing records (no source row): its violations carry `missing`.
    missing_records: bool = False
    # Which of its tables it cannot run without: the first (its records' own), all, or any one.
    needs: Literal["first", "all", "any"] = "first"
    # Parameters it cannot run without when --select turns it on in a profile that has it off.
    required_params: tuple[str, ...] = ()

    def runs_with(self, tables: Collection[str]) -> bool:
        """Whether the tables it cannot run without are all among ``tables``."""
        if self.needs == "any":
            return any(t in tables for t in self.tables)
        needed = self.tables if self.needs == "all" else self.tables[:1]
        return all(t in tables for t in needed)


E, W = Severity.error, Severity.warning

RULES: dict[str, RuleSpec] = {
    spec.code: spec
    for spec in (
        # Lessons and homework
        RuleSpec(
            "LES000",
            "lessons",
            ("timetable", "lessons"),
            True,
            E,
            missing_records=True,
            deadline_from="LES001",
            needs="all",
        ),
        RuleSpec("LES001", "lessons", ("lessons",), True, E, by_column="kind"),
        RuleSpec(
            "LES002", "lessons", ("lessons",), True, E, by_column="kind", deadline_from="LES001"
        ),
        RuleSpec(
            "LES003",
            "lessons",
            ("lessons",),
            False,
            W,
            params={"patterns": ParamType.REGEX_BY_VALUE, "examples": ParamType.STRING_LIST},
            required_params=("patterns",),
        ),
        RuleSpec(
            "LES004", "lessons", ("lessons",), False, W, params={"reason_pattern": ParamType.REGEX}
        ),
        RuleSpec(
            "LES005", "lessons", ("lessons",), False, W, params={"note_pattern": ParamType.REGEX}
        ),
        RuleSpec(
            "LES006",
            "lessons",
            ("lessons",),
            True,
            E,
            missing_records=True,
            params={
                "class_hour_kinds": ParamType.STRING_LIST,
                "class_hour_subjects": ParamType.STRING_LIST,
            },
        ),
        RuleSpec(
            "LES007",
            "lessons",
            ("lessons",),
            False,
            W,
            params={"marker": ParamType.STRING, "phrases": ParamType.STRING_LIST},
            required_params=("phrases",),
        ),
        RuleSpec("HW001", "lessons", ("lessons",), True, E, by_column="kind"),
        # Absences
        RuleSpec("ABS001", "absences", ("absences",), True, E),
        RuleSpec(
            "ABS002",
            "absences",
            ("absences",),
            False,
            W,
            params={"allowed_codes": ParamType.STRING_LIST, "blank_note": ParamType.STRING},
            required_params=("allowed_codes",),
        ),
        RuleSpec("ABS003", "absences", ("absences",), True, E),
        # Grades
        RuleSpec(
            "GRD001",
            "grades",
            ("grades", "lessons"),
            True,
            E,
            by_column="work_type",
            params={"improved_from_correction": ParamType.BOOL},
        ),
        RuleSpec(
            "GRD002",
            "grades",
            ("grades",),
            False,
            W,
            by_column="work_type",
            params={"allowed": ParamType.STRING_LIST_BY_VALUE},
        ),
        # Semester and year grades
        RuleSpec("TRM001", "term_grades", ("term_grades",), True, E, by_column="period"),
        RuleSpec(
            "TRM002",
            "term_grades",
            ("term_grades", "grades"),
            True,
            E,
            by_column="period",
            missing_records=True,
            deadline_from="TRM001",
            needs="all",
        ),
        RuleSpec(
            "TRM003",
            "term_grades",
            ("term_grades",),
            False,
            W,
            params={"exempt_mark": ParamType.STRING, "other_exempt_marks": ParamType.STRING_LIST},
            required_params=("exempt_mark",),
        ),
        RuleSpec("TRM004", "term_grades", ("term_grades",), True, E, missing_records=True),
        # Reports, conversations, plans, set-up, access
        RuleSpec(
            "REP001",
            "reports",
            ("reports",),
            True,
            W,
            missing_records=True,
            params={"skip_months": ParamType.INT_LIST},
        ),
        RuleSpec("REP002", "reports", ("reports",), True, E, missing_records=True),
        RuleSpec("REP003", "reports", ("reports",), True, E, missing_records=True),
        RuleSpec("CNV001", "conversations", ("conversations",), True, E),
        RuleSpec("PLN001", "plans", ("plans",), True, E),
        RuleSpec("PLN002", "plans", ("plans",), True, E),
        RuleSpec(
            "PRE001",
            "lessons",
            ("lessons",),
            False,
            W,
            missing_records=True,
            params={"areas": ParamType.STRING_LIST_BY_VALUE},
            required_params=("areas",),
        ),
        RuleSpec(
            "PRE002",
            "lessons",
            ("lessons",),
            False,
            W,
            missing_records=True,
            params={"health_area": ParamType.STRING_LIST},
            required_params=("health_area",),
        ),
        RuleSpec(
            "TST001",
            "test_plan",
            ("grades", "test_plan"),
            False,
            W,
            params={"test_work_types": ParamType.STRING_LIST},
            needs="all",
            required_params=("test_work_types",),
        ),
        RuleSpec("SET001", "timetable", ("timetable",), True, E),
        RuleSpec("SET002", "journals", ("journals",), True, E, by_column="kind"),
        RuleSpec("ACC001", "accounts", ("accounts",), True, E),
        RuleSpec("ACC002", "accounts", ("accounts",), True, E),
        # Data quality: always on
        RuleSpec(
            "DQ001",
            "data_quality",
            ("grades", "absences", "conversations"),
            False,
            W,
            always_on=True,
            needs="any",
        ),
        RuleSpec("DQ002", "data_quality", (), False, W, always_on=True),
        RuleSpec("DQ003", "data_quality", (), False, W, always_on=True),
    )
}


def matching_codes(selector: str) -> list[str]:
    """Rule codes named by a code or a prefix (``LES``, ``GRD001``), case-insensitive."""
    wanted = selector.strip().upper()
    return [code for code in RULES if code.startswith(wanted)] if wanted else []
