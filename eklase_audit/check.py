"""What `eklase-audit check` does, from options to exit code, apart from the command line.

Reads the exports, runs the audit, takes out of the result what privacy asks, prints it to
standard output in the chosen format (notes and progress to standard error), writes the
requested report files (all of them or none), and says whether any violation reached
``--fail-on``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eklase_audit.cli_dates import parse_as_of, parse_date
from eklase_audit.commands.common import EXIT_OK, EXIT_VIOLATIONS, stderr_line
from eklase_audit.engine import AuditRequest, run_audit
from eklase_audit.errors import UsageError
from eklase_audit.messages import Translator
from eklase_audit.outputs import (
    atomic_paths,
    check_output_paths,
    check_waivers_target,
    in_audited_folder,
)
from eklase_audit.result import AuditResult, SnapshotInfo
from eklase_audit.scope import Scope

if TYPE_CHECKING:
    from eklase_audit.privacy import PrivacyOptions


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
def _progress(text: str, quiet: bool) -> Iterator[None]:
    """A spinner on standard error while a slow step runs, when that is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(text):
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


@dataclass(frozen=True)
class _Baseline:
    """``--write-waivers FILE --reason TEXT --until DATE``."""

    path: Path
    reason: str
    until: dt.date


def _baseline(options: CheckOptions) -> _Baseline | None:
    """The waivers file asked for, or None; --reason and --until go with it and only with it."""
    asked = options.waiver_reason is not None or options.waiver_until is not None
    if options.write_waivers is None:
        if asked:
            raise UsageError("waivers.needs_write", {})
        return None
    reason = (options.waiver_reason or "").strip()
    if not reason or options.waiver_until is None:
        raise UsageError("waivers.write_needs", {})
    return _Baseline(options.write_waivers, reason, parse_date(options.waiver_until, "--until"))


def _guarded_inputs(options: CheckOptions) -> list[Path]:
    """Every file or folder the run reads: no output may be one of them."""
    from eklase_audit.snapshots import parse_snapshot_option

    paths = [*options.paths, *(path for _, path in options.explicit)]
    paths += [parse_snapshot_option(text).path for text in options.snapshots]
    paths += [p for p in (options.waivers, options.config) if p is not None]
    return paths


def outputs_in_folders(outputs: Sequence[Path], inputs: Sequence[Path]) -> list[Path]:
    """Report files written into a folder being audited: the next run over that folder would
    read them back as exports."""
    return [
        output
        for output in outputs
        if output.suffix.lower() in (".xlsx", ".csv") and in_audited_folder(output, inputs)
    ]


def run_check(options: CheckOptions, t: Translator) -> int:
    from eklase_audit.io.model import ReaderCustomisation
    from eklase_audit.io.readers import read_inputs
    from eklase_audit.profiles.loader import resolve_profile
    from eklase_audit.report.words import snapshot_text
    from eklase_audit.snapshots import parse_snapshot_option, read_snapshots
    from eklase_audit.waivers_file import load_waivers

    if not (options.paths or options.explicit or options.snapshots):
        raise UsageError("input.none_given")
    profile = resolve_profile(options.profile, options.config, Path.cwd())
    as_of = parse_as_of(options.as_of)
    scope = Scope(
        start=parse_date(options.date_from, "--from") if options.date_from else None,
        end=parse_date(options.date_to, "--to") if options.date_to else None,
        period=options.period,
    )
    if scope.start and scope.end and scope.start > scope.end:
        raise UsageError("scope.reversed", {"start": options.date_from, "end": options.date_to})
    baseline = _baseline(options)
    outputs = list(dict.fromkeys(options.outputs))
    guarded = _guarded_inputs(options)
    check_output_paths(outputs, guarded)
    if not options.quiet:
        for output in outputs_in_folders(outputs, guarded):
            stderr_line(t("output.inside_input", path=str(output)))
    if baseline is not None:
        check_waivers_target(baseline.path, [*guarded, *outputs])
    waivers = load_waivers(options.waivers) if options.waivers else ()

    customisation = ReaderCustomisation(columns=profile.columns, values=profile.values)
    snapshots: tuple[SnapshotInfo, ...] = ()
    with _progress(t("progress.reading"), options.quiet):
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
            stderr_line(snapshot_text(t, info.path, info.taken_at, info.time_from))
    with _progress(t("progress.auditing"), options.quiet):
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
    waivers_file = _baseline_text(result, baseline, options, t) if baseline else None
    privacy = _privacy_options(options)
    result = _protect(result, privacy, options, t)
    _print(result, options, t, privacy)
    _write_outputs(result, outputs, baseline, waivers_file, options, t, privacy)
    return exit_code(result, options.fail_on)


def _baseline_text(
    result: AuditResult, baseline: _Baseline, options: CheckOptions, t: Translator
) -> tuple[str, int]:
    """The waivers file of the current violations (real names: it is the school's own file and
    must match its exports; personal codes masked unless asked, which still matches)."""
    import dataclasses

    from eklase_audit.privacy import mask_text
    from eklase_audit.waivers import waivers_for
    from eklase_audit.waivers_file import waivers_text

    found = waivers_for(result.violations, baseline.reason, baseline.until)
    if not options.include_personal_codes:
        found = [
            dataclasses.replace(
                w,
                fields={k: mask_text(v) if isinstance(v, str) else v for k, v in w.fields.items()},
            )
            for w in found
        ]
    return waivers_text(found, t), len(found)


def _privacy_options(options: CheckOptions) -> PrivacyOptions:
    from eklase_audit.privacy import PrivacyOptions

    return PrivacyOptions(
        pseudonymize_students=options.pseudonymize,
        pseudonymize_teachers=options.pseudonymize_teachers,
        keep_text=options.keep_text,
        include_personal_codes=options.include_personal_codes,
    )


def _protect(
    result: AuditResult, privacy: PrivacyOptions, options: CheckOptions, t: Translator
) -> AuditResult:
    """The result as every output shows it (SPEC: privacy before any reporter)."""
    from eklase_audit.privacy import (
        KEY_FILE_NAME,
        PseudonymLabels,
        key_folder,
        load_or_create_key,
        protect,
    )

    key = None
    if privacy.pseudonymizes:
        path = key_folder(options.config, Path.cwd()) / KEY_FILE_NAME
        existed = path.exists()
        key = load_or_create_key(path)
        if not existed and not options.quiet:
            stderr_line(t("privacy.key_created", path=str(path)))
    labels = PseudonymLabels(t("privacy.student"), t("privacy.teacher"))
    return protect(result, privacy, key=key, labels=labels)


def privacy_lines(t: Translator, privacy: PrivacyOptions) -> list[str]:
    """What privacy did, in words (the Run sheet)."""
    lines = []
    if privacy.pseudonymize_students:
        lines.append(t("privacy.students"))
    if privacy.pseudonymize_teachers:
        lines.append(t("privacy.teachers"))
    if privacy.omits_text:
        lines.append(t("privacy.text_omitted"))
    lines.append(
        t("privacy.codes_included") if privacy.include_personal_codes else t("privacy.codes_masked")
    )
    return lines


def privacy_flags(privacy: PrivacyOptions) -> dict[str, bool]:
    """What privacy did, for programs (the JSON ``privacy`` object)."""
    return {
        "students_pseudonymized": privacy.pseudonymize_students,
        "teachers_pseudonymized": privacy.pseudonymize_teachers,
        "free_text_omitted": privacy.omits_text,
        "personal_codes_masked": not privacy.include_personal_codes,
    }


def _print(
    result: AuditResult, options: CheckOptions, t: Translator, privacy: PrivacyOptions
) -> None:
    if options.output_format == "table":
        from rich.console import Console

        from eklase_audit.report.terminal import render_terminal

        render_terminal(result, t, Console(highlight=False), quiet=options.quiet)
        return
    if not options.quiet:
        from eklase_audit.report.words import note_text, waiver_notes

        for note in result.notes:
            stderr_line(note_text(t, note))
        for line in waiver_notes(t, result):
            stderr_line(line)
    if options.output_format == "json":
        from eklase_audit.report.json_report import render_json

        sys.stdout.write(render_json(result, t, privacy=privacy_flags(privacy)))
    elif options.output_format == "csv":
        from eklase_audit.report.csv_report import render_csv

        sys.stdout.write(render_csv(result, t, for_people=False))
    else:
        from eklase_audit.report.markdown import render_markdown

        sys.stdout.write(render_markdown(result, t))


def _write_outputs(
    result: AuditResult,
    outputs: Sequence[Path],
    baseline: _Baseline | None,
    waivers_file: tuple[str, int] | None,
    options: CheckOptions,
    t: Translator,
    privacy: PrivacyOptions,
) -> None:
    """Every report file and the waivers file, all moved into place together when all are
    written: an error or Ctrl-C leaves none of them, and no temporary file."""
    targets = list(outputs)
    if baseline is not None and waivers_file is not None:
        targets.append(baseline.path)
    if not targets:
        return
    with atomic_paths(targets) as temporaries:
        for target, temporary in zip(targets, temporaries, strict=True):
            with _progress(t("progress.writing", path=str(target)), options.quiet):
                if baseline is not None and target == baseline.path and waivers_file:
                    temporary.write_text(waivers_file[0], encoding="utf-8")
                else:
                    write_report(result, target.suffix.lower(), temporary, t, privacy)
    if options.quiet:
        return
    for target in outputs:
        stderr_line(t("output.written", path=str(target)))
    if baseline is not None and waivers_file is not None:
        from eklase_audit.report.words import counted

        stderr_line(
            t(
                "waivers.written",
                path=str(baseline.path),
                count=counted(t, "count.waived", waivers_file[1]),
            )
        )
        if privacy.pseudonymize_students or privacy.pseudonymize_teachers:
            stderr_line(t("waivers.real_names", path=str(baseline.path)))


def write_report(
    result: AuditResult, suffix: str, path: Path, t: Translator, privacy: PrivacyOptions
) -> None:
    """One report file in the format its suffix names (.json, .csv or .xlsx)."""
    if suffix == ".json":
        from eklase_audit.report.json_report import render_json

        path.write_text(render_json(result, t, privacy=privacy_flags(privacy)), encoding="utf-8")
    elif suffix == ".csv":
        from eklase_audit.report.csv_report import render_csv

        path.write_text(render_csv(result, t, for_people=True), encoding="utf-8-sig", newline="")
    else:
        from eklase_audit.report.xlsx import write_xlsx

        write_xlsx(result, path, t, privacy=privacy_lines(t, privacy))
