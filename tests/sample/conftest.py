"""Samples generated once per test session: every profile at its default size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eklase_audit.sample import PROFILE_IDS, SampleSummary, generate_sample


class Generated:
    def __init__(self, outdir: Path, summary: SampleSummary) -> None:
        self.outdir = outdir
        self.summary = summary
        self.expected: dict[str, Any] = json.loads((outdir / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    root = tmp_path_factory.mktemp("samples")
    out = {}
    for profile in PROFILE_IDS:
        summary = generate_sample(profile, root / profile)
        out[profile] = Generated(root / profile, summary)
    return out


@pytest.fixture(scope="session")
def bad_samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    root = tmp_path_factory.mktemp("bad")
    out = {}
    for profile in ("aknistes-vsk", "liepaja-mazulitis"):
        summary = generate_sample(profile, root / profile, students=30, seed=3, with_bad_rows=True)
        out[profile] = Generated(root / profile, summary)
    return out
