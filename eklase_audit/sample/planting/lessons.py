"""Planted cases in the lessons export: late, missing and unfinished lesson records, homework,
topics, substitutions, lessons that did not take place, class hours, preschool learning areas."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample import names
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt
from eklase_audit.sample.tables import CLASS_HOUR_KIND, CONSULTATION, INDIVIDUAL, ORDINARY, PLAY

T = "lessons"


def _regular(p: Planter) -> pl.Expr:
    """Ordinary lessons of the teaching year, no homework, not substituted, not special."""
    if p.plan.kind == "preschool":
        return (
            (pl.col("kind") == PLAY)
            & (pl.col("subject") != names.AREA_HEALTH)
            & pl.col("homework").is_null()
        )
    return (
        (pl.col("kind") == ORDINARY)
        & pl.col("homework").is_null()
        & pl.col("substitute").is_null()
        & (pl.col("date") <= p.facts.semester2.end)
    )


def _in(start: dt.date, end: dt.date) -> pl.Expr:
    return (pl.col("date") >= start) & (pl.col("date") <= end)


def _months(p: Planter) -> list[tuple[dt.date, dt.date]]:
    """Calendar months of the teaching year, to spread cases over the year."""
    end = p.facts.semester2.end if p.plan.kind == "school" else p.facts.preschool_periods[1].end
    return [(m, cal.last_day_of_month(m)) for m in cal.month_starts(p.facts.semester1.start, end)]


def _when(p: Planter, i: int) -> pl.Expr:
    months = _months(p)
    start, end = months[(i * 5 + 1) % len(months)]
    return _in(start, end)


def _worked(works: pl.DataFrame) -> pl.DataFrame:
    """The (class, day, subject) of every graded work, marked ``_w``: a lesson with grades is
    never the one planted as missing or not held."""
    return (
        works.select("class_idx", "date", "subject").unique().with_columns(pl.lit(True).alias("_w"))
    )


def _lesson_due(p: Planter, code: str, row: dict[str, Any]) -> dt.datetime:
    return p.due(code, row["kind"], row["date"], lesson_no=row["lesson_no"], grade=row["grade"])


def plant_late_lessons(p: Planter) -> None:
    """LES001: at the deadline (fine), a minute after, days after, never entered."""
    if not p.plan.on("LES001"):
        return
    cases = [
        ("near", 0),
        ("minute", 1),
        ("days", 2),
        ("week", 3),
        ("never", 4),
    ]
    for label, i in cases:
        row = p.pick_one(T, _regular(p) & _when(p, i), purpose=f"LES001:{label}")
        if row is None:
            continue
        due = _lesson_due(p, "LES001", row)
        rid = row[RID]
        if label == "near":
            p.set(T, rid, entered_at=due)
            p.near_miss("LES001", T, rid, f"entered exactly at the deadline {fmt(due)}")
        elif label == "minute":
            p.set(T, rid, entered_at=due + MINUTE)
            p.violation("LES001", T, rid, "a minute after the deadline")
        elif label == "days":
            p.set(T, rid, entered_at=cal.at(cal.next_working_day(due.date()), 8, 5))
            p.violation("LES001", T, rid, "entered the next working day")
        elif label == "week":
            p.set(T, rid, entered_at=cal.at(due.date() + dt.timedelta(days=8), 14, 20, 11))
            p.violation("LES001", T, rid, "entered a week late")
        else:
            p.set(T, rid, entered_at=None)
            p.violation("LES001", T, rid, "never entered")
    individual = p.plan.rule("LES001").by.get(INDIVIDUAL)
    if individual is None:
        return
    sem1 = p.facts.semester1
    if individual.kind == "period_end":
        # Individual work is due by the end of the semester: on time a month later, late after it.
        row = p.pick_one(
            T,
            (pl.col("kind") == INDIVIDUAL)
            & _in(sem1.end - dt.timedelta(days=45), sem1.end - dt.timedelta(days=20)),
            purpose="LES001:individual",
        )
        if row:
            due = _lesson_due(p, "LES001", row)
            p.set(T, row[RID], entered_at=due)
            p.near_miss(
                "LES001",
                T,
                row[RID],
                f"individual work due at the semester's end {fmt(due)}, entered then",
            )
        row = p.pick_one(
            T,
            (pl.col("kind") == INDIVIDUAL) & _in(sem1.end - dt.timedelta(days=14), sem1.end),
            purpose="LES001:individual",
        )
        if row:
            late = cal.at(p.facts.semester2.start, 8, 30)
            p.set(T, row[RID], entered_at=late)
            p.violation("LES001", T, row[RID], "individual work entered after the semester ended")
    else:
        for label in ("near", "minute"):
            row = p.pick_one(T, pl.col("kind") == INDIVIDUAL, purpose=f"LES001:individual:{label}")
            if row is None:
                continue
            due = _lesson_due(p, "LES001", row)
            if label == "near":
                p.set(T, row[RID], entered_at=due)
                p.near_miss(
                    "LES001", T, row[RID], f"individual work entered at the deadline {fmt(due)}"
                )
            else:
                p.set(T, row[RID], entered_at=due + MINUTE)
                p.violation("LES001", T, row[RID], "individual work entered a minute late")


def plant_homework(p: Planter) -> None:
    """HW001: homework at the deadline (fine), a minute after, the next day."""
    if not p.plan.on("HW001"):
        return
    with_hw = pl.col("homework").is_not_null() & (pl.col("kind") != INDIVIDUAL)
    if p.plan.kind == "school":
        with_hw = with_hw & (pl.col("kind") == ORDINARY) & pl.col("substitute").is_null()
    for i, label in enumerate(("near", "minute", "next")):
        row = p.pick_one(T, with_hw & _when(p, i + 5), purpose=f"HW001:{label}")
        if row is None:
            row = p.pick_one(T, with_hw, purpose=f"HW001:{label}")
        if row is None:
            continue
        rid = row[RID]
        due = _lesson_due(p, "HW001", row)
        lesson_due = _lesson_due(p, "LES001", row) if p.plan.on("LES001") else None
        moment = {
            "near": due,
            "minute": due + MINUTE,
            "next": cal.at(due.date() + dt.timedelta(days=1), 7, 45),
        }[label]
        if p.plan.homework_column:
            p.set(T, rid, homework_entered_at=moment)
        else:
            # The export has one entry time for the lesson and its homework.
            p.set(T, rid, entered_at=moment)
            if lesson_due is not None:
                if moment > lesson_due:
                    p.violation("LES001", T, rid, "lesson entered late with its homework")
                elif label == "near":
                    p.near_miss(
                        "LES001", T, rid, f"entered exactly at the deadline {fmt(lesson_due)}"
                    )
        if label == "near":
            p.near_miss("HW001", T, rid, f"homework entered exactly at the deadline {fmt(due)}")
        else:
            p.violation("HW001", T, rid, f"homework entered after the deadline ({label})")


def plant_missing_topics(p: Planter) -> None:
    """LES002: a lesson entered on time without its topic."""
    if not p.plan.on("LES002"):
        return
    for row in p.pick(T, _regular(p) & _when(p, 7), 3, purpose="LES002"):
        p.set(T, row[RID], topic=None)
        p.violation("LES002", T, row[RID], "topic left empty")


def plant_missing_lessons(p: Planter, works: pl.DataFrame) -> None:
    """LES000: a timetabled lesson with no journal entry at all."""
    if not p.plan.on("LES000"):
        return
    lessons = p.frame(T).join(
        _worked(works), on=["class_idx", "date", "subject"], how="left", maintain_order="left"
    )
    candidates = lessons.filter(pl.col("_w").is_null())[RID]
    where = _regular(p) & pl.col(RID).is_in(candidates.implode())
    for i, row in enumerate(
        p.pick(T, where & _when(p, 2), 2, purpose="LES000")
        + p.pick(T, where & _when(p, 8), 1, purpose="LES000")
    ):
        p.drop(T, row[RID])
        p.missing_record(
            "violation",
            "LES000",
            f"timetabled lesson {i + 1} never entered",
            **{"class": row["class"], "date": row["date"], "lesson_no": row["lesson_no"]},
        )
        _drop_absences(p, row)


def plant_topic_pattern(p: Planter) -> None:
    """LES003 (Aknīste): topics not in the order's pattern."""
    if not p.plan.on("LES003"):
        return
    for row in p.pick(T, _regular(p) & _when(p, 4), 3, purpose="LES003"):
        bare = row["topic"].split(" / ", 1)[-1]
        p.set(T, row[RID], topic=bare)
        p.violation("LES003", T, row[RID], "ordinary lesson without 'SR: outcome / topic'")
    row = p.pick_one(T, pl.col("kind") == INDIVIDUAL, purpose="LES003:ind")
    if row:
        p.set(T, row[RID], topic="Matemātikas papildu nodarbība: atkārtošana")
        p.violation("LES003", T, row[RID], "individual work not starting 'Individuālais darbs'")


def plant_substitutions(p: Planter) -> None:
    """LES004 (DVG): a substituted lesson whose reason lacks the order's date and number."""
    if not p.plan.on("LES004"):
        return
    teachers = list(p.school.teachers)
    for i, row in enumerate(p.pick(T, _regular(p) & _when(p, 6), 2, purpose="LES004")):
        other = next(t for t in teachers[i + 1 :] + teachers if t != row["teacher"])
        p.set(T, row[RID], substitute=other, reason=names.SUBSTITUTION_REASONS_BAD[i])
        p.violation(
            "LES004", T, row[RID], "substitution reason without the order's date and number"
        )
    row = p.pick_one(
        T, pl.col("substitute").is_not_null() & pl.col("reason").is_not_null(), purpose="LES004:ok"
    )
    if row:
        p.near_miss("LES004", T, row[RID], "substitution with the order's date and number")


def _with_previous(p: Planter) -> pl.DataFrame:
    """Lessons with the record before them of the same class and subject, whatever its kind."""
    return (
        p.frame(T)
        .sort("date", "lesson_no", nulls_last=True)
        .with_columns(
            pl.col(RID).shift(1).over("class_idx", "subject").alias("_prev"),
        )
    )


def plant_not_held(p: Planter, works: pl.DataFrame) -> None:
    """LES005 (DVG): lessons that did not take place, with and without the note before them."""
    if not p.plan.on("LES005"):
        return
    ordered = _with_previous(p).join(
        _worked(works), on=["class_idx", "date", "subject"], how="left", maintain_order="left"
    )
    touched = p.touched[T]
    usable = ordered.filter(
        (pl.col("kind") == ORDINARY)
        & pl.col("_w").is_null()
        & pl.col("_prev").is_not_null()
        & ~pl.col("_prev").is_in(sorted(touched))
        & pl.col("homework").is_null()
        & pl.col("substitute").is_null()
    )
    for i, noted in enumerate((True, True, False, False)):
        rows = p.pick(
            T, pl.col(RID).is_in(usable[RID].implode()) & _when(p, 9 + i), 1, purpose="LES005"
        )
        if not rows:
            continue
        row = rows[0]
        prev = int(ordered.filter(pl.col(RID) == row[RID])["_prev"][0])
        if prev in p.touched[T]:
            continue
        p.touched[T].add(prev)
        p.set(
            T,
            row[RID],
            held=False,
            topic="Stunda nenotika",
            homework=None,
            homework_entered_at=None,
        )
        if noted:
            order_day = row["date"] - dt.timedelta(days=3)
            note = (
                f"{row['date']:%d.%m.%Y.} stunda nenotiks: mācību ekskursija "
                f"(rīkojums {order_day:%d.%m.%Y.} Nr. 1-11/{150 + i})"
            )
            p.set(T, prev, notes=note)
            p.near_miss("LES005", T, row[RID], "not held, reason noted on the previous lesson")
        else:
            p.violation("LES005", T, row[RID], "not held, no note on the previous lesson")
        _drop_absences(p, row)
    # The first lesson of a class and subject did not take place: nothing before it to look at.
    firsts = ordered.filter(
        pl.col("_prev").is_null() & pl.col("_w").is_null() & (pl.col("kind") == ORDINARY)
    )
    row = p.pick_one(
        T,
        pl.col(RID).is_in(firsts[RID].implode()) & pl.col("homework").is_null(),
        purpose="LES005:first",
    )
    if row:
        p.set(T, row[RID], held=False, topic="Stunda nenotika")
        p.mark("not_evaluable", "LES005", T, row[RID], "no previous lesson in the export")
        _drop_absences(p, row)


def _drop_absences(p: Planter, row: dict[str, Any]) -> None:
    if not p.has("absences"):
        return
    hit = p.frame("absences").filter(
        (pl.col("class_idx") == row["class_idx"])
        & (pl.col("date") == row["date"])
        & (pl.col("lesson_no") == row["lesson_no"])
    )
    for rid in hit[RID].to_list():
        p.drop("absences", rid)


def plant_class_hours(p: Planter) -> None:
    """LES006 (Jelgava): a week whose class hour was used for another subject."""
    if not p.plan.on("LES006"):
        return
    hours = p.frame(T).filter(pl.col("kind") == CLASS_HOUR_KIND)
    weeks = hours.with_columns(pl.col("date").dt.truncate("1w").alias("_week"))
    alone = weeks.filter(pl.len().over("class_idx", "_week") == 1)[RID].implode()
    # A week's only class hour (a week may also have a June consultation week's class hour).
    regular = (
        (pl.col("kind") == CLASS_HOUR_KIND)
        & (pl.col("date") <= p.facts.semester2.end)
        & pl.col(RID).is_in(alone)
    )
    for i, row in enumerate(
        p.pick(T, regular & _when(p, 3), 1, purpose="LES006")
        + p.pick(T, regular & _when(p, 5), 1, purpose="LES006")
    ):
        subject = "Latviešu valoda"
        teacher = p.school.teacher_of(row["class_idx"], subject)
        topic = names.TOPICS[subject][i]
        p.set(T, row[RID], kind=ORDINARY, subject=subject, teacher=teacher, topic=topic)
        monday = cal.week_monday(row["date"])
        p.missing_record(
            "violation",
            "LES006",
            "no class hour that week",
            **{"class": row["class"], "week": monday},
        )


def plant_school_bag(p: Planter) -> None:
    """LES007 (DVG): "Latvijas skolas soma" activities noted in the order's words, or not."""
    if not p.plan.on("LES007"):
        return
    good = 'Nodarbība "Latvijas skolas soma" ietvaros'
    cases = [
        ("Latvijas skolas soma: teātra izrāde „Sprīdītis”", good, True),
        (
            "Muzeja nodarbība Daugavpils cietoksnī",
            'Pēcnodarbība "Latvijas skolas soma" ietvaros',
            True,
        ),
        ("Latvijas skolas soma: koncerts", None, False),
        ("Izrāde skolas zālē", "Latvijas skolas somas pasākums", False),
    ]
    for i, (topic, note, fine) in enumerate(cases):
        row = p.pick_one(T, _regular(p) & _when(p, 10 + i), purpose="LES007")
        if row is None:
            continue
        p.set(T, row[RID], topic=topic, notes=note)
        if fine:
            p.near_miss("LES007", T, row[RID], "noted in the order's words")
        else:
            p.violation("LES007", T, row[RID], "school bag activity noted in other words")


def plant_no_lesson_number(p: Planter) -> None:
    """A consultation without a lesson number cannot be checked against its lesson's end."""
    if not p.plan.on("LES001") or p.deadline("LES001", CONSULTATION).kind != "lesson_end":
        return
    days = p.school_days()
    day = days[len(days) // 3]
    klass = p.school.classes[0]
    subject = names.EXAM_SUBJECTS[1]
    rid = p.add(
        T,
        {
            "class_idx": klass.index,
            "class": klass.name,
            "grade": klass.grade,
            "date": day,
            "lesson_no": None,
            "subject": subject,
            "teacher": p.school.teacher_of(klass.index, subject),
            "kind": CONSULTATION,
            "topic": "Konsultācija: gatavošanās pārbaudes darbam",
            "homework": None,
            "homework_entered_at": None,
            "entered_at": cal.at(day, 15, 42, 10),
            "notes": None,
            "substitute": None,
            "reason": None,
            "held": True,
            "learning_area": None,
        },
    )
    p.mark("not_evaluable", "LES001", T, rid, "consultation without a lesson number")


def plant_duplicate_lesson(p: Planter) -> None:
    row = p.pick_one(T, _regular(p) & _when(p, 11), purpose="DQ002:lessons")
    if row is None:
        return
    p.duplicate(T, row, "the same lesson entered twice", later=dt.timedelta(minutes=12))


def plant_learning_areas(p: Planter) -> None:
    """PRE001/PRE002 (Mazulītis): a week missing a learning area, a day without health."""
    if not p.plan.on("PRE001"):
        return
    lessons = p.frame(T)
    groups = p.school.classes
    months = _months(p)
    for i, area in enumerate((names.AREA_TECHNOLOGY, names.AREA_NATURE)):
        klass = groups[i % len(groups)]
        start, _ = months[2 + i * 4]
        monday = cal.week_monday(start + dt.timedelta(days=7))
        week = lessons.filter(
            (pl.col("class_idx") == klass.index)
            & (pl.col("date") >= monday)
            & (pl.col("date") < monday + dt.timedelta(days=7))
            & (pl.col("kind") == PLAY)
            & (pl.col("subject") != names.AREA_HEALTH)
        )
        short = names.AREA_SHORT[area]
        for row in week.to_dicts():
            areas = [a for a in (row["learning_area"] or "").split("; ") if a and a != short]
            subject = row["subject"]
            if subject == area:
                subject = names.AREA_LANGUAGE
            if names.AREA_SHORT[subject] in areas:
                areas.remove(names.AREA_SHORT[subject])
            p.set(T, row[RID], subject=subject, learning_area="; ".join(areas) or None)
        p.missing_record(
            "violation",
            "PRE001",
            f"no {short} area that week",
            **{"class": klass.name, "week": monday},
        )
    for i in range(2):
        klass = groups[(i + 1) % len(groups)]
        start, _ = months[4 + i * 3]
        day = next(
            d
            for d in cal.days_between(start + dt.timedelta(days=2), start + dt.timedelta(days=20))
            if d.weekday() == 2 and cal.is_working_day(d)
        )
        health = lessons.filter(
            (pl.col("class_idx") == klass.index)
            & (pl.col("date") == day)
            & (pl.col("subject") == names.AREA_HEALTH)
        )
        for rid in health[RID].to_list():
            p.drop(T, rid)
        p.missing_record(
            "violation",
            "PRE002",
            "no health and physical activity that day",
            **{"class": klass.name, "date": day},
        )


def plant_all(p: Planter, works: pl.DataFrame) -> None:
    """Every lessons case of the profile, in an order that keeps them from overlapping."""
    plant_learning_areas(p)
    plant_missing_lessons(p, works)
    plant_no_lesson_number(p)
    plant_not_held(p, works)
    plant_class_hours(p)
    plant_late_lessons(p)
    plant_homework(p)
    plant_missing_topics(p)
    plant_topic_pattern(p)
    plant_substitutions(p)
    plant_school_bag(p)
    plant_duplicate_lesson(p)
