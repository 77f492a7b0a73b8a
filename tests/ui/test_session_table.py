"""Past sessions as a model/view table: rows are made when drawn, endings are named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from acutimer.core.summary import Ending
from acutimer.history.plan import PlanSettings
from acutimer.history.store import HistoryStore
from acutimer.ui.history_window import COLUMNS, HistoryWindow
from tests.history.factories import summary

START = datetime(2021, 1, 1, 9, 0, tzinfo=UTC)


def test_two_thousand_sessions_open_without_making_every_row(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    assert store._connection is not None
    store._connection.execute("PRAGMA synchronous = OFF")  # 2,000 fsyncs are not the point
    for n in range(2000):
        store.record(summary(START + timedelta(hours=13 * n)), n % 11, None, f"note {n}")
    window = HistoryWindow(store, PlanSettings(), tz=UTC, now=lambda: START)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    model = window.table.model()
    assert model.rowCount() == 2000
    assert model.index(0, COLUMNS.index("Note")).data() == "note 1999"  # newest first
    assert model.index(1999, COLUMNS.index("Note")).data() == "note 0"
    made = len(window.sessions._made)
    assert made < 300, f"{made} rows were made for a window that shows a few dozen"


def test_an_interrupted_session_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.record(summary(START, ending=Ending.INTERRUPTED, steps=(6, 2, 0, 0)), 5)
    window = HistoryWindow(store, PlanSettings(), tz=UTC, now=lambda: START)
    qtbot.addWidget(window)
    row = [window.table.model().index(0, c).data() for c in range(len(COLUMNS))]
    assert row[COLUMNS.index("Ended")] == "Interrupted"
    assert row[COLUMNS.index("Steps")] == "2 of 6"
