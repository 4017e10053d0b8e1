"""Rule texts and deadline words: complete, the same in both languages, readable."""

from __future__ import annotations

import string

import pytest

from eklase_audit.calendar.deadline_spec import DeadlineKind, parse_deadline
from eklase_audit.messages import Translator
from eklase_audit.messages.en import profiles as en_profiles
from eklase_audit.messages.en import rules as en_rules
from eklase_audit.messages.lv import profiles as lv_profiles
from eklase_audit.messages.lv import rules as lv_rules
from eklase_audit.profiles.describe import (
    deadline_sentence,
    deadline_words,
    ordinal,
    rule_deadlines,
    uses_bell_schedule,
)
from eklase_audit.profiles.loader import load_profile
from eklase_audit.profiles.model import DeadlineChoice
from eklase_audit.rules.catalog import RULES

FIELDS = ("title", "finds", "why", "example_bad", "example_good")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize(
    ("lv", "en"),
    [(lv_rules.MESSAGES, en_rules.MESSAGES), (lv_profiles.MESSAGES, en_profiles.MESSAGES)],
    ids=["rules", "profiles"],
)
def test_lv_and_en_have_the_same_keys_and_placeholders(
    lv: dict[str, str], en: dict[str, str]
) -> None:
    assert set(lv) == set(en)
    for key in en:
        assert _fields(lv[key]) == _fields(en[key]), key


@pytest.mark.parametrize("code", RULES)
def test_every_rule_has_its_texts(code: str) -> None:
    for messages in (lv_rules.MESSAGES, en_rules.MESSAGES):
        for field in FIELDS:
            text = messages[f"rule.{code}.{field}"]
            assert text.strip() and text == text.strip(), (code, field)
            assert not _fields(text), (code, field)
        assert len(messages[f"rule.{code}.title"]) <= 70


def test_no_rule_text_for_a_rule_that_does_not_exist() -> None:
    codes = {key.split(".")[1] for key in en_rules.MESSAGES if key.startswith("rule.")}
    assert codes - {"heading"} == set(RULES)


def test_every_deadline_kind_has_words() -> None:
    for lang in ("lv", "en"):
        t = Translator(lang)
        for kind in DeadlineKind:
            assert t.has(f"deadline.{kind.value}"), (lang, kind)
        assert t("citation.data_quality") in ("datu kvalitāte", "data quality")


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_english_ordinals(n: int, text: str) -> None:
    assert ordinal(Translator("en"), n) == text
    assert ordinal(Translator("lv"), n) == f"{n}."


@pytest.mark.parametrize(
    ("deadline", "lv", "en"),
    [
        ("working_days 3", "3 darba dienu laikā", "within 3 working days"),
        ("working_days 1", "1 darba dienas laikā", "within 1 working day"),
        ("working_days 21", "21 darba dienas laikā", "within 21 working days"),
        ("working_days 11", "11 darba dienu laikā", "within 11 working days"),
        ("days 7", "7 dienu laikā", "within 7 days"),
        ("same_day 17:00", "tajā pašā dienā līdz plkst. 17:00", "by 17:00 on the same day"),
        ("same_day", "līdz tās pašas dienas beigām", "by the end of the same day"),
        ("month_day 5", "līdz nākamā mēneša 5. datumam", "by the 5th of the following month"),
        ("period_start_by 09-15", "līdz 15. septembrim", "by 15 September"),
        (
            "before_period_end 3",
            "ne vēlāk kā 3 dienas pirms perioda (semestra, gada) beigām",
            "no later than 3 days before the end of the period (semester, year)",
        ),
        (
            "previous_friday 19:00",
            "līdz iepriekšējās nedēļas piektdienai plkst. 19:00",
            "by 19:00 on the Friday before the week",
        ),
    ],
)
def test_deadline_words(deadline: str, lv: str, en: str) -> None:
    spec = parse_deadline(deadline)
    assert deadline_words(Translator("lv"), spec) == lv
    assert deadline_words(Translator("en"), spec) == en


def test_a_deadline_in_full_says_what_it_counts_from() -> None:
    choice = DeadlineChoice(parse_deadline("working_days 3"), "date")
    assert (
        deadline_sentence(Translator("en"), choice, "grades")
        == "by the end of the 3rd working day after the work's date"
    )
    assert (
        deadline_sentence(Translator("lv"), choice, "grades")
        == "līdz 3. darba dienas beigām pēc darba datuma"
    )
    handed_in = DeadlineChoice(parse_deadline("working_days 7"), "submitted_at")
    assert deadline_sentence(Translator("en"), handed_in, "grades").endswith(
        "after the day the work was handed in"
    )
    days = DeadlineChoice(parse_deadline("days 7"), "requested_at")
    assert "next working day" in deadline_sentence(Translator("en"), days, "accounts")
    fixed = DeadlineChoice(parse_deadline("days 7", roll_forward=False), "requested_at")
    assert "next working day" not in deadline_sentence(Translator("en"), fixed, "accounts")
    assert deadline_sentence(Translator("en"), None, "grades") == "not checked"


def test_a_rule_s_deadlines_by_kind() -> None:
    t = Translator("en")
    upesleja = load_profile("upeslejas-sk")
    assert rule_deadlines(t, upesleja, "GRD001") == [
        "ieskaitīts/neieskaitīts: by the next lesson of the same class and subject",
        "pārbaudes darbs: within 3 working days",
        "liela apjoma darbs: within 6 working days",
        "other: not checked",
        "an improved grade (5|7): the same deadline, counted from the day it was corrected",
    ]
    assert rule_deadlines(t, upesleja, "LES002") == ["the deadline of LES001"]
    assert rule_deadlines(t, upesleja, "LES003") == []
    assert rule_deadlines(Translator("lv"), upesleja, "LES001") == [
        "individuālais darbs: līdz perioda (semestra, gada) pēdējai dienai",
        "pārējie: tajā pašā dienā līdz plkst. 19:00",
    ]


def test_which_rules_use_the_bell_schedule() -> None:
    daugavpils = load_profile("daugavpils-vg")
    assert uses_bell_schedule(daugavpils, "LES001")
    assert uses_bell_schedule(daugavpils, "LES002")  # borrows LES001's deadline
    assert uses_bell_schedule(daugavpils, "ABS001")
    assert not uses_bell_schedule(daugavpils, "HW001")
    assert not uses_bell_schedule(load_profile("aknistes-vsk"), "LES001")
