"""The warning signs read as short lists: each sign on its own line under its tier's
heading, wherever they are shown, and never cut off at the end."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from acutimer.core.safety import RED_FLAGS
from acutimer.ui.main_window import MainWindow
from acutimer.ui.red_flags import red_flags_html
from tests.ui.test_main_window import (  # noqa: F401  (fixtures shared with that file)
    answers,
    clock,
    settings,
    user_dir,
    window,
)


def lines(html_text: str) -> list[str]:
    """The text blocks (lines before wrapping) a label shows for ``html_text``."""
    doc = QTextDocument()
    doc.setHtml(html_text)
    found = []
    block = doc.begin()
    while block.isValid():
        text = " ".join(block.text().split())
        if text:
            found.append(text)
        block = block.next()
    return found


@pytest.mark.parametrize("compact", [False, True])
def test_each_sign_is_its_own_line_under_its_tiers_heading(compact: bool) -> None:
    shown = lines(red_flags_html(compact=compact))
    for tier in RED_FLAGS:
        heading = shown.index(tier.heading)
        assert shown[heading + 1 : heading + 1 + 2 * len(tier.signs) : 2] == [
            "•" for _ in tier.signs
        ]
        assert shown[heading + 2 : heading + 2 + 2 * len(tier.signs) : 2] == list(tier.signs)
    assert not any("; " in line for line in shown)


def test_the_last_warning_sign_is_not_cut_off_on_a_laptop_screen(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.select_routine("hand-li4")
    window.picker.rating.button(9).click()
    warning = window.picker.rating.warning
    qtbot.waitUntil(lambda: warning.height() >= warning.heightForWidth(warning.width()))
