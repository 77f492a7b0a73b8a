"""Fixtures: a private session bus, a fake or real notification server, an X server, and
a real acutimer on a bus of its own."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from tests.dbus.running_app import App, open_folder
from tests.dbus.services import FakeNotificationServer, PrivateBus, PrivateX, need


@pytest.fixture
def private_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateBus]:
    bus = PrivateBus(tmp_path)
    # Child processes (a second acutimer, the servers) find this bus, not the user's.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    try:
        yield bus
    finally:
        bus.stop()


@pytest.fixture
def connection(private_bus: PrivateBus) -> Iterator[QDBusConnection]:
    """This test process's own connection to the private bus (not Qt's cached session bus)."""
    name = f"test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(private_bus.address, name)
    assert connection.isConnected(), connection.lastError().message()
    try:
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def notification_server(
    private_bus: PrivateBus, tmp_path: Path
) -> Iterator[FakeNotificationServer]:
    server = FakeNotificationServer(private_bus, tmp_path)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def private_x() -> Iterator[PrivateX]:
    x = PrivateX()
    try:
        yield x
    finally:
        x.stop()


def click(connection: QDBusConnection, notification: int, key: str) -> None:
    """Press a button of the fake server's notification, as the user would."""
    from acutimer.dbus.notifications import PATH, SERVICE

    message = QDBusMessage.createMethodCall(SERVICE, PATH, "io.github.acutimer.Test", "Click")
    message.setArguments([notification, key])
    reply = connection.call(message, QDBus.CallMode.Block, 5000)
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    """A private session bus whose socket any user can reach (its daemon still refuses
    other users), for the remote-control tests."""
    folder = open_folder()
    server = PrivateBus(folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def app(bus: PrivateBus, tmp_path: Path) -> Iterator[App]:
    """acutimer open with "Hand (LI4)" selected and nothing running yet."""
    need("playerctl", package="playerctl")
    running = App(bus, tmp_path / "home")
    try:
        running.start("--routine", "hand-li4", playable=True)
        yield running
    finally:
        running.stop()
