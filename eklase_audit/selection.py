"""Which rules run (SPEC "Selection"): --select narrows the profile's enabled rules, naming a
rule the profile has off turns it on when the profile gives it what it needs, --ignore removes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eklase_audit.errors import UsageError
from eklase_audit.profiles.model import Profile, RuleConfig
from eklase_audit.rules.catalog import RULES, RuleSpec, matching_codes


@dataclass(frozen=True)
class Selection:
    codes: tuple[str, ...]  # the rules that run, in catalogue order
    turned_on: frozenset[str]  # off in the profile, on for this run


def _expand(selectors: Sequence[str], option: str) -> set[str]:
    codes: set[str] = set()
    for selector in selectors:
        for part in selector.split(","):
            if not part.strip():
                continue
            found = matching_codes(part)
            if not found:
                raise UsageError("engine.unknown_rule", {"code": part.strip(), "option": option})
            codes.update(found)
    return codes


def _can_run(spec: RuleSpec, config: RuleConfig, configs: dict[str, RuleConfig]) -> bool:
    if spec.always_on:
        return True
    if spec.timeliness:
        own = config.has_deadline()
        borrowed = spec.deadline_from is not None and configs[spec.deadline_from].has_deadline()
        if not (own or borrowed):
            return False
    return all(config.params.get(name) for name in spec.required_params)


def select_rules(profile: Profile, select: Sequence[str], ignore: Sequence[str]) -> Selection:
    """SPEC "Selection": --select narrows the enabled rules; a rule named by its full code that
    the profile has off is turned on for the run when the profile gives it what it needs."""
    configs = dict(profile.rules)
    enabled = {code for code, spec in RULES.items() if spec.always_on or configs[code].enabled}
    turned_on: set[str] = set()
    if select:
        chosen = _expand(select, "--select")
        if not chosen:
            raise UsageError("engine.empty_select", {})
        named = {part.strip().upper() for s in select for part in s.split(",")}
        for code in sorted(chosen - enabled):
            if code not in named:
                continue
            if not _can_run(RULES[code], configs[code], configs):
                raise UsageError("engine.cannot_turn_on", {"code": code, "profile": profile.id})
            turned_on.add(code)
        active = (chosen & enabled) | turned_on
    else:
        active = set(enabled)
    active -= _expand(ignore, "--ignore")
    ordered = tuple(code for code in RULES if code in active)
    return Selection(ordered, frozenset(turned_on))
