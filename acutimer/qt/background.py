"""Work that must not hold the window: run in a Python thread, the result delivered on
the event loop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Background(QObject):
    """Runs ``work()`` in a thread at each ``start()``; ``finished(result)`` follows on the
    thread this object lives in (the GUI's). A start while one is running supersedes
    it: only the latest result is delivered. An exception becomes ``failed(message)``.
    """

    finished = Signal(object)
    failed = Signal(str)
    _delivered = Signal(int, object, str)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._generation = 0
        self._running = 0
        self._delivered.connect(self._on_delivered)

    @property
    def running(self) -> bool:
        return self._running > 0

    def start(self) -> None:
        self._generation += 1
        self._running += 1
        generation = self._generation
        threading.Thread(
            target=self._run, args=(generation,), name="acutimer-background", daemon=True
        ).start()

    def _run(self, generation: int) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._delivered.emit(generation, None, f"{type(error).__name__}: {error}")
            return
        self._delivered.emit(generation, result, "")

    def _on_delivered(self, generation: int, result: object, error: str) -> None:
        self._running -= 1
        if generation != self._generation:
            return  # a later start is on its way
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
