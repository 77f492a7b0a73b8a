"""History reads consistently: counts against the goal, a chart by day with pairs, and
a chart and note boxes in the palette's colours (issue 14, item 9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from acutimer.history.store import HistoryStore
from acutimer.ui.history_window import HistoryWindow, banner_style
from tests.ui.test_history_window import log, window


def test_more_sessions_than_the_goal_read_as_sessions_this_week(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    for minutes in range(5):
        log(store, 0.01 * minutes, 6, 4)
    shown = window(qtbot, store, 0.1)
    assert shown.plan_heading.text() == "5 sessions this week (goal 3)"
    assert "5 of 3" not in shown.plan_line.text()
    texts = [bar.text() for bar in shown.findChildren(QProgressBar) if not bar.isHidden()]
    assert texts[0] == "5 (goal 3)  ✓"


def test_sessions_of_one_day_stand_side_by_side_within_the_day(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    for n in range(3):
        log(store, 0.01 * n, 6, 4 - n)  # three sessions on Monday
    log(store, 2, 5, 3)  # one on Wednesday
    shown = window(qtbot, store, 2.5)
    chart = shown.chart
    xs = [p.x() for p in chart.before.points()]
    assert len(set(xs)) == 4  # four places, not one x for the three Monday sessions
    assert all(0 < x < 1 for x in xs[:3]) and 2 < xs[3] < 3  # Monday is slot 0, Wed 2
    assert [p.y() for p in chart.after.points()] == [4, 3, 2, 3]
    assert len(chart.pairs) == 4  # each before joined to its after
    shown.resize(1400, 800)  # room for a label under every day
    qtbot.waitUntil(lambda: len(chart.x_axis.categoriesLabels()) == 3)
    assert chart.x_axis.categoriesLabels() == ["Mon 4 Mar", "Tue 5 Mar", "Wed 6 Mar"]


def test_the_chart_and_the_boxes_follow_a_dark_palette(qtbot: QtBot, tmp_path: Path) -> None:
    shown = HistoryWindow(HistoryStore(tmp_path / "h.sqlite3"))
    qtbot.addWidget(shown)
    dark = QPalette(shown.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    shown.setPalette(dark)
    chart = shown.chart.chart()
    assert chart.backgroundBrush().color().lightness() < 64  # no white card
    assert chart.titleBrush().color().lightness() > 192
    assert "#fff4d6" not in shown.advice.styleSheet()
    assert shown.advice.styleSheet() == banner_style(dark)


def test_five_sessions_in_five_minutes_do_not_call_for_a_doctor_beside_relief(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    for minutes in range(5):
        log(store, minutes / 1440, 6, 4 if minutes % 2 else 5)
    shown = window(qtbot, store, 0.01)
    assert "lower after a session" in shown.trend.text()
    assert not shown.advice.isVisible()  # no "has not eased, see a doctor" one line below
