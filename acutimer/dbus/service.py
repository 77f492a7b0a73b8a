"""The running app's D-Bus side: the session controls at DBUS_PATH (what ``acutimer pause``
and ``acutimer status`` call) and the MPRIS player, both following the window's session.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection

from acutimer.dbus import bus
from acutimer.dbus.exported import DBusError, DBusObject, Interface
from acutimer.dbus.mpris import Mpris
from acutimer.dbus.protocol import INTERFACE, NOT_NOW, PATH, Verb
from acutimer.identity import MPRIS_NAME
from acutimer.qt.remote import NotNow, RemoteControl

if TYPE_CHECKING:
    from acutimer.ui.main_window import MainWindow

SESSION_XML = (
    f'<interface name="{INTERFACE}">'
    + "".join(f'<method name="{verb.method}"/>' for verb in Verb)
    + '<method name="Status"><arg name="json" type="s" direction="out"/></method>'
    + "</interface>"
)


def session_interface(remote: RemoteControl) -> Interface:
    """io.github.acutimer.Acutimer.Session: one method per verb, and Status."""

    def control(verb: Verb) -> Any:
        def method(_args: list[Any]) -> list[Any]:
            try:
                remote.apply(verb)
            except NotNow as exc:
                raise DBusError(NOT_NOW, str(exc)) from None
            return []

        return method

    methods = {verb.method: control(verb) for verb in Verb}
    # JSON text: PySide6 cannot read an a{sv} reply back into a dict (QDBusArgument
    # has no way out to Python), and `acutimer status --json` prints it anyway.
    methods["Status"] = lambda _args: [json.dumps(remote.status().to_wire())]
    return Interface(INTERFACE, SESSION_XML, methods)


class RemoteService(QObject):
    """Everything the app offers on the session bus while it runs."""

    def __init__(
        self, connection: QDBusConnection, window: MainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.connection = connection
        self.remote = RemoteControl(window, parent=self)
        self.session = DBusObject(connection, PATH, [session_interface(self.remote)])
        self.mpris = Mpris(
            connection, self.remote, quit=lambda: _quit(window), show=lambda: _show(window)
        )
        self.mpris_name = connection.registerService(MPRIS_NAME)
        # After the objects: a client that sees the name finds them there.
        self.named = bus.claim(connection)

    def close(self) -> None:
        if self.mpris_name:
            self.connection.unregisterService(MPRIS_NAME)
        self.mpris.close()
        self.session.unregister()


def start(window: MainWindow) -> RemoteService | None:
    """Offer the window's session on the session bus; None (and a line on stderr)
    when there is no session bus, so the app runs on without remote control."""
    connection = bus.session_bus()
    if connection is None:
        print("acutimer: no D-Bus session bus; media keys and commands are off", file=sys.stderr)
        return None
    return RemoteService(connection, window, parent=window)


def _quit(window: MainWindow) -> None:
    # MPRIS Quit: asked from outside, so no question: stop (history keeps it) and close.
    remote_runner = window.runner
    if remote_runner is not None and remote_runner.session.state in ("running", "paused"):
        remote_runner.stop()
    window.close()


def _show(window: MainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
