"""The synthetic school: classes (or preschool groups), teachers, students and the timetable.

Loops here run over small things only (classes, subjects, weekly slots); students, who may number
a municipality's, are made in one vectorised pass.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cached_property

import polars as pl

from eklase_audit.sample import names
from eklase_audit.sample.calendar_facts import SchoolYearFacts
from eklase_audit.sample.plans import ProfilePlan
from eklase_audit.sample.prng import below, rng, salt

# Lessons a day by grade band (Monday..Friday).
DAY_LENGTHS: dict[str, tuple[int, ...]] = {
    "1-3": (5, 5, 5, 4, 4),
    "4-6": (6, 6, 5, 5, 5),
    "7-9": (7, 7, 7, 6, 6),
    "10-12": (7, 7, 7, 7, 6),
}
SPECIALIST_LOAD = 5  # classes a subject teacher takes before the school needs another


@dataclass(frozen=True)
class SchoolClass:
    index: int
    name: str  # "9.a", or a preschool group's name "Zīlītes"
    grade: int  # 0 for a preschool group
    teacher: str  # the class teacher (audzinātājs) or the group's first teacher
    second_teacher: str | None  # a preschool group's second teacher
    size: int
    class_hour_weekday: int  # 1 = Monday ... 5 = Friday (schools)


@dataclass(frozen=True)
class School:
    plan: ProfilePlan
    facts: SchoolYearFacts
    seed: int
    classes: tuple[SchoolClass, ...]
    teachers: tuple[str, ...]
    subject_teacher: pl.DataFrame  # class_idx, subject, teacher
    timetable: pl.DataFrame  # class_idx, class, grade, weekday, lesson_no, subject, teacher
    students: pl.DataFrame  # class_idx, class, grade, student_idx, student, female, surname_idx
    specialists: dict[str, str]  # preschool: "sports", "music", "speech" -> teacher

    @cached_property
    def _teacher_by_class_subject(self) -> dict[tuple[int, str], str]:
        return {(c, s): t for c, s, t in self.subject_teacher.iter_rows()}

    def teacher_of(self, class_idx: int, subject: str) -> str:
        """Who teaches the subject in the class; the class teacher for anything unassigned."""
        teacher = self._teacher_by_class_subject.get((class_idx, subject))
        return teacher if teacher is not None else self.classes[class_idx].teacher


class _NamePool:
    """Distinct adult names, female more often than male (as in Latvian schools)."""

    def __init__(self, seed: int, purpose: str) -> None:
        self._rng = rng(seed, purpose)
        self._used: set[str] = set()

    def take(self, female: bool | None = None) -> str:
        for attempt in range(10_000):
            is_female = (self._rng.random() < 0.8) if female is None else female
            first = self._rng.choice(names.FEMALE_FIRST if is_female else names.MALE_FIRST)
            surname = self._rng.choice(names.SURNAMES)[1 if is_female else 0]
            name = f"{first} {surname}"
            if attempt > 20:
                seconds = names.SECOND_NAMES_FEMALE if is_female else names.SECOND_NAMES_MALE
                name = f"{first} {self._rng.choice(seconds)} {surname}"
            if name not in self._used:
                self._used.add(name)
                return name
        raise RuntimeError("no free name left")  # pragma: no cover


def class_count(plan: ProfilePlan, students: int) -> int:
    return max(1, round(students / plan.class_size))


def _class_names(plan: ProfilePlan, count: int) -> list[tuple[str, int]]:
    if plan.kind == "preschool":
        groups = names.PRESCHOOL_GROUPS
        out = []
        for i in range(count):
            base = groups[i % len(groups)]
            out.append((base if i < len(groups) else f"{base} {i // len(groups) + 1}", 0))
        return out
    letters = string.ascii_lowercase
    order = plan.grade_order
    out = []
    for i in range(count):
        grade = order[i % len(order)]
        parallel = i // len(order)
        letter = letters[parallel % 26] + (str(parallel // 26 + 1) if parallel >= 26 else "")
        out.append((f"{grade}.{letter}", grade))
    return out


def _sizes(total: int, count: int) -> list[int]:
    base, extra = divmod(total, count)
    return [base + (1 if i < extra else 0) for i in range(count)]


def _timetable_for(
    klass: SchoolClass, subject_hours: tuple[tuple[str, int], ...], seed: int
) -> list[tuple[int, int, str]]:
    """(weekday, lesson_no, subject) slots of one class: subjects spread over the week."""
    r = rng(seed, f"timetable:{klass.name}")
    lengths = list(DAY_LENGTHS[names.band_of(klass.grade)])
    days: list[list[str]] = [[] for _ in lengths]
    # The class hour first, on its own weekday; then the subjects, most hours first.
    days[klass.class_hour_weekday - 1].append(names.CLASS_HOUR)
    plan = sorted(
        ((s, h) for s, h in subject_hours if s != names.CLASS_HOUR), key=lambda sh: (-sh[1], sh[0])
    )
    for subject, hours in plan:
        for _ in range(hours):
            limit = 1 if hours <= 5 else 2
            free = [
                d for d in range(5) if len(days[d]) < lengths[d] and days[d].count(subject) < limit
            ]
            if not free:
                free = [d for d in range(5) if len(days[d]) < lengths[d]] or list(range(5))
            most = max(lengths[d] - len(days[d]) for d in free)
            best = [d for d in free if lengths[d] - len(days[d]) == most]
            days[r.choice(best)].append(subject)
    slots: list[tuple[int, int, str]] = []
    for d, subjects in enumerate(days):
        ordinary = [s for s in subjects if s != names.CLASS_HOUR]
        r.shuffle(ordinary)
        ordered = ordinary + ([names.CLASS_HOUR] if names.CLASS_HOUR in subjects else [])
        slots.extend((d + 1, no + 1, subject) for no, subject in enumerate(ordered))
    return slots


def _students(classes: tuple[SchoolClass, ...], seed: int) -> pl.DataFrame:
    """Every student, with a name unique in the school (a second given name where needed)."""
    class_idx = [c.index for c in classes for _ in range(c.size)]
    df = pl.DataFrame({"class_idx": class_idx}, schema={"class_idx": pl.Int64}).with_row_index(
        "student_idx"
    )
    df = df.with_columns(pl.col("student_idx").cast(pl.Int64))
    key = pl.col("student_idx")
    female_first = {i: n for i, n in enumerate(names.FEMALE_FIRST)}
    male_first = {i: n for i, n in enumerate(names.MALE_FIRST)}
    surname_f = {i: s[1] for i, s in enumerate(names.SURNAMES)}
    surname_m = {i: s[0] for i, s in enumerate(names.SURNAMES)}
    df = df.with_columns(
        (below(key, salt(seed, "student:gender"), 2) == 1).alias("female"),
        below(key, salt(seed, "student:first"), 10_000).alias("_first"),
        below(key, salt(seed, "student:surname"), len(names.SURNAMES)).alias("surname_idx"),
    )
    df = df.with_columns(
        pl.when(pl.col("female"))
        .then((pl.col("_first") % len(female_first)).replace_strict(female_first))
        .otherwise((pl.col("_first") % len(male_first)).replace_strict(male_first))
        .alias("_given"),
        pl.when(pl.col("female"))
        .then(pl.col("surname_idx").replace_strict(surname_f))
        .otherwise(pl.col("surname_idx").replace_strict(surname_m))
        .alias("_surname"),
    )
    df = df.with_columns((pl.col("_given") + " " + pl.col("_surname")).alias("_base"))
    df = df.with_columns(
        (pl.col("student_idx").rank("ordinal").over("_base") - 1).cast(pl.Int64).alias("_dup")
    )
    seconds_f = {i: n for i, n in enumerate(names.SECOND_NAMES_FEMALE)}
    seconds_m = {i: n for i, n in enumerate(names.SECOND_NAMES_MALE)}
    n2 = len(names.SECOND_NAMES_FEMALE)

    def second(index: pl.Expr) -> pl.Expr:
        return (
            pl.when(pl.col("female"))
            .then((index % n2).replace_strict(seconds_f, return_dtype=pl.String))
            .otherwise((index % n2).replace_strict(seconds_m, return_dtype=pl.String))
        )

    dup = pl.col("_dup")
    middle = (
        pl.when(dup == 0)
        .then(pl.lit(""))
        .when(dup <= n2)
        .then(second(dup - 1) + " ")
        .when(dup <= n2 + n2 * n2)
        .then(second(dup - 1) + " " + second((dup - 1 - n2) // n2) + " ")
        .otherwise(pl.lit("") + dup.cast(pl.String) + ". ")
    )
    df = df.with_columns((pl.col("_given") + " " + middle + pl.col("_surname")).alias("student"))
    names_by_idx = {c.index: c.name for c in classes}
    grade_by_idx = {c.index: c.grade for c in classes}
    return df.select(
        "class_idx",
        pl.col("class_idx").replace_strict(names_by_idx, return_dtype=pl.String).alias("class"),
        pl.col("class_idx").replace_strict(grade_by_idx, return_dtype=pl.Int64).alias("grade"),
        "student_idx",
        "student",
        "female",
        "surname_idx",
    )


def build_school(plan: ProfilePlan, facts: SchoolYearFacts, students: int, seed: int) -> School:
    count = class_count(plan, students)
    sizes = _sizes(students, count)
    pool = _NamePool(seed, "teachers")
    r = rng(seed, "school")
    specialists: dict[str, str] = {}
    if plan.kind == "preschool":
        classes = tuple(
            SchoolClass(i, name, 0, pool.take(True), pool.take(True), sizes[i], 0)
            for i, (name, _) in enumerate(_class_names(plan, count))
        )
        # One sports teacher, music teacher and speech therapist for every six groups.
        for role in ("sports", "music", "speech"):
            for k in range((count + 5) // 6):
                specialists[f"{role}:{k}"] = pool.take()
        empty = pl.DataFrame(
            schema={"class_idx": pl.Int64, "subject": pl.String, "teacher": pl.String}
        )
        teachers = sorted(
            {c.teacher for c in classes}
            | {c.second_teacher for c in classes if c.second_teacher}
            | set(specialists.values())
        )
        return School(
            plan,
            facts,
            seed,
            classes,
            tuple(teachers),
            empty,
            pl.DataFrame(),
            _students(classes, seed),
            specialists,
        )

    draft = [
        (i, name, grade, r.choice((2, 3, 4)), sizes[i])
        for i, (name, grade) in enumerate(_class_names(plan, count))
    ]
    # Subject teachers: a grade 1-3 class teacher teaches most of their class's subjects.
    load: dict[str, int] = {}
    pools: dict[str, list[str]] = {}
    assignment: dict[tuple[int, str], str] = {}
    primary: dict[int, str] = {}
    taught_by: dict[int, list[str]] = {}
    for i, _name, grade, _wd, _size in draft:
        band = names.band_of(grade)
        if band == "1-3":
            primary[i] = pool.take()
        for subject, _hours in names.SUBJECT_HOURS[band]:
            if subject == names.CLASS_HOUR:
                continue
            if band == "1-3" and subject in names.PRIMARY_TEACHER_SUBJECTS:
                assignment[(i, subject)] = primary[i]
                continue
            candidates = [t for t in pools.get(subject, []) if load[t] < SPECIALIST_LOAD]
            if candidates:
                teacher = candidates[0]
            else:
                teacher = pool.take()
                pools.setdefault(subject, []).append(teacher)
                load[teacher] = 0
            load[teacher] += 1
            assignment[(i, subject)] = teacher
            taught_by.setdefault(i, []).append(teacher)
    homerooms: dict[str, int] = {}
    classes_list: list[SchoolClass] = []
    for i, name, grade, weekday, size in draft:
        if i in primary:
            teacher = primary[i]
        else:
            mine = taught_by[i]
            teacher = min(mine, key=lambda t: (homerooms.get(t, 0), mine.index(t)))
        homerooms[teacher] = homerooms.get(teacher, 0) + 1
        assignment[(i, names.CLASS_HOUR)] = teacher
        classes_list.append(SchoolClass(i, name, grade, teacher, None, size, weekday))
    classes = tuple(classes_list)
    subject_teacher = pl.DataFrame(
        [(ci, s, t) for (ci, s), t in sorted(assignment.items())],
        schema={"class_idx": pl.Int64, "subject": pl.String, "teacher": pl.String},
        orient="row",
    )
    rows = []
    for klass in classes:
        for weekday, lesson_no, subject in _timetable_for(
            klass, names.SUBJECT_HOURS[names.band_of(klass.grade)], seed
        ):
            rows.append(
                (
                    klass.index,
                    klass.name,
                    klass.grade,
                    weekday,
                    lesson_no,
                    subject,
                    assignment[(klass.index, subject)],
                )
            )
    timetable = pl.DataFrame(
        rows,
        schema={
            "class_idx": pl.Int64,
            "class": pl.String,
            "grade": pl.Int64,
            "weekday": pl.Int8,
            "lesson_no": pl.Int64,
            "subject": pl.String,
            "teacher": pl.String,
        },
        orient="row",
    )
    teachers = tuple(sorted(set(assignment.values())))
    return School(
        plan,
        facts,
        seed,
        classes,
        teachers,
        subject_teacher,
        timetable,
        _students(classes, seed),
        specialists,
    )
