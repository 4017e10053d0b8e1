"""The explicit registry: rule code -> the function that checks it.

DQ002 and DQ003 are produced by the engine itself (duplicates are set aside before any rule runs;
unreadable rows come from the readers), so they have no function here.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from eklase_audit.rules import (
    absences,
    access,
    data_quality,
    grades,
    lessons,
    plans,
    preschool,
    reports,
    setup,
    term_grades,
    test_planner,
)
from eklase_audit.rules.base import RuleContext

Check = Callable[[RuleContext], pl.DataFrame]

REGISTRY: dict[str, Check] = {
    "LES000": lessons.les000_timetable_lesson_missing,
    "LES001": lessons.les001_lesson_late,
    "LES002": lessons.les002_no_topic,
    "LES003": lessons.les003_topic_pattern,
    "LES004": lessons.les004_substitution_reason,
    "LES005": lessons.les005_not_held_note,
    "LES006": lessons.les006_class_hour,
    "LES007": lessons.les007_school_bag_wording,
    "HW001": lessons.hw001_homework_late,
    "ABS001": absences.abs001_absence_late,
    "ABS002": absences.abs002_mark_not_allowed,
    "ABS003": absences.abs003_note_registered_late,
    "GRD001": grades.grd001_grade_late,
    "GRD002": grades.grd002_grade_form,
    "TRM001": term_grades.trm001_term_grade_late,
    "TRM002": term_grades.trm002_term_grade_missing,
    "TRM003": term_grades.trm003_exemption_mark,
    "TRM004": term_grades.trm004_interim_grades,
    "REP001": reports.monthly_report,
    "REP002": reports.monthly_report,
    "REP003": reports.monthly_report,
    "CNV001": reports.cnv001_conversation_late,
    "PLN001": plans.pln001_monthly_plan,
    "PLN002": plans.pln002_weekly_plan,
    "PRE001": preschool.pre001_week_areas,
    "PRE002": preschool.pre002_daily_health,
    "TST001": test_planner.tst001_test_planner,
    "SET001": setup.set001_timetable_late,
    "SET002": setup.set002_journal_late,
    "ACC001": access.acc001_access_after_leaving,
    "ACC002": access.acc002_parent_connected_late,
    "DQ001": data_quality.dq001_entered_before_event,
}
