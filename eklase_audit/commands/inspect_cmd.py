"""The `inspect` command: how each export file was read, before anything is audited."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    AbsencesFiles,
    AccountsFiles,
    ConversationsFiles,
    DebugOption,
    GradesFiles,
    JournalsFiles,
    LangOption,
    LessonsFiles,
    PathsArgument,
    PlansFiles,
    ReportsFiles,
    TermGradesFiles,
    TestPlanFiles,
    TimetableFiles,
    choices,
    explicit_tables,
    help_text,
    plain_console,
    run,
    translator,
)


class InspectFormat(StrEnum):
    table = "table"
    json = "json"


def inspect(
    paths: PathsArgument = None,
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
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help=help_text("help.inspect.config"),
            metavar=help_text("help.metavar.file"),
        ),
    ] = None,
    output_format: Annotated[
        InspectFormat,
        typer.Option(
            "--format",
            help=help_text("help.common.format"),
            metavar=choices(InspectFormat),
            case_sensitive=False,
        ),
    ] = InspectFormat.table,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """How each file and sheet is read, before anything is audited."""
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

    def body() -> None:
        import json

        from eklase_audit.errors import UsageError
        from eklase_audit.io.customise import load_customisation
        from eklase_audit.io.inspection import build_inspection
        from eklase_audit.io.readers import read_inputs
        from eklase_audit.profiles.loader import discover_config
        from eklase_audit.report.inspection import inspection_json, render_inspection

        if not paths and not explicit:
            raise UsageError("input.none_given")
        source = config if config is not None else discover_config(Path())
        customisation = load_customisation(source) if source is not None else None
        result = read_inputs(list(paths or ()), explicit, customisation)
        inspection = build_inspection(result)
        if output_format is InspectFormat.json:
            typer.echo(json.dumps(inspection_json(inspection, t), ensure_ascii=False, indent=2))
        else:
            # A file or a pipe: long lines stay whole.
            console = plain_console(120, soft_wrap=True, or_wider=True)
            render_inspection(inspection, t, console)
        fatal = result.fatal()
        if fatal is not None:
            raise fatal

    run(t, debug, body)
