"""Every window fits a 1366x768 laptop and a 1080p screen at 2x (960x540 logical), and
no button a person needs is ever off the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.history.store import HistoryStore
from acutimer.qt.settings import Settings
from acutimer.ui import fit
from acutimer.ui.history_window import HistoryWindow
from acutimer.ui.main_window import MainWindow
from acutimer.ui.settings_dialog import SettingsDialog
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points

SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - 32),  # a panel at the bottom
    "1080p at 2x": QRect(0, 0, 960, 540),
    "1920x1080": QRect(0, 0, 1920, 1080),
}


@pytest.fixture(params=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    area = SCREENS[request.param]
    monkeypatch.setattr(fit, "available_geometry", lambda widget=None: QRect(area))
    return area


def on_screen(widget: QWidget, area: QRect) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return area.contains(QRect(top_left, widget.size()))


def assert_reachable(window: QWidget, area: QRect) -> None:
    """The window lies on the screen, and so does every visible button not in a scroll
    area (a button in one is reached by scrolling; the scroll area itself is checked)."""
    assert area.contains(window.geometry()), (window.geometry(), area)
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        scroller = _scroll_area_of(button, window)
        assert on_screen(scroller or button, area), (button.text(), button.geometry())


def _scroll_area_of(widget: QWidget, top: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings.at(tmp_path / "s.ini")
    settings.safety_seen = True
    return settings


def main_window(qtbot: QtBot, settings: Settings, tmp_path: Path) -> MainWindow:
    points = shipped_points()
    clock = FakeClock()
    window = MainWindow(settings, clock=clock, confirm=Answers(True))
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), None),
        history=HistoryStore(tmp_path / "h.sqlite3"),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_fits_on_every_page(
    qtbot: QtBot, screen: QRect, settings: Settings, tmp_path: Path
) -> None:
    window = main_window(qtbot, settings, tmp_path)
    window.select_routine("full-session")
    assert_reachable(window, screen)
    window.start_selected()
    QApplication.processEvents()
    assert_reachable(window, screen)
    assert on_screen(window.statusBar(), screen)
    window.runner.stop()
    QApplication.processEvents()
    assert_reachable(window, screen)
    assert on_screen(window.end_screen.done_button.parentWidget(), screen) or _scroll_area_of(
        window.end_screen.done_button, window
    )


def test_history_keeps_its_buttons_on_screen(qtbot: QtBot, screen: QRect, tmp_path: Path) -> None:
    window = HistoryWindow(HistoryStore(tmp_path / "h.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert_reachable(window, screen)
    for button in (window.close_button, window.export_button, window.delete_button):
        assert on_screen(button, screen), button.text()


def test_settings_and_its_buttons_fit(qtbot: QtBot, screen: QRect, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    dialog.add_reminders(None)  # the longest it gets, as the app opens it
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_reachable(dialog, screen)
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            assert on_screen(button, screen), button.text()


def test_a_saved_geometry_is_used_only_if_it_still_fits(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = QRect(0, 0, 1920, 1080)
    monkeypatch.setattr(fit, "available_geometry", lambda widget=None: QRect(big))
    window = main_window(qtbot, settings, tmp_path)
    # (Within the offscreen test screen, 800x800, which restoreGeometry also respects.)
    window.setGeometry(100, 100, 640, 560)
    saved: QByteArray = window.saveGeometry()
    # The same window on the big screen again: restored as it was.
    other = QWidget()
    qtbot.addWidget(other)
    assert fit.restore_or_fit(other, saved, window.sizeHint(), area=big)
    assert other.geometry().size() == window.geometry().size()
    # On a smaller screen it would hang off the edge: sized afresh instead.
    laptop = QRect(0, 0, 700, 600)
    again = QWidget()
    qtbot.addWidget(again)
    assert not fit.restore_or_fit(again, saved, window.sizeHint(), area=laptop)
    assert laptop.contains(again.geometry())


def test_the_safety_note_scrolls_and_keeps_its_button(qtbot: QtBot, screen: QRect) -> None:
    from acutimer.ui.safety_dialog import safety_dialog

    dialog = safety_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_reachable(dialog, screen)
    assert on_screen(dialog.ok, screen)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def assert_buttons_on_screen(dialog: QWidget, area: QRect) -> None:
    assert_reachable(dialog, area)
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if button.isVisibleTo(dialog):
                assert on_screen(button, area), button.text()


def test_the_routine_editor_and_its_windows_fit(
    qtbot: QtBot, screen: QRect, settings: Settings, tmp_path: Path
) -> None:
    from acutimer.ui.editor.routine_menu import problems_dialog
    from acutimer.ui.editor.try_window import timeline_dialog

    window = main_window(qtbot, settings, tmp_path)
    window.select_routine("full-session")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    shown(qtbot, editor)
    assert_reachable(editor, screen)
    assert on_screen(editor.problem_list, screen) and on_screen(editor.total, screen)
    timeline = editor.document.timeline
    assert timeline is not None
    assert_buttons_on_screen(shown(qtbot, timeline_dialog(timeline, editor)), screen)
    editor.try_action.trigger()
    assert editor.try_window is not None
    QApplication.processEvents()
    assert_reachable(editor.try_window, screen)
    editor.try_window.close()
    problems = "\n".join(f"my.yaml:{n}:3: a problem on line {n}" for n in range(1, 60))
    dialog = problems_dialog("Not imported", problems, window)
    assert_buttons_on_screen(shown(qtbot, dialog), screen)


def test_the_outcome_questions_fit(
    qtbot: QtBot, screen: QRect, settings: Settings, tmp_path: Path
) -> None:
    from acutimer.history.records import Moment
    from acutimer.ui.outcome_questions import OutcomeDialog

    window = main_window(qtbot, settings, tmp_path)
    for moment in Moment:
        dialog = shown(qtbot, OutcomeDialog(moment, window))
        assert_buttons_on_screen(dialog, screen)
        dialog.close()


def test_more_about_this_point_and_about_fit(
    qtbot: QtBot, screen: QRect, settings: Settings, tmp_path: Path
) -> None:
    from acutimer.ui.point_info import point_dialog, point_html
    from acutimer.ui.safety_dialog import about_dialog

    points = shipped_points()
    longest = max(points.points, key=lambda p: len(point_html(p)))
    for dialog in (point_dialog(longest), about_dialog()):
        shown(qtbot, dialog)
        assert_buttons_on_screen(dialog, screen)
        assert on_screen(dialog.ok, screen)


def test_the_due_session_bar_keeps_its_buttons_on_screen(
    qtbot: QtBot, screen: QRect, settings: Settings, tmp_path: Path
) -> None:
    from acutimer.ui.due_banner import DueBanner

    window = main_window(qtbot, settings, tmp_path)
    text = "A session of your plan is due today: 2 of 3 this week. Start Hand (LI4) now?"
    banner = DueBanner.show_in(window, text, lambda: None, lambda: None)
    QApplication.processEvents()
    assert_reachable(window, screen)
    for widget in (banner.start, banner.not_today, banner.label):
        assert on_screen(widget, screen), widget


def test_the_report_says_where_it_was_saved_on_screen(
    qtbot: QtBot, screen: QRect, tmp_path: Path
) -> None:
    # The report and card open only Qt's own dialogs (file, printer); what is ours is
    # the sentence that says where the PDF went, under History's buttons.
    window = shown(qtbot, HistoryWindow(HistoryStore(tmp_path / "h.sqlite3")))
    assert isinstance(window, HistoryWindow)
    deep = tmp_path / ("a-long-folder-name-" * 4) / "report.pdf"
    deep.parent.mkdir()
    assert window.save_report(deep)
    QApplication.processEvents()
    assert str(deep) in window.status.text()
    assert_reachable(window, screen)
    assert on_screen(window.status, screen)
