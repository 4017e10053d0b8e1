"""Planted cases in the smaller exports: individual conversations, preschool plans, the
timetable and journals set up at the start of the year, and user accounts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample import names
from eklase_audit.sample.planting.base import MINUTE, RID, Planter, fmt
from eklase_audit.sample.prng import rng

# --- conversations ------------------------------------------------------------------------------


def _add_conversation(p: Planter, day: dt.date, i: int, entered: dt.datetime | None) -> int:
    klass = p.school.classes[i % len(p.school.classes)]
    pupils = p.school.students.filter(pl.col("class_idx") == klass.index).sort("student_idx")
    pupil = pupils.row((i * 7) % pupils.height, named=True)
    preschool = p.plan.kind == "preschool"
    topics = names.PRESCHOOL_CONVERSATION_TOPICS if preschool else names.SCHOOL_CONVERSATION_TOPICS
    existing = set(
        p.frame("conversations")
        .filter((pl.col("date") == day) & (pl.col("student") == pupil["student"]))["topic"]
        .to_list()
    )
    topic = next(t for t in (topics[i % len(topics)], *topics) if t not in existing)
    return p.add(
        "conversations",
        {
            "class_idx": klass.index,
            "class": klass.name,
            "date": day,
            "student": pupil["student"],
            "with_whom": "vecāki",
            "topic": topic,
            "teacher": klass.teacher,
            "entered_at": entered,
        },
    )


def plant_conversations(p: Planter) -> None:
    t = "conversations"
    if not p.has(t):
        return
    e = p.edges
    periods = p.facts.preschool_periods
    if p.plan.kind == "school":
        days = p.school_days()
    else:
        days = list(cal.working_days_between(periods[0].start, periods[1].end))
    if p.plan.on("CNV001"):
        deadline = p.deadline("CNV001")
        cases: list[tuple[str, dt.date]] = []
        if deadline.kind == "working_days":
            cases.append(("friday", e.friday_monday))
            cases.append(("day_off", e.before_day_off))
            if e.before_transfer:
                cases.append(("transfer", e.before_transfer))
        else:
            cases.append(("near", days[len(days) // 5]))
        cases.append(("minute", days[len(days) // 2]))
        cases.append(("late", days[3 * len(days) // 5]))
        cases.append(("never", days[2 * len(days) // 3]))
        for i, (label, day) in enumerate(cases):
            due = deadline.due(day)
            if label in ("friday", "day_off", "near"):
                rid = _add_conversation(p, day, i, due)
                what = {
                    "friday": f"conversation of {fmt(day)}, due the next working day {fmt(due)}",
                    "day_off": f"conversation of {fmt(day)}, due past the days off {fmt(due)}",
                    "near": f"entered at the deadline {fmt(due)}",
                }[label]
                p.near_miss("CNV001", t, rid, what)
            elif label == "transfer":
                monday = cal.next_working_day(due.date())
                rid = _add_conversation(p, day, i, cal.at(monday, 9, 0))
                p.violation(
                    "CNV001",
                    t,
                    rid,
                    f"conversation of {fmt(day)} due on the transferred working Saturday "
                    f"{fmt(due)}",
                )
            elif label == "minute":
                rid = _add_conversation(p, day, i, due + MINUTE)
                p.violation("CNV001", t, rid, "a minute late")
            elif label == "late":
                rid = _add_conversation(p, day, i, cal.at(due.date() + dt.timedelta(days=3), 10, 0))
                p.violation("CNV001", t, rid, "days late")
            else:
                rid = _add_conversation(p, day, i, None)
                p.violation("CNV001", t, rid, "never entered")
        # A conversation on the reference day itself, due after it: pending.
        day = p.as_of.date()
        while not cal.is_working_day(day):
            day -= dt.timedelta(days=1)
        if deadline.due(day) > p.as_of:
            rid = _add_conversation(p, day, 9, None)
            p.mark("pending", "CNV001", t, rid, "not yet entered, due after the reference time")
    day = days[len(days) // 3]
    rid = _add_conversation(p, day, 11, cal.at(day - dt.timedelta(days=1), 19, 0))
    p.violation("DQ001", t, rid, "conversation entered before it happened")


# --- preschool plans ----------------------------------------------------------------------------


def plant_plans(p: Planter) -> None:
    t = "plans"
    if not p.has(t):
        return
    groups = p.school.classes
    periods = p.facts.preschool_periods
    if p.plan.on("PLN001"):
        deadline = p.deadline("PLN001")
        start = periods[0].start

        def month(k: int) -> dt.date:
            return cal.add_months(start, k)

        cases = [
            ("near", 3, 0),
            ("near", 4, 1),
            ("minute", 5, 2),
            ("late", 6, 0),
            ("missing", 7, 1),
        ]
        for label, k, g in cases:
            group = groups[g % len(groups)]
            where = (
                (pl.col("plan_type") == "mēneša")
                & (pl.col("period_start") == month(k))
                & (pl.col("group") == group.name)
            )
            row = p.pick_one(t, where, purpose=f"PLN001:{label}:{k}")
            if row is None:
                continue
            due = deadline.due(row["period_start"])
            if label == "near":
                p.set(t, row[RID], entered_at=due)
                p.near_miss(
                    "PLN001", t, row[RID], f"plan of {month(k):%m.%Y} at the deadline {fmt(due)}"
                )
            elif label == "minute":
                p.set(t, row[RID], entered_at=due + MINUTE)
                p.violation("PLN001", t, row[RID], "a minute after the deadline")
            elif label == "late":
                p.set(t, row[RID], entered_at=cal.at(month(k) + dt.timedelta(days=2), 10, 0))
                p.violation("PLN001", t, row[RID], "made after the month began")
            else:
                p.drop(t, row[RID])
                p.missing_record(
                    "violation",
                    "PLN001",
                    "never made",
                    **{"class": group.name, "month": month(k).strftime("%Y-%m")},
                )
    if p.plan.on("PLN002"):
        deadline = p.deadline("PLN002")
        weekly = p.frame(t).filter(pl.col("plan_type") == "nedēļas")["period_start"].to_list()
        mondays = sorted({cal.week_monday(d) for d in weekly})
        in_period = [m for m in mondays if m <= periods[1].end]
        # Weeks whose Friday before is a holiday (the deadline holds all the same).
        holiday_fridays = [
            m
            for m in in_period
            if m > p.facts.semester2.start and cal.is_day_off(m - dt.timedelta(days=3))
        ]
        cases2: list[tuple[str, dt.date, int]] = []
        if holiday_fridays:
            cases2.append(("near_holiday", holiday_fridays[0], 0))
        if len(holiday_fridays) > 1:
            cases2.append(("minute_holiday", holiday_fridays[1], 1))
        cases2.append(("near", in_period[len(in_period) // 6], 2))
        cases2.append(("late", in_period[len(in_period) // 4], 0))
        cases2.append(("missing", in_period[len(in_period) // 3], 1))
        cases2.append(("missing", in_period[len(in_period) // 2 + 3], 2))
        for label, monday, g in cases2:
            group = groups[g % len(groups)]
            where = (
                (pl.col("plan_type") == "nedēļas")
                & (pl.col("period_start") >= monday)
                & (pl.col("period_start") < monday + dt.timedelta(days=7))
                & (pl.col("group") == group.name)
            )
            row = p.pick_one(t, where, purpose=f"PLN002:{label}:{monday}")
            if row is None:
                continue
            due = deadline.due(monday)
            if label.startswith("near"):
                p.set(t, row[RID], entered_at=due)
                what = f"weekly plan due the Friday before {fmt(due)}"
                if label == "near_holiday":
                    what += ", a holiday, entered then"
                p.near_miss("PLN002", t, row[RID], what)
            elif label == "minute_holiday":
                p.set(t, row[RID], entered_at=due + MINUTE)
                p.violation("PLN002", t, row[RID], "a minute after 19:00 on a holiday Friday")
            elif label == "late":
                p.set(t, row[RID], entered_at=cal.at(monday, 8, 0))
                p.violation("PLN002", t, row[RID], "made on the week's Monday")
            else:
                p.drop(t, row[RID])
                p.missing_record(
                    "violation", "PLN002", "never made", **{"class": group.name, "week": monday}
                )
    row = p.pick_one(t, pl.col("plan_type") == "nedēļas", purpose="DQ002:plans")
    if row:
        p.duplicate(t, row, "the same plan twice", later=dt.timedelta(hours=2))


# --- set-up at the start of the year ------------------------------------------------------------


def plant_setup(p: Planter) -> None:
    facts = p.facts
    if p.plan.on("SET001") and p.has("timetable"):
        due = p.deadline("SET001").due(facts.semester1.start)
        t = "timetable"
        for label in ("near", "minute", "late"):
            row = p.pick_one(t, pl.lit(True), purpose=f"SET001:{label}")
            if row is None:
                continue
            if label == "near":
                p.set(t, row[RID], entered_at=due)
                p.near_miss("SET001", t, row[RID], f"timetable entered at the deadline {fmt(due)}")
            elif label == "minute":
                p.set(t, row[RID], entered_at=due + MINUTE)
                p.violation("SET001", t, row[RID], "a minute after the deadline")
            else:
                p.set(t, row[RID], entered_at=cal.at(due.date() + dt.timedelta(days=6), 10, 0))
                p.violation("SET001", t, row[RID], "entered in the second week")
    if p.plan.on("SET002") and p.has("journals"):
        t = "journals"
        rule = p.plan.rule("SET002")
        journals = p.frame(t)

        def semester_start(created: dt.datetime) -> dt.date:
            if created.date() >= facts.semester2.start:
                return facts.semester2.start
            return facts.semester1.start

        kinds = sorted(set(journals["kind"].to_list()))
        checked = [k for k in kinds if rule.for_kind(k) is not None]
        # First semester: each kind at the deadline, a minute after, or weeks after.
        cases: list[tuple[str, str, bool]] = [
            (("near", "minute", "late")[i % 3], kind, False) for i, kind in enumerate(checked)
        ]
        second_kinds = set(
            journals.filter(pl.col("created_at") >= cal.at(facts.semester2.start, 0))[
                "kind"
            ].to_list()
        )
        # Second semester: a deadline rolled past a weekend, one on a transferred Saturday.
        special = [k for k in checked if k in rule.by and k in second_kinds]
        default = [k for k in checked if k not in rule.by and k in second_kinds]
        for kind in special[:1] + default[:1]:
            cases.append(("near", kind, True))
            cases.append(("monday", kind, True))
        for label, kind, second in cases:
            sem = pl.col("created_at") >= cal.at(facts.semester2.start, 0)
            row = p.pick_one(
                t, (pl.col("kind") == kind) & (sem if second else ~sem), purpose=f"SET002:{label}"
            )
            if row is None:
                continue
            deadline = rule.for_kind(kind)
            assert deadline is not None
            due = deadline.due(semester_start(row["created_at"]))
            if label == "near":
                p.set(t, row[RID], created_at=due)
                p.near_miss("SET002", t, row[RID], f"{kind} created at the deadline {fmt(due)}")
            elif label == "minute":
                p.set(t, row[RID], created_at=due + MINUTE)
                p.violation("SET002", t, row[RID], f"{kind} created a minute late")
            elif label == "monday":
                later = cal.next_working_day(due.date())
                while later.weekday() >= 5:
                    later = cal.next_working_day(later)
                p.set(t, row[RID], created_at=cal.at(later, 8, 30))
                p.violation(
                    "SET002", t, row[RID], f"{kind} due {fmt(due)}, created the next weekday"
                )
            else:
                p.set(t, row[RID], created_at=cal.at(due.date() + dt.timedelta(days=14), 10, 0))
                p.violation("SET002", t, row[RID], f"{kind} created two weeks late")


# --- accounts -----------------------------------------------------------------------------------


def _new_name(p: Planter, taken: set[str], i: int, female: bool) -> str:
    r = rng(p.seed, f"account:{i}")
    while True:
        first = r.choice(names.FEMALE_FIRST if female else names.MALE_FIRST)
        surname = r.choice(names.SURNAMES)[1 if female else 0]
        name = f"{first} {surname}"
        if name not in taken:
            taken.add(name)
            return name


def plant_accounts(p: Planter) -> None:
    t = "accounts"
    if not p.has(t):
        return
    facts = p.facts
    taken = set(p.frame(t)["user"].to_list()) | set(p.school.students["student"].to_list())

    def add(user: str, role: str, active: bool, **times: Any) -> int:
        values = {
            "user": user,
            "role": role,
            "active": active,
            "left_at": None,
            "requested_at": None,
            "connected_at": None,
        }
        values.update(times)
        return p.add(t, values)

    if p.plan.on("ACC001"):
        leavers = [
            (
                "skolotājs",
                cal.at(facts.semester2.start + dt.timedelta(days=25), 16, 0),
                False,
                "near",
            ),
            (
                "skolēns",
                cal.at(facts.autumn_break.start - dt.timedelta(days=7), 12, 0),
                False,
                "fine",
            ),
            ("skolēns", cal.at(facts.spring_break.end + dt.timedelta(days=7), 12, 0), True, "late"),
            ("skolotājs", cal.at(facts.semester2.end - dt.timedelta(days=30), 17, 0), True, "late"),
        ]
        for i, (role, left, active, label) in enumerate(leavers):
            rid = add(_new_name(p, taken, i, i % 2 == 0), role, active, left_at=left)
            if label == "near":
                p.near_miss("ACC001", t, rid, "left; access closed")
            elif label == "late":
                p.violation("ACC001", t, rid, "left; access still active")
    if p.plan.on("ACC002"):
        deadline = p.deadline("ACC002")
        cases: list[tuple[str, dt.date]] = []
        rolled = next(
            d
            for d in cal.days_between(
                facts.semester1.start + dt.timedelta(days=30), facts.semester2.end
            )
            if cal.is_working_day(d) and cal.is_day_off(d + dt.timedelta(days=7))
        )
        cases.append(("rolled", rolled))
        if p.edges.transfer_saturday:
            cases.append(("transfer", p.edges.transfer_saturday - dt.timedelta(days=7)))
        spring = facts.semester2.start + dt.timedelta(days=40)
        cases.append(("minute", spring))
        cases.append(("never", spring + dt.timedelta(days=30)))
        pending = p.as_of.date() - dt.timedelta(days=4)
        while not cal.is_working_day(pending):
            pending -= dt.timedelta(days=1)
        cases.append(("pending", pending))
        for i, (label, day) in enumerate(cases):
            due = deadline.due(day)
            requested = cal.at(day, 11, 20)
            user = _new_name(p, taken, 100 + i, True)
            if label == "rolled":
                rid = add(user, "vecāks", True, requested_at=requested, connected_at=due)
                p.near_miss(
                    "ACC002",
                    t,
                    rid,
                    f"request of {fmt(day)}: a week later is a day off, due rolled to {fmt(due)}",
                )
            elif label == "transfer":
                monday = cal.next_working_day(due.date())
                rid = add(
                    user, "vecāks", True, requested_at=requested, connected_at=cal.at(monday, 9, 0)
                )
                p.violation(
                    "ACC002",
                    t,
                    rid,
                    f"request of {fmt(day)} due on the transferred working Saturday {fmt(due)}",
                )
            elif label == "minute":
                rid = add(user, "vecāks", True, requested_at=requested, connected_at=due + MINUTE)
                p.violation("ACC002", t, rid, "connected a minute late")
            elif label == "never":
                rid = add(user, "vecāks", True, requested_at=requested, connected_at=None)
                p.violation("ACC002", t, rid, "never connected")
            elif due > p.as_of:
                rid = add(user, "vecāks", True, requested_at=requested, connected_at=None)
                p.mark(
                    "pending", "ACC002", t, rid, "not yet connected, due after the reference time"
                )


def plant_all(p: Planter) -> None:
    plant_conversations(p)
    plant_plans(p)
    plant_setup(p)
    plant_accounts(p)


def plant_test_planner(p: Planter) -> None:
    """TST001 (DVG 18): planner entries without their length in lessons."""
    t = "test_plan"
    if not p.plan.on("TST001") or not p.has(t):
        return
    for row in p.pick(t, pl.lit(True), 2, purpose="TST001:planner"):
        p.set(t, row[RID], lessons=None)
        p.violation("TST001", t, row[RID], "planner entry without its length")
