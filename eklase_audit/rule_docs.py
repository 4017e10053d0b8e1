"""What `rules` and `explain` say about a rule, from the one source of rule data: the catalogue,
the profile's settings and the rule texts (``rule.<CODE>.*`` messages)."""

from __future__ import annotations

from dataclasses import dataclass

from eklase_audit.messages import Translator
from eklase_audit.profiles.describe import citation_words, rule_deadlines, uses_bell_schedule
from eklase_audit.profiles.model import Profile
from eklase_audit.rules.catalog import RULES


@dataclass(frozen=True)
class RuleLine:
    """One rule in one profile, as the `rules` list shows it."""

    code: str
    title: str
    enabled: bool
    severity: str
    deadlines: tuple[str, ...]
    citation: str
    timeliness: bool
    bell_default: bool


@dataclass(frozen=True)
class RuleDoc:
    """One rule in full, as `explain` shows it; per profile, its deadlines and citation."""

    code: str
    title: str
    finds: str
    why: str
    example_bad: str
    example_good: str
    per_profile: tuple[tuple[str, str, RuleLine], ...]  # (profile id, school name, rule line)


def rule_line(t: Translator, profile: Profile, code: str, *, full: bool = False) -> RuleLine:
    config = profile.rules[code]
    spec = RULES[code]
    return RuleLine(
        code=code,
        title=t(f"rule.{code}.title"),
        enabled=spec.always_on or config.enabled,
        severity=config.severity.value,
        deadlines=tuple(rule_deadlines(t, profile, code, full=full)),
        # A rule the order does not mention has no source to cite (a data-quality rule does).
        citation=(
            citation_words(t, profile, config)
            if config.citation or config.enabled or spec.always_on
            else "—"
        ),
        timeliness=spec.timeliness,
        bell_default=profile.calendar.bell.is_default and uses_bell_schedule(profile, code),
    )


def rule_lines(t: Translator, profile: Profile) -> list[RuleLine]:
    return [rule_line(t, profile, code) for code in RULES]


def rule_doc(t: Translator, code: str, profiles: list[Profile]) -> RuleDoc:
    return RuleDoc(
        code=code,
        title=t(f"rule.{code}.title"),
        finds=t(f"rule.{code}.finds"),
        why=t(f"rule.{code}.why"),
        example_bad=t(f"rule.{code}.example_bad"),
        example_good=t(f"rule.{code}.example_good"),
        per_profile=tuple((p.id, p.name, rule_line(t, p, code, full=True)) for p in profiles),
    )
