"""The forms a grade takes as E-klase writes it, as vectorised tests on the grade's text.

A grade may have more than one form ("a" is both an exemption and "apguvis" of S/T/A/P); it is
valid for a kind of work when any of its forms is allowed there.
"""

from __future__ import annotations

import polars as pl

# Forms a grade may take; the names are what a profile's GRD002 `allowed` lists use.
FORMS: tuple[str, ...] = (
    "ten_point",
    "percent",
    "pass_fail",
    "not_done",
    "test_mark",
    "corrected",
    "exempt",
    "stap",
    "blank",
)

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

_SIMPLE: dict[str, str] = {
    "ten_point": r"^(10|[1-9])$",
    "pass_fail": r"^(i|ni|ieskait[iī]ts|neieskait[iī]ts)$",
    "not_done": r"^nv$",
    "test_mark": r"^(10|[1-9])\s*\(\s*p\.?\s*d\.?\s*\)$",
    "exempt": r"^(a|atb|atbr\.?|atbr[iī]vots)$",
    "stap": r"^[stap]$",
}
_PERCENT = r"^(\d{1,3})([.,]\d+)?\s*%$"


def _clean(grade: pl.Expr) -> pl.Expr:
    return grade.str.strip_chars().str.to_lowercase()


def _simple_form(grade: pl.Expr, form: str) -> pl.Expr:
    """A form that is not `corrected` (which is built from two simple grades)."""
    text = _clean(grade)
    if form == "blank":
        return grade.is_null() | (text == "")
    if form == "percent":
        number = text.str.extract(_PERCENT, 1).cast(pl.Int32, strict=False)
        fraction = text.str.extract(_PERCENT, 2).is_not_null()
        return text.str.contains(_PERCENT) & ((number < 100) | ((number == 100) & ~fraction))
    return text.str.contains(_SIMPLE[form]).fill_null(False)


def has_form(grade: pl.Expr, form: str) -> pl.Expr:
    """True where the grade has this form."""
    if form != "corrected":
        return _simple_form(grade, form).fill_null(False)
    parts = _clean(grade).str.split_exact("|", 1)
    old, new = parts.struct.field("field_0"), parts.struct.field("field_1")
    simple = [f for f in FORMS if f not in ("corrected", "blank")]
    old_ok = pl.any_horizontal([_simple_form(old.str.strip_chars(), f) for f in simple])
    new_ok = pl.any_horizontal([_simple_form(new.str.strip_chars(), f) for f in simple])
    return (
        (_clean(grade).str.count_matches(r"\|") == 1)
        & old_ok.fill_null(False)
        & new_ok.fill_null(False)
    )


def allowed_expr(grade: pl.Expr, forms: list[str] | tuple[str, ...]) -> pl.Expr:
    """True where the grade has at least one of the allowed forms."""
    if not forms:
        return pl.lit(False)
    return pl.any_horizontal([has_form(grade, form) for form in forms])
