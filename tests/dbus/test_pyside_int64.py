"""The int64 workaround (acutimer/dbus/pyside_int64.py): still needed, and still working."""

from __future__ import annotations

import warnings

from PySide6.QtDBus import QDBusArgument

from acutimer.dbus.pyside_int64 import int64


def test_pyside6_still_cannot_write_a_small_int64() -> None:
    """When this fails, PySide6 writes ``x`` itself: remove the workaround."""
    argument = QDBusArgument()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        argument << 5
    assert argument.currentSignature() != "x"


def test_the_workaround_writes_int64() -> None:
    for value in (0, 5, 10_000_000, -1, 2**40):
        assert int64(value).currentSignature() == "x"
