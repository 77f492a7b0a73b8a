"""The routine list never cuts an item off: each is as tall as its text painted wrapped,
at any width the list gets (a 2x-scaled laptop gives it little)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from acutimer.ui.main_window import MainWindow
from tests.ui.test_main_window import (  # noqa: F401  (fixtures shared with that file)
    answers,
    clock,
    settings,
    user_dir,
    window,
)


def test_every_item_is_as_tall_as_its_wrapped_text(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    window.show()
    qtbot.waitExposed(window)
    view = window.picker.list
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = view.fontMetrics()
    short = []
    for width in range(200, 420, 3):
        view.setFixedWidth(width)
        QApplication.processEvents()
        view.doItemsLayout()
        # Qt paints an item's text inset by its margin twice on each side.
        text_width = view.viewport().width() - 2 * view.spacing() - 4 * margin
        for row in range(view.count()):
            item = view.item(row)
            needed = metrics.boundingRect(
                QRect(0, 0, text_width, 1 << 20), Qt.TextFlag.TextWordWrap, item.text()
            ).height()
            if view.visualItemRect(item).height() < needed:
                short.append((width, item.text()))
    assert short == []
