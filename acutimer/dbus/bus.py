"""The session-bus connection and the well-known name APP_ID.

Stand-in until branch i15's module of the same name (launcher, single instance) is
merged: the same two calls, replaced by theirs.
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection, QDBusConnectionInterface

from acutimer.identity import APP_ID


def session_bus() -> QDBusConnection | None:
    """The user's session bus, or None when there is none (no desktop session)."""
    connection = QDBusConnection.sessionBus()
    return connection if connection.isConnected() else None


def claim(connection: QDBusConnection, name: str = APP_ID) -> bool:
    """Own ``name`` unless another process does; True when this process owns it."""
    interface = connection.interface()
    reply = interface.registerService(
        name,
        QDBusConnectionInterface.ServiceQueueOptions.DontQueueService,
        QDBusConnectionInterface.ServiceReplacementOptions.DontAllowReplacement,
    )
    return reply.isValid() and reply.value() == (
        QDBusConnectionInterface.RegisterServiceReply.ServiceRegistered
    )
