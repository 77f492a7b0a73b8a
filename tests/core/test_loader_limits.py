"""Limits a person could run into by accident: ice left on too long, odd files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from acutimer import cli
from tests.helpers.routines import routine_text, write

ICE_STEP = """\
  - title: {title}
    instruction: Wrapped ice on the sore muscles.
    rounds: {rounds}
    phases:
      - {{kind: ice, seconds: {seconds}}}
"""


def validate(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = cli.main(["validate", str(path)])
    out, err = capsys.readouterr()
    return code, out + err


def ice_routine(*steps: tuple[str, int, int]) -> str:
    body = "steps:\n" + "".join(ICE_STEP.format(title=t, rounds=r, seconds=s) for t, r, s in steps)
    return routine_text(body)


def test_rounds_of_ice_add_up_to_more_than_20_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "ice.yaml", ice_routine(("Ice", 3, 1200)))
    code, out = validate(capsys, path)
    assert code == 1
    assert f"{path}:7:5: 60 minutes of ice in a row" in out


def test_two_ice_steps_back_to_back_are_one_long_ice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "ice.yaml", ice_routine(("Ice", 1, 900), ("More ice", 1, 600)))
    code, out = validate(capsys, path)
    assert code == 1
    assert "25 minutes of ice in a row" in out
    assert f"{path}:12:5:" in out  # the step that takes it over the limit


def test_ice_with_a_rest_between_is_fine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        ice_routine(("Ice", 1, 900))
        + (
            "  - title: Rest\n    instruction: Take the ice off.\n    phases:\n"
            "      - {kind: rest, seconds: 600}\n"
        )
        + ICE_STEP.format(title="Ice again", rounds=1, seconds=900)
    )
    code, out = validate(capsys, write(tmp_path, "ice.yaml", text))
    assert code == 0, out


def test_a_thousand_nested_lists_give_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "deep.yaml", "steps: " + "[" * 1000)
    code, out = validate(capsys, path)
    assert code == 1
    assert f"{path}:1:" in out and "nested more than" in out


def test_a_fifo_is_refused_instead_of_blocking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    code, out = validate(capsys, path)
    assert code == 1
    assert "not a regular file" in out
