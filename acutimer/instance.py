"""The running acutimer of this user: the window on demand, the tray, reminders, D-Bus.

One Instance per process, and (through the name ``APP_ID`` on the session bus) one
process per user. It may run without a window (``acutimer --background``, started at
login when reminders are on) and open the window when a reminder, the tray, the
launcher or a second launch asks for it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.reminders import PlanFacts
from acutimer.dbus.application import AppAction, ApplicationAdaptor
from acutimer.dbus.bus import SessionBus
from acutimer.dbus.notifications import Notifier
from acutimer.dbus.service import RemoteService
from acutimer.qt.reminder_service import ReminderService, local_zone, wall_clock
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from acutimer.userdata import user_data_dir, user_routines_dir

if TYPE_CHECKING:
    from acutimer.ui.due_banner import DueBanner
    from acutimer.ui.tray import Tray

NO_NOTIFICATIONS = QT_TRANSLATE_NOOP(
    "Instance",
    "Reminders cannot be shown on this desktop: {why}. "
    "When a session is due, acutimer shows it in its window instead.",
)


def history_path() -> Path:
    return user_data_dir() / "history.sqlite3"


class Instance(QObject):
    """Owns the window (created on first need), the tray, the reminder clock and the
    org.freedesktop.Application interface, and routes every request to the window."""

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        bus: SessionBus,
        *,
        speed: float = 1.0,
        background: bool = False,
        load: Callable[[MainWindow], bool] | None = None,
        now: Callable[[], datetime] = wall_clock,
        zone: Callable[[], tzinfo] = local_zone,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.bus = bus
        self.speed = speed
        self.background = background
        self._load = load
        self.window: MainWindow | None = None
        self._window_lost = False  # its X window was destroyed from outside
        self.banner: DueBanner | None = None
        self.adaptor = (
            ApplicationAdaptor(bus.root, self.on_request, bus.connection) if bus.connected else None
        )
        # Media keys, `acutimer pause` and `acutimer status` (issue 16).
        self.remote = RemoteService(bus, parent=self) if bus.connected else None
        self.notifier = Notifier(bus, parent=self) if bus.connected else None
        self.reminders = ReminderService(
            settings, self.plan_facts, self.notifier, now=now, zone=zone, parent=self
        )
        self.reminders.start_requested.connect(lambda: self.show_window(ready_last=True))
        self.reminders.due_in_window.connect(self.on_due_in_window)
        settings.changed.connect(self.on_setting_changed)
        # Started in the background, the process outlives its window: it is there for
        # the reminders. Started from the menu, closing the window quits, as always.
        app.setQuitOnLastWindowClosed(not background)
        app.lastWindowClosed.connect(self.on_last_window_closed)
        self.tray: Tray | None = None
        # After the window's first paint: the tray and the first reminder check can wait.
        QTimer.singleShot(0, self._after_start)

    def _after_start(self) -> None:
        from acutimer.ui.tray import Tray

        self.tray = Tray.create(self, parent=self)
        if self.tray is not None and self.window is not None:
            self.window.runner_changed.connect(self.tray.follow)
        self.reminders.check()

    # -- the window ------------------------------------------------------------------

    def show_window(
        self, *, routine: str | None = None, start: bool = False, ready_last: bool = False
    ) -> MainWindow:
        """Open the window (or bring it forward) with ``routine`` or the last one selected."""
        window = self.window
        if window is None:
            window = MainWindow(
                self.settings, speed=self.speed, user_folder=lambda: user_routines_dir(create=True)
            )
            window.reminders_problem = self.reminders_problem
            self.window = window
            if self.tray is not None:
                window.runner_changed.connect(self.tray.follow)
            window.runner_changed.connect(lambda _runner: self._hide_banner())
            window.show()
            QTimer.singleShot(
                0, lambda: self._after_first_paint(window, routine, start, ready_last)
            )
            return window
        if self._window_lost:
            self._window_lost = False
            window.hide()
            window.destroy()  # the X window is gone: show() makes a new one
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if window.loaded:
            window.when_listed(lambda: self._select_and_start(window, routine, False, ready_last))
        return window

    def _after_first_paint(
        self, window: MainWindow, routine: str | None, start: bool, ready_last: bool
    ) -> None:
        if self._load is not None and not self._load(window):
            self.app.exit(1)
            return
        if self.remote is not None:
            self.remote.attach(window)
        if not self.settings.safety_seen:
            window.show_safety()  # before anything starts, --start included
        # The user's routines are read in the background: select once they are listed.
        window.when_listed(lambda: self._select_and_start(window, routine, start, ready_last))
        if self.reminders.pending is not None:
            self.on_due_in_window(self.reminders.pending)

    def _select_and_start(
        self, window: MainWindow, routine: str | None, start: bool, ready_last: bool
    ) -> None:
        found = self._select(window, routine, ready_last)
        if start and found:  # a mistyped id starts nothing (the status bar says why)
            window.start_selected()

    def _select(self, window: MainWindow, routine: str | None, ready_last: bool) -> bool:
        if routine:
            return window.select_routine(routine)
        if ready_last and window.loaded and not window.runner_live():
            last = self.last_routine()
            if last is not None:
                return window.select_routine(last)
        return False

    def on_due_in_window(self, text: str) -> None:
        """No notification could be shown: say it in the window, if it is open."""
        window = self.window
        if window is None or not window.isVisible() or window.runner_live():
            return  # said when the window opens; never over a running session
        from acutimer.dbus.notifications import ReminderAnswer
        from acutimer.ui.due_banner import DueBanner

        self.banner = DueBanner.show_in(
            window,
            text,
            start=lambda: self.reminders.on_answered(ReminderAnswer.START),
            not_today=lambda: self.reminders.on_answered(ReminderAnswer.NOT_TODAY),
        )

    def _hide_banner(self) -> None:
        if self.banner is not None:
            self.banner.hide()

    # -- requests from outside ---------------------------------------------------------

    def on_request(self, action: AppAction) -> None:
        match action:
            case AppAction.SHOW:
                self.show_window()
            case AppAction.START_LAST:
                self.show_window(ready_last=True)
            case AppAction.REMIND_LATER | AppAction.NOT_TODAY:
                from acutimer.dbus.notifications import ReminderAnswer

                answer = ReminderAnswer.LATER
                if action is AppAction.NOT_TODAY:
                    answer = ReminderAnswer.NOT_TODAY
                self.reminders.on_answered(answer)

    def on_last_window_closed(self) -> None:
        """In the background only for reminders: with them off, closing the window quits."""
        if self.background and not self.settings.reminders:
            self.app.quit()

    def on_window_gone(self) -> None:
        """The window, or the dialog over it, was destroyed from outside (XDestroyWindow).

        What closing the window does, without asking: a session under way is kept as
        interrupted, the window goes, and the process stays for the reminders (or
        quits, if they are off). Qt still holds the destroyed X windows: they are let
        go, so the window opens on a new one when it is asked for again.
        """
        window = self.window
        if window is None:
            return
        from PySide6.QtWidgets import QDialog

        window.leave_now()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isModal() and widget.isVisible():
                widget.reject()  # ends the dialog's own event loop, as Cancel would
        self._window_lost = True

    def quit(self) -> None:
        """Close the window (which asks first if a routine is running), then leave."""
        if self.window is not None and self.window.isVisible() and not self.window.close():
            return
        self.app.quit()

    # -- reminders -------------------------------------------------------------------

    def on_setting_changed(self, key: str) -> None:
        if key == "reminders/enabled":
            self._write_autostart(self.settings.reminders)
            if self.background and not self.settings.reminders:
                # Nothing left to wait for once the window closes.
                self.app.setQuitOnLastWindowClosed(True)
        if key.startswith(("reminders/", "plan/")) and key != "reminders/log":
            self.reminders.check()

    def _write_autostart(self, on: bool) -> None:
        from acutimer.desktop.autostart import set_autostart

        try:
            set_autostart(on)
        except OSError as exc:
            print(f"acutimer: the login start entry could not be changed: {exc}", file=sys.stderr)

    def reminders_problem(self) -> str | None:
        """Why reminders cannot be shown here, in words for Settings; None when they can."""
        if self.notifier is None:
            why = self.tr("there is no D-Bus session bus")
            return self.tr(NO_NOTIFICATIONS).replace("{why}", why)
        if not self.notifier.available():
            why = self.notifier.problem or self.tr("no notification service")
            return self.tr(NO_NOTIFICATIONS).replace("{why}", why)
        return None

    def _records(self) -> list:  # type: ignore[type-arg]
        window = self.window
        if window is not None and window.history is not None:
            return window.history.sessions()
        from acutimer.history.store import HistoryStore

        store = HistoryStore(history_path())
        try:
            return store.sessions()
        finally:
            store.close()

    def plan_facts(self, today: date, tz: tzinfo) -> PlanFacts:
        from acutimer.history.plan import PlanSettings, counts_toward_plan, local_day, plan_progress

        records = self._records()
        counted = [local_day(r.started_at, tz) for r in records if counts_toward_plan(r)]
        progress = plan_progress(records, PlanSettings(self.settings.plan_per_week), today, tz)
        return PlanFacts(last_session_day=max(counted, default=None), plan_end=progress.end)

    def last_routine(self) -> str | None:
        """The routine started last, for "start the last routine" (tray, reminders,
        ``--start-last``): the one the picker remembers in the settings when a routine
        starts, as it also selects it first. A user upgrading from before that setting
        has none yet: then the last session in history."""
        if self.settings.last_routine:
            return self.settings.last_routine
        records = self._records()
        return records[-1].summary.routine_id if records else None
