"""One school year of synthetic exports, with planted violations and their ground truth."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from eklase_audit.errors import UsageError
from eklase_audit.sample import derived, tables
from eklase_audit.sample.calendar_facts import SCHOOL_YEARS, SchoolYearFacts
from eklase_audit.sample.expected import build_expected
from eklase_audit.sample.plans import PLANS, PROFILE_IDS, FileSpec, ProfilePlan
from eklase_audit.sample.planting import absences as plant_absences
from eklase_audit.sample.planting import grades as plant_grades
from eklase_audit.sample.planting import lessons as plant_lessons
from eklase_audit.sample.planting import other as plant_other
from eklase_audit.sample.planting import reports as plant_reports
from eklase_audit.sample.planting import terms as plant_terms
from eklase_audit.sample.planting.bad_rows import bad_rows
from eklase_audit.sample.planting.base import RID, Planter
from eklase_audit.sample.readme import readme_text
from eklase_audit.sample.school import build_school, class_count
from eklase_audit.sample.writers import SheetJob, Written, write_csv, write_workbook

MAX_STUDENTS = 200_000
XLSX_MAX_ROWS = 1_000_000  # below Excel's 1 048 576 rows a sheet; a larger table is split
# The files a sample may leave in its folder (for clearing an earlier sample).
OWN_FILES = ("expected.json", "README.md")

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "lessons": ("date", "class_idx", "lesson_no", RID),
    "absences": ("date", "class_idx", "lesson_no", "student_idx", RID),
    "grades": ("date", "class_idx", "subject", "student_idx", RID),
    "reports": ("month", "kind", "class_idx", RID),
    "conversations": ("date", "class_idx", "student", RID),
    "plans": ("period_start", RID),
    "timetable": ("class_idx", "weekday", "lesson_no", RID),
    "test_plan": ("date", "class_idx", "subject", RID),
}


@dataclass(frozen=True)
class SampleSummary:
    """What was written, for the command's summary and for tests."""

    profile: str
    school: str
    outdir: Path
    year: str
    seed: int
    students: int
    classes: int
    as_of: dt.datetime
    files: tuple[tuple[str, str | None, int], ...]  # (path, sheet, data rows)
    violations: Mapping[str, int]  # rule -> planted violations
    pending: int
    not_evaluable: int
    near_misses: int
    rejected: int


def _is_own(name: str) -> bool:
    """A file name any profile's sample writes (a split workbook's parts included)."""
    if name in OWN_FILES:
        return True
    for plan in PLANS.values():
        for spec in plan.files:
            stem, suffix = spec.path.rsplit(".", 1)
            if name == spec.path or re.fullmatch(rf"{re.escape(stem)}_\d+\.{suffix}", name):
                return True
    return False


def _check_args(profile_id: str, year: str, students: int | None) -> tuple[ProfilePlan, int]:
    plan = PLANS.get(profile_id)
    if plan is None:
        raise UsageError(
            "sample.unknown_profile", {"profile": profile_id, "known": ", ".join(PROFILE_IDS)}
        )
    if year not in SCHOOL_YEARS:
        raise UsageError("sample.unknown_year", {"year": year, "known": ", ".join(SCHOOL_YEARS)})
    count = plan.default_students if students is None else students
    if not 1 <= count <= MAX_STUDENTS:
        raise UsageError("sample.bad_students", {"students": count, "max": MAX_STUDENTS})
    return plan, count


def _prepare_outdir(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise UsageError("sample.outdir_not_folder", {"path": str(outdir)})
    outdir.mkdir(parents=True, exist_ok=True)
    present = {p.name for p in outdir.iterdir()}
    # Only an earlier sample (it has its expected.json) is replaced; a folder of real exports
    # named like a sample's files is never written over.
    earlier_sample = "expected.json" in present
    foreign = sorted(name for name in present if not (earlier_sample and _is_own(name)))
    if foreign:
        raise UsageError("sample.outdir_not_empty", {"path": str(outdir), "file": foreign[0]})
    for name in present:
        (outdir / name).unlink()


def _sorted(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    keys = [k for k in SORT_KEYS.get(table, (RID,)) if k in frame.columns]
    return frame.sort(keys, nulls_last=True, maintain_order=True)


def generate_sample(
    profile_id: str,
    outdir: Path,
    *,
    students: int | None = None,
    seed: int = 1,
    year: str = "2025/2026",
    with_bad_rows: bool = False,
) -> SampleSummary:
    """Writes one school's exports for a school year into ``outdir``, with ``expected.json``."""
    plan, count = _check_args(profile_id, year, students)
    facts = SCHOOL_YEARS[year]
    _prepare_outdir(outdir)
    school = build_school(plan, facts, count, seed)
    as_of = plan.as_of(facts)

    frames: dict[str, pl.DataFrame] = {}
    if plan.kind == "preschool":
        frames["lessons"] = tables.preschool_lessons(school)
        frames["absences"] = tables.preschool_absences(school, frames["lessons"])
        frames["grades"] = tables.preschool_grades(school)
        frames["plans"] = tables.preschool_plans(school)
    else:
        frames["lessons"] = tables.school_lessons(school)
        frames["absences"] = tables.school_absences(school, frames["lessons"])
        frames["grades"] = tables.school_grades(school, frames["lessons"])
    if plan.has_table("conversations"):
        frames["conversations"] = tables.conversations(school, frames["lessons"])
    if plan.has_table("timetable"):
        frames["timetable"] = tables.timetable_export(school)
    if plan.has_table("journals"):
        frames["journals"] = tables.journals(school)
    if plan.has_table("accounts"):
        frames["accounts"] = tables.accounts(school)

    p = Planter(school, frames)
    plant_lessons.plant_all(p, p.frame("grades"))
    plant_absences.plant_all(p)
    plant_grades.plant_all(p)

    activity = derived.activity_months(p.frame("lessons"), p.frame("grades"))
    if plan.has_table("term_grades"):
        p.put("term_grades", derived.term_grades(school, p.frame("grades"), p.exempt))
    if plan.has_table("reports"):
        p.put("reports", derived.reports(school, activity))
    if plan.has_table("test_plan"):
        p.put("test_plan", derived.test_planner(school, p.frame("grades"), p.unplanned_tests))
    plant_terms.plant_all(p)
    plant_reports.plant_reports(p, activity)
    plant_other.plant_all(p)
    plant_other.plant_test_planner(p)

    final = {table: _sorted(table, frame) for table, frame in p.tables().items()}
    bad: dict[str, list] = {}
    rejected = []
    if with_bad_rows:
        bad, rejected = bad_rows(plan, final, facts.end_year, p.touched)

    written = _write(plan, school.plan.school, final, bad, p, outdir, facts, as_of)
    expected = build_expected(
        profile=plan.id,
        seed=seed,
        year=year,
        as_of=as_of,
        marks=p.marks,
        missing=p.missing,
        rejected=rejected,
        written=written,
    )
    (outdir / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    files = tuple(
        (w.path, w.sheet, w.data_rows)
        for w in sorted(
            (w for parts in written.values() for w in parts), key=lambda w: (w.path, w.sheet or "")
        )
    )
    (outdir / "README.md").write_text(
        readme_text(plan, year, seed, count, as_of, files, expected),
        encoding="utf-8",
        newline="\r\n",
    )
    return SampleSummary(
        profile=plan.id,
        school=plan.school,
        outdir=outdir,
        year=year,
        seed=seed,
        students=count,
        classes=class_count(plan, count),
        as_of=as_of,
        files=files,
        violations=dict(sorted(Counter(v["rule"] for v in expected["violations"]).items())),
        pending=len(expected["pending"]),
        not_evaluable=len(expected["not_evaluable"]),
        near_misses=len(expected["near_misses"]),
        rejected=len(expected["rejected"]),
    )


def _title(spec: FileSpec, school: str, span: str) -> tuple[str, ...]:
    return tuple(line.format(school=school, span=span) for line in spec.title)


def _chunks(
    spec: FileSpec, frame: pl.DataFrame, bad: list
) -> list[tuple[FileSpec, pl.DataFrame, list]]:
    """A table too long for one sheet goes into several workbooks: vertejumi_1.xlsx, ..."""
    if frame.height <= XLSX_MAX_ROWS:
        return [(spec, frame, bad)]
    stem, suffix = spec.path.rsplit(".", 1)
    out = []
    for k, offset in enumerate(range(0, frame.height, XLSX_MAX_ROWS), start=1):
        part = frame.slice(offset, XLSX_MAX_ROWS)
        rids = set(part[RID].to_list())
        path = f"{stem}_{k}.{suffix}"
        out.append((replace(spec, path=path), part, [b for b in bad if b.after_rid in rids]))
    return out


def _write(
    plan: ProfilePlan,
    school: str,
    frames: dict[str, pl.DataFrame],
    bad: dict[str, list],
    p: Planter,
    outdir: Path,
    facts: SchoolYearFacts,
    as_of: dt.datetime,
) -> dict[str, list[Written]]:
    first = facts.semester1.start if plan.kind == "school" else facts.preschool_periods[0].start
    span = f"{first:%d.%m.%Y.}–{as_of:%d.%m.%Y.}"
    wanted: dict[str, set[int]] = {}
    for mark in p.marks:
        wanted.setdefault(mark.table, set()).add(mark.rid)
    written: dict[str, list[Written]] = {}
    by_path: dict[str, list[FileSpec]] = {}
    for spec in plan.files:
        by_path.setdefault(spec.path, []).append(spec)
    created = as_of.replace(microsecond=0)
    for specs in by_path.values():
        if specs[0].shape == "xlsx":
            if len(specs) == 1:
                groups = [
                    [c]
                    for c in _chunks(specs[0], frames[specs[0].table], bad.get(specs[0].table, []))
                ]
            else:
                groups = [[(spec, frames[spec.table], bad.get(spec.table, [])) for spec in specs]]
            for group in groups:
                jobs = [
                    SheetJob(
                        spec,
                        frame,
                        _title(spec, school, span)[0] if spec.title else None,
                        wanted.get(spec.table, set()),
                        tuple(part_bad),
                    )
                    for spec, frame, part_bad in group
                ]
                results = write_workbook(
                    outdir / group[0][0].path, jobs, created=created, author=school
                )
                for (spec, _, _), result in zip(group, results, strict=True):
                    written.setdefault(spec.table, []).append(result)
        else:
            (spec,) = specs
            written.setdefault(spec.table, []).append(
                write_csv(
                    spec,
                    frames[spec.table],
                    outdir,
                    titles=_title(spec, school, span),
                    wanted=wanted.get(spec.table, set()),
                    bad=bad.get(spec.table, ()),
                )
            )
    return written
