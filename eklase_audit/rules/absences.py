"""Absences: ABS001-ABS003 (docs/rules-in-detail.md "Absences")."""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import RuleContext, content_findings
from eklase_audit.rules.text import fold_text, folded, is_blank
from eklase_audit.rules.timeliness import late_entry_findings


def abs001_absence_late(ctx: RuleContext) -> pl.DataFrame:
    return late_entry_findings(ctx, ctx.table("absences"))


def abs002_mark_not_allowed(ctx: RuleContext) -> pl.DataFrame:
    """A mark outside the order's list; an empty mark only with the order's note."""
    allowed = [code.lower() for code in ctx.config.params.get("allowed_codes", [])]
    blank_note = ctx.config.params.get("blank_note")
    absences = ctx.table("absences")
    code = pl.col("code").str.to_lowercase().str.strip_chars()
    blank = is_blank(pl.col("code"))
    if blank_note:
        blank_ok = folded(pl.col("notes").fill_null("")).str.contains(
            fold_text(blank_note), literal=True
        )
    else:
        blank_ok = pl.lit(False)
    bad = pl.when(blank).then(~blank_ok).otherwise(~code.is_in(allowed))
    kind = pl.when(blank).then(pl.lit("blank_without_note")).otherwise(pl.lit("code_not_allowed"))
    return content_findings(absences, bad, kind, value=pl.col("code"))


def abs003_note_registered_late(ctx: RuleContext) -> pl.DataFrame:
    """Counted from the day the note was handed in; compared with when it was marked justified."""
    absences = ctx.table("absences").filter(pl.col("note_submitted_at").is_not_null())
    return late_entry_findings(
        ctx,
        absences,
        done=pl.col("justified_at"),
        time_columns=("justified_at",),
        event="note_submitted_at",
    )
