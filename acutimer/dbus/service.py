"""The running app's D-Bus side: the session controls at DBUS_PATH (what ``acutimer pause``
and ``acutimer status`` call) and the MPRIS player, both following the window's session.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

from acutimer.dbus.bus import Claim, SessionBus
from acutimer.dbus.mpris import Mpris
from acutimer.dbus.protocol import INTERFACE, NOT_NOW, Verb
from acutimer.identity import MPRIS_NAME
from acutimer.qt.remote import NotNow, RemoteControl

if TYPE_CHECKING:
    from acutimer.ui.main_window import MainWindow

T = TypeVar("T")


def dbus_interface(name: str) -> Callable[[type[T]], type[T]]:
    """``@ClassInfo({"D-Bus Interface": name})``, the adaptor's interface name, typed:
    PySide6's stubs give ClassInfo neither this form nor a ``__call__``."""
    decorator: Any = ClassInfo({"D-Bus Interface": name})  # type: ignore[call-arg]
    return cast(Callable[[type[T]], type[T]], decorator)


@dbus_interface(INTERFACE)
class SessionAdaptor(QDBusAbstractAdaptor):
    """io.github.acutimer.Acutimer.Session at DBUS_PATH (create with ``parent=bus.root``).

    One method per ``Verb``, each answering with an empty reply when the control applied
    or the error ``NOT_NOW`` saying why not; ``Status`` returns JSON text (PySide6 cannot
    read an a{sv} reply back into a dict, and `acutimer status --json` prints JSON).
    """

    def __init__(self, parent: QObject, connection: QDBusConnection, remote: RemoteControl) -> None:
        super().__init__(parent)
        self._connection = connection
        self._remote = remote

    def _control(self, verb: Verb, message: QDBusMessage) -> None:
        try:
            self._remote.apply(verb)
        except NotNow as exc:
            # The QDBusMessage argument is how a PySide6 adaptor answers with an error
            # (QDBusContext cannot be mixed into one): reply ourselves, later than Qt.
            message.setDelayedReply(True)
            self._connection.send(message.createErrorReply(NOT_NOW, str(exc)))

    @Slot(QDBusMessage)
    def Pause(self, message: QDBusMessage) -> None:
        self._control(Verb.PAUSE, message)

    @Slot(QDBusMessage)
    def Resume(self, message: QDBusMessage) -> None:
        self._control(Verb.RESUME, message)

    @Slot(QDBusMessage)
    def Toggle(self, message: QDBusMessage) -> None:
        self._control(Verb.TOGGLE, message)

    @Slot(QDBusMessage)
    def Skip(self, message: QDBusMessage) -> None:
        self._control(Verb.SKIP, message)

    @Slot(QDBusMessage)
    def Back(self, message: QDBusMessage) -> None:
        self._control(Verb.BACK, message)

    @Slot(QDBusMessage)
    def Restart(self, message: QDBusMessage) -> None:
        self._control(Verb.RESTART, message)

    @Slot(QDBusMessage)
    def Extend(self, message: QDBusMessage) -> None:
        self._control(Verb.EXTEND, message)

    @Slot(QDBusMessage)
    def Stop(self, message: QDBusMessage) -> None:
        self._control(Verb.STOP, message)

    @Slot(result=str)
    def Status(self) -> str:
        return json.dumps(self._remote.status().to_wire())


class RemoteService(QObject):
    """Everything the app offers on the session bus about its session."""

    def __init__(self, bus: SessionBus, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.remote = RemoteControl(window, parent=self)
        self.adaptor = SessionAdaptor(bus.root, bus.connection, self.remote)
        self.mpris = Mpris(
            bus.connection, self.remote, quit=lambda: _quit(window), show=lambda: _show(window)
        )
        self.mpris_name = bus.connection.registerService(MPRIS_NAME)

    def close(self) -> None:
        if self.mpris_name:
            self.bus.connection.unregisterService(MPRIS_NAME)
        self.mpris.close()


def start(window: MainWindow, bus: SessionBus | None = None) -> RemoteService | None:
    """Offer the window's session on the session bus; None (and a line on stderr)
    when there is no session bus or another acutimer of this user has it."""
    if bus is None:
        bus = SessionBus()
        claim = bus.claim()
    else:
        claim = Claim.OWNED if bus.owned else Claim.TAKEN if bus.connected else Claim.NO_BUS
    if claim is not Claim.OWNED:
        why = "no D-Bus session bus" if claim is Claim.NO_BUS else "another acutimer has them"
        print(f"acutimer: media keys and `acutimer pause` are off ({why})", file=sys.stderr)
        return None
    return RemoteService(bus, window, parent=window)


def _quit(window: MainWindow) -> None:
    # MPRIS Quit comes from outside, so no question: stop (history keeps it) and close.
    runner = window.runner
    if runner is not None and runner.session.state in ("running", "paused"):
        runner.stop()
    window.close()


def _show(window: MainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
