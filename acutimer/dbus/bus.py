"""acutimer's one presence on the session bus: the connection, the object, the name.

Every D-Bus interface acutimer exports (org.freedesktop.Application for launchers,
notifications and a second launch; the session-control interface; MPRIS) hangs off
this one connection. Interfaces at ``DBUS_PATH`` are ``QDBusAbstractAdaptor``
subclasses created with ``parent=bus.root``: Qt exports every adaptor child of the
one object registered there, so several modules can add interfaces to the same path
without knowing about each other.

Owning the well-known name ``APP_ID`` is what makes an instance *the* instance of
this user: a second process finds the name taken and hands its request over
(``call_running``) instead of opening a second window.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from PySide6.QtCore import ClassInfo, QObject
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from acutimer.identity import APP_ID, DBUS_PATH

APPLICATION_INTERFACE = "org.freedesktop.Application"

HANDOVER_TIMEOUT_MS = 5000
"""How long a second launch waits for the running instance to answer. A healthy one
answers in milliseconds; one that is stuck must not keep the second launch hanging."""


T = TypeVar("T")


def dbus_interface(name: str) -> Callable[[type[T]], type[T]]:
    """Class decorator naming the D-Bus interface an adaptor exports.

    ``ClassInfo({"D-Bus Interface": name})``, typed: PySide6's stubs do not describe
    ClassInfo as the decorator it is.
    """
    info = ClassInfo({"D-Bus Interface": name})  # type: ignore[call-arg]
    return cast(Callable[[type[T]], type[T]], info)


class Claim(enum.Enum):
    """What happened when this process asked for the name ``APP_ID``."""

    OWNED = "owned"  # this process is the instance
    TAKEN = "taken"  # another acutimer of this user holds it
    NO_BUS = "no-bus"  # no session bus: run alone, nothing to hand over to


class SessionBus:
    """The session-bus connection, the object at ``DBUS_PATH`` and the name ``APP_ID``.

    Created once by the app and passed to whoever exports an interface or sends a
    notification. Without a session bus (``connected`` is False) everything here is a
    harmless no-op, so callers need no special case beyond what they show the user.
    """

    def __init__(self, connection: QDBusConnection | None = None) -> None:
        self.connection = connection if connection is not None else QDBusConnection.sessionBus()
        self.root = QObject()
        self.root.setObjectName("acutimer-dbus-root")
        self._registered = False
        self._owned = False

    @property
    def connected(self) -> bool:
        return self.connection.isConnected()

    @property
    def owned(self) -> bool:
        """True once this process holds ``APP_ID``."""
        return self._owned

    def export(self) -> bool:
        """Put ``root`` (and so every adaptor parented to it) at ``DBUS_PATH``."""
        if not self.connected:
            return False
        if not self._registered:
            self._registered = self.connection.registerObject(
                DBUS_PATH, self.root, QDBusConnection.RegisterOption.ExportAdaptors
            )
        return self._registered

    def claim(self) -> Claim:
        """Export the object, then ask for ``APP_ID`` without queueing.

        The object is exported first so that the moment another process sees the
        name owned, calls to it already reach the interfaces.
        """
        if not self.connected:
            return Claim.NO_BUS
        self.export()
        if self.connection.registerService(APP_ID):
            self._owned = True
            return Claim.OWNED
        return Claim.TAKEN

    def release(self) -> None:
        """Give up the name and the object (at exit, or when a test is done)."""
        if not self.connected:
            return
        if self._owned:
            self.connection.unregisterService(APP_ID)
            self._owned = False
        if self._registered:
            self.connection.unregisterObject(DBUS_PATH)
            self._registered = False

    def call_running(
        self,
        method: str,
        args: Sequence[Any] = (),
        *,
        interface: str = APPLICATION_INTERFACE,
        timeout_ms: int = HANDOVER_TIMEOUT_MS,
    ) -> str | None:
        """Call ``method`` on the instance that owns ``APP_ID``; None if it answered.

        Otherwise the error message, for the caller to show (a second launch prints
        it and opens its own window rather than doing nothing).
        """
        if not self.connected:
            return "there is no D-Bus session bus"
        message = QDBusMessage.createMethodCall(APP_ID, DBUS_PATH, interface, method)
        message.setArguments(list(args))
        reply = self.connection.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            return None
        return reply.errorMessage() or reply.errorName() or "no answer"


def platform_data() -> dict[str, Any]:
    """The ``platform_data`` of org.freedesktop.Application: the activation token.

    A launcher passes the token in the environment; handing it on lets the running
    instance's window take the focus instead of the desktop refusing it as stolen.
    """
    data: dict[str, Any] = {}
    for variable, key in (
        ("XDG_ACTIVATION_TOKEN", "activation-token"),
        ("DESKTOP_STARTUP_ID", "desktop-startup-id"),
    ):
        value = os.environ.get(variable)
        if value:
            data[key] = value
    return data
