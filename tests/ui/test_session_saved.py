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


def test_told_to_leave_while_the_quit_question_is_open_closes_and_asks_again_next_time(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    """SIGTERM (or the window lost) while "Stop it and quit?" waits for an answer: the
    close under way goes ahead, unanswered; in the background the window can open again,
    and closing it then asks again."""
    answers = Answers(False)
    window, store = with_history(qtbot, clock, settings, tmp_path, answers)

    def told_to_leave(parent: object, title: str, question: str) -> bool:
        answers.asked.append(title)
        window.leave_now()  # as app.run's handler does, from the question's own loop
        return False  # the question closed unanswered: "Keep going"

    window._confirm = told_to_leave
    window.show()
    window.start_selected()
    wait_for(window, clock, 30.0)
    window.close()
    assert answers.asked == ["Quit"] and not window.isVisible()
    (row,) = store.sessions()
    assert row.summary.ending is Ending.INTERRUPTED and row.summary.steps_completed == 1
    assert settings.geometry() is not None  # the close's saving was done

    window._confirm = answers
    window.show()
    window.on_done()  # from the end screen back to the picker, as the person would
    window.start_selected()
    wait_for(window, clock, 5.0)
    assert not window.close() and window.isVisible()  # asked, and "Keep going"
    assert answers.asked == ["Quit", "Quit"]
