"""The system-tray icon: the time left while a session runs, and a short menu.

Only where the desktop has a tray (``QSystemTrayIcon.isSystemTrayAvailable``):
elsewhere ``Tray.create`` returns None and nothing can hide into a tray that is
not there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from acutimer import paths
from acutimer.core.session import State
from acutimer.core.timeline import clock_text
from acutimer.identity import APP_ID, DISPLAY_NAME

if TYPE_CHECKING:
    from acutimer.instance import Instance
    from acutimer.qt.runner import SessionRunner


def app_icon() -> QIcon:
    """The theme's icon when installed (``acutimer desktop install``), else the shipped SVG."""
    return QIcon.fromTheme(APP_ID, QIcon(str(paths.resource("icons", f"{APP_ID}.svg"))))


class Tray(QObject):
    """The tray icon and its menu: start the last routine, pause/resume, skip, show, quit."""

    def __init__(self, instance: Instance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.instance = instance
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(DISPLAY_NAME)
        self.menu = QMenu()
        self.start_last = QAction(self.tr("Start the last routine"), self)
        self.pause = QAction(self.tr("Pause"), self)
        self.skip = QAction(self.tr("Skip"), self)
        self.show_window = QAction(self.tr("Show acutimer"), self)
        self.quit = QAction(self.tr("Quit"), self)
        for action in (self.start_last, self.pause, self.skip, self.show_window):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit)
        self.icon.setContextMenu(self.menu)
        self._connect_signals()
        self.on_state(None)
        self.icon.show()

    @classmethod
    def create(cls, instance: Instance, parent: QObject | None = None) -> Tray | None:
        return cls(instance, parent) if QSystemTrayIcon.isSystemTrayAvailable() else None

    def _connect_signals(self) -> None:
        self.start_last.triggered.connect(lambda: self.instance.show_window(ready_last=True))
        self.pause.triggered.connect(lambda: self._window_action("start_pause"))
        self.skip.triggered.connect(lambda: self._window_action("skip"))
        self.show_window.triggered.connect(lambda: self.instance.show_window())
        self.quit.triggered.connect(self.instance.quit)
        self.icon.activated.connect(self.on_activated)

    def _window_action(self, name: str) -> None:
        window = self.instance.window
        if window is not None:
            window.actions_[name].trigger()

    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.instance.show_window()

    def follow(self, runner: SessionRunner) -> None:
        runner.remaining_changed.connect(self.on_remaining)
        runner.state_changed.connect(self.on_state)
        self.on_state(runner.session.state)

    def on_remaining(self, phase_left: int, session_left: int) -> None:
        left = self.tr("{app}: {time} left")
        self.icon.setToolTip(
            left.replace("{app}", DISPLAY_NAME).replace("{time}", clock_text(session_left))
        )

    def on_state(self, state: State | None) -> None:
        live = state in (State.RUNNING, State.PAUSED)
        self.pause.setEnabled(live)
        self.skip.setEnabled(live)
        self.pause.setText(self.tr("Resume") if state is State.PAUSED else self.tr("Pause"))
        if not live:
            self.icon.setToolTip(DISPLAY_NAME)
