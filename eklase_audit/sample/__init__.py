"""Realistic synthetic exports of one school year with known, planted violations, for demos,
tests and benchmarks (``eklase-audit sample``)."""

from eklase_audit.sample.generate import SampleSummary, generate_sample
from eklase_audit.sample.plans import PROFILE_IDS

__all__ = ["PROFILE_IDS", "SampleSummary", "generate_sample"]
