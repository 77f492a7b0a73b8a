"""With eyes closed: a pause is said, going on is said, an optional step asks."""

from __future__ import annotations

import os
from pathlib import Path

os.environ["PULSE_SERVER"] = "unix:/nonexistent/acutimer-tests"

import pytest
from pytestqt.qtbot import QtBot

from acutimer.core.events import PauseReason
from acutimer.core.session import Session, State
from acutimer.qt.cues import CuePlayer, cue_sounds
from acutimer.qt.runner import SessionRunner
from acutimer.qt.settings import Settings
from tests.helpers.clock import FakeClock
from tests.helpers.routines import shipped_timeline
from tests.helpers.sound import NO_MEDIA_BACKEND
from tests.helpers.speech import RecordingSpeech

pytestmark = pytest.mark.qt_log_ignore("PulseAudioService", "No audio device", NO_MEDIA_BACKEND)


@pytest.fixture
def speech(tmp_path: Path, qtbot: QtBot) -> RecordingSpeech:
    yield RecordingSpeech()
    while PLAYERS:
        PLAYERS.pop().close()


PLAYERS: list[CuePlayer] = []


def attach(
    tmp_path: Path, speech: RecordingSpeech, routine: str
) -> tuple[SessionRunner, FakeClock]:
    settings = Settings.at(tmp_path / "s.ini")
    settings.voice = True
    settings.sound = False  # the voice alone: said at once, not 0.3 s after a tone
    player = CuePlayer(settings, sound=cue_sounds(), speech=speech)
    PLAYERS.append(player)  # kept alive for the test
    clock = FakeClock()
    runner = SessionRunner(Session(shipped_timeline(routine)), clock=clock, parent=player)
    player.attach(runner)
    return runner, clock


def test_pausing_says_paused_and_resuming_says_going_on_with_the_phase(
    tmp_path: Path, speech: RecordingSpeech
) -> None:
    runner, clock = attach(tmp_path, speech, "hand.yaml")
    runner.start()
    while clock.now < 1012:  # into the first press, woken as the timer asks
        clock.advance(runner.timer.interval() / 1000)
        runner.on_timeout()
    speech.phrases.clear()
    runner.pause()
    assert speech.phrases == ["Paused"]
    clock.advance(60)
    runner.resume()
    assert speech.phrases[-1].startswith("Going on")
    assert runner.session.phase.cue.brief in speech.phrases[-1]


def test_an_optional_step_asks_for_a_choice_aloud(tmp_path: Path, speech: RecordingSpeech) -> None:
    runner, _clock = attach(tmp_path, speech, "feet-top.yaml")
    runner.start()
    assert runner.session.state is State.PAUSED
    assert runner.session.pause_reason is PauseReason.CHOICE
    assert speech.phrases[-1] == (
        "Optional step: Cold foot bath. Press Space to do it, or Right to skip it."
    )


def test_a_long_gap_pause_is_said_even_though_its_boundary_is_old(
    tmp_path: Path, speech: RecordingSpeech
) -> None:
    runner, clock = attach(tmp_path, speech, "hand.yaml")
    runner.start()
    clock.advance(300)  # the machine slept through several phases
    runner.on_timeout()
    assert runner.session.pause_reason is PauseReason.LONG_GAP
    assert speech.phrases[-1] == "Paused"


def test_a_phrase_the_voice_does_not_begin_in_time_gets_its_tone_late_once(
    tmp_path: Path, speech: RecordingSpeech, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, clock = attach(tmp_path, speech, "hand.yaml")
    player = PLAYERS[-1]
    player.settings.ticks = False  # the cue tones only
    played: list[str] = []
    monkeypatch.setattr(player.sound, "play", lambda name: played.append(name) or True)
    runner.start()
    while clock.now < 1010.5:  # into the first press, woken as the timer asks
        clock.advance(runner.timer.interval() / 1000)
        runner.on_timeout()
    assert speech.phrases and played == []  # the voice alone, as chosen
    speech.late.emit()  # speech-dispatcher took the phrase and has not begun it
    assert played == [runner.session.phase.cue.sound]
    speech.late.emit()
    assert len(played) == 1


def test_with_tones_on_a_late_phrase_adds_no_second_tone(
    tmp_path: Path, speech: RecordingSpeech, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, clock = attach(tmp_path, speech, "hand.yaml")
    player = PLAYERS[-1]
    player.settings.sound = True
    played: list[str] = []
    monkeypatch.setattr(player.sound, "play", lambda name: played.append(name) or True)
    runner.start()
    while clock.now < 1010.5:
        clock.advance(runner.timer.interval() / 1000)
        runner.on_timeout()
    tones = list(played)
    assert tones  # each boundary's tone, on time
    speech.late.emit()
    assert played == tones
