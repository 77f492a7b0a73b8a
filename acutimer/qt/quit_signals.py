"""SIGTERM and SIGHUP as a clean stop: a logout, a shutdown or ``kill`` ends the app the
way Quit does, with the running session kept in history.

Python runs a signal handler only when the interpreter next gets control, which may
be never while Qt's event loop waits in C++. ``signal.set_wakeup_fd`` makes the
interpreter write the signal's number to a socket as it arrives; a QSocketNotifier on
the other end wakes the event loop, which then emits ``received``.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class QuitSignals(QObject):
    """Turns SIGTERM and SIGHUP into the ``received(int)`` signal (the signal number)."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _noted) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_readable)

    def on_readable(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            if number in QUIT_SIGNALS:
                self.received.emit(number)

    def close(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _noted(_number: int, _frame: object) -> None:
    """The work happens on the event loop (``received``); nothing to do here."""
