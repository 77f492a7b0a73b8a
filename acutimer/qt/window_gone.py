"""Noticing that the X server destroyed one of the app's windows behind Qt's back.

``xdotool windowclose``, a crashed window manager or a session tool can destroy a
client's window with XDestroyWindow. Qt does not react to that: the widget still
believes it is shown, and a session would run on with no window at all. The X
server tells the window itself (a DestroyNotify event, which Qt receives because it
asks for structure events on every top-level window); this filter watches for it.

The windows that count are the main window and, while one is open, the dialog that
holds it (a modal dialog: "Stop the session?", Settings, a file dialog). Such a
dialog runs its own event loop; destroyed, it would block the window for good.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QTimer
from PySide6.QtWidgets import QApplication, QWidget

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


def shown_window_ids(main: QWidget | None) -> set[int]:
    """The X ids of ``main`` and of the modal dialogs over it, while they are shown.

    Only windows Qt already has (``internalWinId``): asking for ``winId`` would create
    one. A window Qt hid or destroyed itself is not listed, so its DestroyNotify is
    not mistaken for one from outside.
    """
    if main is None or not main.isVisible():
        return set()
    shown = [main] + [w for w in QApplication.topLevelWidgets() if w.isModal() and w.isVisible()]
    return {int(w.internalWinId()) for w in shown} - {0}


class WindowGoneFilter(QAbstractNativeEventFilter):
    """Calls ``on_gone`` (on the event loop) when an X window in ``window_ids()`` is
    destroyed by someone else; once for a burst of them (a window and its dialog),
    again for a window shown later. Install with
    ``QCoreApplication.installNativeEventFilter``; inert on Wayland and offscreen."""

    def __init__(self, window_ids: Callable[[], set[int]], on_gone: Callable[[], None]) -> None:
        super().__init__()
        self._window_ids = window_ids
        self._on_gone = on_gone
        self._pending = False

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if self._pending or bytes(event_type) != b"xcb_generic_event_t":  # type: ignore[arg-type]
            return False, 0
        event = _DestroyNotify.from_address(int(message))
        if event.response_type & ~_SENT_BY_CLIENT != _XCB_DESTROY_NOTIFY:
            return False, 0
        if event.window in self._window_ids():
            self._pending = True
            QTimer.singleShot(0, self._gone)  # not from inside Qt's event dispatch
        return False, 0

    def _gone(self) -> None:
        try:
            self._on_gone()  # hides what was destroyed: its later events do not match
        finally:
            self._pending = False
