"""The single-instance name and org.freedesktop.Application on a real private bus."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from acutimer.dbus.application import AppAction, ApplicationAdaptor
from acutimer.dbus.bus import Claim, SessionBus, dbus_interface
from acutimer.dbus.notifications import Notifier
from acutimer.identity import APP_ID, DBUS_PATH
from tests.dbus.services import ROOT, FakeNotificationServer, PrivateBus

SECOND = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from acutimer.dbus.bus import Claim, SessionBus
    app = QCoreApplication([])
    bus = SessionBus()
    claim = bus.claim()
    problem = bus.call_running(*eval(sys.argv[1]))
    print(claim.name, problem)
    """
)


def second_process(private_bus: PrivateBus, method: str, args: list[object]) -> str:
    """Run ``call_running`` from another process, as a second launch does."""
    result = subprocess.Popen(
        [sys.executable, "-c", SECOND, repr((method, args))],
        cwd=ROOT,
        env=private_bus.env(PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        text=True,
    )
    return result  # type: ignore[return-value]


def test_the_first_owns_the_name_the_second_finds_it_taken(
    private_bus: PrivateBus, connection: QDBusConnection
):
    first = SessionBus(connection)
    assert first.claim() is Claim.OWNED
    name = f"test-{uuid.uuid4().hex}"
    other = QDBusConnection.connectToBus(private_bus.address, name)
    try:
        assert SessionBus(other).claim() is Claim.TAKEN
        first.release()
        assert SessionBus(other).claim() is Claim.OWNED  # released at exit: the next one owns it
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_a_second_process_reaches_the_first_through_org_freedesktop_application(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
):
    bus = SessionBus(connection)
    asked: list[AppAction] = []
    ApplicationAdaptor(bus.root, asked.append, connection)
    assert bus.claim() is Claim.OWNED
    calls = [
        ("ActivateAction", ["start-last", [], {}], AppAction.START_LAST),
        ("Activate", [{"desktop-startup-id": "x"}], AppAction.SHOW),
        ("ActivateAction", ["not-today", [], {}], AppAction.NOT_TODAY),
    ]
    for method, args, expected in calls:
        process = second_process(private_bus, method, args)
        qtbot.waitUntil(lambda p=process: p.poll() is not None, timeout=15000)
        output = process.stdout.read()
        process.stdout.close()
        assert output.split() == ["TAKEN", "None"]
        assert asked[-1] is expected
    # An unknown action asks for nothing, and the caller is told why.
    process = second_process(private_bus, "ActivateAction", ["dance", [], {}])
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    output = process.stdout.read()
    process.stdout.close()
    assert output.startswith("TAKEN acutimer has no action 'dance'; it has: show, start-last")
    assert len(asked) == 3


def test_the_interfaces_of_several_modules_share_the_one_object(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
):
    from PySide6.QtCore import Slot
    from PySide6.QtDBus import QDBusAbstractAdaptor

    @dbus_interface("io.github.acutimer.Acutimer.Example")
    class Example(QDBusAbstractAdaptor):
        @Slot(result=str)
        def Hello(self) -> str:  # pragma: no cover - introspected only
            return "hi"

    bus = SessionBus(connection)
    ApplicationAdaptor(bus.root, lambda _a: None)
    Example(bus.root)
    assert bus.claim() is Claim.OWNED
    process = subprocess.Popen(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            f"--dest={APP_ID}",
            DBUS_PATH,
            "org.freedesktop.DBus.Introspectable.Introspect",
        ],
        env=private_bus.env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    # This process answers the call, so wait while its event loop runs.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    assert process.stdout is not None
    xml = process.stdout.read()
    process.stdout.close()
    assert "org.freedesktop.Application" in xml
    assert "io.github.acutimer.Acutimer.Example" in xml


def test_pyside6_still_sends_python_ints_as_int32(
    connection: QDBusConnection, notification_server: FakeNotificationServer
):
    """The bug acutimer/dbus/pyside_uint.py works around: when this fails, drop it."""
    from acutimer.dbus.notifications import INTERFACE, PATH, SERVICE

    message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
    message.setArguments(["app", 0, "", "summary", "body", ["k", "label"], {}, -1])
    reply = connection.call(message, QDBus.CallMode.Block, 5000)
    assert reply.type() == QDBusMessage.MessageType.ErrorMessage
    assert "sisssasa{sv}i" in reply.errorMessage()
    assert notification_server.received() == []


def test_the_workaround_sends_uint32(
    connection: QDBusConnection, notification_server: FakeNotificationServer
):
    notifier = Notifier(SessionBus(connection))
    assert notifier.notify("summary", "body") == 1
    [note] = notification_server.received()
    assert note["replaces_id"] == 0 and note["summary"] == "summary"
