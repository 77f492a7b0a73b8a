"""The History window, the pain rating, the outcome questions and the reminders in German:
the words, the plural forms, and dates and numbers written the German way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from acutimer.core.reminders import Decision, Weekday
from acutimer.core.summary import Ending
from acutimer.history.plan import PlanSettings
from acutimer.history.records import Moment
from acutimer.history.store import HistoryStore
from acutimer.qt.reminder_service import reminder_text
from acutimer.qt.settings import Settings
from acutimer.ui.history_window import COLUMNS, HistoryWindow
from acutimer.ui.outcome_questions import OutcomeDialog, OutcomePrompt
from acutimer.ui.pain_rating import PainRating
from acutimer.ui.reminder_settings import ReminderGroup
from tests.helpers.german import compile_german, in_german
from tests.ui.test_history_window import MONDAY, PARIS, cell, log


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_german(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def german(qapp: object, german_qm: Path) -> Iterator[None]:
    with in_german(german_qm):
        yield


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def window(qtbot: QtBot, store: HistoryStore, today_offset: float) -> HistoryWindow:
    now = (MONDAY + timedelta(days=today_offset)).astimezone(UTC)
    shown = HistoryWindow(store, PlanSettings(), tz=PARIS, now=lambda: now)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def header(shown: HistoryWindow, column: str) -> str:
    return str(shown.sessions.headerData(COLUMNS.index(column), Qt.Orientation.Horizontal))


def labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_history_window_reads_in_german(
    german: None, qtbot: QtBot, store: HistoryStore
) -> None:
    for days, before, after in ((0, 6, 4), (2, 6, 3), (4, 5, 3), (8, 5, 2)):
        log(store, days, before, after)
    log(store, 9, 5, None, Ending.STOPPED, "Telefon klingelte")

    shown = window(qtbot, store, 9.2)

    assert shown.windowTitle().startswith("Verlauf")
    assert shown.plan_heading.text() == "1 Sitzung diese Woche (Ziel 3)"
    # German dates: "So., 17. März", never "Sun 17 Mar".
    assert shown.plan_line.text() == (
        "Plan: 3 Sitzungen pro Woche über 2 Wochen, bis So., 17. März. 4 von 6 Sitzungen erledigt."
    )
    assert header(shown, "When") == "Wann" and header(shown, "Ended") == "Ende"
    assert cell(shown, 0, "When") == "Mi., 13. März, 18:00"
    assert cell(shown, 0, "Ended") == "Abgebrochen"
    assert cell(shown, 0, "Note") == "Telefon klingelte"  # the user's words stay as written
    assert cell(shown, 4, "Steps") == "6 von 6 (1 verlängert)"
    assert cell(shown, 4, "Active time") == "12 min 30 s"
    # A decimal comma in the average relief (2, 3, 2, 3: 2.5 points).
    assert "um 2,5 Punkte geringer" in shown.trend.text()
    assert "von etwa 6 auf etwa 5 von 10 gesunken" in shown.trend.text()
    assert shown.export_button.text() == "Als CSV &exportieren…"


def test_counted_words_take_the_right_german_form(
    german: None, qtbot: QtBot, store: HistoryStore
) -> None:
    for days in (7, 8, 9):
        log(store, days, None, None)
    log(store, 0, None, None)
    shown = window(qtbot, store, 9.5)
    assert shown.plan_heading.text() == "3 Sitzungen diese Woche (Ziel 3)"


def test_still_hurting_after_the_plan_says_see_someone_in_german(
    german: None, qtbot: QtBot, store: HistoryStore
) -> None:
    for days in (0, 2, 4, 7, 9, 11):
        log(store, days, 6, 5)
    shown = window(qtbot, store, 15)
    assert "Nach zwei Wochen noch Schmerzen?" in shown.advice.text()
    assert "Physiotherapie" in shown.advice.text()
    assert "Sie haben Ihren Plan geschafft: 6 von 6 Sitzungen" in shown.plan_line.text()


def test_the_pain_rating_reads_in_german(german: None, qtbot: QtBot) -> None:
    rating = PainRating()
    qtbot.addWidget(rating)
    assert "Wie stark schmerzt Ihr Rücken gerade?" in labels(rating)
    assert "10 = Stärkste vorstellbare Schmerzen" in labels(rating)
    assert rating.button(0).accessibleName() == "0, keine Schmerzen"
    assert rating.button(4).accessibleName() == "4 von 10"
    assert rating.skip_button.text() == "Bewertung &überspringen"
    rating.button(9).click()
    warning = rating.warning.text()
    assert "Das sind starke Schmerzen" in warning
    assert "mit 9 von 10 bewertet" in warning and "ärztlich abgeklärt" in warning


def test_the_outcome_questions_read_in_german(german: None, qtbot: QtBot) -> None:
    dialog = OutcomeDialog(Moment.END)
    qtbot.addWidget(dialog)
    choices = [b.text() for b in dialog.findChildren(QRadioButton)]
    assert choices == [
        "Sehr viel besser",
        "Viel besser",
        "Ein wenig besser",
        "Keine Veränderung",
        "Ein wenig schlechter",
        "Viel schlechter",
        "Sehr viel schlechter",
    ]
    assert dialog.save_button.text() == "Antworten &speichern"
    assert any("vergangenen Woche im Durchschnitt" in text for text in labels(dialog))
    assert any(text.startswith("Wie würden Sie die Veränderung") for text in labels(dialog))
    prompt = OutcomePrompt()
    qtbot.addWidget(prompt)
    prompt.offer(Moment.START)
    assert prompt.text.text().startswith("Ihr Plan hat begonnen.")


def test_english_is_back_once_the_translation_is_removed(
    qtbot: QtBot, store: HistoryStore, german_qm: Path
) -> None:
    with in_german(german_qm):
        pass
    log(store, 0, None, None)
    shown = window(qtbot, store, 0.5)
    assert shown.plan_heading.text() == "1 session this week (goal 3)"
    assert cell(shown, 0, "When") == "Mon 4 Mar, 18:00"


def test_reminders_read_in_german_with_german_weekdays(
    german: None, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    settings.reminder_time = "21:45"
    settings.reminder_quiet = "21:30-08:00"
    group = ReminderGroup(settings)
    qtbot.addWidget(group)
    assert group.title() == "Erinnerungen"
    assert [box.text() for box in group.days.values()][:3] == ["Mo.", "Di.", "Mi."]
    assert group.days[Weekday.SUNDAY].accessibleName() == "Sonntag"
    assert group.quiet_note.text() == (
        "Diese Uhrzeit liegt in Ihrer Ruhezeit, daher würde keine Erinnerung erscheinen."
    )
    late = Decision(show=True, late=True, due_at=datetime(2024, 3, 4, 17, 0, tzinfo=UTC))
    title, body = reminder_text(late, PARIS)
    assert title == "Zeit für Ihre Akupressur-Sitzung"
    assert body == "Heute ist ein Tag Ihres Plans. (Die Sitzung war um 18:00 fällig.)"


def test_the_charts_words_for_a_screen_reader_are_german(
    german: None, qtbot: QtBot, store: HistoryStore
) -> None:
    log(store, 0, 7, 5)
    log(store, 2, 6, 4)
    log(store, 2.1, 6, 4)
    shown = window(qtbot, store, 3)
    said = shown.chart.accessibleDescription()
    assert said.startswith("3 Sitzungen mit Schmerzbewertung, vom 4. März bis zum 6. März.")
    assert "Schmerzen im Durchschnitt vor einer Sitzung: 6,3 von 10; danach: 4,3 von 10." in said
