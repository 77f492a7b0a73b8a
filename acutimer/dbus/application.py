"""org.freedesktop.Application at ``DBUS_PATH``: how a launcher or a second launch reaches us.

The desktop-entry specification's interface: ``Activate`` (show the window),
``Open`` (files: treated as Activate, routines are picked inside), and
``ActivateAction`` (a desktop-file action or a notification button by name).
Names arriving from outside are strings; they become ``AppAction`` members here,
and an unknown one is logged and dropped.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor

from acutimer.dbus.bus import APPLICATION_INTERFACE, dbus_interface


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

    def __init__(self, parent: QObject, handle: Callable[[AppAction], None]) -> None:
        super().__init__(parent)
        self._handle = handle

    @Slot("QVariantMap")
    def Activate(self, platform_data: dict[str, Any]) -> None:
        self._handle(AppAction.SHOW)

    @Slot("QStringList", "QVariantMap")
    def Open(self, uris: list[str], platform_data: dict[str, Any]) -> None:
        self._handle(AppAction.SHOW)

    @Slot(str, "QVariantList", "QVariantMap")
    def ActivateAction(self, name: str, parameter: list[Any], platform: dict[str, Any]) -> None:
        try:
            action = AppAction(name)
        except ValueError:
            # PySide6 cannot mix QDBusContext into an adaptor (it crashes), so no
            # D-Bus error reply: say it where a developer trying this will look.
            known = ", ".join(a.value for a in AppAction)
            print(f"acutimer: no action {name!r} (known: {known})", file=sys.stderr)
            return
        self._handle(action)
