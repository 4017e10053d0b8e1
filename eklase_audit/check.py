"""What `eklase-audit check` does, from options to exit code, apart from the command line.

Reads the exports, runs the audit, prints the result to standard output in the chosen format
(notes and progress to standard error), writes the requested report files, and says whether
any violation reached ``--fail-on``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eklase_audit.cli_dates import parse_as_of, parse_date
from eklase_audit.commands.common import EXIT_OK, EXIT_VIOLATIONS, stderr_line
from eklase_audit.engine import AuditRequest, run_audit
from eklase_audit.errors import UsageError
from eklase_audit.messages import Translator
from eklase_audit.outputs import check_output_paths, write_atomically
from eklase_audit.result import AuditResult, SnapshotInfo
from eklase_audit.scope import Scope


@dataclass(frozen=True)
class CheckOptions:
    paths: tuple[Path, ...] = ()
    explicit: tuple[tuple[str, Path], ...] = ()
    profile: str | None = None
    config: Path | None = None
    as_of: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    period: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    output_format: str = "table"
    outputs: tuple[Path, ...] = ()
    fail_on: str = "error"
    quiet: bool = False
    waivers: Path | None = None
    write_waivers: Path | None = None
    waiver_reason: str | None = None
    waiver_until: str | None = None
    pseudonymize: bool = False
    pseudonymize_teachers: bool = False
    keep_text: bool = False
    include_personal_codes: bool = False
    snapshots: tuple[str, ...] = ()
    command_line: tuple[str, ...] = ()


@contextlib.contextmanager
def _progress(t: Translator, key: str, quiet: bool) -> Iterator[None]:
    """A spinner on standard error while a slow step runs, when that is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(t(key)):
        yield


def exit_code(result: AuditResult, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    worst = result.worst_severity()
    if worst is None:
        return EXIT_OK
    if fail_on == "warning" or worst == "error":
        return EXIT_VIOLATIONS
    return EXIT_OK


def run_check(options: CheckOptions, t: Translator) -> int:
    from eklase_audit.io.model import ReaderCustomisation
    from eklase_audit.io.readers import read_inputs
    from eklase_audit.profiles.loader import resolve_profile
    from eklase_audit.snapshots import parse_snapshot_option, read_snapshots
    from eklase_audit.waivers_file import load_waivers

    profile = resolve_profile(options.profile, options.config, Path.cwd())
    as_of = parse_as_of(options.as_of)
    scope = Scope(
        start=parse_date(options.date_from, "--from") if options.date_from else None,
        end=parse_date(options.date_to, "--to") if options.date_to else None,
        period=options.period,
    )
    inputs = [*options.paths, *(path for _, path in options.explicit)]
    check_output_paths(options.outputs, inputs)
    waivers = load_waivers(options.waivers) if options.waivers else ()

    customisation = ReaderCustomisation(columns=profile.columns, values=profile.values)
    snapshots: tuple[SnapshotInfo, ...] = ()
    with _progress(t, "progress.reading", options.quiet):
        if options.snapshots:
            if options.paths or options.explicit:
                raise UsageError("snapshot.with_paths", {})
            specs = [parse_snapshot_option(text) for text in options.snapshots]
            read, infos = read_snapshots(specs, customisation)
            snapshots = tuple(infos)
        else:
            read = read_inputs(options.paths, options.explicit, customisation)
    fatal = read.fatal()
    if fatal is not None:
        raise fatal
    if not options.quiet:
        for info in snapshots:
            stderr_line(
                t(
                    "snapshot.taken",
                    path=info.path,
                    time=t.datetime(info.taken_at),
                    source=t(f"snapshot.from.{info.time_from}"),
                )
            )
    with _progress(t, "progress.auditing", options.quiet):
        result = run_audit(
            AuditRequest(
                profile=profile,
                read=read,
                as_of=as_of,
                scope=scope,
                select=options.select,
                ignore=options.ignore,
                waivers=tuple(waivers),
                command_line=options.command_line,
                snapshots=snapshots,
            )
        )
    _print(result, options, t)
    for target in options.outputs:
        with _progress(t, "progress.writing", options.quiet):
            write_atomically(target, lambda path, target=target: _write(result, target, path, t))
        if not options.quiet:
            stderr_line(t("output.written", path=str(target)))
    return exit_code(result, options.fail_on)


def _print(result: AuditResult, options: CheckOptions, t: Translator) -> None:
    if options.output_format == "table":
        from rich.console import Console

        from eklase_audit.report.terminal import render_terminal

        render_terminal(result, t, Console(highlight=False), quiet=options.quiet)
        return
    if not options.quiet:
        for note in result.notes:
            stderr_line(t(note.key, **note.params))
    if options.output_format == "json":
        from eklase_audit.report.json_report import render_json

        sys.stdout.write(render_json(result, t))
    elif options.output_format == "csv":
        from eklase_audit.report.csv_report import render_csv

        sys.stdout.write(render_csv(result, t, for_people=False))
    else:
        from eklase_audit.report.markdown import render_markdown

        sys.stdout.write(render_markdown(result, t))


def _write(result: AuditResult, target: Path, path: Path, t: Translator) -> None:
    suffix = target.suffix.lower()
    if suffix == ".json":
        from eklase_audit.report.json_report import render_json

        path.write_text(render_json(result, t), encoding="utf-8")
    elif suffix == ".csv":
        from eklase_audit.report.csv_report import render_csv

        path.write_text(render_csv(result, t, for_people=True), encoding="utf-8-sig", newline="")
    else:
        from eklase_audit.report.xlsx import write_xlsx

        write_xlsx(result, path, t)
