"""Writing report files safely: each to a temporary file beside its target, all moved into place
only when every one is complete, so that an error or Ctrl-C never leaves a half-written report
(nor a temporary file)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from eklase_audit.errors import Location, UsageError

SUFFIXES: tuple[str, ...] = (".xlsx", ".csv", ".json")
WAIVERS_SUFFIX = ".toml"


def _temporary_for(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=target.suffix + ".part", dir=target.parent
    )
    os.close(handle)
    return Path(name)


def _file_mode() -> int:
    """The mode a new file gets here (a temporary file is private until it is complete)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_paths(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths, one per target in its folder; all renamed to their targets when the
    block ends without an error, all removed otherwise."""
    temporaries: list[Path] = []
    try:
        for target in targets:
            temporaries.append(_temporary_for(target))
        yield list(temporaries)
        mode = _file_mode()
        for temporary, target in zip(temporaries, targets, strict=True):
            with contextlib.suppress(OSError):
                os.chmod(temporary, mode)
            os.replace(temporary, target)
    finally:
        for temporary in temporaries:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """One target: see :func:`atomic_paths`."""
    with atomic_paths([target]) as (temporary,):
        yield temporary


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    with atomic_path(target) as temporary:
        write(temporary)


def _resolved(paths: Sequence[Path]) -> set[Path]:
    found = set()
    for path in paths:
        with contextlib.suppress(OSError):
            found.add(path.resolve())
    return found


def _is_input(output: Path, inputs: set[Path]) -> bool:
    if output.resolve() in inputs:
        return True
    return output.exists() and any(_same_file(output, path) for path in inputs)


def _export_in_folder(output: Path, inputs: Sequence[Path]) -> bool:
    """An existing export inside an audited folder: writing the report there would replace it.
    (A report this tool wrote earlier may be replaced: it is never read as an export.)"""
    from eklase_audit.io.readers import EXTENSIONS, is_own_report_file

    if not output.is_file() or output.suffix.lower() not in EXTENSIONS:
        return False
    return in_audited_folder(output, inputs) and not is_own_report_file(output)


def in_audited_folder(output: Path, inputs: Sequence[Path]) -> bool:
    """Whether a file is inside one of the folders being audited (at any depth)."""
    target = output.resolve()
    return any(p.is_dir() and target.is_relative_to(p.resolve()) for p in inputs)


def check_output_paths(outputs: Sequence[Path], inputs: Sequence[Path]) -> None:
    """Refuses an unknown suffix, an output that is one of the inputs or an export in an
    audited folder, and an output whose folder does not exist (exit 2)."""
    resolved_inputs = _resolved(inputs)
    for output in outputs:
        if output.suffix.lower() not in SUFFIXES:
            raise UsageError(
                "output.unknown_suffix",
                {"path": str(output), "known": ", ".join(SUFFIXES)},
            )
        # The messages name the path themselves: no location in front of them.
        if _is_input(output, resolved_inputs) or _export_in_folder(output, inputs):
            raise UsageError("output.is_input", {"path": str(output)})
        if not output.parent.is_dir():
            raise UsageError("output.no_folder", {"folder": str(output.parent)})


def check_waivers_target(target: Path, inputs: Sequence[Path]) -> None:
    """A new waivers file: a .toml that is not an input and does not exist yet (a baseline is
    written once; an existing file is never overwritten)."""
    where = Location(path=str(target))
    if target.suffix.lower() != WAIVERS_SUFFIX:
        raise UsageError("waivers.write_suffix", {"path": str(target)}, where)
    if _is_input(target, _resolved(inputs)):
        raise UsageError("output.is_input", {"path": str(target)})
    if target.exists():
        raise UsageError("waivers.write_exists", {"path": str(target)}, where)
    if not target.parent.is_dir():
        raise UsageError("output.no_folder", {"folder": str(target.parent)})


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
