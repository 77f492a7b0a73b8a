"""The shipped WAVs are what tools/make_sounds.py makes, click-free and loudness-matched."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from acutimer import paths
from acutimer.qt.cues import SOUNDS

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
make_sounds = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
sys.modules["make_sounds"] = make_sounds  # dataclasses look their module up there
_spec.loader.exec_module(make_sounds)  # type: ignore[union-attr]


def test_the_shipped_sounds_are_what_the_script_makes() -> None:
    assert make_sounds.main(["--check", "--out", str(paths.resource("sounds"))]) == 0


@pytest.mark.parametrize("name", SOUNDS)
def test_each_sound_starts_and_ends_in_silence_and_is_short(name: str) -> None:
    samples, rate = make_sounds.read_wav(paths.resource("sounds", f"{name}.wav"))
    assert samples[0] == 0 and samples[-1] == 0
    # No jump bigger than a smooth 1.5 kHz tone at this level can make: no clicks.
    assert max(abs(b - a) for a, b in itertools.pairwise(samples)) < 0.1
    limit = 1.6 if name == "done" else 0.1 if name == "tick" else 0.5
    assert len(samples) / rate <= limit


def test_loudness_is_matched_and_the_tick_is_softer() -> None:
    levels = {
        n: make_sounds.loudness(*make_sounds.read_wav(paths.resource("sounds", f"{n}.wav")))
        for n in SOUNDS
    }
    main = [v for n, v in levels.items() if n != "tick"]
    assert max(main) - min(main) < 0.5
    assert 6 < min(main) - levels["tick"] < 10
