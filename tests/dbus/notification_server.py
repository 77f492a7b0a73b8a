"""A small org.freedesktop.Notifications server for tests that must press a button.

    python -m tests.dbus.notification_server LOG

Owns the name on $DBUS_SESSION_BUS_ADDRESS, writes one JSON line per Notify to LOG
(the file appears, empty, once the name is owned) and, when a test calls
io.github.acutimer.Test.Click(id, key) on it, emits ActionInvoked(id, key) as a
server does when the user presses a button.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

from acutimer.dbus.bus import dbus_interface

PATH = "/org/freedesktop/Notifications"


@dbus_interface("org.freedesktop.Notifications")
class Notifications(QDBusAbstractAdaptor):
    ActionInvoked = Signal("uint", str)  # type: ignore[call-overload]
    NotificationClosed = Signal("uint", "uint")  # type: ignore[call-overload]

    def __init__(self, parent: QObject, log: Path) -> None:
        super().__init__(parent)
        self.setAutoRelaySignals(True)
        self.log = log
        self.next_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, *args: Any) -> int:
        app, replaces, icon, summary, body, actions, hints, timeout = args
        self.next_id += 1
        entry = {
            "id": self.next_id,
            "app_name": app,
            "replaces_id": replaces,
            "app_icon": icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: v for k, v in hints.items() if isinstance(v, str | int | bool)},
            "timeout": timeout,
        }
        with self.log.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
        return self.next_id

    @Slot("uint")
    def CloseNotification(self, notification: int) -> None:
        self.NotificationClosed.emit(notification, 3)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]


@dbus_interface("io.github.acutimer.Test")
class Control(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, notifications: Notifications) -> None:
        super().__init__(parent)
        self.notifications = notifications

    @Slot(int, str)  # int32: what a Python test can send (see acutimer/dbus/pyside_uint.py)
    def Click(self, notification: int, key: str) -> None:
        self.notifications.ActionInvoked.emit(notification, key)


def main() -> int:
    log = Path(sys.argv[1])
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    root = QObject()
    notifications = Notifications(root, log)
    Control(root, notifications)
    bus.registerObject(PATH, root, QDBusConnection.RegisterOption.ExportAdaptors)
    if not bus.registerService("org.freedesktop.Notifications"):
        print("the name org.freedesktop.Notifications is taken", file=sys.stderr)
        return 1
    log.touch()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
