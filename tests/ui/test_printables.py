"""From the window: the plan's questions on the end screen, the report and the routine
card printed (a printer chosen as a PDF file stands in for the print dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from acutimer.history.plan import PlanSettings
from acutimer.history.records import Moment
from acutimer.qt.settings import Settings
from acutimer.ui.history_window import HistoryWindow
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.window import wait_for
from tests.reports.conftest import Poppler, poppler
from tests.reports.test_report_pdf import two_weeks
from tests.ui.test_main_window import clock, settings
from tests.ui.test_session_saved import with_history

__all__ = ["clock", "poppler", "settings"]  # fixtures


def to_pdf(path: Path):
    """A "print dialog" where the user picks Print to File (PDF) at ``path``."""

    def choose(printer: QPrinter, _parent: QWidget | None) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def test_after_the_first_session_the_start_question_is_offered_and_kept(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path, Answers(True))
    prompt = window.end_screen.outcomes
    window.start_selected()
    wait_for(window, clock, 110.0)  # Hand (LI4) takes 1:45

    assert not prompt.isHidden() and prompt.moment is Moment.START
    assert "Your plan has started" in prompt.text.text()
    dialog = prompt.dialog()
    assert dialog.change.buttons() == []  # the change question waits for the plan's end
    qtbot.mouseClick(dialog.week_pain.button(6), Qt.MouseButton.LeftButton)
    prompt.take(dialog)

    assert prompt.isHidden()
    (row,) = store.sessions()
    assert (row.outcome, row.week_pain, row.global_change) == (Moment.START, 6, None)
    window.on_done()
    window.start_selected()
    wait_for(window, clock, 110.0)
    assert prompt.isHidden()  # asked once


def test_skip_is_kept_and_done_alone_asks_again_next_time(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path, Answers(True))
    prompt = window.end_screen.outcomes
    window.start_selected()
    wait_for(window, clock, 110.0)
    window.on_done()  # not answered, not skipped
    window.start_selected()
    wait_for(window, clock, 110.0)
    assert not prompt.isHidden()
    qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    assert prompt.isHidden()
    assert [r.outcome for r in store.sessions()] == [None, Moment.START]


def test_the_end_questions_include_the_change_scale(qtbot: QtBot) -> None:
    from acutimer.ui.outcome_questions import OutcomeDialog

    dialog = OutcomeDialog(Moment.END)
    qtbot.addWidget(dialog)
    words = [b.text() for b in dialog.change.buttons()]
    assert words[0] == "Very much improved" and words[-1] == "Very much worse"
    assert not dialog.save_button.isEnabled()  # nothing answered yet: Skip, or answer
    dialog.change.button(2).click()
    assert dialog.save_button.isEnabled()
    dialog.week_pain.button(3).click()
    assert dialog.answers() == (3, 2)
    dialog.show()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_7)  # a digit answers the 0-10 question
    assert dialog.answers() == (7, 2)


def test_the_routine_card_prints_from_the_picker(
    qtbot: QtBot,
    clock: FakeClock,
    settings: Settings,
    tmp_path: Path,
    poppler: Poppler,
) -> None:
    window, _store = with_history(qtbot, clock, settings, tmp_path, Answers(True))
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"Save &report as PDF…", "Print re&port…", "Print or save routine &card…"} <= set(texts)
    assert window.printables.card_action in window.picker.list.actions()  # right click
    out = tmp_path / "card.pdf"
    window.printables.choose = to_pdf(out)

    assert window.printables.print_card()

    assert poppler.pages(out) == 1
    text = " ".join(poppler.text(out).split())
    assert "Hand (LI4)" in text and "Union Valley" in text and "Finding it:" in text


def test_the_history_window_saves_and_prints_the_report(
    qtbot: QtBot, tmp_path: Path, poppler: Poppler
) -> None:
    store = two_weeks(tmp_path / "history.sqlite3")
    window = HistoryWindow(store, PlanSettings(3, 2))
    qtbot.addWidget(window)
    saved = tmp_path / "report.pdf"

    assert window.save_report(saved)
    assert window.status.text().startswith(f"Saved {saved} (")
    printed = tmp_path / "printed.pdf"
    assert window.print_report(to_pdf(printed))

    for out in (saved, printed):
        text = " ".join(poppler.text(out).split())
        assert "6 of 6 planned sessions done" in text and "Much improved" in text
        assert poppler.pages(out) <= 2


def test_a_report_that_cannot_be_written_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    store = two_weeks(tmp_path / "history.sqlite3")
    window = HistoryWindow(store, PlanSettings(3, 2))
    qtbot.addWidget(window)
    assert not window.save_report(tmp_path / "no-such-folder" / "report.pdf")
    assert "could not be saved" in window.status.text()
