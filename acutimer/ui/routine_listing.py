"""Reading the routine catalogue for the picker without holding the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from acutimer.qt.background import Background

if TYPE_CHECKING:
    from acutimer.core.catalogue import Entry

Listing = Callable[[], "list[Entry]"]


class RoutineListing(QObject):
    """Reads every routine with ``everything()``: in a background thread when
    ``builtin()`` is given (that part is read at once, on ``reload``'s first call, so
    the picker is never empty), else right away.

    Signals:
        listed(list[Entry]): a list is ready (``complete`` says whether it is the whole).
        failed(str): reading the whole list failed; the built-in part stays.
    """

    listed = Signal(object)
    failed = Signal(str)

    def __init__(
        self, everything: Listing, builtin: Listing | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._everything = everything
        self._builtin = builtin
        self._background: Background | None = None
        self._waiting: list[Callable[[], object]] = []
        self.complete = False
        if builtin is not None:
            self._background = Background(everything, self)
            self._background.finished.connect(self._done)
            self._background.failed.connect(self._failed)

    def reload(self) -> None:
        if self._background is None:
            self._done(self._everything())
            return
        if self._builtin is not None:
            builtin, self._builtin = self._builtin, None
            self.complete = False
            self.listed.emit(builtin())
        self._background.start()

    def when_listed(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once every routine is listed (now, if they are)."""
        if self._background is not None and self._background.running:
            self._waiting.append(callback)
        else:
            callback()

    def _done(self, entries: list[Entry]) -> None:
        self.complete = True
        self.listed.emit(entries)
        self._release()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        self._release()

    def _release(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
