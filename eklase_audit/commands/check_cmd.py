"""The `check` command: audit exports against the school's order."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    EXIT_OK,
    AbsencesFiles,
    AccountsFiles,
    ConfigOption,
    ConversationsFiles,
    DebugOption,
    GradesFiles,
    JournalsFiles,
    LangOption,
    LessonsFiles,
    PlansFiles,
    ProfileOption,
    ReportsFiles,
    TermGradesFiles,
    TestPlanFiles,
    TimetableFiles,
    explicit_tables,
    run,
    translator,
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Export files or folders (searched recursively).", show_default=False),
    ] = None,
    profile: ProfileOption = None,
    config: ConfigOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Reference time: 2026-01-09, 09.01.2026 12:00 ... (default: now, Riga time).",
        ),
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="First event date audited.")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last event date audited.")] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help='A period of the school year of --as-of: "1. semestris".'),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="Only these rule codes or prefixes (LES,GRD001)."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Leave out these rule codes or prefixes.")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="What standard output carries.")
    ] = OutputFormat.table,
    output: Annotated[
        list[Path] | None,
        typer.Option("--output", help="Write a report: .xlsx, .csv or .json (repeatable)."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on violations at or above this severity.")
    ] = FailOn.error,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="No progress, notes or violation list.")
    ] = False,
    waivers: Annotated[
        Path | None, typer.Option("--waivers", help="A waivers.toml of accepted violations.")
    ] = None,
    write_waivers: Annotated[
        Path | None,
        typer.Option("--write-waivers", help="Write a waiver for every current violation."),
    ] = None,
    waiver_reason: Annotated[
        str | None, typer.Option("--reason", help="The reason written with --write-waivers.")
    ] = None,
    waiver_until: Annotated[
        str | None, typer.Option("--until", help="The end date written with --write-waivers.")
    ] = None,
    pseudonymize: Annotated[
        bool,
        typer.Option("--pseudonymize", help="Replace student names and personal codes."),
    ] = False,
    pseudonymize_teachers: Annotated[
        bool, typer.Option("--pseudonymize-teachers", help="Replace teachers' names too.")
    ] = False,
    keep_text: Annotated[
        bool,
        typer.Option("--keep-text", help="Keep free-text columns under --pseudonymize."),
    ] = False,
    include_personal_codes: Annotated[
        bool,
        typer.Option("--include-personal-codes", help="Write personal codes into outputs."),
    ] = False,
    snapshot: Annotated[
        list[str] | None,
        typer.Option("--snapshot", help="The same exports taken at a known time: PATH[@DATETIME]."),
    ] = None,
    lessons: LessonsFiles = None,
    grades: GradesFiles = None,
    absences: AbsencesFiles = None,
    term_grades: TermGradesFiles = None,
    reports: ReportsFiles = None,
    conversations: ConversationsFiles = None,
    plans: PlansFiles = None,
    test_plan: TestPlanFiles = None,
    timetable: TimetableFiles = None,
    journals: JournalsFiles = None,
    accounts: AccountsFiles = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Audit journal exports against the school's order and print the late and missing entries."""
    t = translator(lang)
    explicit = explicit_tables(
        lessons=lessons,
        grades=grades,
        absences=absences,
        term_grades=term_grades,
        reports=reports,
        conversations=conversations,
        plans=plans,
        test_plan=test_plan,
        timetable=timetable,
        journals=journals,
        accounts=accounts,
    )

    def body() -> int:
        from eklase_audit.check import CheckOptions, run_check

        options = CheckOptions(
            paths=tuple(paths or ()),
            explicit=explicit,
            profile=profile,
            config=config,
            as_of=as_of,
            date_from=date_from,
            date_to=date_to,
            period=period,
            select=tuple(select or ()),
            ignore=tuple(ignore or ()),
            output_format=output_format.value,
            outputs=tuple(output or ()),
            fail_on=fail_on.value,
            quiet=quiet,
            waivers=waivers,
            write_waivers=write_waivers,
            waiver_reason=waiver_reason,
            waiver_until=waiver_until,
            pseudonymize=pseudonymize,
            pseudonymize_teachers=pseudonymize_teachers,
            keep_text=keep_text,
            include_personal_codes=include_personal_codes,
            snapshots=tuple(snapshot or ()),
            command_line=tuple(sys.argv),
        )
        return run_check(options, t)

    code = run(t, debug, body)
    if code != EXIT_OK:
        raise typer.Exit(code)
