"""The forms a grade takes as E-klase writes it, as one regular expression each.

A grade may have more than one form ("a" is both an exemption and "apguvis" of S/T/A/P); it is
valid for a kind of work when any of its forms is allowed there. The forms allowed for a kind of
work become one alternation, so a grade column is scanned once per kind of work.
"""

from __future__ import annotations

import polars as pl

# Where an order is silent, what the journal itself accepts (RULES.md GRD002 "data quality").
DEFAULT_ALLOWED: tuple[str, ...] = (
    "ten_point",
    "percent",
    "pass_fail",
    "not_done",
    "test_mark",
    "corrected",
    "exempt",
)

# Each simple form's body, matched against the trimmed, lower-cased grade.
_SIMPLE: dict[str, str] = {
    "ten_point": r"(?:10|[1-9])",
    "percent": r"(?:100(?:[.,]0+)?|\d{1,2}(?:[.,]\d+)?)\s*%",
    "pass_fail": r"(?:i|ni|ieskait[iī]ts|neieskait[iī]ts)",
    "not_done": r"nv",
    "test_mark": r"(?:10|[1-9])\s*\(\s*p\.?\s*d\.?\s*\)",
    "exempt": r"(?:a|atb|atbr\.?|atbr[iī]vots)",
    "stap": r"[stap]",
}
_ANY_SIMPLE = "|".join(_SIMPLE.values())
# A corrected grade, old|new, each side a valid simple grade.
_BODIES: dict[str, str] = {
    **_SIMPLE,
    "corrected": rf"(?:{_ANY_SIMPLE})\s*\|\s*(?:{_ANY_SIMPLE})",
}


def _clean(grade: pl.Expr) -> pl.Expr:
    return grade.str.strip_chars().str.to_lowercase()


def form_pattern(forms: list[str] | tuple[str, ...]) -> str | None:
    """One anchored pattern matching any of the forms (``blank`` aside); None when none."""
    bodies = [_BODIES[form] for form in forms if form != "blank"]
    return f"^(?:{'|'.join(bodies)})$" if bodies else None


def has_form(grade: pl.Expr, form: str) -> pl.Expr:
    """True where the grade has this form."""
    return allowed_expr(grade, [form])


def allowed_expr(grade: pl.Expr, forms: list[str] | tuple[str, ...]) -> pl.Expr:
    """True where the grade has at least one of the allowed forms."""
    blank = grade.is_null() | (grade.str.strip_chars() == "")
    pattern = form_pattern(forms)
    matched = _clean(grade).str.contains(pattern).fill_null(False) if pattern else pl.lit(False)
    if "blank" in forms:
        return blank | matched
    return ~blank & matched
