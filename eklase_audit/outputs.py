"""Writing report files safely: to a temporary file beside the target, moved into place only
when complete, so that an error or Ctrl-C never leaves a half-written report."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from eklase_audit.errors import Location, UsageError

SUFFIXES: tuple[str, ...] = (".xlsx", ".csv", ".json")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder; renamed to the target when the block ends
    without an error, removed otherwise."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=target.suffix + ".part", dir=target.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    with atomic_path(target) as temporary:
        write(temporary)


def check_output_paths(outputs: Sequence[Path], inputs: Sequence[Path]) -> None:
    """Refuses an unknown suffix, and an output that is one of the inputs (exit 2)."""
    resolved_inputs = set()
    for path in inputs:
        with contextlib.suppress(OSError):
            resolved_inputs.add(path.resolve())
    for output in outputs:
        if output.suffix.lower() not in SUFFIXES:
            raise UsageError(
                "output.unknown_suffix",
                {"path": str(output), "known": ", ".join(SUFFIXES)},
            )
        if output.resolve() in resolved_inputs or (
            output.exists() and any(_same_file(output, i) for i in resolved_inputs)
        ):
            raise UsageError("output.is_input", {"path": str(output)}, Location(path=str(output)))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
