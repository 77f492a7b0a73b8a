"""Noticing that the X server destroyed the main window behind Qt's back.

``xdotool windowclose``, a crashed window manager or a session tool can destroy a
client's window with XDestroyWindow. Qt does not react to that: the widget still
believes it is shown, and a session would run on with no window at all. The X
server tells the window itself (a DestroyNotify event, which Qt receives because it
asks for structure events on every top-level window); this filter watches for it.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QTimer

_XCB_DESTROY_NOTIFY = 17
_SENT_BY_CLIENT = 0x80  # the high bit of response_type: sent with SendEvent


class _DestroyNotify(ctypes.Structure):
    # xcb_destroy_notify_event_t, from xproto.h
    _fields_ = (
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("event", ctypes.c_uint32),
        ("window", ctypes.c_uint32),
    )


class WindowGoneFilter(QAbstractNativeEventFilter):
    """Calls ``on_gone`` (on the event loop, once) when the X window ``window_id()``
    names is destroyed by someone else. Install with
    ``QCoreApplication.installNativeEventFilter``; inert on Wayland and offscreen."""

    def __init__(self, window_id: Callable[[], int], on_gone: Callable[[], None]) -> None:
        super().__init__()
        self._window_id = window_id
        self._on_gone = on_gone
        self._fired = False

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if self._fired or bytes(event_type) != b"xcb_generic_event_t":  # type: ignore[arg-type]
            return False, 0
        event = _DestroyNotify.from_address(int(message))
        if event.response_type & ~_SENT_BY_CLIENT != _XCB_DESTROY_NOTIFY:
            return False, 0
        if event.window == self._window_id():
            self._fired = True
            QTimer.singleShot(0, self._on_gone)  # not from inside Qt's event dispatch
        return False, 0
