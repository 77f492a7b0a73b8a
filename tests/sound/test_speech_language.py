"""Spoken cues in the user interface's language, through the real speech-dispatcher and
espeak-ng: the same text sounds as espeak-ng's German voice says it when the UI is German,
and as its English voice says it when the UI is English."""

from __future__ import annotations

import array
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acutimer.qt.speech import Speech
from tests.sound.pulse import PulseServer, Recorder

pytestmark = pytest.mark.sound

NUMBERS = "77, 88, 99, 27, 38, 45."
"""Numbers are read in the voice's own language: "siebenundsiebzig" is much longer than
"seventy-seven", so the length of the speech tells which voice read them."""


@pytest.fixture(autouse=True)
def _need_espeak() -> None:
    missing = [t for t in ("speech-dispatcher", "espeak-ng") if shutil.which(t) is None]
    if missing:
        reason = f"real-speech test: {', '.join(missing)} not installed"
        if os.environ.get("ACUTIMER_REQUIRE_SOUND"):
            pytest.fail(f"{reason}, and ACUTIMER_REQUIRE_SOUND is set")
        pytest.skip(reason)


def voiced_seconds(samples: Sequence[int], rate: int) -> float:
    """The time with sound in it, in 10 ms frames: a gap (a pause between words, or the
    sound server running late on a busy machine) adds nothing."""
    frame = rate // 100
    return (
        sum(1 for i in range(0, len(samples), frame) if max(map(abs, samples[i : i + frame])) > 100)
        / 100
    )


def espeak_seconds(voice: str, text: str) -> float:
    """How long espeak-ng itself speaks saying ``text`` in ``voice``."""
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "--stdout", text], capture_output=True, check=True
    ).stdout
    return voiced_seconds(array.array("h", wav[44 : 44 + (len(wav) - 44) // 2 * 2]), 22050)


def spoken_seconds(qtbot: QtBot, pulse: PulseServer, language: str, text: str) -> float:
    """How long acutimer's voice takes to say ``text`` with the UI in ``language``."""
    speech = Speech(pulse.runtime / "speech-dispatcher" / "speechd.sock", language=language)
    try:
        speech.start()
        qtbot.waitUntil(lambda: speech.available is True, timeout=20000)
        with Recorder(pulse.env) as recorder:
            assert speech.say(text)
            qtbot.waitUntil(lambda: speech.speaking, timeout=5000)
            qtbot.waitUntil(lambda: not speech.speaking, timeout=30000)
            rec = recorder.recording()
            done = rec.time(len(rec.samples))
            # The daemon reports the end as the last samples go out: record a little on.
            qtbot.waitUntil(
                lambda: (r := recorder.recording()).time(len(r.samples)) > done + 0.5,
                timeout=5000,
            )
            rec = recorder.recording()
        heard = voiced_seconds(rec.samples, rec.rate)
        assert heard > 0, "nothing was heard"
        return heard
    finally:
        speech.shutdown()


def test_the_voice_speaks_the_user_interfaces_language(
    qtbot: QtBot, pulse: PulseServer, tmp_path: Path
) -> None:
    pulse.start_speech_dispatcher()
    german = spoken_seconds(qtbot, pulse, "de", NUMBERS)
    english = spoken_seconds(qtbot, pulse, "en", NUMBERS)
    # The ratio, not the lengths: speech-dispatcher sets its own rate.
    expected = espeak_seconds("de", NUMBERS) / espeak_seconds("en", NUMBERS)
    assert expected > 1.15  # the test can tell the voices apart
    assert german / english == pytest.approx(expected, rel=0.08)
