"""Accessibility seen from inside the app: the pain scale's roles, high contrast from
Settings, and text that never goes below the desktop's size. (What a screen reader
really hears over AT-SPI is in tests/a11y.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.qt.settings import Settings
from acutimer.ui.contrast import TEXT_MINIMUM, contrast_ratio
from acutimer.ui.main_window import MainWindow
from acutimer.ui.pain_rating import PainRating
from acutimer.ui.text_size import desktop_text_pixels
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points


def test_the_pain_scale_is_eleven_radio_buttons_that_can_still_be_cleared(qtbot: QtBot) -> None:
    rating = PainRating()
    qtbot.addWidget(rating)
    interfaces = [QAccessible.queryAccessibleInterface(rating.button(v)) for v in range(11)]
    assert {i.role() for i in interfaces} == {QAccessible.Role.RadioButton}
    assert interfaces[0].text(QAccessible.Text.Name) == "0, no pain"
    rating.button(4).click()
    assert [i.state().checked for i in interfaces].count(True) == 1
    assert interfaces[4].state().checked
    rating.clear_choice()
    assert rating.value() is None
    assert not any(i.state().checked for i in interfaces)
    assert rating.accessibleDescription().startswith("Choose one number from 0")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = Settings.at(tmp_path / "s.ini")
    settings.safety_seen = True
    points = shipped_points()
    window = MainWindow(settings, clock=FakeClock(), confirm=Answers(True))
    window.load(points, lambda: scan(points, paths.routines_dir(), None))
    qtbot.addWidget(window)
    window.resize(1100, 740)
    window.show()
    qtbot.waitExposed(window)
    yield window
    settings.high_contrast = False
    window.contrast.apply()  # the next test gets the desktop's palette back


def test_high_contrast_from_settings_turns_the_window_black_on_white_and_back(
    window: MainWindow,
) -> None:
    desktop = QApplication.palette().color(QPalette.ColorRole.Window)
    window.select_routine("hand-li4")
    window.start_selected()
    window.settings.high_contrast = True
    window.contrast.apply()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("#ffffff") or palette.color(
        QPalette.ColorRole.Window
    ) == QColor("#000000")
    sheet = window.session_view.phase_label.styleSheet()
    banner = QColor(sheet.split("background:")[1].split(";")[0].strip())
    words = QColor(sheet.split(" color:")[1].split(";")[0].strip())
    assert contrast_ratio(words, banner) >= 7.0  # stronger than AA's 4.5
    digits = window.session_view.countdown.styleSheet().split("color:")[1].split(";")[0]
    window_colour = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(QColor(digits.strip()), window_colour) >= TEXT_MINIMUM
    window.settings.high_contrast = False
    window.contrast.apply()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == desktop


def test_words_never_go_below_the_desktops_text_size(window: MainWindow) -> None:
    before = QApplication.font()
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2.5)
    QApplication.setFont(large)
    try:
        smallest = desktop_text_pixels()
        window.select_routine("hand-li4")
        window.start_selected()
        window.resize(800, 500)  # small window: the growing words would shrink
        view = window.session_view
        view._scale_fonts()
        for label in (view.where, view.status, view.step_title, view.instruction, view.steps):
            assert QFontInfo(label.font()).pixelSize() >= smallest, label.accessibleName()
    finally:
        QApplication.setFont(before)


def test_the_desktops_high_contrast_preference_turns_it_on_without_the_setting(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acutimer.ui import contrast

    assert not window.settings.high_contrast
    monkeypatch.setattr(contrast, "desktop_wants_high_contrast", lambda: True)
    window.contrast.apply()
    assert window.contrast.on
    assert QApplication.palette().color(QPalette.ColorRole.Window) in (
        QColor("#ffffff"),
        QColor("#000000"),
    )
    monkeypatch.setattr(contrast, "desktop_wants_high_contrast", lambda: False)
    window.contrast.apply()
    assert not window.contrast.on
