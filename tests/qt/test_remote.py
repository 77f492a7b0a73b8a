"""RemoteControl: the window's session driven from outside, on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.dbus.protocol import NotNow, Verb
from acutimer.history.store import HistoryStore
from acutimer.qt.remote import RemoteControl
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import END, MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def answers() -> Answers:
    return Answers(True)


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path, answers: Answers) -> MainWindow:
    settings = Settings.at(tmp_path / "settings.ini")
    settings.safety_seen = True
    points = shipped_points()
    window = MainWindow(settings, clock=clock, confirm=answers)
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), tmp_path),
        history=HistoryStore(tmp_path / "history.sqlite3"),
    )

    qtbot.addWidget(window)
    window.select_routine("hand-li4")
    return window


@pytest.fixture
def remote(window: MainWindow) -> RemoteControl:
    remote = RemoteControl()
    remote.attach(window)
    return remote


def catch_up(window: MainWindow) -> None:
    assert window.runner is not None
    window.runner.on_timeout()


def test_toggle_starts_the_selected_routine_then_pauses_and_resumes(
    remote: RemoteControl, window: MainWindow, clock: FakeClock
) -> None:
    assert remote.status().state is None
    assert remote.status().can_start
    remote.apply(Verb.TOGGLE)
    assert remote.status().state == "running"
    clock.advance(4)
    remote.apply(Verb.TOGGLE)
    status = remote.status()
    assert (status.state, status.phase_left, status.step_elapsed) == ("paused", 6, 4.0)
    remote.apply(Verb.TOGGLE)
    assert remote.status().state == "running"


def test_extend_only_a_press_and_say_why_not(
    remote: RemoteControl, window: MainWindow, clock: FakeClock
) -> None:
    remote.apply(Verb.TOGGLE)
    remote.apply(Verb.SKIP)  # Union Valley, left: press 10 s, release 5 s
    remote.apply(Verb.EXTEND)
    status = remote.status()
    assert (status.phase, status.phase_left, status.step_seconds) == ("press", 25, 60.0)
    clock.advance(25)
    catch_up(window)
    assert remote.status().phase == "release"
    with pytest.raises(NotNow, match=r"^Only a press, hold or massage .* not a release\.$"):
        remote.apply(Verb.EXTEND)


def test_the_engine_has_the_last_word(
    remote: RemoteControl, window: MainWindow, clock: FakeClock
) -> None:
    """The press ended a moment ago and the timer has not woken yet: too late to extend."""
    remote.apply(Verb.TOGGLE)
    remote.apply(Verb.SKIP)
    clock.advance(10.2)  # no catch_up: the runner still thinks it is in the press
    with pytest.raises(NotNow, match="does not apply at this moment"):
        remote.apply(Verb.EXTEND)
    assert remote.status().phase == "release"


def test_stop_asks_nothing_and_history_keeps_it(
    remote: RemoteControl, window: MainWindow, clock: FakeClock, answers: Answers
) -> None:
    seen: list[None] = []
    remote.changed.connect(lambda: seen.append(None))
    remote.apply(Verb.TOGGLE)
    clock.advance(3)
    remote.apply(Verb.STOP)
    assert remote.status().state == "stopped"
    assert window.pages.currentIndex() == END
    assert window.history is not None
    assert [s.summary.ending for s in window.history.sessions()] == ["stopped"]
    assert answers.asked == []
    assert seen  # listeners heard of it
    for verb in Verb:
        with pytest.raises(NotNow):
            remote.apply(verb)  # the end screen: nothing runs, nothing to start


def test_nothing_starts_before_the_safety_notice_is_read(
    remote: RemoteControl, window: MainWindow
) -> None:
    window.settings.safety_seen = False
    assert not remote.status().can_start
    with pytest.raises(NotNow, match="safety notice"):
        remote.apply(Verb.TOGGLE)
    assert remote.status().state is None
