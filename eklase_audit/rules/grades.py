"""Grades: GRD001, GRD002 (docs/rules-in-detail.md "Grades")."""

from __future__ import annotations

import dataclasses

import polars as pl

from eklase_audit.profiles.model import RuleConfig
from eklase_audit.rules.base import RuleContext, content_findings, selector
from eklase_audit.rules.grade_forms import DEFAULT_ALLOWED, allowed_expr
from eklase_audit.rules.timeliness import late_entry_findings


def _counting_from(config: RuleConfig, column: str) -> RuleConfig:
    """The same deadlines, each counted from ``column`` (an improved grade: the correction day)."""
    by = {
        value: dataclasses.replace(choice, counts_from=column)
        for value, choice in config.by.items()
    }
    default = dataclasses.replace(config.default, counts_from=column) if config.default else None
    return dataclasses.replace(config, by=by, default=default)


def grd001_grade_late(ctx: RuleContext) -> pl.DataFrame:
    grades = ctx.table("grades")
    if not ctx.config.params.get("improved_from_correction", False):
        return late_entry_findings(ctx, grades)
    improved = pl.col("corrected_at").is_not_null()
    return pl.concat(
        [
            late_entry_findings(ctx, grades.filter(~improved)),
            late_entry_findings(
                ctx, grades.filter(improved), config=_counting_from(ctx.config, "corrected_at")
            ),
        ]
    )


def grd002_grade_form(ctx: RuleContext) -> pl.DataFrame:
    """The grade's form must be one the order allows for its kind of work."""
    allowed: dict[str, list[str]] = {
        k.lower(): list(v) for k, v in ctx.config.params.get("allowed", {}).items()
    }
    default = allowed.pop("default", list(DEFAULT_ALLOWED))
    grades = ctx.table("grades")
    valid = allowed_expr(pl.col("grade"), default)
    for value, forms in allowed.items():
        valid = (
            pl.when(selector("work_type", value))
            .then(allowed_expr(pl.col("grade"), forms))
            .otherwise(valid)
        )
    return content_findings(grades, ~valid, "bad_grade", value=pl.col("grade").fill_null(""))
