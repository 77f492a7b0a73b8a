"""One D-Bus object served from Python: methods, properties, signals and introspection.

A QDBusVirtualObject rather than QDBusAbstractAdaptor: the replies are built here, so
every value has the wire type the specification asks for (PySide6 would send a small
Python int as ``i`` where MPRIS wants ``x``; see pyside_int64), errors are real D-Bus
errors with a message, and no Python property needs a C++ type name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMetaType
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusVariant,
    QDBusVirtualObject,
)

from acutimer.dbus.pyside_int64 import int64

PROPERTIES = "org.freedesktop.DBus.Properties"
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
UNKNOWN_INTERFACE = "org.freedesktop.DBus.Error.UnknownInterface"
UNKNOWN_PROPERTY = "org.freedesktop.DBus.Error.UnknownProperty"
READ_ONLY = "org.freedesktop.DBus.Error.PropertyReadOnly"

Method = Callable[[list[Any]], list[Any]]
"""Takes the call's arguments, returns the reply's (plain values, see ``to_wire``)."""


class DBusError(Exception):
    """Raised by a method: the caller gets the error ``name`` with ``message``."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.message = message


@dataclass
class Interface:
    """What one interface offers. ``xml`` is its introspection, ``properties()`` its
    current property values (plain values, see ``to_wire``), ``methods`` its calls."""

    name: str
    xml: str
    methods: Mapping[str, Method] = field(default_factory=dict)
    properties: Callable[[], dict[str, Any]] = dict


class Int64(int):
    """An int that goes on the wire as ``x`` (PySide6 alone would send ``i``)."""


class ObjectPath(str):
    """A string that goes on the wire as an object path ``o``."""


def to_wire(value: Any) -> Any:
    """Plain Python values (comparable, easy to test) as QtDBus sends them typed:
    Int64 as ``x``, ObjectPath as ``o``, a tuple of strings as ``as`` (a list would
    go as ``av`` when empty), dicts as ``a{sv}``."""
    match value:
        case Int64():
            return int64(value)
        case ObjectPath():
            return QDBusObjectPath(value)
        case dict():
            return {key: to_wire(item) for key, item in value.items()}
        case tuple() if value:
            return [str(item) for item in value]  # PySide6: a QStringList, ``as``
        case tuple():
            # ``QDBusArgument << str`` picks a wrong overload in PySide6 (it writes a
            # byte), so only the empty array is built by hand.
            argument = QDBusArgument()
            argument.beginArray(QMetaType(QMetaType.Type.QString))
            argument.endArray()
            return argument
    return value


class DBusObject(QDBusVirtualObject):
    """The object at ``path`` on ``connection``, offering ``interfaces``."""

    def __init__(self, connection: QDBusConnection, path: str, interfaces: list[Interface]) -> None:
        super().__init__()
        self.connection = connection
        self.path = path
        self.interfaces = {i.name: i for i in interfaces}
        self.registered = connection.registerVirtualObject(path, self)

    def unregister(self) -> None:
        if self.registered:
            self.connection.unregisterObject(self.path)
            self.registered = False

    # -- QDBusVirtualObject ----------------------------------------------------------

    def introspect(self, path: str) -> str:
        # QtDBus adds Properties, Introspectable and Peer around this.
        return "".join(i.xml for i in self.interfaces.values())

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.type() != QDBusMessage.MessageType.MethodCallMessage:
            return False
        if message.interface() == "org.freedesktop.DBus.Introspectable":
            return False  # QtDBus answers from introspect()
        try:
            arguments = self._call(message)
        except DBusError as error:
            reply = message.createErrorReply(error.name, error.message)
        else:
            reply = message.createReply()
            reply.setArguments([to_wire(a) for a in arguments])
        if message.isReplyRequired():
            connection.send(reply)
        return True

    def _call(self, message: QDBusMessage) -> list[Any]:
        name, member, args = message.interface(), message.member(), message.arguments()
        if name == PROPERTIES:
            return self._properties(member, args)
        interface = self.interfaces.get(name) if name else self._owner_of(member)
        method = interface.methods.get(member) if interface else None
        if method is None:
            raise DBusError(UNKNOWN_METHOD, f"No method {name}.{member} at {self.path}.")
        return method(args)

    def _owner_of(self, member: str) -> Interface | None:
        # A call without an interface name (allowed by the specification) goes to
        # the first interface that has the method.
        return next((i for i in self.interfaces.values() if member in i.methods), None)

    def _properties(self, member: str, args: list[Any]) -> list[Any]:
        interface = self.interfaces.get(args[0]) if args else None
        if interface is None:
            raise DBusError(UNKNOWN_INTERFACE, f"No interface {args[:1]} at {self.path}.")
        values = interface.properties()
        if member == "GetAll":
            return [values]
        if member in ("Get", "Set") and len(args) >= 2:
            if args[1] not in values:
                raise DBusError(UNKNOWN_PROPERTY, f"{interface.name} has no {args[1]}.")
            if member == "Set":
                raise DBusError(READ_ONLY, f"{interface.name}.{args[1]} cannot be set.")
            return [QDBusVariant(to_wire(values[args[1]]))]
        raise DBusError(UNKNOWN_METHOD, f"No method {PROPERTIES}.{member}.")

    # -- signals ----------------------------------------------------------------------

    def send_signal(self, interface: str, name: str, arguments: list[Any]) -> None:
        signal = QDBusMessage.createSignal(self.path, interface, name)
        signal.setArguments([to_wire(a) for a in arguments])
        self.connection.send(signal)

    def properties_changed(self, interface: str, changed: dict[str, Any]) -> None:
        self.send_signal(PROPERTIES, "PropertiesChanged", [interface, changed, ()])
