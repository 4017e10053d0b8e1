"""Preschool learning areas: PRE001 (all seven areas in a group's week), PRE002 (health and
physical activity every day). Areas are read from the subject (the dominant area) and the
learning-area cells by keyword, diacritics and case aside."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from eklase_audit.calendar.deadlines import end_of_day
from eklase_audit.rules.base import (
    RuleContext,
    content_findings,
    findings_frame,
    missing_struct,
    presence_status,
)
from eklase_audit.rules.text import fold_text, folded

# The seven learning areas of the national preschool guidelines and the word stems that name
# them in a journal entry; a profile may give its own (`areas = { "<area>" = ["stem", ...] }`).
DEFAULT_AREAS: dict[str, tuple[str, ...]] = {
    "valodu": ("valod", "latviesu", "literatur"),
    "sociālā un pilsoniskā": ("social", "pilsonisk"),
    "kultūras izpratnes un pašizpausmes mākslā": ("kultur", "maksl", "muzik", "vizual"),
    "dabaszinātņu": ("dabaszin", "daba"),
    "matemātikas": ("matemat",),
    "tehnoloģiju": ("tehnolog", "dizain"),
    "veselības un fiziskās aktivitātes": ("vesel", "fizisk", "sport", "kustib"),
}
HEALTH = "veselības un fiziskās aktivitātes"


def _areas(ctx: RuleContext) -> Mapping[str, tuple[str, ...]]:
    configured = ctx.config.params.get("areas")
    if isinstance(configured, Mapping) and configured:
        return {name: tuple(fold_text(s) for s in stems) for name, stems in configured.items()}
    return DEFAULT_AREAS


def _area_text() -> pl.Expr:
    return folded(
        pl.concat_str(
            [pl.col("subject").fill_null(""), pl.col("learning_area").fill_null("")], separator=" "
        )
    )


def _mentions(stems: tuple[str, ...]) -> pl.Expr:
    text = _area_text()
    hit = pl.lit(False)
    for stem in stems:
        hit = hit | text.str.contains(stem, literal=True)
    return hit


def pre001_week_areas(ctx: RuleContext) -> pl.DataFrame:
    areas = _areas(ctx)
    lessons = ctx.table("lessons").with_columns(
        pl.col("date").dt.truncate("1w").alias("_week"),
        *[_mentions(stems).alias(f"_area_{i}") for i, stems in enumerate(areas.values())],
    )
    weeks = lessons.group_by("class", "_week").agg(
        pl.col("date").max().alias("_last"),
        *[pl.col(f"_area_{i}").any() for i in range(len(areas))],
    )
    names = list(areas)
    absent = pl.concat_list(
        [pl.when(~pl.col(f"_area_{i}")).then(pl.lit(name)) for i, name in enumerate(names)]
    ).list.drop_nulls()
    week_end = end_of_day(pl.col("_week") + pl.duration(days=4))
    incomplete = absent.list.len() > 0
    status = presence_status(~incomplete, week_end, ctx.as_of)
    return findings_frame(
        weeks.with_columns(
            pl.col("_week").alias("event_date"),
            week_end.alias("deadline"),
            status.alias("status"),
            pl.lit("areas_missing").alias("detail"),
            absent.list.join(", ").alias("value"),
            pl.when(incomplete)
            .then(
                missing_struct(
                    **{"class": pl.col("class"), "week": pl.col("_week").dt.strftime("%Y-%m-%d")}
                )
            )
            .alias("missing"),
        )
    )


def pre002_daily_health(ctx: RuleContext) -> pl.DataFrame:
    stems = _areas(ctx).get(HEALTH, DEFAULT_AREAS[HEALTH])
    configured = ctx.config.params.get("health_area")
    if configured:
        stems = tuple(fold_text(s) for s in configured)
    days = (
        ctx.table("lessons")
        .with_columns(_mentions(stems).alias("_health"))
        .group_by("class", "date")
        .agg(pl.col("_health").any())
    )
    missing = missing_struct(**{"class": pl.col("class"), "date": pl.col("date")})
    return content_findings(days, ~pl.col("_health"), "no_health_area", missing=missing)
