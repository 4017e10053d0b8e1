"""A profile's deadlines and citations in words, for people who do not read TOML.

``rules``, ``explain``, ``init`` and the report show "within 3 working days" or "by the end of the
3rd working day after the work's date" rather than ``working_days 3``. The words are messages
(``deadline.*``, ``origin.*``, ``month.to.*``); this module only picks the key and the numbers.
"""

from __future__ import annotations

from eklase_audit.calendar.deadline_spec import END_OF_DAY, DeadlineKind, DeadlineSpec
from eklase_audit.messages import Translator
from eklase_audit.profiles.model import DeadlineChoice, Profile, RuleConfig
from eklase_audit.rules.catalog import RULES

# Kinds whose words count something ("3 working days"): singular and plural forms differ.
_COUNTED = frozenset({DeadlineKind.working_days, DeadlineKind.days, DeadlineKind.before_period_end})
# Kinds whose long form says what the count starts from.
_COUNTED_FROM = frozenset({DeadlineKind.working_days, DeadlineKind.days})


def ordinal(t: Translator, n: int) -> str:
    """``3.`` in Latvian, ``3rd`` in English."""
    if t.lang == "lv":
        return f"{n}."
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_one(t: Translator, n: int) -> bool:
    """Whether ``n`` takes the singular: 1, 21, 31... in Latvian; only 1 in English."""
    if t.lang == "lv":
        return n % 10 == 1 and n % 100 != 11
    return n == 1


def deadline_words(t: Translator, spec: DeadlineSpec | None) -> str:
    """A deadline in a few words: ``within 3 working days``; ``not checked`` for None."""
    if spec is None:
        return t("deadline.unchecked")
    key = f"deadline.{spec.kind.value}"
    if spec.kind is DeadlineKind.same_day and spec.time in (None, END_OF_DAY):
        return t("deadline.same_day.end")
    if spec.kind in _COUNTED and spec.n is not None and _is_one(t, spec.n):
        key += ".one"
    return t(key, **_params(t, spec))


def deadline_sentence(t: Translator, choice: DeadlineChoice | None, table: str) -> str:
    """A deadline in full, with what it counts from: ``by the end of the 3rd working day after the
    work's date``. ``table`` is the table the rule's records come from."""
    if choice is None or choice.deadline is None:
        return t("deadline.unchecked")
    spec = choice.deadline
    if spec.kind not in _COUNTED_FROM or spec.n is None:
        return deadline_words(t, spec)
    text = t(
        f"deadline.{spec.kind.value}.long", nth=ordinal(t, spec.n), origin=origin(t, choice, table)
    )
    if spec.kind is DeadlineKind.days and spec.roll_forward:
        text += t("deadline.days.roll_forward")
    return text


def origin(t: Translator, choice: DeadlineChoice, table: str) -> str:
    """What a deadline counts from, in words (``the work's date``)."""
    if choice.counts_from == "date" and t.has(f"origin.date.{table}"):
        return t(f"origin.date.{table}")
    return t(f"origin.{choice.counts_from}")


def _params(t: Translator, spec: DeadlineSpec) -> dict[str, str]:
    params: dict[str, str] = {}
    if spec.n is not None:
        params["n"] = str(spec.n)
        params["nth"] = ordinal(t, spec.n)
    if spec.time is not None:
        params["time"] = f"{spec.time:%H:%M}"
    if spec.month is not None and spec.day is not None:
        params["day"] = str(spec.day)
        params["month"] = t(f"month.to.{spec.month}")
    return params


def citation_words(t: Translator, profile: Profile, rule: RuleConfig) -> str:
    """The rule's source: ``Aknīstes vsk. 1-18/3, 5. p.``, or ``data quality``."""
    return profile.citation(rule.citation) or t("citation.data_quality")


def rule_deadlines(t: Translator, profile: Profile, code: str, *, full: bool = False) -> list[str]:
    """A rule's deadlines in words, one line per kind of record (``pārbaudes darbs: ...``).

    Empty for a rule with no deadline. A rule that borrows another's deadline says so.
    """
    rule = profile.rules[code]
    spec = RULES[code]
    table = spec.tables[0] if spec.tables else ""

    def words(choice: DeadlineChoice) -> str:
        text = deadline_sentence(t, choice, table) if full else deadline_words(t, choice.deadline)
        if full and choice.citation:
            text += f" ({profile.citation(choice.citation)})"
        return text

    if not rule.has_deadline():
        if spec.deadline_from and profile.rules[spec.deadline_from].has_deadline():
            return [t("deadline.from_rule", rule=spec.deadline_from)]
        return []
    lines = [f"{value}: {words(choice)}" for value, choice in rule.by.items()]
    if rule.default is not None:
        if lines:
            lines.append(f"{t('deadline.other')}: {words(rule.default)}")
        else:
            lines.append(words(rule.default))
    elif lines:
        lines.append(f"{t('deadline.other')}: {t('deadline.unchecked')}")
    if rule.params.get("improved_from_correction"):
        lines.append(t("deadline.improved"))
    return lines


def uses_bell_schedule(profile: Profile, code: str) -> bool:
    """Whether a rule's deadline depends on lesson times (a default bell schedule is a note)."""
    rule = profile.rules[code]
    borrowed = RULES[code].deadline_from
    if not rule.has_deadline() and borrowed is not None:
        rule = profile.rules[borrowed]
    choices = [rule.default, *rule.by.values()]
    return any(
        choice is not None
        and choice.deadline is not None
        and choice.deadline.kind is DeadlineKind.lesson_end
        for choice in choices
    )
