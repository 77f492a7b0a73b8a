"""How long the event loop ever went unturned, and how much of that was the app's doing.

A heartbeat timer notes when each of its timeouts runs. A gap between two beats longer
than the interval is time the loop could not turn: either the GUI thread was busy or
blocked (the app's fault: a freeze the user sees), or it was ready to run and waited
for a CPU (a busy machine's scheduler: the same for any program). Linux counts the
latter per thread (/proc/thread-self/schedstat: time on a CPU, time waiting in the run
queue), so each gap is also given without its run-queue wait: ``max_stall`` is the
longest gap that the app itself caused, which is what a test can hold to a bound on a
machine of any load. ``max_gap`` is the plain longest gap, for the benchmarks.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

SCHEDSTAT = Path("/proc/thread-self/schedstat")


def run_queue_seconds() -> float:
    """Seconds this thread has spent ready to run but waiting for a CPU (0 if unknown)."""
    try:
        return int(SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class LoopWatch(QObject):
    """Beats every ``interval_ms`` once started; ``figures()`` sums them up."""

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.beats: list[tuple[float, float]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._beat()
        self._timer.start()

    def _beat(self) -> None:
        self.beats.append((time.monotonic(), run_queue_seconds()))

    def figures(self) -> dict:
        gaps = [(a[0], b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(self.beats)]
        return {
            "max_loop_gap": max((gap for _, gap, _ in gaps), default=0.0),
            "max_stall": max((gap - queued for _, gap, queued in gaps), default=0.0),
            "long_gaps": [[at, gap, queued] for at, gap, queued in gaps if gap > 0.04],
        }
