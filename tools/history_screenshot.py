"""Draw the History window with a few weeks of made-up sessions and save a PNG.

    python tools/history_screenshot.py [docs/screenshots/history.png]

Run it under Xvfb (DISPLAY=:99) to see it as a desktop shows it; it also works with
QT_QPA_PLATFORM=offscreen. The sessions are generated, not anyone's real history.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.plan import PlanSettings
from acutimer.history.store import HistoryStore
from acutimer.ui.history_window import HistoryWindow

TZ = ZoneInfo("Europe/London")
# (day offset, local hour, routine, pain before, pain after, ending, note)
SESSIONS = [
    (0, 19, ("lower-back", "Lower back"), 7, 5, Ending.FINISHED, "after gardening"),
    (2, 8, ("full-session", "Full session"), 6, 4, Ending.FINISHED, ""),
    (4, 21, ("lower-back", "Lower back"), 6, 5, Ending.STOPPED, "phone rang"),
    (5, 20, ("buttocks", "Buttocks"), 6, 4, Ending.FINISHED, ""),
    (7, 19, ("full-session", "Full session"), 5, 3, Ending.FINISHED, "ice helped"),
    (9, 7, ("hand", "Hand"), 5, 4, Ending.FINISHED, ""),
    (11, 19, ("lower-back", "Lower back"), 4, 3, Ending.FINISHED, ""),
    (14, 20, ("full-session", "Full session"), 4, 2, Ending.FINISHED, "slept better"),
    (16, 19, ("knees", "Behind the knees"), None, 3, Ending.FINISHED, ""),
    (17, 19, ("lower-back", "Lower back"), 3, 2, Ending.FINISHED, ""),
]
FIRST = datetime(2024, 3, 4, tzinfo=TZ)


def fill(store: HistoryStore) -> None:
    for offset, hour, (routine_id, title), before, after, ending, note in SESSIONS:
        start = (FIRST + timedelta(days=offset, hours=hour)).astimezone(UTC)
        minutes = 9.0 if ending is Ending.STOPPED else 24.0
        store.record(
            SessionSummary(
                routine_id=routine_id,
                routine_title=title,
                started_at=start,
                ended_at=start + timedelta(minutes=minutes + 2),
                active_seconds=minutes * 60,
                steps_total=8,
                steps_completed=3 if ending is Ending.STOPPED else 8,
                steps_skipped=0 if offset % 3 else 1,
                steps_extended=1 if offset % 4 == 0 else 0,
                ending=ending,
            ),
            before,
            after,
            note,
        )


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.sqlite3")
        fill(store)
        now = (FIRST + timedelta(days=18, hours=12)).astimezone(UTC)
        window = HistoryWindow(store, PlanSettings(), tz=TZ, now=lambda: now)
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        store.close()
    print(f"saved {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/history.png"))
