"""The cue player with no sound server: the flash stands in, stale cues are dropped,
the status says what is missing. Real sound is tested in tests/sound/."""

from __future__ import annotations

import os
from pathlib import Path

# Never play through the developer's own speakers: point at a server that is not there.
os.environ["PULSE_SERVER"] = "unix:/nonexistent/acutimer-tests"

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from acutimer.core.session import Session
from acutimer.qt.cues import SOUNDS, CuePlayer, cue_sounds
from acutimer.qt.runner import SessionRunner
from acutimer.qt.settings import Settings
from acutimer.qt.speech import Speech, speaking_seconds
from acutimer.ui.flash import flash
from tests.helpers.clock import FakeClock
from tests.helpers.routines import shipped_timeline
from tests.helpers.sound import NO_MEDIA_BACKEND

pytestmark = pytest.mark.qt_log_ignore("PulseAudioService", "No audio device", NO_MEDIA_BACKEND)


@pytest.fixture
def player(tmp_path: Path, qtbot: QtBot) -> CuePlayer:
    player = CuePlayer(Settings.at(tmp_path / "s.ini"), sound=cue_sounds(), speech=Speech(None))
    yield player
    player.close()


def run(player: CuePlayer) -> tuple[SessionRunner, FakeClock]:
    clock = FakeClock()
    runner = SessionRunner(Session(shipped_timeline("hand.yaml")), clock=clock)
    player.attach(runner)
    return runner, clock


def wake(runner: SessionRunner, clock: FakeClock) -> None:
    clock.advance(runner.timer.interval() / 1000)
    runner.on_timeout()


def run_until(runner: SessionRunner, clock: FakeClock, seconds: float) -> None:
    """Deliver every timeout due before ``seconds`` into the session, then stop there."""
    while clock.now + runner.timer.interval() / 1000 < 1000 + seconds:
        wake(runner, clock)
    clock.now = 1000 + seconds


def test_without_a_sound_server_every_phase_flashes_and_the_status_says_why(
    player: CuePlayer,
) -> None:
    assert "Sound cues are unavailable: no sound output was found" in player.status
    assert player.voice_available is False
    kinds: list[str] = []
    player.visual_cue.connect(kinds.append)
    runner, clock = run(player)
    runner.start()
    while clock.now < 1000 + 25:
        wake(runner, clock)
    assert kinds == ["prepare", "press", "release", "press"]


def test_after_a_stall_only_the_current_phase_is_cued(player: CuePlayer) -> None:
    kinds: list[str] = []
    player.visual_cue.connect(kinds.append)
    runner, clock = run(player)
    runner.start()
    runner.session.max_gap = 30  # a stall, not a long gap: the session does not pause itself
    run_until(runner, clock, 19.8)
    clock.advance(5.4)  # a stall across the release (at 20 s) into the next press (25 s)
    runner.on_timeout()
    # The press that began 0.2 s ago is fresh; the release before it is stale.
    assert kinds == ["prepare", "press", "press"]


def test_a_cue_more_than_a_second_late_is_not_played(player: CuePlayer) -> None:
    kinds: list[str] = []
    player.visual_cue.connect(kinds.append)
    runner, clock = run(player)
    runner.start()
    run_until(runner, clock, 9.5)
    clock.advance(2.0)  # the press began 1.5 s ago when the runner catches up
    runner.on_timeout()
    assert kinds == ["prepare"]


def test_muting_everything_clears_the_sound_warning(player: CuePlayer, qtbot: QtBot) -> None:
    with qtbot.wait_signal(player.status_changed) as changed:
        player.settings.sound = False
        player.settings.voice = False
    assert changed.args == [""]


def test_a_missing_or_damaged_sound_file_is_named(tmp_path: Path, qtbot: QtBot) -> None:
    sounds = tmp_path / "sounds"
    sounds.mkdir()
    (sounds / "press.wav").write_bytes(b"RIFF\x00\x00not a wave")
    player = CuePlayer(
        Settings.at(tmp_path / "s.ini"), sound=cue_sounds(sounds), speech=Speech(None)
    )
    try:
        assert set(player.sound.broken) == set(SOUNDS)
        assert "cannot be read" in player.sound.broken["press"]
        assert player.sound.broken["tick"] == "tick.wav is missing"
    finally:
        player.close()


def test_long_phrases_are_estimated_longer_than_short_ones() -> None:
    # Measured: "Release slowly." 0.7 s; "Left hand. Press L I 4 for 10 seconds." 3.0 s.
    assert 1.0 <= speaking_seconds("Release slowly.") < 1.5
    assert 4.0 <= speaking_seconds("Left hand. Press L I 4 for 10 seconds.") < 4.6
    assert speaking_seconds("") == 0.0


def test_the_flash_fades_the_colour_over_the_widget_and_goes(qtbot: QtBot) -> None:
    label = QLabel("0:07")
    label.resize(200, 80)
    qtbot.addWidget(label)
    label.show()
    flash(label, QColor("#c2410c"))
    overlay = next(c for c in label.children() if type(c).__name__ == "_Overlay")
    assert overlay.isVisible() and overlay.geometry() == label.rect()
    qtbot.wait_until(lambda: not overlay.isVisible(), timeout=2000)
    flash(label, QColor("#15803d"))
    assert len([c for c in label.children() if type(c).__name__ == "_Overlay"]) == 1


def test_halfway_through_long_ice_the_soft_check_tone_plays(
    player: CuePlayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[tuple[float, str]] = []
    clock = FakeClock()
    monkeypatch.setattr(player.sound, "play", lambda name: played.append((clock.now, name)) or True)
    runner = SessionRunner(Session(shipped_timeline("ice.yaml")), clock=clock)
    player.attach(runner)
    runner.start()
    while clock.now < 1000 + 30 + 460:
        clock.advance(runner.timer.interval() / 1000)
        runner.on_timeout()
    assert [name for _, name in played] == ["step", "tick", "tick", "tick", "step", "check"]
    assert played[-1][0] == pytest.approx(1000 + 30 + 450, abs=0.01)
