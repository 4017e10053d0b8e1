"""The `calendar` command: the working-day calendar in force for one school year."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    ConfigOption,
    DebugOption,
    LangOption,
    ProfileOption,
    help_text,
    plain_console,
    run,
    translator,
)


def calendar(
    year: Annotated[
        str | None,
        typer.Option(
            "--year",
            help=help_text("help.calendar.year"),
            metavar=help_text("help.metavar.year"),
        ),
    ] = None,
    profile: ProfileOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """The working-day calendar in force for one school year: a profile's, or without one the
    country's (holidays and transferred working days)."""
    t = translator(lang)

    def body() -> None:
        from eklase_audit.calendar.overview import calendar_overview, national_overview
        from eklase_audit.cli_dates import now_in_riga
        from eklase_audit.profiles.loader import discover_config, resolve_profile
        from eklase_audit.report.calendar import render_calendar

        today = now_in_riga().date()
        console = plain_console(120)
        if profile is None and config is None and discover_config(Path.cwd()) is None:
            # No school named: the country's calendar, which needs no profile.
            render_calendar(national_overview(year, today), t, console)
            return
        chosen = resolve_profile(profile, config, Path.cwd())
        overview = calendar_overview(chosen.calendar, year, today)
        render_calendar(overview, t, console, school=chosen.name)

    run(t, debug, body)
