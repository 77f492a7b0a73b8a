"""The running app's D-Bus side: the session controls at DBUS_PATH (what ``acutimer pause``
and ``acutimer status`` call) and the MPRIS player, both following the window's session.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

from acutimer.dbus.bus import SessionBus
from acutimer.dbus.protocol import INTERFACE, NOT_NOW, STATUS_TEXT, NotNow, Verb
from acutimer.identity import MPRIS_NAME

if TYPE_CHECKING:
    from acutimer.dbus.mpris import Mpris
    from acutimer.qt.remote import RemoteControl
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

    def __init__(self, parent: QObject, connection: QDBusConnection) -> None:
        super().__init__(parent)
        self._connection = connection
        self.remote: RemoteControl | None = None
        """The window's session, once there is a window (set by RemoteService.attach)."""

    def _control(self, verb: Verb, message: QDBusMessage) -> None:
        try:
            if self.remote is None:
                raise NotNow("No routine is running.")
            self.remote.apply(verb)
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
        from acutimer.dbus.status_text import status_text

        # In the background, without a window: idle.
        values = {"state": "idle"} if self.remote is None else self.remote.status().to_wire()
        return json.dumps(values | {STATUS_TEXT: status_text(values)})


class RemoteService(QObject):
    """Everything the app offers on the session bus about its session.

    Created with the instance (``acutimer pause`` then says "No routine is running"
    even before the window exists); ``attach(window)`` once the window is loaded makes
    the controls act on it and puts the MPRIS player on the bus.
    """

    def __init__(self, bus: SessionBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.adaptor = SessionAdaptor(bus.root, bus.connection)
        self.remote: RemoteControl | None = None
        self.mpris: Mpris | None = None
        self.mpris_name = False

    def attach(self, window: MainWindow) -> None:
        # Imported here: the session models are not needed before the window loads,
        # and the instance (with this service) starts before its first paint.
        from acutimer.dbus.mpris import Mpris
        from acutimer.qt.remote import RemoteControl

        if self.remote is None:
            self.remote = RemoteControl(parent=self)
            self.adaptor.remote = self.remote
        self.remote.attach(window)
        if self.mpris is None:
            self.mpris = Mpris(
                self.bus.connection,
                self.remote,
                quit=lambda: _quit(window),
                show=lambda: _show(window),
            )
            # After the object: a client that sees the name finds the player there.
            self.mpris_name = self.bus.connection.registerService(MPRIS_NAME)
            if not self.mpris_name:
                print(f"acutimer: {MPRIS_NAME} is taken; media keys are off", file=sys.stderr)

    def close(self) -> None:
        if self.mpris_name:
            self.bus.connection.unregisterService(MPRIS_NAME)
        if self.mpris is not None:
            self.mpris.close()


def _quit(window: MainWindow) -> None:
    # MPRIS Quit comes from outside, so no question: stop (history keeps it), close the
    # window and leave (a background instance would otherwise stay for its reminders).
    if window.runner is not None and window.runner_live():
        window.runner.stop()
    window.close()
    QCoreApplication.quit()


def _show(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
