"""A failure nobody foresaw is still one sentence and exit 2, never a traceback."""

from __future__ import annotations

import pytest
import typer

from eklase_audit.commands.common import EXIT_ERROR, run
from eklase_audit.messages import Translator


def _broken() -> int:
    raise ValueError("a value nobody expected")


def test_an_unexpected_error_is_one_sentence_and_exit_2(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(typer.Exit) as stopped:
        run(Translator("lv"), False, _broken)
    assert stopped.value.exit_code == EXIT_ERROR
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "ValueError: a value nobody expected" in err
    assert "--debug" in err and len(err.strip().splitlines()) == 1


def test_debug_shows_the_real_error() -> None:
    with pytest.raises(ValueError, match="nobody expected"):
        run(Translator("en"), True, _broken)
