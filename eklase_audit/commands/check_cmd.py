"""The `check` command: audit exports against the school's order."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

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
    PathsArgument,
    PlansFiles,
    ProfileOption,
    ReportsFiles,
    TermGradesFiles,
    TestPlanFiles,
    TimetableFiles,
    choices,
    explicit_tables,
    help_text,
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


def _option(name: str, key: str, metavar: str) -> Any:
    """An option of `check` with its help text and metavar from the ``help.*`` messages."""
    return typer.Option(
        name, help=help_text(f"help.check.{key}"), metavar=help_text(f"help.metavar.{metavar}")
    )


def _flag(name: str, key: str) -> Any:
    """A yes/no option of `check`: nothing is shown beside it but its help text."""
    return typer.Option(name, help=help_text(f"help.check.{key}"), metavar="")


def check(
    paths: PathsArgument = None,
    profile: ProfileOption = None,
    config: ConfigOption = None,
    as_of: Annotated[str | None, _option("--as-of", "as_of", "datetime")] = None,
    date_from: Annotated[str | None, _option("--from", "from", "date")] = None,
    date_to: Annotated[str | None, _option("--to", "to", "date")] = None,
    period: Annotated[str | None, _option("--period", "period", "period")] = None,
    select: Annotated[list[str] | None, _option("--select", "select", "codes")] = None,
    ignore: Annotated[list[str] | None, _option("--ignore", "ignore", "codes")] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help=help_text("help.check.format"),
            metavar=choices(OutputFormat),
            case_sensitive=False,
        ),
    ] = OutputFormat.table,
    output: Annotated[list[Path] | None, _option("--output", "output", "file")] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help=help_text("help.check.fail_on"),
            metavar=choices(FailOn),
            case_sensitive=False,
        ),
    ] = FailOn.error,
    quiet: Annotated[bool, _flag("--quiet", "quiet")] = False,
    waivers: Annotated[Path | None, _option("--waivers", "waivers", "file")] = None,
    write_waivers: Annotated[
        Path | None, _option("--write-waivers", "write_waivers", "file")
    ] = None,
    waiver_reason: Annotated[str | None, _option("--reason", "reason", "text")] = None,
    waiver_until: Annotated[str | None, _option("--until", "until", "date")] = None,
    pseudonymize: Annotated[bool, _flag("--pseudonymize", "pseudonymize")] = False,
    pseudonymize_teachers: Annotated[
        bool, _flag("--pseudonymize-teachers", "pseudonymize_teachers")
    ] = False,
    keep_text: Annotated[bool, _flag("--keep-text", "keep_text")] = False,
    include_personal_codes: Annotated[
        bool, _flag("--include-personal-codes", "include_personal_codes")
    ] = False,
    snapshot: Annotated[list[str] | None, _option("--snapshot", "snapshot", "snapshot")] = None,
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
    """Audits journal exports against the school's order and prints the late and missing ones."""
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
