"""Which X windows the window-gone filter watches (acutimer/qt/window_gone.py); the filter
itself, with a real X server, is tested in tests/faults."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from acutimer.qt.window_gone import shown_window_ids


def test_the_main_window_and_the_modal_dialog_over_it_are_watched_while_shown(
    qtbot: QtBot,
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    assert shown_window_ids(None) == set()
    assert shown_window_ids(main) == set()  # not shown: nothing to lose
    main.show()
    qtbot.waitExposed(main)
    assert shown_window_ids(main) == {int(main.winId())}

    side = QWidget()  # a window of its own that does not hold the main one (History)
    qtbot.addWidget(side)
    side.show()
    dialog = QDialog(main)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shown_window_ids(main) == {int(main.winId()), int(dialog.winId())}

    dialog.hide()  # Qt's own hide: its window is no longer ours to watch
    assert shown_window_ids(main) == {int(main.winId())}
    main.hide()
    assert shown_window_ids(main) == set()
