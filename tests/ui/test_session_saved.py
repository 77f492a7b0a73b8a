"""The window keeps the running session in history step by step, and on leaving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.core.summary import Ending
from acutimer.history.store import HistoryStore
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points
from tests.helpers.window import wait_for
from tests.ui.test_main_window import clock, settings

__all__ = ["clock", "settings"]  # the fixtures, shared with the main window's tests


def with_history(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path, answers: Answers
) -> tuple[MainWindow, HistoryStore]:
    """A window on Hand (LI4) that logs to a history file of its own."""
    points = shipped_points()
    store = HistoryStore(tmp_path / "history.sqlite3")
    window = MainWindow(settings, clock=clock, confirm=answers)
    window.load(points, lambda: scan(points, paths.routines_dir(), None), history=store)
    qtbot.addWidget(window)
    window.select_routine("hand-li4")
    return window, store


def test_the_session_is_on_disk_from_its_start_and_after_each_step(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path, Answers(True))
    qtbot.mouseClick(window.picker.rating.button(7), Qt.MouseButton.LeftButton)
    window.start_selected()
    (row,) = store.sessions()
    assert (row.summary.ending, row.pain_before, row.summary.steps_completed) == (
        Ending.RUNNING,
        7,
        0,
    )
    wait_for(window, clock, 11.0)  # the 10-second first step is done
    (row,) = store.sessions()
    assert row.summary.steps_completed == 1 and row.summary.active_seconds >= 10.0
    wait_for(window, clock, 100.0)
    (row,) = store.sessions()  # the same row, now finished
    assert row.summary.ending is Ending.FINISHED and row.summary.steps_completed == 3


def test_leaving_mid_session_keeps_it_as_interrupted_without_asking(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    answers = Answers(True)
    window, store = with_history(qtbot, clock, settings, tmp_path, answers)
    qtbot.mouseClick(window.picker.rating.button(5), Qt.MouseButton.LeftButton)
    window.start_selected()
    wait_for(window, clock, 30.0)
    window.leave_now()
    assert answers.asked == [] and not window.isVisible()
    (row,) = store.sessions()
    assert row.summary.ending is Ending.INTERRUPTED
    assert (row.pain_before, row.summary.steps_completed) == (5, 1)
    assert 29.0 <= row.summary.active_seconds <= 31.0


def test_stopping_with_the_button_still_logs_a_stopped_session(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path, Answers(True))
    window.start_selected()
    wait_for(window, clock, 12.0)
    window.on_stop()
    (row,) = store.sessions()
    assert row.summary.ending is Ending.STOPPED and row.summary.steps_completed == 1
