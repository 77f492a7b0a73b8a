"""The History window: the plan at a glance, the prompts, the chart and the log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar
from pytestqt.qtbot import QtBot

from acutimer.core.safety import RED_FLAGS
from acutimer.core.summary import Ending
from acutimer.history.export import read_csv
from acutimer.history.plan import PlanSettings
from acutimer.history.store import HistoryStore
from acutimer.ui.history_window import COLUMNS, HistoryWindow
from tests.history.factories import summary

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2024, 3, 4, 18, 0, tzinfo=PARIS)  # the first session


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def log(
    store: HistoryStore,
    days: float,
    before: int | None,
    after: int | None,
    ending: Ending = Ending.FINISHED,
    note: str = "",
) -> None:
    started = (MONDAY + timedelta(days=days)).astimezone(UTC)
    assert store.record(summary(started, ending=ending), before, after, note).saved


def window(
    qtbot: QtBot, store: HistoryStore, today_offset: float, plan: PlanSettings | None = None
) -> HistoryWindow:
    now = (MONDAY + timedelta(days=today_offset)).astimezone(UTC)
    shown = HistoryWindow(store, plan, tz=PARIS, now=lambda: now)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def cell(shown: HistoryWindow, row: int, column: str) -> str:
    index = shown.table.model().index(row, COLUMNS.index(column))
    text = index.data()
    assert isinstance(text, str)
    return text


def bars(shown: HistoryWindow) -> list[tuple[int, int]]:
    return [(b.value(), b.maximum()) for b in shown.findChildren(QProgressBar) if not b.isHidden()]


def test_before_any_session_it_explains_the_plan(qtbot: QtBot, store: HistoryStore) -> None:
    shown = window(qtbot, store, 0)
    assert shown.plan_heading.text() == "Your plan"
    assert "3 sessions a week for 2 weeks" in shown.plan_line.text()
    assert "first finished session" in shown.plan_line.text()
    assert shown.table.model().rowCount() == 0 and bars(shown) == []
    assert not shown.notice.isVisible() and not shown.advice.isVisible()


def test_after_a_few_sessions_it_shows_this_week_against_the_plan(
    qtbot: QtBot, store: HistoryStore
) -> None:
    for days, before, after in ((0, 6, 4), (2, 6, 3), (4, 5, 3), (8, 5, 2)):
        log(store, days, before, after)
    log(store, 9, 5, None, Ending.STOPPED, "phone rang")

    shown = window(qtbot, store, 9.2)

    assert shown.plan_heading.text() == "1 session this week (goal 3)"
    assert "4 of 6 sessions done" in shown.plan_line.text()
    assert bars(shown) == [(3, 3), (1, 3)]
    # The log, newest first, in local time, with what happened and how it felt.
    assert shown.table.model().rowCount() == 5
    assert cell(shown, 0, "When") == "Wed 13 Mar, 18:00"
    assert cell(shown, 0, "Ended") == "Stopped"
    assert cell(shown, 0, "Pain before → after") == "5 → –"
    assert cell(shown, 0, "Note") == "phone rang"
    assert cell(shown, 4, "Pain before → after") == "6 → 4"
    assert cell(shown, 4, "Steps") == "6 of 6 (1 extended)"
    assert "come down from about 6 to about 5" in shown.trend.text()
    # The chart: one point per rating, before and after apart.
    assert [p.y() for p in shown.chart.before.points()] == [6, 6, 5, 5, 5]
    assert [p.y() for p in shown.chart.after.points()] == [4, 3, 3, 2]


def test_times_are_shown_in_local_time_across_a_dst_change(
    qtbot: QtBot, store: HistoryStore
) -> None:
    # Paris springs forward on Sun 31 March 2024: 18:00 is 17:00 UTC before, 16:00 after.
    log(store, 26, 5, 4)  # Sat 30 March
    log(store, 28, 5, 4)  # Mon 1 April
    shown = window(qtbot, store, 28.5)
    assert [cell(shown, r, "When") for r in (0, 1)] == ["Mon 1 Apr, 18:00", "Sat 30 Mar, 18:00"]


def test_a_changed_plan_is_redrawn(qtbot: QtBot, store: HistoryStore) -> None:
    log(store, 0, None, None)
    shown = window(qtbot, store, 1)
    shown.set_plan(PlanSettings(sessions_per_week=5, weeks=3))
    assert shown.plan_heading.text() == "1 session this week (goal 5)"
    assert bars(shown) == [(1, 5), (0, 5), (0, 5)]


def test_after_the_plan_it_counts_on_gently(qtbot: QtBot, store: HistoryStore) -> None:
    for days in (0, 1, 2, 7, 15):
        log(store, days, None, None)
    shown = window(qtbot, store, 16)
    assert shown.plan_heading.text() == "1 session this week"
    # Week 1 had 3, week 2 had 1: four of the six count, the fifth is this week's.
    assert "ended on Sun 17 Mar with 4 of 6 sessions" in shown.plan_line.text()


def test_a_high_rating_shows_see_a_doctor_and_the_red_flags(
    qtbot: QtBot, store: HistoryStore
) -> None:
    log(store, 0, 6, 4)
    log(store, 2, 9, 8)
    shown = window(qtbot, store, 3)
    assert shown.advice.isVisible()
    text = shown.advice.text()
    assert "9 out of 10" in text and "doctor" in text
    for tier in RED_FLAGS:
        assert tier.heading in text and all(sign in text for sign in tier.signs)
    assert text.index("emergency department now") < text.index("See a doctor soon")
    assert "cure" not in text.lower()


def test_a_damaged_file_is_reported_with_where_it_was_kept(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database" * 100)
    shown = window(qtbot, HistoryStore(path), 0)
    assert shown.notice.isVisible()
    assert str(tmp_path / "history.damaged-1.sqlite3") in shown.notice.text()


def test_history_that_cannot_be_saved_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    store = HistoryStore(blocker / "history.sqlite3")
    shown = window(qtbot, store, 0)
    assert shown.notice.isVisible()
    assert shown.notice.text().startswith("History cannot be saved: ")


def test_export_writes_every_session(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for days in (0, 2, 4):
        log(store, days, 5, 3, note=f"day {days}")
    shown = window(qtbot, store, 5)
    out = tmp_path / "mine.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown.export_button.click()
    assert shown.status.text() == f"Exported 3 sessions to {out}."
    assert [r.note for r in read_csv(out)] == ["day 0", "day 2", "day 4"]


def test_an_export_that_fails_says_why(qtbot: QtBot, store: HistoryStore, tmp_path: Path) -> None:
    log(store, 0, 5, 3)
    shown = window(qtbot, store, 1)
    target = tmp_path / "no-such-folder" / "mine.csv"
    assert not shown.export_csv(target)
    assert shown.status.text().startswith(f"The history could not be exported to {target}")


def test_cancelling_the_export_dialog_writes_nothing(
    qtbot: QtBot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = window(qtbot, store, 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not shown.export_csv()
    assert shown.status.text() == ""


def test_delete_all_asks_first_and_cancel_keeps_everything(
    qtbot: QtBot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(store, 0, 5, 3)
    shown = window(qtbot, store, 1)
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    with qtbot.assertNotEmitted(shown.data_deleted):
        shown.delete_button.click()
    assert asked and "cannot be undone" in asked[0]
    assert shown.table.model().rowCount() == 1 and len(store.sessions()) == 1


def test_delete_all_confirmed_erases_the_history(
    qtbot: QtBot, store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(store, 0, 5, 3)
    log(store, 1, 5, 3)
    shown = window(qtbot, store, 2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(shown.data_deleted):
        shown.delete_button.click()
    assert shown.table.model().rowCount() == 0 and store.sessions() == []
    assert shown.plan_heading.text() == "Your plan"
    assert shown.status.text() == "All your history has been deleted."
    assert shown.chart.before.count() == 0


def test_refresh_shows_a_session_recorded_while_the_window_is_open(
    qtbot: QtBot, store: HistoryStore
) -> None:
    shown = window(qtbot, store, 0.5)
    log(store, 0.1, 4, 2)
    shown.refresh()
    assert shown.table.model().rowCount() == 1
    assert shown.plan_heading.text() == "1 session this week (goal 3)"


def test_still_hurting_when_the_plan_is_over_says_see_a_doctor_or_physiotherapist(
    qtbot: QtBot, store: HistoryStore
) -> None:
    for days, pain in ((0, 6), (2, 5), (4, 5), (7, 4), (9, 4), (11, 3)):
        log(store, days, pain, pain - 1)
    during = window(qtbot, store, 12)
    assert "Still hurting" not in during.plan_line.text() + during.advice.text()
    shown = window(qtbot, store, 15)
    assert "Keep going at a pace" not in shown.plan_line.text()
    assert "Still hurting after two weeks? See a doctor or physiotherapist." in (
        shown.plan_line.text()
    )
    assert shown.advice.isVisible()
    assert "<b>Still hurting after two weeks?.</b> See a doctor or physiotherapist." not in (
        shown.advice.text()
    )
    assert "Still hurting after two weeks?" in shown.advice.text()
    assert "See a doctor soon" in shown.advice.text()  # with the warning signs


def test_the_chart_says_what_it_shows_in_words(qtbot: QtBot, store: HistoryStore) -> None:
    shown = window(qtbot, store, 0)
    assert shown.chart.accessibleName() == "Pain chart"
    assert shown.chart.accessibleDescription().startswith("No pain ratings yet.")
    log(store, 0, 6, None)
    shown.refresh()
    assert shown.chart.accessibleDescription() == (
        "1 session with pain ratings, on 4 March. Average pain before a session: 6 out of 10."
    )
    log(store, 1, 5, 3)
    shown.refresh()
    assert shown.chart.accessibleDescription() == (
        "2 sessions with pain ratings, from 4 March to 5 March. "
        "Average pain before a session: 5.5 out of 10; after: 3 out of 10."
    )
