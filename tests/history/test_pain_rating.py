"""The 0-10 pain rating: one click or one key to rate, one click to skip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from acutimer.core.safety import RED_FLAGS
from acutimer.ui.pain_rating import PainRating


def make(qtbot: QtBot) -> PainRating:
    widget = PainRating()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_click_rates(qtbot: QtBot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.rated) as blocker:
        qtbot.mouseClick(widget.button(7), Qt.MouseButton.LeftButton)
    assert blocker.args == [7]
    assert widget.value() == 7 and widget.button(7).isChecked()


def test_a_second_click_changes_the_rating(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.button(7).click()
    with qtbot.waitSignal(widget.rated) as blocker:
        widget.button(3).click()
    assert blocker.args == [3] and widget.value() == 3
    assert not widget.button(7).isChecked()


def test_a_digit_key_rates(qtbot: QtBot) -> None:
    widget = make(qtbot)
    with qtbot.waitSignal(widget.rated) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_4)
    assert blocker.args == [4] and widget.value() == 4


def test_ten_is_reached_with_the_arrow_keys_and_space(qtbot: QtBot) -> None:
    widget = make(qtbot)
    qtbot.keyClick(widget, Qt.Key.Key_9)
    assert widget.focusWidget() is widget.button(9)
    qtbot.keyClick(widget.button(9), Qt.Key.Key_Right)
    assert widget.focusWidget() is widget.button(10)
    with qtbot.waitSignal(widget.rated) as blocker:
        qtbot.keyClick(widget.button(10), Qt.Key.Key_Space)
    assert blocker.args == [10]


def test_skipping_is_one_click_and_clears_the_choice(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.button(5).click()
    with qtbot.waitSignal(widget.skipped), qtbot.assertNotEmitted(widget.rated):
        qtbot.mouseClick(widget.skip_button, Qt.MouseButton.LeftButton)
    assert widget.value() is None


def test_digits_typed_in_the_note_stay_in_the_note(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.note_field.setFocus()
    with qtbot.assertNotEmitted(widget.rated):
        qtbot.keyClicks(widget.note_field, "  sat 3 hours at my desk ")
    assert widget.note() == "sat 3 hours at my desk"
    assert widget.value() is None


def test_the_anchors_are_shown_and_spoken(qtbot: QtBot) -> None:
    widget = make(qtbot)
    texts = [label.text() for label in widget.findChildren(QLabel)]
    assert "0 = No pain" in texts and "10 = Worst pain imaginable" in texts
    assert widget.button(0).accessibleName() == "0, no pain"
    assert widget.button(10).accessibleName() == "10, worst pain imaginable"
    assert widget.button(4).accessibleName() == "4 out of 10"


def test_eight_or_more_shows_see_a_doctor_and_the_red_flags(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.button(8).click()
    assert widget.warning.isVisible()
    text = widget.warning.text()
    assert "doctor" in text
    assert all(tier.heading in text and tier.signs[0] in text for tier in RED_FLAGS)
    widget.button(6).click()
    assert not widget.warning.isVisible()


def test_clear_makes_it_ready_for_the_next_session(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.button(9).click()
    widget.note_field.setText("bad day")
    widget.clear()
    assert widget.value() is None and widget.note() == "" and not widget.warning.isVisible()
