"""Vectorised text helpers the content rules share."""

from __future__ import annotations

import polars as pl

from eklase_audit.io.schema import normalise_words


def folded(expr: pl.Expr) -> pl.Expr:
    """Lower-cased, diacritics removed, punctuation as single spaces: lenient matching.

    The same folding as :func:`fold_text` gives a constant, so the two can be compared.
    """
    return (
        expr.str.normalize("NFKD")
        .str.replace_all(r"\p{Mn}", "")
        .str.to_lowercase()
        .str.replace_all(r"[^\w]+", " ")
        .str.strip_chars()
    )


def fold_text(text: str) -> str:
    """The folding of :func:`folded` for a constant (a phrase from the profile)."""
    return normalise_words(text)


def is_blank(expr: pl.Expr) -> pl.Expr:
    return expr.is_null() | (expr.str.strip_chars() == "")
