"""Desktop notifications through org.freedesktop.Notifications, with action buttons.

The server may be missing (no session bus, no notification daemon), may refuse, or
may hang: ``available`` says which, every call has a short timeout, and a failed
``notify`` returns None so the caller can show the reminder inside the window
instead. Action keys arriving from the server become ``ReminderAnswer`` members here.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBus, QDBusAbstractAdaptor, QDBusInterface, QDBusMessage

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.dbus.bus import SessionBus, dbus_interface
from acutimer.dbus.pyside_uint import typed_interface
from acutimer.identity import APP_ID, DISPLAY_NAME

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TIMEOUT_MS = 3000
"""A notification server answers in milliseconds; one that does not within this is
treated as missing, so a reminder never freezes the app for long."""


class ReminderAnswer(enum.Enum):
    """The buttons of a reminder; the values are the action keys sent to the server."""

    START = "start"  # "Start now"
    LATER = "later"  # "In 30 minutes"
    NOT_TODAY = "not-today"  # "Not today"
    OPEN = "default"  # the notification's body was clicked


BUTTONS = (
    (ReminderAnswer.START, QT_TRANSLATE_NOOP("Notifier", "Start now")),
    (ReminderAnswer.LATER, QT_TRANSLATE_NOOP("Notifier", "In 30 minutes")),
    (ReminderAnswer.NOT_TODAY, QT_TRANSLATE_NOOP("Notifier", "Not today")),
)
"""The buttons' words in English: translated (context "Notifier") when sent."""


@dbus_interface(INTERFACE)
class _Shape(QDBusAbstractAdaptor):
    """The Notifications interface with C++ types, for pyside_uint (never called)."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, *args: object) -> int:  # pragma: no cover - introspected only
        return 0

    @Slot("uint")
    def CloseNotification(self, notification: int) -> None:  # pragma: no cover
        pass


class Notifier(QObject):
    """Sends reminders and reports the button the user chose.

    Signals:
        answered(ReminderAnswer): a button (or the body) of our notification was used.
    """

    answered = Signal(object)

    def __init__(self, bus: SessionBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._ids: set[int] = set()
        self._interface: QDBusInterface | None = None
        self.problem: str | None = None
        self.has_actions = False
        connection = bus.connection
        if bus.connected:
            # Slots named Qt's way ("1" + signature); PySide6 wants a str here, although
            # its stubs say bytes.
            slots: dict[str, Any] = {
                "ActionInvoked": "1on_action_invoked(uint,QString)",
                "NotificationClosed": "1on_closed(uint,uint)",
            }
            for signal, slot in slots.items():
                connection.connect(SERVICE, PATH, INTERFACE, signal, self, slot)

    def available(self) -> bool:
        """Whether a notification server answers now; ``problem`` says why not."""
        if not self._bus.connected:
            self.problem = self.tr("there is no D-Bus session bus")
            return False
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")
        reply = self._bus.connection.call(message, QDBus.CallMode.Block, TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self.problem = reply.errorMessage() or self.tr("no notification server answered")
            return False
        capabilities = reply.arguments()[0] if reply.arguments() else []
        # Without "actions" the buttons do not show; the body click and the window's
        # own notice of a due session still bring the user in.
        self.has_actions = "actions" in capabilities
        self.problem = None
        return True

    def notify(self, summary: str, body: str) -> int | None:
        """Show a reminder with the three buttons; its id, or None if it could not be shown."""
        if not self._bus.connected:
            self.problem = self.tr("there is no D-Bus session bus")
            return None
        if self._interface is None or not self._interface.isValid():
            self._interface = typed_interface(
                self._bus.connection, _Shape, SERVICE, PATH, INTERFACE
            )
            self._interface.setTimeout(TIMEOUT_MS)
        if not self._interface.isValid():
            self.problem = self._interface.lastError().message() or self.tr(
                "no notification server"
            )
            self._interface = None
            return None
        actions = [ReminderAnswer.OPEN.value, self.tr("Open acutimer")]
        for answer, label in BUTTONS:
            actions += [answer.value, QCoreApplication.translate("Notifier", label)]
        hints = {"desktop-entry": APP_ID, "category": "reminder", "urgency": 1}
        try:
            notification = QMetaObject.invokeMethod(
                self._interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, DISPLAY_NAME),
                Q_ARG("uint", 0),
                Q_ARG(str, APP_ID),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", actions),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, 0),  # 0: stays until the user answers it
            )
        except RuntimeError as exc:  # the call could not even be made
            self.problem = str(exc)
            return None
        error = self._interface.lastError()
        if error.isValid() or not isinstance(notification, int) or notification == 0:
            self.problem = error.message() or self.tr(
                "the notification server refused the reminder"
            )
            return None
        self.problem = None
        self._ids.add(notification)
        return notification

    @Slot("uint", str)
    def on_action_invoked(self, notification: int, key: str) -> None:
        if notification not in self._ids:
            return  # another application's notification
        try:
            answer = ReminderAnswer(key)
        except ValueError:
            return
        self._ids.discard(notification)
        self.close(notification)
        self.answered.emit(answer)

    @Slot("uint", "uint")
    def on_closed(self, notification: int, reason: int) -> None:
        self._ids.discard(notification)

    def close(self, notification: int) -> None:
        if self._interface is not None:
            QMetaObject.invokeMethod(
                self._interface,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification),
            )
