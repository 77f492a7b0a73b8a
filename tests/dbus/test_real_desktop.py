"""With real programs: dunst shows the reminder; two acutimer processes hand over."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from acutimer.dbus.bus import SessionBus
from acutimer.dbus.notifications import SERVICE, Notifier, ReminderAnswer
from acutimer.identity import APP_ID
from tests.dbus.services import ROOT, Dunst, PrivateBus, PrivateX, need, stop, wait_until


def owned(connection: QDBusConnection, name: str) -> bool:
    return bool(connection.interface().isServiceRegistered(name).value())


@pytest.fixture
def dunst(
    private_bus: PrivateBus, private_x: PrivateX, connection: QDBusConnection
) -> Iterator[Dunst]:
    server = Dunst(private_bus, private_x, lambda: owned(connection, SERVICE))
    try:
        yield server
    finally:
        server.stop()


def test_dunst_shows_the_reminder_and_its_click_comes_back(
    qtbot: QtBot, connection: QDBusConnection, dunst: Dunst
):
    notifier = Notifier(SessionBus(connection))
    assert notifier.available() and notifier.has_actions
    assert notifier.notify("Time for your acupressure session", "Today is a plan day.")
    assert dunst.ctl("count", "displayed") == "1"
    with qtbot.waitSignal(notifier.answered, timeout=10000) as answered:
        dunst.ctl("action", "0")  # the user clicks the notification
    assert answered.args == [ReminderAnswer.OPEN]


def acutimer(private_bus: PrivateBus, x: PrivateX, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "acutimer", *args],
        cwd=ROOT,
        env=private_bus.env(DISPLAY=x.display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL,
    )


def windows(x: PrivateX, pid: int) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "acutimer"],
        env={"DISPLAY": x.display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=15,
    )
    return found.stdout.split()


def test_a_second_launch_opens_the_window_of_the_background_instance(
    qtbot: QtBot,
    private_bus: PrivateBus,
    private_x: PrivateX,
    connection: QDBusConnection,
    tmp_path: Path,
):
    need("xdotool", package="xdotool")
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "acutimer"
    config.mkdir(parents=True, exist_ok=True)
    (config / "acutimer.conf").write_text("[app]\nsafety_seen=true\n", encoding="utf-8")
    first = acutimer(private_bus, private_x, "--background")
    try:
        wait_until(lambda: owned(connection, APP_ID), "the background instance to own its name")
        assert windows(private_x, first.pid) == []  # in the background: no window
        second = acutimer(private_bus, private_x)
        assert second.wait(30) == 0  # it handed over and left
        wait_until(lambda: windows(private_x, first.pid), "the first instance's window")
        assert first.poll() is None
        # Still one acutimer on the bus, and one window.
        assert owned(connection, APP_ID)
        assert len(windows(private_x, first.pid)) == 1
    finally:
        stop(first)
