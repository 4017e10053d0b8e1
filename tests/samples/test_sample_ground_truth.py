"""`check` over each committed sample finds exactly what the sample planted: no more, no less."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.sample import PROFILE_IDS, generate_sample
from tests.samples.ground_truth import compare, load_expected

SAMPLES = Path(__file__).resolve().parents[2] / "sample_exports"


def audit(root: Path, profile: str, as_of: str) -> tuple[int, str, dict]:
    result = CliRunner().invoke(
        app,
        ["check", str(root), "--profile", profile, "--as-of", as_of, "--format", "json"],
    )
    return result.exit_code, result.stderr, json.loads(result.stdout)


def assert_exact(document: dict, root: Path) -> None:
    report = compare(document, load_expected(root), root)
    for name, difference in report.items():
        assert difference == {"missed": [], "extra": []}, (root.name, name)


@pytest.mark.parametrize("profile", PROFILE_IDS)
def test_committed_sample_findings_are_exactly_the_planted_ones(profile: str) -> None:
    root = SAMPLES / profile
    expected = load_expected(root)
    code, _, document = audit(root, profile, expected["as_of"])
    assert code == 1
    assert document["skipped"] == []
    assert document["rejected_rows"] == []
    assert len(document["violations"]) == len(expected["violations"]) > 0
    assert_exact(document, root)


def test_aknistes_as_of_a_plain_date_is_the_end_of_that_day() -> None:
    """The issue's own command: --as-of 2026-06-30 means up to the end of 30 June."""
    root = SAMPLES / "aknistes-vsk"
    code, stderr, document = audit(root, "aknistes-vsk", "2026-06-30")
    assert code == 1
    assert document["schema_version"] == 1
    assert "Traceback" not in stderr
    assert_exact(document, root)


@pytest.mark.parametrize("profile", ["upeslejas-sk", "liepaja-mazulitis"])
def test_unreadable_rows_are_rejected_exactly(profile: str, tmp_path: Path) -> None:
    root = tmp_path / profile
    generate_sample(profile, root, students=20, seed=7, with_bad_rows=True)
    expected = load_expected(root)
    assert expected["rejected"], "the sample planted no unreadable rows"
    code, _, document = audit(root, profile, expected["as_of"])
    assert code == 1
    assert document["summary"]["rejected"] == len(expected["rejected"])
    assert_exact(document, root)
