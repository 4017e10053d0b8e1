"""Every rule case in ``cases/`` gets exactly its expected status, row by row."""

from __future__ import annotations

import pytest

from tests.rules.case_support import Case, all_cases, audit_case, missing_found, statuses

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_case(case: Case) -> None:
    result = audit_case(case)
    outcome = next(r for r in result.rules if r.code == case.rule)
    assert outcome.status == "ran", outcome
    found = statuses(result, case)
    for row, (status, late) in case.expected.items():
        got_status, got_late = found.get(row, ("ok", None))
        if status is None:  # the rule does not apply: nothing about this row
            assert row not in found, f"row {row}: expected no finding, got {got_status}"
            continue
        assert got_status == status, f"row {row}: expected {status}, got {got_status}"
        if late is not None:
            assert got_late == late, f"row {row}: expected {late} working days late, got {got_late}"
    unexpected = set(found) - set(case.expected)
    assert not unexpected, f"findings on rows without an expectation: {sorted(unexpected)}"
    assert missing_found(result, case.rule) == case.missing


def test_every_rule_with_a_check_has_cases() -> None:
    from eklase_audit.rules.registry import REGISTRY

    covered = {case.rule for case in CASES}
    assert set(REGISTRY) <= covered
