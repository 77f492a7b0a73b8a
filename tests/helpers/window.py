"""Driving a MainWindow on a fake clock: let time pass, press keys where the focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock


def wait_for(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass, waking the runner whenever its timer is due."""
    assert window.runner is not None
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        if not window.runner.timer.isActive():
            clock.now = end
            break
        clock.now = min(end, clock.now + window.runner.timer.interval() / 1000)
        window.runner.on_timeout()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """A key press where the user's focus is (the window when nothing has focus)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)
