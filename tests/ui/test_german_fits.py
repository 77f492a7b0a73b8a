"""The German user interface fits where the English one does: German words are longer,
and nothing may be cut off or pushed out of sight on a 1366x768 laptop or a 1080p
screen at 2x (960x540 logical)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from acutimer.qt import language
from acutimer.qt.settings import Settings
from acutimer.ui.settings_dialog import SettingsDialog
from acutimer.ui.window_menus import SESSION_CONTROLS
from tests.ui.test_fits_the_screen import (  # noqa: F401  (fixtures shared with that file)
    assert_reachable,
    main_window,
    screen,
    settings,
)


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed = language.install("de", cache=tmp_path / "translations")
    assert language.current() == "de"
    yield
    installed.remove()


def test_every_session_control_shows_in_german(
    german: None,
    qtbot: QtBot,
    screen: QRect,  # noqa: F811
    settings: Settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = main_window(qtbot, settings, tmp_path)
    window.select_routine("hand-li4")
    window.start_selected()
    QApplication.processEvents()
    assert window.actions_["skip"].text() == "Ü&berspringen"
    assert_reachable(window, screen)
    for name in SESSION_CONTROLS:
        button = window.toolbar.widgetForAction(window.actions_[name])
        # Not hidden behind the tool bar's overflow button.
        assert button is not None and button.isVisibleTo(window), name


def test_the_german_settings_need_no_sideways_scrolling(
    german: None,
    qtbot: QtBot,
    screen: QRect,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> None:
    dialog = SettingsDialog(settings)
    dialog.add_reminders(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Einstellungen — acutimer"
    assert_reachable(dialog, screen)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0  # the widest line fits


def test_the_german_picker_needs_no_sideways_scrolling(
    german: None,
    qtbot: QtBot,
    screen: QRect,  # noqa: F811
    settings: Settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = main_window(qtbot, settings, tmp_path)
    window.select_routine("hand-li4")
    window.picker.pregnancy.setChecked(True)  # its second, longer line shows too
    QApplication.processEvents()
    pages = [page for page in window.pages.findChildren(QScrollArea) if page.isVisible()]
    assert pages, "the picker scrolls in a page of its own"
    for page in pages:
        assert page.horizontalScrollBar().maximum() == 0
