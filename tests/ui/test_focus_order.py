"""Tab reaches every control of the History window, Settings and the safety note, in the
order they stand, each with a name a screen reader says (issue 19, item 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from acutimer.history.store import HistoryStore
from acutimer.qt.settings import Settings
from acutimer.ui.history_window import HistoryWindow
from acutimer.ui.safety_dialog import safety_dialog
from acutimer.ui.settings_dialog import SettingsDialog


def tab_stops(qtbot: QtBot, window: QWidget) -> list[str]:
    """The names heard pressing Tab once round the window (a button by its text)."""
    window.show()
    qtbot.waitExposed(window)
    heard: list[str] = []
    first: QWidget | None = None
    for _ in range(60):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        assert focused is not None
        if focused is first:
            return heard
        first = first or focused
        name = focused.accessibleName()
        if not name and isinstance(focused, QAbstractButton):  # said by its text
            name = focused.text().replace("&", "")
        heard.append(name)
    raise AssertionError(f"Tab never came round: {heard}")


def test_history_tabs_through_the_chart_the_table_and_the_buttons(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shown = HistoryWindow(HistoryStore(tmp_path / "history.sqlite3"))
    qtbot.addWidget(shown)
    stops = tab_stops(qtbot, shown)
    assert sorted(stops) == sorted(
        [
            "History",
            "Pain chart",
            "Past sessions",
            "Export to CSV…",
            "Save report as PDF…",
            "Print report…",
            "Delete all my data…",
            "Close",
        ]
    )
    # Round from the chart: the table, then the buttons left to right, Close last.
    start = stops.index("Pain chart")
    assert (stops[start:] + stops[:start])[:3] == ["Pain chart", "Past sessions", "Export to CSV…"]
    assert stops.index("Close") == (stops.index("History") - 1) % len(stops)


def test_settings_tabs_through_reminders_before_save_and_cancel(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(Settings.at(tmp_path / "acutimer.conf"), test_cue=lambda *_: None)
    dialog.add_reminders(None)
    qtbot.addWidget(dialog)
    stops = tab_stops(qtbot, dialog)
    assert "" not in stops, stops  # every stop has a name
    for name in ("Play a test cue", "Volume", "Language", "Remind me on plan days"):
        assert name in stops or any(name in stop for stop in stops), (name, stops)
    assert stops.index("Language") < stops.index("Remind me on plan days") < stops.index("Save")
    assert stops.index("Save") == stops.index("Cancel") - 1


def test_the_safety_note_can_be_read_and_scrolled_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = safety_dialog()
    qtbot.addWidget(dialog)
    assert tab_stops(qtbot, dialog) in (["Safety", "I understand"], ["I understand", "Safety"])
    area = next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == "Safety")
    assert area.accessibleDescription().startswith("Before you start")
    assert "not medical advice" in area.accessibleDescription()
