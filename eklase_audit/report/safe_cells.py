"""Cells that a spreadsheet would run as a formula are written as inert text."""

from __future__ import annotations

import polars as pl

# A cell starting with one of these is a formula (or its start) to Excel and LibreOffice.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def inert_expr(column: pl.Expr) -> pl.Expr:
    """A column of text with a leading apostrophe on each cell a spreadsheet would otherwise
    evaluate."""
    formula = pl.any_horizontal(column.str.starts_with(start) for start in FORMULA_STARTS)
    quoted = pl.concat_str(pl.lit("'"), column)
    return pl.when(formula).then(quoted).otherwise(column).alias(column.meta.output_name())
