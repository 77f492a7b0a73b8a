"""Reminders through a notification server on a real private bus, answered by a click."""

from __future__ import annotations

import os
import signal
import time as wall
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.core.reminders import ReminderSettings, Weekday
from acutimer.dbus.bus import Claim, SessionBus
from acutimer.dbus.notifications import TIMEOUT_MS, Notifier
from acutimer.history.store import HistoryStore
from acutimer.identity import APP_ID
from acutimer.instance import Instance, history_path
from acutimer.qt import reminder_prefs
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from tests.dbus.conftest import click
from tests.dbus.services import FakeNotificationServer, PrivateBus
from tests.helpers.routines import shipped_points
from tests.history.factories import summary

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 2026-03-02, 18:00:20 in Berlin: just after an 18:00 reminder.
NOW = datetime(2026, 3, 2, 18, 0, 20, tzinfo=BERLIN)


class WallClock:
    """The fake wall clock the reminder service reads; tests move it by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def load(window: MainWindow) -> bool:
    points = shipped_points()
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), Path("/nonexistent")),
        history=HistoryStore(history_path()),
    )
    return True


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings.at(tmp_path / "settings.ini")
    settings.safety_seen = True
    reminder_prefs.write(
        settings,
        ReminderSettings(enabled=True, days=frozenset(Weekday), at=time(18, 0), quiet=None),
    )
    return settings


@pytest.fixture
def clock() -> WallClock:
    return WallClock(NOW)


@pytest.fixture
def instance(
    qtbot: QtBot, connection: QDBusConnection, settings: Settings, clock: WallClock
) -> Iterator[Instance]:
    # Yesterday's session was the "hand-li4" routine: "Start now" must make it ready.
    store = HistoryStore(history_path())
    yesterday = (NOW - timedelta(days=1)).astimezone(UTC)
    assert store.record(summary(yesterday, routine_id="hand-li4", title="Hand")).saved
    store.close()
    bus = SessionBus(connection)
    assert bus.claim() is Claim.OWNED
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = Instance(app, settings, bus, load=load, now=clock, zone=lambda: BERLIN)
    yield instance
    if instance.window is not None:
        instance.window.close()
    if instance.tray is not None:
        instance.tray.icon.hide()
    bus.release()
    app.setQuitOnLastWindowClosed(True)


def test_a_due_reminder_is_sent_with_its_buttons_and_start_now_opens_the_routine(
    qtbot: QtBot,
    instance: Instance,
    notification_server: FakeNotificationServer,
    connection: QDBusConnection,
    settings: Settings,
):
    instance.reminders.check()
    [note] = notification_server.received()
    assert note["summary"] == "Time for your acupressure session"
    assert note["hints"]["desktop-entry"] == APP_ID
    assert note["replaces_id"] == 0
    labels = dict(zip(note["actions"][::2], note["actions"][1::2], strict=True))
    assert labels["start"] == "Start now"
    assert labels["later"] == "In 30 minutes"
    assert labels["not-today"] == "Not today"
    assert instance.window is None  # nothing opened before the user answers

    click(connection, note["id"], "start")
    qtbot.waitUntil(
        lambda: (
            instance.window is not None
            and instance.window.loaded
            and instance.window.picker.selected_id() == "hand-li4"
        ),
        timeout=10000,
    )
    assert instance.window is not None and instance.window.isVisible()
    # At most one a day: asking again shows nothing more.
    instance.reminders.check()
    assert len(notification_server.received()) == 1


def test_in_30_minutes_and_not_today_are_kept(
    qtbot: QtBot,
    clock: WallClock,
    instance: Instance,
    notification_server: FakeNotificationServer,
    connection: QDBusConnection,
    settings: Settings,
):
    instance.reminders.check()
    [note] = notification_server.received()
    click(connection, note["id"], "later")
    qtbot.waitUntil(lambda: reminder_prefs.read_log(settings).snoozed_until is not None)
    assert reminder_prefs.read_log(settings).snoozed_until == (NOW + timedelta(minutes=30))
    # The clock sleeps (capped, in case the machine suspends) until the snooze ends.
    assert instance.reminders.timer.isActive()
    clock.now = NOW + timedelta(minutes=29)
    instance.reminders.check()
    assert len(notification_server.received()) == 1
    clock.now = NOW + timedelta(minutes=30)
    instance.reminders.check()
    _, again = notification_server.received()
    click(connection, again["id"], "not-today")
    qtbot.waitUntil(lambda: reminder_prefs.read_log(settings).declined_on == NOW.date())
    assert instance.window is None
    clock.now = NOW + timedelta(hours=2)
    instance.reminders.check()
    assert len(notification_server.received()) == 2


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: no window stacking
def test_without_a_notification_server_settings_say_so_and_the_window_shows_it(
    qtbot: QtBot, instance: Instance, private_bus: PrivateBus
):
    started = wall.monotonic()
    problem = instance.reminders_problem()
    instance.reminders.check()
    assert wall.monotonic() - started < 2 * TIMEOUT_MS / 1000
    assert problem is not None and "cannot be shown on this desktop" in problem
    assert instance.reminders.pending is not None
    window = instance.show_window()
    qtbot.waitUntil(lambda: instance.banner is not None and instance.banner.isVisible())
    assert instance.banner is not None and "plan days" in instance.banner.label.text()
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)
    instance.banner.start.click()  # the same answers as the notification's buttons
    qtbot.waitUntil(lambda: window.picker.selected_id() == "hand-li4", timeout=10000)
    assert not instance.banner.isVisible()


def test_a_server_that_hangs_costs_a_bounded_wait(
    instance: Instance, notification_server: FakeNotificationServer
):
    os.kill(notification_server.process.pid, signal.SIGSTOP)
    try:
        started = wall.monotonic()
        assert instance.notifier is not None
        assert instance.notifier.notify("title", "body") is None
        assert wall.monotonic() - started < 2 * TIMEOUT_MS / 1000
        assert instance.reminders_problem() is not None
    finally:
        os.kill(notification_server.process.pid, signal.SIGCONT)


def test_without_any_session_bus_nothing_breaks(qtbot: QtBot, settings: Settings):
    bus = SessionBus(QDBusConnection("never-connected"))
    assert bus.claim() is Claim.NO_BUS
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = Instance(app, settings, bus, load=load, now=lambda: NOW, zone=lambda: BERLIN)
    try:
        problem = instance.reminders_problem()
        assert problem is not None and "no D-Bus session bus" in problem
        instance.reminders.check()
        assert instance.reminders.pending is not None
        assert Notifier(bus).notify("t", "b") is None
    finally:
        app.setQuitOnLastWindowClosed(True)
