"""The clean tables of one school year, built with Polars.

Everything here is on time and well formed: every record is entered shortly after its event and
before the earliest deadline any profile could give it (a lesson during the lesson itself, an
absence with it, a grade the same afternoon, a report on the first days of the next month).
``planting.py`` then spoils chosen rows on purpose. Randomness comes from hashes of stable keys
(``prng.py``), so the big tables are made without Python loops over rows.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample import names
from eklase_audit.sample.plans import ProfilePlan
from eklase_audit.sample.prng import below, combine, salt, uniform
from eklase_audit.sample.school import School

RID = "_rid"  # every table's record id: stable while cases are planted, and in expected.json
DATETIME = pl.Datetime("us")
LESSON_START_MINUTES = {n: t.hour * 60 + t.minute for n, (t, _) in cal.BELL.items()}
ORDINARY = "stunda"
CLASS_HOUR_KIND = "audzināšanas stunda"
CONSULTATION = "konsultācija"
INDIVIDUAL = "individuālais darbs"
PLAY = "rotaļnodarbība"
WORK_SHARE = 0.1  # lessons with graded work
PASS_FAIL = "ieskaitīts/neieskaitīts"
ABSENCE_COLUMNS = (
    "class_idx",
    "class",
    "date",
    "lesson_no",
    "subject",
    "teacher",
    "student_idx",
    "student",
    "code",
    "notes",
    "note_submitted_at",
    "justified_at",
    "entered_at",
)
GRADE_COLUMNS = (
    "class_idx",
    "class",
    "grade",
    "date",
    "lesson_no",
    "subject",
    "teacher",
    "student_idx",
    "student",
    "grade_value",
    "work_type",
    "submitted_at",
    "corrected_at",
    "entered_at",
)


def day_key(col: str = "date") -> pl.Expr:
    """A date as a small non-negative integer (days since 2000-01-01)."""
    return (pl.col(col) - pl.lit(dt.date(2000, 1, 1))).dt.total_days().cast(pl.Int64)


_SUBJECTS = {
    s: i for i, s in enumerate(sorted({*names.TOPICS, *names.ALL_AREAS, names.INDIVIDUAL_WORK}))
}


def subject_key(col: str = "subject") -> pl.Expr:
    """A subject as a small integer, the same in every run (unlike a string hash)."""
    return pl.col(col).replace_strict(_SUBJECTS, default=len(_SUBJECTS), return_dtype=pl.Int64)


def at_time(date: pl.Expr, seconds: pl.Expr) -> pl.Expr:
    """A datetime from a date and seconds after midnight."""
    return date.cast(DATETIME) + pl.duration(seconds=seconds)


def with_rid(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_row_index(RID).with_columns(pl.col(RID).cast(pl.Int64))


def _days_frame(days: tuple[dt.date, ...]) -> pl.DataFrame:
    return pl.DataFrame({"date": days}, schema={"date": pl.Date}).with_columns(
        pl.col("date").dt.weekday().cast(pl.Int8).alias("weekday"),
        pl.int_range(pl.len(), dtype=pl.Int64).alias("day_idx"),
    )


def _class_frame(school: School) -> pl.DataFrame:
    return pl.DataFrame(
        [
            (c.index, c.name, c.grade, c.teacher, c.class_hour_weekday, c.second_teacher)
            for c in school.classes
        ],
        schema={
            "class_idx": pl.Int64,
            "class": pl.String,
            "grade": pl.Int64,
            "class_teacher": pl.String,
            "class_hour_weekday": pl.Int8,
            "second_teacher": pl.String,
        },
        orient="row",
    )


def _lookup(values: tuple[str, ...] | list[str], index: pl.Expr) -> pl.Expr:
    mapping = dict(enumerate(values))
    return (index % len(values)).replace_strict(mapping, return_dtype=pl.String)


def _topics(df: pl.DataFrame, sr_pattern: bool) -> pl.DataFrame:
    """A topic for each lesson: the subject's topics in turn, three lessons each."""
    df = df.sort("date", "class_idx", "lesson_no", nulls_last=True).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).over("class_idx", "subject").alias("_ord")
    )
    topic_rows = [(s, i, t) for s, ts in names.TOPICS.items() for i, t in enumerate(ts)]
    topics = pl.DataFrame(
        topic_rows,
        schema={"subject": pl.String, "_ti": pl.Int64, "_topic": pl.String},
        orient="row",
    )
    counts = {s: len(ts) for s, ts in names.TOPICS.items()}
    df = df.with_columns(
        ((pl.col("_ord") // 3 + pl.col("class_idx")) % pl.col("subject").replace_strict(counts))
        .cast(pl.Int64)
        .alias("_ti")
    ).join(topics, on=["subject", "_ti"], how="left", maintain_order="left")
    topic = pl.col("_topic")
    topic = (
        pl.when(pl.col("kind") == CONSULTATION)
        .then(pl.lit("Gatavošanās eksāmenam: ") + topic)
        .otherwise(topic)
    )
    if sr_pattern:
        outcome = _lookup(names.OUTCOMES, pl.col("_ord") // 3 + pl.col("class_idx"))
        topic = pl.lit("SR: ") + outcome + pl.lit(" / ") + topic
    return df.with_columns(topic.alias("topic")).drop("_ord", "_ti", "_topic")


def school_lessons(school: School) -> pl.DataFrame:
    """Every lesson of the year: the timetable laid over the school days, class hours moved
    within their week when their day is off, individual work, and grade 9 and 12 consultations
    in June."""
    plan, facts, seed = school.plan, school.facts, school.seed
    school_days = cal.school_weekdays(facts.name)
    days = _days_frame(school_days)
    classes = _class_frame(school)
    tt = school.timetable
    regular = tt.join(days, on="weekday").with_columns(
        pl.when(pl.col("subject") == names.CLASS_HOUR)
        .then(pl.lit(CLASS_HOUR_KIND))
        .otherwise(pl.lit(ORDINARY))
        .alias("kind")
    )
    per_day = tt.group_by("class_idx", "weekday").agg(pl.len().cast(pl.Int64).alias("_n"))

    # A class hour whose weekday is off that week moves to the week's first school day.
    weeks: dict[dt.date, list[dt.date]] = {}
    for d in school_days:
        weeks.setdefault(cal.week_monday(d), []).append(d)
    moves = [
        (w, week_days[0])
        for week_days in weeks.values()
        for w in range(1, 6)
        if not any(d.weekday() + 1 == w for d in week_days)
    ]
    moved = pl.DataFrame(
        moves, schema={"class_hour_weekday": pl.Int8, "date": pl.Date}, orient="row"
    )
    makeups = (
        classes.join(moved, on="class_hour_weekday")
        .with_columns(pl.col("date").dt.weekday().cast(pl.Int8).alias("weekday"))
        .join(per_day, on=["class_idx", "weekday"], how="left")
        .select(
            "class_idx",
            "class",
            "grade",
            "weekday",
            (pl.col("_n").fill_null(0) + 1).alias("lesson_no"),
            pl.lit(names.CLASS_HOUR).alias("subject"),
            pl.col("class_teacher").alias("teacher"),
            "date",
            pl.lit(CLASS_HOUR_KIND).alias("kind"),
        )
    )

    # Individual work after lessons on some days, with the class's maths or language teacher.
    ind = (
        classes.join(days, how="cross")
        .filter(uniform(combine(pl.col("class_idx"), day_key()), salt(seed, "individual")) < 0.07)
        .join(per_day, on=["class_idx", "weekday"], how="left")
        .with_columns(
            pl.when(day_key() % 2 == 0)
            .then(pl.lit("Matemātika"))
            .otherwise(pl.lit("Latviešu valoda"))
            .alias("_for")
        )
        .join(
            school.subject_teacher.rename({"subject": "_for"}), on=["class_idx", "_for"], how="left"
        )
        .select(
            "class_idx",
            "class",
            "grade",
            "weekday",
            (pl.col("_n").fill_null(0) + 2).alias("lesson_no"),
            pl.lit(names.INDIVIDUAL_WORK).alias("subject"),
            pl.col("teacher").fill_null(pl.col("class_teacher")),
            "date",
            pl.lit(INDIVIDUAL).alias("kind"),
            "_for",
        )
    )

    # Grades 9 and 12 after 29 May: a consultation a day and a class hour a week.
    june_rows = []
    for klass in school.classes:
        end = facts.year_end(klass.grade)
        if end <= facts.semester2.end:
            continue
        extra = [d for d in cal.school_days(facts.name, klass.grade) if d > facts.semester2.end]
        seen_weeks: set[dt.date] = set()
        for i, d in enumerate(extra):
            subject = names.EXAM_SUBJECTS[i % len(names.EXAM_SUBJECTS)]
            teacher = school.teacher_of(klass.index, subject)
            june_rows.append((klass.index, d, 2, subject, teacher, CONSULTATION))
            if cal.week_monday(d) not in seen_weeks:
                seen_weeks.add(cal.week_monday(d))
                june_rows.append(
                    (klass.index, d, 1, names.CLASS_HOUR, klass.teacher, CLASS_HOUR_KIND)
                )
    june = pl.DataFrame(
        june_rows,
        schema={
            "class_idx": pl.Int64,
            "date": pl.Date,
            "lesson_no": pl.Int64,
            "subject": pl.String,
            "teacher": pl.String,
            "kind": pl.String,
        },
        orient="row",
    ).join(classes.select("class_idx", "class", "grade"), on="class_idx")

    cols = ["class_idx", "class", "grade", "date", "lesson_no", "subject", "teacher", "kind"]
    lessons = pl.concat(
        [
            regular.select(cols),
            makeups.select(cols),
            ind.select(cols),
            june.select(cols),
        ]
    )
    # Aknīste 3.1 writes each topic after its learning outcome: "SR: outcome / topic".
    lessons = _topics(lessons, sr_pattern=plan.on("LES003"))
    # Individual work names its subject and pupil (Aknīste 3.2 asks for it everywhere useful).
    pupil = school.students.group_by("class_idx").agg(pl.col("student").sort().alias("_pupils"))
    lessons = lessons.join(pupil, on="class_idx", how="left", maintain_order="left").with_columns(
        pl.col("_pupils")
        .list.get(
            below(combine(pl.col("class_idx"), day_key()), salt(seed, "ind:pupil"), 1_000_000)
            % pl.col("_pupils").list.len(),
            null_on_oob=True,
        )
        .alias("_pupil")
    )
    ind_topic = pl.concat_str(
        [
            pl.lit("Individuālais darbs ("),
            pl.when(day_key() % 2 == 0)
            .then(pl.lit("matemātika"))
            .otherwise(pl.lit("latviešu valoda")),
            pl.lit(" / "),
            pl.col("_pupil"),
            pl.lit(") "),
            _lookup(names.TOPICS[names.INDIVIDUAL_WORK], day_key()).str.to_lowercase(),
        ]
    )
    lessons = lessons.with_columns(
        pl.when(pl.col("kind") == INDIVIDUAL)
        .then(ind_topic)
        .otherwise(pl.col("topic"))
        .alias("topic")
    ).drop("_pupils", "_pupil")

    key = combine(pl.col("class_idx"), day_key(), pl.col("lesson_no"))
    homework = (
        pl.when((pl.col("kind") == ORDINARY) & (uniform(key, salt(seed, "homework")) < 0.3))
        .then(_lookup(names.HOMEWORK, below(key, salt(seed, "homework:text"), 1000)))
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    start = pl.col("lesson_no").replace_strict(LESSON_START_MINUTES, return_dtype=pl.Int64) * 60
    offset = 180 + below(key, salt(seed, "lesson:entry"), 35 * 60)
    lessons = lessons.with_columns(
        homework.alias("homework"),
        at_time(pl.col("date"), start + offset).alias("entered_at"),
    ).with_columns(
        pl.when(pl.col("homework").is_not_null())
        .then(pl.col("entered_at"))
        .otherwise(pl.lit(None, dtype=DATETIME))
        .alias("homework_entered_at"),
        pl.lit(None, dtype=pl.String).alias("notes"),
        pl.lit(None, dtype=pl.String).alias("substitute"),
        pl.lit(None, dtype=pl.String).alias("reason"),
        pl.lit(True).alias("held"),
        pl.lit(None, dtype=pl.String).alias("learning_area"),
    )
    if plan.on("LES004"):
        teachers = list(school.teachers)
        sub_key = uniform(key, salt(seed, "substitute"))
        order_date = (pl.col("date") - pl.duration(days=1)).dt.strftime("%d.%m.%Y.")
        number = (below(key, salt(seed, "order:no"), 300) + 100).cast(pl.String)
        lessons = (
            lessons.with_columns(
                pl.when((sub_key < 0.006) & (pl.col("kind") == ORDINARY))
                .then(_lookup(teachers, below(key, salt(seed, "substitute:who"), 10_000)))
                .otherwise(pl.lit(None, dtype=pl.String))
                .alias("substitute")
            )
            .with_columns(
                pl.when(pl.col("substitute") == pl.col("teacher"))
                .then(pl.lit(None, dtype=pl.String))
                .otherwise(pl.col("substitute"))
                .alias("substitute")
            )
            .with_columns(
                pl.when(pl.col("substitute").is_not_null())
                .then(
                    pl.concat_str([pl.lit("Rīkojums "), order_date, pl.lit(" Nr. 1-11/"), number])
                )
                .otherwise(pl.lit(None, dtype=pl.String))
                .alias("reason")
            )
        )
    return with_rid(lessons.sort("date", "class_idx", "lesson_no", nulls_last=True))


def preschool_lessons(school: School) -> pl.DataFrame:
    """A group's day: one integrated play session led by a dominant learning area, one health
    and physical activity session, and now and then individual work; all seven areas each week
    (Mazulītis 3.7-3.8)."""
    facts, seed = school.facts, school.seed
    periods = facts.preschool_periods
    days = cal.working_days_between(periods[0].start, periods[1].end)
    weeks: dict[dt.date, list[dt.date]] = {}
    for d in days:
        weeks.setdefault(cal.week_monday(d), []).append(d)
    plan_rows = []
    dominant = names.DOMINANT_AREAS
    for w_index, (monday, week_days) in enumerate(sorted(weeks.items())):
        offset = w_index % len(dominant)
        chosen: list[tuple[dt.date, str, list[str]]] = []
        for j, d in enumerate(week_days):
            main = dominant[(offset + j) % 6]
            integrated = [dominant[(offset + j + 1) % 6], dominant[(offset + j + 2) % 6]]
            chosen.append((d, main, integrated))
        covered = {a for _, m, i in chosen for a in (m, *i)}
        missing = [a for a in dominant if a not in covered]
        if missing:
            chosen[-1][2].extend(missing)
        theme = names.PRESCHOOL_THEMES[(w_index // 3) % len(names.PRESCHOOL_THEMES)]
        for d, main, integrated in chosen:
            areas = "; ".join(names.AREA_SHORT[a] for a in integrated)
            plan_rows.append((d, monday, w_index, main, areas, theme))
    day_plan = pl.DataFrame(
        plan_rows,
        schema={
            "date": pl.Date,
            "week": pl.Date,
            "week_idx": pl.Int64,
            "subject": pl.String,
            "learning_area": pl.String,
            "_theme": pl.String,
        },
        orient="row",
    )
    groups = _class_frame(school)
    sports = {c.index: school.specialists[f"sports:{c.index // 6}"] for c in school.classes}
    speech = {c.index: school.specialists[f"speech:{c.index // 6}"] for c in school.classes}
    base = groups.join(day_plan, how="cross")
    key = combine(pl.col("class_idx"), day_key())
    main = base.select(
        "class_idx",
        "class",
        "grade",
        "date",
        "subject",
        "learning_area",
        pl.when(pl.col("week_idx") % 2 == 0)
        .then(pl.col("class_teacher"))
        .otherwise(pl.col("second_teacher"))
        .alias("teacher"),
        pl.lit(PLAY).alias("kind"),
        (
            pl.col("_theme")
            + pl.lit(": ")
            + _lookup(names.PRESCHOOL_ACTIVITIES, below(key, salt(seed, "pre:act"), 1000))
        ).alias("topic"),
        pl.when((pl.col("date").dt.weekday() == 5) & (uniform(key, salt(seed, "pre:hw")) < 0.25))
        .then(_lookup(names.PRESCHOOL_HOMEWORK, pl.col("week_idx")))
        .otherwise(pl.lit(None, dtype=pl.String))
        .alias("homework"),
        pl.lit(0, dtype=pl.Int64).alias("_slot"),
    )
    health = base.select(
        "class_idx",
        "class",
        "grade",
        "date",
        pl.lit(names.AREA_HEALTH).alias("subject"),
        pl.lit(None, dtype=pl.String).alias("learning_area"),
        pl.col("class_idx").replace_strict(sports, return_dtype=pl.String).alias("teacher"),
        pl.lit(PLAY).alias("kind"),
        _lookup(names.PRESCHOOL_HEALTH, below(key, salt(seed, "pre:health"), 1000)).alias("topic"),
        pl.lit(None, dtype=pl.String).alias("homework"),
        pl.lit(1, dtype=pl.Int64).alias("_slot"),
    )
    individual = base.filter(uniform(key, salt(seed, "pre:ind")) < 0.1).select(
        "class_idx",
        "class",
        "grade",
        "date",
        pl.lit(names.INDIVIDUAL_WORK).alias("subject"),
        pl.lit(None, dtype=pl.String).alias("learning_area"),
        pl.col("class_idx").replace_strict(speech, return_dtype=pl.String).alias("teacher"),
        pl.lit(INDIVIDUAL).alias("kind"),
        _lookup(names.PRESCHOOL_INDIVIDUAL, below(key, salt(seed, "pre:indt"), 1000)).alias(
            "topic"
        ),
        pl.lit(None, dtype=pl.String).alias("homework"),
        pl.lit(2, dtype=pl.Int64).alias("_slot"),
    )
    lessons = pl.concat([main, health, individual])
    key2 = combine(pl.col("class_idx"), day_key(), pl.col("_slot"))
    # Play sessions are planned before 07:30 (3.9); individual work is entered after it happens.
    morning = 6 * 3600 + 40 * 60 + below(key2, salt(seed, "pre:entry"), 45 * 60)
    afternoon = 13 * 3600 + below(key2, salt(seed, "pre:entry2"), 4 * 3600)
    lessons = lessons.with_columns(
        at_time(
            pl.col("date"),
            pl.when(pl.col("kind") == INDIVIDUAL).then(afternoon).otherwise(morning),
        ).alias("entered_at"),
        pl.lit(None, dtype=pl.Int64).alias("lesson_no"),
    )
    return with_rid(lessons.sort("date", "class_idx", "_slot").drop("_slot"))


def school_absences(school: School, lessons: pl.DataFrame) -> pl.DataFrame:
    """Absences: a few whole days and single lessons a student a year, marked with the lesson."""
    seed = school.seed
    days = _days_frame(cal.school_weekdays(school.facts.name))
    n_days = days.height
    draws = 8
    students = school.students.select("class_idx", "class", "student_idx", "student")
    cand = students.join(
        pl.DataFrame({"_j": list(range(draws))}, schema={"_j": pl.Int64}), how="cross"
    )
    ckey = combine(pl.col("student_idx"), pl.col("_j"))
    cand = (
        cand.with_columns(
            below(ckey, salt(seed, "abs:day"), n_days).alias("day_idx"),
            uniform(ckey, salt(seed, "abs:keep")).alias("_u"),
        )
        .filter(pl.col("_u") < 0.65)
        .join(days.select("day_idx", "date"), on="day_idx")
        .unique(["student_idx", "date"], keep="first", maintain_order=True)
        .with_columns(
            (uniform(ckey, salt(seed, "abs:full")) < 0.6).alias("_full"),
            below(ckey, salt(seed, "abs:pick"), 1000).alias("_pick"),
            uniform(ckey, salt(seed, "abs:code")).alias("_cu"),
        )
    )
    marked = lessons.filter(pl.col("kind").is_in([ORDINARY, CLASS_HOUR_KIND])).select(
        "class_idx", "date", "lesson_no", "subject", "teacher", "entered_at"
    )
    marked = marked.with_columns(
        (pl.col("lesson_no").rank("ordinal").over("class_idx", "date") - 1)
        .cast(pl.Int64)
        .alias("_r"),
        pl.len().over("class_idx", "date").cast(pl.Int64).alias("_n"),
    )
    out = cand.join(marked, on=["class_idx", "date"]).filter(
        pl.col("_full") | (pl.col("_r") == pl.col("_pick") % pl.col("_n"))
    )
    code = (
        pl.when(pl.col("_full"))
        .then(
            pl.when(pl.col("_cu") < 0.65)
            .then(pl.lit("ns"))
            .when(pl.col("_cu") < 0.9)
            .then(pl.lit("nc"))
            .otherwise(pl.lit("n"))
        )
        .otherwise(pl.when(pl.col("_cu") < 0.55).then(pl.lit("n")).otherwise(pl.lit("nc")))
    )
    akey = combine(pl.col("student_idx"), day_key(), pl.col("lesson_no"))
    out = out.with_columns(
        code.alias("code"),
        (
            pl.col("entered_at") + pl.duration(seconds=below(akey, salt(seed, "abs:entry"), 50))
        ).alias("entered_at"),
        pl.lit(None, dtype=pl.String).alias("notes"),
    )
    # A justification note is handed in on the next school day and registered the same day.
    next_day = days.select("date", pl.col("date").shift(-1).alias("_next")).drop_nulls()
    out = out.join(next_day, on="date", how="left", maintain_order="left")
    with_note = (
        pl.col("code").is_in(["ns", "nc"])
        & pl.col("_next").is_not_null()
        & (uniform(ckey, salt(seed, "abs:note")) < 0.6)
    )
    note_at = at_time(pl.col("_next"), 8 * 3600 + below(ckey, salt(seed, "abs:note:t"), 1500))
    justified = at_time(pl.col("_next"), 12 * 3600 + below(ckey, salt(seed, "abs:just"), 4 * 3600))
    out = out.with_columns(
        pl.when(with_note)
        .then(note_at)
        .otherwise(pl.lit(None, dtype=DATETIME))
        .alias("note_submitted_at"),
        pl.when(with_note)
        .then(justified)
        .otherwise(pl.lit(None, dtype=DATETIME))
        .alias("justified_at"),
    )
    out = out.select(ABSENCE_COLUMNS)
    return with_rid(out.sort("date", "class_idx", "lesson_no", "student_idx"))


def preschool_absences(school: School, lessons: pl.DataFrame) -> pl.DataFrame:
    """A child's absent days, marked by 09:00 (Mazulītis 3.10), with N, NS, NC, or a blank mark
    and the note "izglītība ģimenē" for a child learning at home that day."""
    seed = school.seed
    days = lessons.select("class_idx", "date").unique().sort("class_idx", "date")
    kids = school.students.select("class_idx", "class", "student_idx", "student")
    base = kids.join(days, on="class_idx")
    key = combine(pl.col("student_idx"), day_key())
    u = uniform(key, salt(seed, "pre:abs"))
    home_child = below(pl.col("class_idx"), salt(seed, "pre:home"), 1000) % 5
    at_home = ((pl.col("student_idx") % 17) == home_child) & (
        uniform(key, salt(seed, "pre:home:day")) < 0.15
    )
    out = base.with_columns(u.alias("_u"), at_home.alias("_home")).filter(
        (pl.col("_u") < 0.12) | pl.col("_home")
    )
    cu = uniform(key, salt(seed, "pre:abs:code"))
    out = out.with_columns(
        pl.when(pl.col("_home"))
        .then(pl.lit(None, dtype=pl.String))
        .when(cu < 0.45)
        .then(pl.lit("NS"))
        .when(cu < 0.85)
        .then(pl.lit("NC"))
        .otherwise(pl.lit("N"))
        .alias("code"),
        pl.when(pl.col("_home"))
        .then(pl.lit("izglītība ģimenē"))
        .otherwise(pl.lit(None, dtype=pl.String))
        .alias("notes"),
        at_time(pl.col("date"), 8 * 3600 + below(key, salt(seed, "pre:abs:t"), 55 * 60)).alias(
            "entered_at"
        ),
    )
    teachers = {c.index: c.teacher for c in school.classes}
    out = out.with_columns(
        pl.col("class_idx").replace_strict(teachers, return_dtype=pl.String).alias("teacher"),
        pl.lit(None, dtype=pl.Int64).alias("lesson_no"),
        pl.lit(None, dtype=pl.String).alias("subject"),
        pl.lit(None, dtype=DATETIME).alias("note_submitted_at"),
        pl.lit(None, dtype=DATETIME).alias("justified_at"),
    ).select(ABSENCE_COLUMNS)
    return with_rid(out.sort("date", "class_idx", "student_idx"))


def _grade_value(
    band13: pl.Expr, work_type: pl.Expr, key: pl.Expr, seed: int, plan: ProfilePlan
) -> pl.Expr:
    """A grade as E-klase writes it, in the forms this school's kind of work uses."""
    ten = (3 + below(key, salt(seed, "g:ten"), 8)).cast(pl.String)  # 3..10
    ten = (
        pl.when(below(key, salt(seed, "g:ten2"), 10) < 6)
        .then(
            (6 + below(key, salt(seed, "g:ten3"), 4)).cast(pl.String)  # mostly 6..9
        )
        .otherwise(ten)
    )
    percent = ((8 + below(key, salt(seed, "g:pct"), 13)) * 5).cast(pl.String) + pl.lit("%")
    u = uniform(key, salt(seed, "g:form"))
    summative = ten
    if plan.test_mark_share:
        summative = pl.when(u < plan.test_mark_share).then(ten + pl.lit("(p.d.)")).otherwise(ten)
    if plan.not_done_share:
        summative = pl.when(u > 1 - plan.not_done_share).then(pl.lit("nv")).otherwise(summative)
    value = (
        pl.when(band13)
        .then(percent)
        .when(work_type == "formatīvais")
        .then(pl.when(u < plan.percent_formative).then(percent).otherwise(ten))
        .otherwise(summative)
    )
    if PASS_FAIL in plan.work_types:
        pass_fail = pl.when(u < 0.9).then(pl.lit("ieskaitīts")).otherwise(pl.lit("neieskaitīts"))
        value = pl.when(work_type == PASS_FAIL).then(pass_fail).otherwise(value)
    return value


def _work_type(mix: tuple[tuple[str, float], ...], u: pl.Expr) -> pl.Expr:
    """A kind of work drawn from a mix of (kind, cumulative share up to)."""
    *first, (last, _) = mix
    out = pl.when(u < first[0][1]).then(pl.lit(first[0][0]))
    for kind, upto in first[1:]:
        out = out.when(u < upto).then(pl.lit(kind))
    return out.otherwise(pl.lit(last))


def school_grades(school: School, lessons: pl.DataFrame) -> pl.DataFrame:
    """Graded work on some lessons, a grade for nearly every student, entered that afternoon."""
    plan, seed = school.plan, school.seed
    works = (
        lessons.filter(
            (pl.col("kind") == ORDINARY)
            & (pl.col("subject") != names.CLASS_HOUR)
            & (
                uniform(
                    combine(pl.col("class_idx"), day_key(), pl.col("lesson_no")), salt(seed, "work")
                )
                < WORK_SHARE
            )
        )
        .sort("date", "class_idx", "lesson_no")
        .unique(["class_idx", "subject", "date"], keep="first", maintain_order=True)
        .select("class_idx", "class", "grade", "date", "lesson_no", "subject", "teacher")
    )
    wkey = combine(pl.col("class_idx"), day_key(), pl.col("lesson_no"))
    wu = uniform(wkey, salt(seed, "work:type"))
    work_type = _work_type(plan.work_mix, wu)
    if plan.work_mix_grades_1_3:
        young = _work_type(plan.work_mix_grades_1_3, wu)
        work_type = pl.when(pl.col("grade") <= 3).then(young).otherwise(work_type)
    works = works.with_columns(work_type.alias("work_type"))
    students = school.students.select("class_idx", "student_idx", "student")
    grades = works.join(students, on="class_idx")
    gkey = combine(pl.col("student_idx"), day_key(), pl.col("lesson_no"))
    grades = grades.filter(uniform(gkey, salt(seed, "grade:absent")) >= 0.06)
    grades = grades.with_columns(
        _grade_value(pl.col("grade") <= 3, pl.col("work_type"), gkey, seed, plan).alias("value")
    )
    start = pl.col("lesson_no").replace_strict(LESSON_START_MINUTES, return_dtype=pl.Int64) * 60
    afternoon = 15 * 3600 + below(gkey, salt(seed, "grade:entry"), 3 * 3600)
    in_lesson = start + 30 * 60 + below(gkey, salt(seed, "grade:entry2"), 9 * 60)
    entered = at_time(
        pl.col("date"),
        pl.when(pl.col("work_type") == PASS_FAIL).then(in_lesson).otherwise(afternoon),
    )
    grades = grades.with_columns(
        entered.alias("entered_at"),
        pl.when(pl.col("work_type") == "summatīvais")
        .then(at_time(pl.col("date"), start + 40 * 60))
        .otherwise(pl.lit(None, dtype=DATETIME))
        .alias("submitted_at"),
        pl.lit(None, dtype=DATETIME).alias("corrected_at"),
    )
    if plan.on("GRD001") and plan.rule("GRD001").counts_from.get("improved") == "corrected_at":
        # A poor test grade improved a week later: the new grade, with the day of the correction
        # in "Labots", entered that day (Upesleja 3.4.3.4).
        days = _days_frame(cal.school_weekdays(school.facts.name)).select("date", "day_idx")
        later = days.select(pl.col("day_idx") - 5, pl.col("date").alias("_corr"))
        grades = grades.join(days, on="date", how="left", maintain_order="left").join(
            later, on="day_idx", how="left", maintain_order="left"
        )
        improve = (
            (pl.col("work_type") == "pārbaudes darbs")
            & (pl.col("value").cast(pl.Int64, strict=False) <= 4)
            & pl.col("_corr").is_not_null()
            & (uniform(gkey, salt(seed, "grade:improve")) < 0.5)
        )
        better = (pl.col("value").cast(pl.Int64, strict=False) + 3).cast(pl.String)
        grades = grades.with_columns(
            pl.when(improve).then(better).otherwise(pl.col("value")).alias("value"),
            pl.when(improve)
            .then(pl.col("_corr").cast(DATETIME))
            .otherwise(pl.lit(None, dtype=DATETIME))
            .alias("corrected_at"),
            pl.when(improve)
            .then(
                at_time(
                    pl.col("_corr"), 15 * 3600 + below(gkey, salt(seed, "grade:corr"), 3 * 3600)
                )
            )
            .otherwise(pl.col("entered_at"))
            .alias("entered_at"),
        ).drop("day_idx", "_corr")
    grades = grades.rename({"value": "grade_value"}).select(GRADE_COLUMNS)
    return with_rid(grades.sort("date", "class_idx", "subject", "student_idx"))


def preschool_grades(school: School) -> pl.DataFrame:
    """S/T/A/P for each child and learning area at the end of each month's theme (3.13)."""
    seed = school.seed
    periods = school.facts.preschool_periods
    months = [
        (m, cal.last_working_day_of_month(m))
        for m in cal.month_starts(periods[0].start, periods[1].end)
    ]
    month_df = pl.DataFrame(months, schema={"month": pl.Date, "date": pl.Date}, orient="row")
    areas = pl.DataFrame({"subject": list(names.ALL_AREAS)})
    kids = school.students.select("class_idx", "class", "grade", "student_idx", "student")
    grades = kids.join(month_df, how="cross").join(areas, how="cross")
    akey = combine(pl.col("student_idx"), day_key(), subject_key())
    u = uniform(akey, salt(seed, "stap"))
    value = (
        pl.when(u < 0.01)
        .then(pl.lit(None, dtype=pl.String))  # not assessed for a justified reason (3.13.2)
        .when(u < 0.12)
        .then(pl.lit("S"))
        .when(u < 0.5)
        .then(pl.lit("T"))
        .when(u < 0.9)
        .then(pl.lit("A"))
        .otherwise(pl.lit("P"))
    )
    teachers = {c.index: c.teacher for c in school.classes}
    # Entered that afternoon or within the next month's first days (due by the 5th).
    lag = below(akey, salt(seed, "stap:lag"), 3)
    entered = at_time(
        pl.col("date") + pl.duration(days=lag),
        15 * 3600 + below(akey, salt(seed, "stap:t"), 2 * 3600),
    )
    as_of = school.plan.as_of(school.facts)
    grades = grades.with_columns(
        value.alias("grade_value"),
        pl.when(entered > pl.lit(as_of))
        .then(at_time(pl.col("date"), 16 * 3600))
        .otherwise(entered)
        .alias("entered_at"),
        pl.col("class_idx").replace_strict(teachers, return_dtype=pl.String).alias("teacher"),
        pl.lit(None, dtype=pl.Int64).alias("lesson_no"),
        pl.lit(None, dtype=pl.String).alias("work_type"),
        pl.lit(None, dtype=DATETIME).alias("submitted_at"),
        pl.lit(None, dtype=DATETIME).alias("corrected_at"),
    ).select(GRADE_COLUMNS)
    order = {a: i for i, a in enumerate(names.ALL_AREAS)}
    return with_rid(
        grades.with_columns(
            pl.col("subject").replace_strict(order, return_dtype=pl.Int64).alias("_o")
        )
        .sort("date", "class_idx", "_o", "student_idx")
        .drop("_o")
    )


def conversations(school: School, lessons: pl.DataFrame) -> pl.DataFrame:
    """Individual conversations with students or parents, entered the same afternoon."""
    seed = school.seed
    preschool = school.plan.kind == "preschool"
    topics = names.PRESCHOOL_CONVERSATION_TOPICS if preschool else names.SCHOOL_CONVERSATION_TOPICS
    days = lessons.filter(pl.col("kind") != INDIVIDUAL).select("class_idx", "date").unique()
    days = days.filter(pl.col("date").dt.weekday() <= 5).sort("class_idx", "date")
    counts = {c.index: max(2, round(c.size * 0.6)) for c in school.classes}
    draws = pl.DataFrame(
        [(ci, j) for ci, n in counts.items() for j in range(n)],
        schema={"class_idx": pl.Int64, "_j": pl.Int64},
        orient="row",
    )
    per_class_days = days.group_by("class_idx").agg(pl.col("date").alias("_days"))
    pupils = school.students.group_by("class_idx").agg(
        pl.col("student").sort_by("student_idx").alias("_pupils")
    )
    key = combine(pl.col("class_idx"), pl.col("_j"))
    out = (
        draws.join(per_class_days, on="class_idx")
        .join(pupils, on="class_idx")
        .with_columns(
            pl.col("_days")
            .list.get(below(key, salt(seed, "cnv:day"), 1_000_000) % pl.col("_days").list.len())
            .alias("date"),
            pl.col("_pupils")
            .list.get(below(key, salt(seed, "cnv:who"), 1_000_000) % pl.col("_pupils").list.len())
            .alias("student"),
            _lookup(topics, below(key, salt(seed, "cnv:t"), 1000)).alias("topic"),
            (
                pl.lit("vecāki")
                if preschool
                else pl.when(uniform(key, salt(seed, "cnv:with")) < 0.7)
                .then(pl.lit("vecāki"))
                .otherwise(pl.lit("skolēns"))
            ).alias("with_whom"),
        )
        .unique(["date", "student", "topic"], keep="first", maintain_order=True)
    )
    teachers = {c.index: c.teacher for c in school.classes}
    names_by_idx = {c.index: c.name for c in school.classes}
    out = out.with_columns(
        at_time(pl.col("date"), 15 * 3600 + below(key, salt(seed, "cnv:entry"), 3 * 3600)).alias(
            "entered_at"
        ),
        pl.col("class_idx").replace_strict(teachers, return_dtype=pl.String).alias("teacher"),
        pl.col("class_idx").replace_strict(names_by_idx, return_dtype=pl.String).alias("class"),
    ).select("class_idx", "class", "date", "student", "with_whom", "topic", "teacher", "entered_at")
    return with_rid(out.sort("date", "class_idx", "student"))


def timetable_export(school: School) -> pl.DataFrame:
    """The timetable as entered before the year began, valid for the whole teaching year."""
    facts, seed = school.facts, school.seed
    start = facts.semester1.start
    entry_day = start - dt.timedelta(days=7)  # a week before the year starts
    key = combine(pl.col("class_idx"), pl.col("weekday").cast(pl.Int64), pl.col("lesson_no"))
    out = school.timetable.with_columns(
        pl.lit(facts.semester1.start).alias("valid_from"),
        pl.lit(facts.semester2.end).alias("valid_to"),
        at_time(
            pl.lit(entry_day)
            + pl.duration(days=below(pl.col("class_idx"), salt(seed, "tt:day"), 4)),
            10 * 3600 + below(key, salt(seed, "tt:t"), 6 * 3600),
        ).alias("entered_at"),
    )
    return with_rid(out.sort("class_idx", "weekday", "lesson_no"))


def journals(school: School) -> pl.DataFrame:
    """Journals and groups created at the start of each semester, in good time."""
    facts, plan = school.facts, school.plan
    r_rows: list[tuple[str, str, str | None, str, dt.datetime]] = []
    teachers = school.teachers

    def created(start: dt.date, k: int) -> dt.datetime:
        workdays = [
            d
            for d in cal.days_between(start, start + dt.timedelta(days=10))
            if cal.is_working_day(d) and d.weekday() < 5
        ]
        return cal.at(workdays[k % 3], 9 + k % 7, (k * 7) % 60)

    k = 0
    semesters = [("1. sem.", facts.semester1.start)]
    if plan.journals_each_semester:
        semesters.append(("2. sem.", facts.semester2.start))
    for sem_name, start in semesters:
        suffix = f" ({sem_name})" if len(semesters) > 1 else ""
        for i, name in enumerate(names.JOURNAL_OPTIONAL):
            r_rows.append(
                (
                    f"Fakultatīvs: {name}{suffix}",
                    "fakultatīvs",
                    None,
                    teachers[(i * 3) % len(teachers)],
                    created(start, k),
                )
            )
            k += 1
        for i, name in enumerate(names.JOURNAL_INTEREST):
            r_rows.append(
                (
                    f"Interešu izglītība: {name}{suffix}",
                    "interešu izglītība",
                    None,
                    teachers[(i * 5 + 1) % len(teachers)],
                    created(start, k),
                )
            )
            k += 1
        for klass in school.classes:
            r_rows.append(
                (
                    f"Individuālais darbs, {klass.name}{suffix}",
                    "individuālais darbs",
                    klass.name,
                    klass.teacher,
                    created(start, k),
                )
            )
            k += 1
            if plan.group_journals:
                if klass.grade >= 4:
                    english = school.teacher_of(klass.index, "Angļu valoda")
                    for g in (1, 2):
                        r_rows.append(
                            (
                                f"{klass.name} angļu valoda, {g}. grupa{suffix}",
                                "mācību priekšmeta grupa",
                                klass.name,
                                english,
                                created(start, k),
                            )
                        )
                        k += 1
                else:
                    r_rows.append(
                        (
                            f"Pagarinātās dienas grupa, {klass.name}{suffix}",
                            "pagarinātās dienas grupa",
                            klass.name,
                            klass.teacher,
                            created(start, k),
                        )
                    )
                    k += 1
    out = pl.DataFrame(
        r_rows,
        schema={
            "name": pl.String,
            "kind": pl.String,
            "class": pl.String,
            "teacher": pl.String,
            "created_at": DATETIME,
        },
        orient="row",
    )
    return with_rid(out)


def accounts(school: School) -> pl.DataFrame:
    """E-klase users: staff and students (DVG), or parents who asked to be connected."""
    facts, seed, plan = school.facts, school.seed, school.plan
    students = school.students
    if plan.on("ACC001"):
        staff = pl.DataFrame({"user": list(school.teachers)}).with_columns(
            pl.lit("skolotājs").alias("role")
        )
        pupils = students.select(pl.col("student").alias("user")).with_columns(
            pl.lit("skolēns").alias("role")
        )
        out = pl.concat([staff, pupils]).with_columns(
            pl.lit(True).alias("active"),
            pl.lit(None, dtype=DATETIME).alias("left_at"),
            pl.lit(None, dtype=DATETIME).alias("requested_at"),
            pl.lit(None, dtype=DATETIME).alias("connected_at"),
        )
        return with_rid(out)
    # Parents: a mother or father of most children, with the child's surname.
    key = pl.col("student_idx")
    mother = uniform(key, salt(seed, "parent:mother")) < 0.75
    first_f = _lookup(names.FEMALE_FIRST, below(key, salt(seed, "parent:f"), 10_000))
    first_m = _lookup(names.MALE_FIRST, below(key, salt(seed, "parent:m"), 10_000))
    surname_f = pl.col("surname_idx").replace_strict(
        {i: s[1] for i, s in enumerate(names.SURNAMES)}, return_dtype=pl.String
    )
    surname_m = pl.col("surname_idx").replace_strict(
        {i: s[0] for i, s in enumerate(names.SURNAMES)}, return_dtype=pl.String
    )
    parents = students.filter(uniform(key, salt(seed, "parent:has")) < 0.8).with_columns(
        pl.when(mother)
        .then(first_f + " " + surname_f)
        .otherwise(first_m + " " + surname_m)
        .alias("_base")
    )
    parents = parents.with_columns(
        (pl.col("student_idx").rank("ordinal").over("_base") - 1).cast(pl.Int64).alias("_dup")
    ).with_columns(
        pl.when(pl.col("_dup") == 0)
        .then(pl.col("_base"))
        .otherwise(pl.col("_base") + pl.lit(" (") + pl.col("_dup").cast(pl.String) + pl.lit(")"))
        .alias("user")
    )
    start = facts.semester1.start
    req_days = [
        d
        for d in cal.days_between(start, start + dt.timedelta(days=14))
        if cal.is_working_day(d) and d.weekday() < 5
    ]
    day_df = pl.DataFrame(
        {"_k": list(range(len(req_days))), "_req_day": req_days},
        schema={"_k": pl.Int64, "_req_day": pl.Date},
    )
    nxt = {d: cal.next_working_day(d) for d in req_days}
    nxt_df = pl.DataFrame(
        {"_req_day": list(nxt), "_next": list(nxt.values())},
        schema={"_req_day": pl.Date, "_next": pl.Date},
    )
    parents = (
        parents.with_columns(below(key, salt(seed, "parent:day"), len(req_days)).alias("_k"))
        .join(day_df, on="_k")
        .join(nxt_df, on="_req_day")
        .with_columns(
            at_time(
                pl.col("_req_day"), 8 * 3600 + below(key, salt(seed, "parent:t"), 9 * 3600)
            ).alias("requested_at"),
            at_time(pl.col("_next"), 9 * 3600 + below(key, salt(seed, "parent:c"), 7 * 3600)).alias(
                "connected_at"
            ),
            pl.lit("vecāks").alias("role"),
            pl.lit(True).alias("active"),
            pl.lit(None, dtype=DATETIME).alias("left_at"),
        )
        .sort("student_idx")
        .select("user", "role", "active", "left_at", "requested_at", "connected_at")
    )
    staff_role = "pedagogs" if plan.kind == "preschool" else "skolotājs"
    staff = pl.DataFrame({"user": list(school.teachers)}).with_columns(
        pl.lit(staff_role).alias("role"),
        pl.lit(True).alias("active"),
        pl.lit(None, dtype=DATETIME).alias("left_at"),
        pl.lit(None, dtype=DATETIME).alias("requested_at"),
        pl.lit(None, dtype=DATETIME).alias("connected_at"),
    )
    return with_rid(pl.concat([staff, parents]))


def preschool_plans(school: School) -> pl.DataFrame:
    """Each group's monthly and weekly plans, made in good time (Mazulītis 3.5-3.6); the plans
    for the next year's first month and week are already made by the end of August."""
    facts, seed = school.facts, school.seed
    periods = facts.preschool_periods
    rows: list[tuple[int, str, dt.date, dt.date, str]] = []
    next_year = cal.add_months(cal.month_start(periods[1].end), 1)
    for month in cal.month_starts(periods[0].start, next_year):
        rows.append(
            (0, "mēneša", month, cal.last_working_day_of_month(cal.add_months(month, -1)), "")
        )
    monday = cal.week_monday(periods[0].start)
    last = cal.week_monday(periods[1].end) + dt.timedelta(days=7)
    while monday <= last:
        # A week that begins before the year does is dated by the year's first day.
        start = max(monday, periods[0].start)
        rows.append((1, "nedēļas", start, monday - dt.timedelta(days=4), ""))
        monday += dt.timedelta(days=7)
    slots = pl.DataFrame(
        [(i, t, s, d) for i, t, s, d, _ in rows],
        schema={"_o": pl.Int64, "plan_type": pl.String, "period_start": pl.Date, "_day": pl.Date},
        orient="row",
    )
    groups = _class_frame(school).select(
        "class_idx", pl.col("class").alias("group"), pl.col("class_teacher").alias("teacher")
    )
    out = groups.join(slots, how="cross")
    key = combine(pl.col("class_idx"), day_key("period_start"), pl.col("_o"))
    # Monthly: a few days before the last working day; weekly: on the Thursday before.
    back = pl.when(pl.col("_o") == 0).then(2 + below(key, salt(seed, "plan:back"), 4)).otherwise(0)
    theme_idx = ((pl.col("period_start") - pl.lit(periods[0].start)).dt.total_days() // 21).cast(
        pl.Int64
    )
    entered = at_time(
        pl.col("_day") - pl.duration(days=back),
        14 * 3600 + below(key, salt(seed, "plan:t"), 4 * 3600),
    )
    as_of = school.plan.as_of(facts)
    early = dt.datetime.combine(as_of.date() - dt.timedelta(days=3), dt.time(14, 0))
    out = out.with_columns(
        pl.when(entered > pl.lit(as_of)).then(pl.lit(early)).otherwise(entered).alias("entered_at"),
        _lookup(names.PRESCHOOL_THEMES, theme_idx).alias("topic"),
    )
    return with_rid(out.sort("period_start", "_o", "class_idx").drop("_o", "_day"))
