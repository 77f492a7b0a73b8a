"""Workaround: PySide6 cannot write a 64-bit D-Bus integer below 2**31.

A Python int becomes a QVariant holding a 32-bit ``int`` whenever it fits, so it goes
on the wire as ``i``; ``QDBusArgument << n`` is worse: the binding picks the
``unsigned short`` overload and writes ``q`` (or overflows). MPRIS wants ``x``
(mpris:length, Position, Seeked), and clients check: playerctl's ``duration()``
accepts only int64. Here the C++ ``QDBusArgument::operator<<(qlonglong)`` is called
directly on a fresh argument; a QDBusArgument placed in a message, a QDBusVariant or
a dict goes on the wire as what it holds.

tests/dbus/test_pyside_int64.py fails once PySide6 writes ``x`` itself, so this can go.
"""

from __future__ import annotations

import ctypes
from functools import cache

import shiboken6
from PySide6.QtDBus import QDBusArgument

# QDBusArgument &QDBusArgument::operator<<(qlonglong), Itanium C++ ABI (Linux).
_SYMBOL = "_ZN13QDBusArgumentlsEx"


@cache
def _writer() -> ctypes._CFuncPtr:  # type: ignore[name-defined]
    # Qt's D-Bus library is already loaded by the PySide6.QtDBus import: this finds it.
    function = getattr(ctypes.CDLL("libQt6DBus.so.6"), _SYMBOL)
    function.argtypes = [ctypes.c_void_p, ctypes.c_longlong]
    function.restype = ctypes.c_void_p
    return function


def int64(value: int) -> QDBusArgument:
    """``value`` as a D-Bus ``x``, to put in a message, a QDBusVariant or a dict."""
    argument = QDBusArgument()
    _writer()(shiboken6.getCppPointer(argument)[0], int(value))
    return argument
