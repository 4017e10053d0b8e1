"""The `sample` command: realistic synthetic exports with known, planted violations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import DebugOption, LangOption, help_text, run, translator


def sample(
    outdir: Annotated[
        Path,
        typer.Argument(
            help=help_text("help.sample.outdir"),
            metavar=help_text("help.metavar.folder"),
            show_default=False,
        ),
    ],
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            help=help_text("help.sample.profile"),
            metavar=help_text("help.metavar.profile"),
            show_default=False,
        ),
    ] = None,
    students: Annotated[
        int | None,
        typer.Option(
            "--students",
            help=help_text("help.sample.students"),
            metavar=help_text("help.metavar.number"),
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int,
        typer.Option(
            "--seed", help=help_text("help.sample.seed"), metavar=help_text("help.metavar.number")
        ),
    ] = 1,
    year: Annotated[
        str,
        typer.Option(
            "--year", help=help_text("help.sample.year"), metavar=help_text("help.metavar.year")
        ),
    ] = "2025/2026",
    with_bad_rows: Annotated[
        bool,
        typer.Option("--with-bad-rows", help=help_text("help.sample.with_bad_rows"), metavar=""),
    ] = False,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Writes one school's synthetic exports with planted violations and expected.json."""
    t = translator(lang)

    def body() -> None:
        from eklase_audit.errors import UsageError
        from eklase_audit.sample import PROFILE_IDS, generate_sample

        if profile is None:
            raise UsageError("sample.profile_required", {"known": ", ".join(PROFILE_IDS)})
        summary = generate_sample(
            profile.strip().lower(),  # profile ids in any case, as everywhere else
            outdir,
            students=students,
            seed=seed,
            year=year,
            with_bad_rows=with_bad_rows,
        )
        lines = [
            t(
                "sample.written",
                school=summary.school,
                profile=summary.profile,
                year=summary.year,
                seed=summary.seed,
                outdir=str(outdir),
            ),
            t(
                "sample.people_preschool"
                if summary.profile == "liepaja-mazulitis"
                else "sample.people_school",
                students=summary.students,
                classes=summary.classes,
            ),
        ]
        for path, sheet, rows in summary.files:
            if sheet:
                lines.append(t("sample.file_sheet", path=path, sheet=sheet, rows=rows))
            else:
                lines.append(t("sample.file", path=path, rows=rows))
        total = sum(summary.violations.values())
        lines.append(t("sample.planted", total=total))
        for rule, count in summary.violations.items():
            lines.append(t("sample.planted_rule", rule=rule, count=count))
        lines.append(
            t(
                "sample.other",
                pending=summary.pending,
                not_evaluable=summary.not_evaluable,
                near_misses=summary.near_misses,
                rejected=summary.rejected,
            )
        )
        lines.append(t("sample.truth", path=str(outdir / "expected.json")))
        lines.append(
            t(
                "sample.audit_with",
                outdir=str(outdir),
                profile=summary.profile,
                as_of=summary.as_of.isoformat(),
            )
        )
        typer.echo("\n".join(lines))

    run(t, debug, body)
