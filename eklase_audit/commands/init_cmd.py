"""The `init` command: write a school's own commented config, starting from a built-in profile."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    DebugOption,
    LangOption,
    help_text,
    run,
    stderr_line,
    translator,
)

DEFAULT_OUT = Path("eklase-audit.toml")


def init(
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            help=help_text("help.init.profile"),
            metavar=help_text("help.metavar.profile"),
        ),
    ] = None,
    out: Annotated[
        Path,
        typer.Option(
            "--out", help=help_text("help.init.out"), metavar=help_text("help.metavar.file")
        ),
    ] = DEFAULT_OUT,
    force: Annotated[
        bool, typer.Option("--force", help=help_text("help.init.force"), metavar="")
    ] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Writes an editable eklase-audit.toml extending a built-in profile, every setting shown."""
    t = translator(lang)

    def body() -> None:
        from eklase_audit.errors import ConfigError, Location, UsageError
        from eklase_audit.profiles.loader import builtin_profile_ids, load_profile
        from eklase_audit.profiles.template import render_config

        known = builtin_profile_ids()
        if profile is None:
            raise UsageError("init.no_profile", {"profiles": ", ".join(known)})
        profile_id = profile.strip().lower()  # ids in any case, as everywhere else
        if profile_id not in known:
            raise ConfigError("profile.unknown", {"name": profile, "profiles": ", ".join(known)})
        if out.exists() and not force:
            raise UsageError("init.exists", {"path": str(out)})
        text = render_config(load_profile(profile_id), t)
        try:
            with out.open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as error:
            raise UsageError(
                "init.unwritable",
                {"path": str(out), "reason": error.strerror or str(error)},
                Location(path=str(out)),
            ) from None
        stderr_line(t("init.written", path=str(out), profile=profile_id))

    run(t, debug, body)
