"""org.freedesktop.Application at ``DBUS_PATH``: how a launcher or a second launch reaches us.

The desktop-entry specification's interface: ``Activate`` (show the window),
``Open`` (files: treated as Activate, routines are picked inside), and
``ActivateAction`` (a desktop-file action or a notification button by name).
Names arriving from outside are strings; they become ``AppAction`` members here,
and an unknown one is answered with an InvalidArgs error.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

from acutimer.dbus.bus import APPLICATION_INTERFACE, dbus_interface

INVALID_ARGS = "org.freedesktop.DBus.Error.InvalidArgs"


class AppAction(enum.Enum):
    """What a launcher, a notification or a second launch can ask of the instance."""

    SHOW = "show"  # bring the window forward (open it from the background)
    START_LAST = "start-last"  # open the window with the last routine ready to start
    REMIND_LATER = "remind-later"  # the reminder again in 30 minutes
    NOT_TODAY = "not-today"  # no more reminders today


@dbus_interface(APPLICATION_INTERFACE)
class ApplicationAdaptor(QDBusAbstractAdaptor):
    """Exports org.freedesktop.Application; create with ``parent=bus.root``.

    Every request goes to ``handle`` (Activate and Open ask for SHOW). A callback,
    not a Qt signal: an adaptor's signals would be offered to D-Bus as its own.
    """

    def __init__(
        self,
        parent: QObject,
        handle: Callable[[AppAction], None],
        connection: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._connection = connection

    @Slot("QVariantMap")
    def Activate(self, platform_data: dict[str, Any]) -> None:
        self._handle(AppAction.SHOW)

    @Slot("QStringList", "QVariantMap")
    def Open(self, uris: list[str], platform_data: dict[str, Any]) -> None:
        self._handle(AppAction.SHOW)

    @Slot(str, "QVariantList", "QVariantMap", QDBusMessage)
    def ActivateAction(
        self, name: str, parameter: list[Any], platform: dict[str, Any], message: QDBusMessage
    ) -> None:
        try:
            action = AppAction(name)
        except ValueError:
            known = ", ".join(a.value for a in AppAction)
            problem = f"acutimer has no action {name!r}; it has: {known}"
            if self._connection is None:
                print(f"acutimer: {problem}", file=sys.stderr)
                return
            # PySide6 cannot mix QDBusContext into an adaptor (it crashes); the message
            # argument is how an adaptor answers with an error instead of the empty reply.
            message.setDelayedReply(True)
            self._connection.send(message.createErrorReply(INVALID_ARGS, problem))
            return
        self._handle(action)
