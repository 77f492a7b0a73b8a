"""A process that logs sessions and can be killed mid-write (run by test_faults.py).

    python -m tests.history.writer_child PATH MODE

Prints ``saved N`` after each committed session. MODE ``insert`` or ``commit`` saves
five sessions, then starts a sixth and blocks inside SQLite (in the INSERT, or just
before the COMMIT), printing ``paused`` so the parent knows when to kill it.
MODE ``loop`` saves sessions until it is killed.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acutimer.history.store import HistoryStore
from tests.history.factories import summary

BEFORE_PAUSE = 5


def _pause() -> None:
    print("paused", flush=True)
    sys.stdin.read()  # until the parent kills us


def main(path: Path, mode: str) -> None:
    store = HistoryStore(path)
    base = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    count = BEFORE_PAUSE if mode in ("insert", "commit") else 10**9
    for number in range(1, count + 1):
        result = store.record(summary(base + timedelta(hours=number)), 5, 3, "n" * 300)
        assert result.saved, result.message
        print(f"saved {result.session_id}", flush=True)
    connection: sqlite3.Connection = store._connection  # the store's own, to stop inside it
    if mode == "insert":
        connection.set_progress_handler(lambda: _pause() or 0, 1)
    else:
        connection.set_trace_callback(lambda sql: _pause() if sql == "COMMIT" else None)
    store.record(summary(base), note="the session being written when the power went")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
