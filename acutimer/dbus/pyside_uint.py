"""Workaround: PySide6 cannot put a D-Bus ``uint32`` into a method call.

A Python int in ``QDBusMessage.setArguments`` always travels as ``int32`` (and
``QDBusArgument << int`` picks ``uint16``), so a strict server rejects
org.freedesktop.Notifications.Notify, whose second argument is ``u``: "Type of
message, (sisssasa{sv}i), does not match expected type (susssasa{sv}i)".

Qt itself marshals a call correctly when it goes through a ``QDBusInterface``
whose meta-object declares the C++ types; Qt builds that meta-object from the
remote's introspection and caches it per interface name on the connection. The
notification servers' introspection carries no Qt type annotation for ``a{sv}``,
so the cached method is unusable. ``typed_interface`` first introspects a local
object that declares the interface with proper types, so that Qt caches the good
meta-object, then opens the real remote interface, which reuses it; a call made
with ``QMetaObject.invokeMethod`` and ``Q_ARG("uint", ...)`` then sends ``u``.

tests/dbus/test_pyside_uint.py fails when PySide6 no longer needs this.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusInterface

from acutimer.identity import DBUS_PATH

_SHAPE_PATH = f"{DBUS_PATH}/TypeShape"


def typed_interface(
    connection: QDBusConnection,
    shape: type[QDBusAbstractAdaptor],
    service: str,
    path: str,
    interface: str,
) -> QDBusInterface:
    """A QDBusInterface to ``service`` whose methods carry ``shape``'s C++ types.

    ``shape`` is an adaptor class declaring ``interface`` with typed slots; it is
    exported only for the moment Qt introspects it, then withdrawn.
    """
    holder = QObject()
    shape(holder)
    if connection.registerObject(
        _SHAPE_PATH, holder, QDBusConnection.RegisterOption.ExportAdaptors
    ):
        try:
            QDBusInterface(connection.baseService(), _SHAPE_PATH, interface, connection)
        finally:
            connection.unregisterObject(_SHAPE_PATH)
    return QDBusInterface(service, path, interface, connection)
