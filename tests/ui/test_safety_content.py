"""Issue 11 as the person sees and hears it: the safety note, About, the picker's
details and list in pregnancy mode, the point info during a session, the halfway skin
check on screen and the +15 s control's reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer.core.safety import CHECK_FIRST, EMERGENCY, RED_FLAGS, SOON
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import MainWindow
from acutimer.ui.safety_dialog import about_dialog, about_html, safety_dialog
from tests.helpers.clock import FakeClock
from tests.helpers.window import wait_for
from tests.ui.test_main_window import (  # noqa: F401  (fixtures shared with that file)
    answers,
    clock,
    settings,
    user_dir,
    window,
)


def plain(html_text: str) -> str:
    """What a QLabel shows of ``html_text``, as one line of text."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html_text)
    return " ".join(doc.toPlainText().split())


def details(window: MainWindow) -> str:  # noqa: F811
    return " ".join(window.picker.details.toPlainText().split())


def item_text(window: MainWindow, routine_id: str) -> tuple[str, bool]:  # noqa: F811
    picker = window.picker
    for row in range(picker.list.count()):
        item = picker.list.item(row)
        entry = item.data(Qt.ItemDataRole.UserRole)  # None: a section heading
        if entry is not None and entry.id == routine_id:
            return " ".join(item.text().split()), bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
    raise AssertionError(routine_id)


# -- 1, 2: the safety note ---------------------------------------------------------------


def test_the_safety_note_says_check_with_a_doctor_then_both_tiers_of_warning_signs(
    qtbot: QtBot,
) -> None:
    dialog = safety_dialog()
    qtbot.addWidget(dialog)
    text = plain(dialog.text.text())
    assert CHECK_FIRST in text
    first_tier = text.index(EMERGENCY.heading)
    assert text.index(CHECK_FIRST) < first_tier < text.index(SOON.heading)
    for tier in RED_FLAGS:
        for sign in tier.signs:
            assert sign in text
    assert "Call your emergency number or go to the emergency department now" in text
    assert "See a doctor soon (the same day or the next)" in text


def test_help_safety_in_the_window_is_the_same_note(window: MainWindow, monkeypatch) -> None:  # noqa: F811
    shown: list[str] = []
    monkeypatch.setattr(
        "acutimer.ui.safety_dialog.TextDialog.exec", lambda self: shown.append(self.text.text())
    )
    window.actions_["safety"].trigger()
    assert shown and EMERGENCY.signs[0] in shown[0] and CHECK_FIRST in shown[0]


# -- 3, 5: About -------------------------------------------------------------------------


def test_about_says_what_each_study_found_and_no_more(qtbot: QtBot) -> None:
    dialog = about_dialog()
    qtbot.addWidget(dialog)
    text = plain(dialog.text.text())
    assert "a third less pain than usual care" not in text
    assert "Hsieh" in text and "2006" in text and "not self-acupressure" in text
    assert "one city" in text
    assert "Li and colleagues (2021): a systematic review" in text
    assert "low to moderate quality" in text
    assert "Murphy and colleagues (Pain Medicine, 2019): a small pilot trial of " in text
    assert "pain fell by about a third from where it started over six weeks" in text
    assert "favoured acupressure" in text
    assert CHECK_FIRST in text


def test_about_and_the_picker_explain_the_bracketed_book_codes(window: MainWindow) -> None:  # noqa: F811
    legend = "the books' B-53 is BL39 behind the knee, not BL53 on the buttock"
    assert legend in plain(about_html())
    window.select_routine("behind-knees")
    text = details(window)
    assert legend in text
    # The legend comes where the bracketed codes first appear: before the steps list them.
    assert text.index(legend) < text.index("Commanding Activity, left knee · BL39 (B-53)")
    window.select_routine("forearm-lu6")  # LU6 has no bracketed code: no legend needed
    assert legend not in details(window)


# -- 4: each point's notes, location and technique ---------------------------------------


def test_the_picker_details_show_each_points_location_technique_and_notes(
    window: MainWindow,  # noqa: F811
) -> None:
    window.select_routine("forearm-lu6")
    text = details(window)
    assert "Where: On the palm side of the forearm" in text
    assert "How to press: Rest the arm, palm up" in text
    assert "about two thumb-widths nearer the elbow than the WHO location" in text
    assert "a little nearer" not in text
    window.select_routine("feet-top")
    assert "it may be LR2" in details(window)
    window.select_routine("feet-soles")
    assert "KI1 is the likely reading" in details(window)
    window.select_routine("buttocks")
    assert "locations experts disagree on" in details(window)
    window.select_routine("behind-knees")
    assert "B-53 is taken here as BL39" in details(window)


def test_more_about_this_point_during_a_session_opens_the_whole_entry(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    window.select_routine("forearm-lu6")
    window.start_selected()
    view = window.session_view
    assert not view.point_info.isVisible()  # "Get comfortable" has no point
    wait_for(window, clock, 15.0)
    assert view.point_info.isVisible()
    assert view.point_info.text() == "More about this point"
    qtbot.mouseClick(view.point_info, Qt.MouseButton.LeftButton)
    dialog = view.point_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "More about LU6 — acutimer"  # the one title pattern
    text = plain(dialog.text.text())
    assert "about two thumb-widths nearer the elbow" in text
    assert "How to find it: Turn your palm up." in text
    assert "How to press:" in text
    # The session carries on, and Space still reaches it.
    assert not dialog.isModal()
    assert window.runner is not None and window.runner.session.state == "running"
    dialog.close()


# -- 6: pregnancy mode ---------------------------------------------------------------------


def test_pregnancy_mode_is_named_for_what_it_does(window: MainWindow) -> None:  # noqa: F811
    box = window.picker.pregnancy
    assert box.text().replace("&", "").startswith("Pregnancy mode: leave out points never pressed")
    assert "safe" not in box.text().lower()
    assert not window.picker.cautions_out.isVisible()
    box.setChecked(True)
    assert window.picker.cautions_out.isVisible()


def test_pregnancy_mode_shows_the_caution_points_and_can_leave_them_out(
    window: MainWindow,  # noqa: F811
    settings: Settings,  # noqa: F811
) -> None:
    window.select_routine("hips")
    window.picker.pregnancy.setChecked(True)
    text = details(window)
    assert "Points in this routine with a pregnancy caution: BL53 (B-48): Some pregnancy" in text
    assert "In later pregnancy, lie on your side rather than flat on your back." in text
    assert window.picker.start_button.isEnabled()
    window.picker.cautions_out.setChecked(True)
    assert settings.pregnancy_cautions_out is True
    text = details(window)
    assert "Pregnancy mode leaves out: BL53 (B-48)" in text
    assert "Nothing is left of this routine in pregnancy mode." in text
    assert not window.picker.start_button.isEnabled()


def test_the_routine_list_follows_pregnancy_mode(window: MainWindow) -> None:  # noqa: F811
    text, _ = item_text(window, "full-session")
    full_time = text.split("\n")[0]
    assert "⚠ not in pregnancy" in text
    window.picker.pregnancy.setChecked(True)
    hand, enabled = item_text(window, "hand-li4")
    assert "Not available in pregnancy mode (leaves out LI4)" in hand
    assert not enabled
    full, _ = item_text(window, "full-session")
    # The times are those with the mode applied: the hand routine (1:45) is gone.
    assert full != full_time and "(leaves out LI4)" in full
    assert window.picker.timeline() is not None
    window.select_routine("full-session")
    seconds = window.picker.timeline().seconds  # type: ignore[union-attr]
    from acutimer.core.timeline import clock_text

    assert clock_text(seconds) in full
    window.picker.cautions_out.setChecked(True)
    hips, enabled = item_text(window, "hips")
    assert "Not available in pregnancy mode (leaves out BL53 (B-48))" in hips and not enabled
    window.picker.pregnancy.setChecked(False)
    _, enabled = item_text(window, "hand-li4")
    assert enabled


def test_the_safety_note_explains_pregnancy_mode(qtbot: QtBot) -> None:
    dialog = safety_dialog()
    qtbot.addWidget(dialog)
    text = plain(dialog.text.text())
    assert "Pregnancy mode" in text and "LI4" in text and "KI1" in text
    assert "lie on your side rather than flat on your back" in text


# -- 8: the halfway skin check on screen --------------------------------------------------


def test_halfway_through_fifteen_minutes_of_ice_the_screen_says_check_your_skin(
    window: MainWindow,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    window.select_routine("ice")
    window.start_selected()
    view = window.session_view
    wait_for(window, clock, 30 + 449)
    assert "check your skin" not in view.status.text()
    wait_for(window, clock, 2)
    assert view.status.text().startswith("Halfway: lift the ice and check your skin.")
    assert view.countdown.text() == "7:29"


# -- 10: +15 s says why it is off ------------------------------------------------------------


def test_plus_15_is_off_behind_the_knee_and_says_why(
    window: MainWindow,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    window.select_routine("behind-knees")
    window.start_selected()
    extend = window.actions_["extend"]
    wait_for(window, clock, 16)
    assert window.session_view.phase_label.text() == "PRESS"
    assert not extend.isEnabled()
    assert "BL40 (B-54) is pressed lightly and briefly, 30 seconds at most" in extend.toolTip()
    button = window.toolbar.widgetForAction(extend)
    assert "pressed lightly" in button.accessibleDescription()


def test_plus_15_stops_at_the_points_maximum_and_the_screen_says_so(
    window: MainWindow,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    window.select_routine("lower-back")
    window.start_selected()
    extend = window.actions_["extend"]
    wait_for(window, clock, 20)
    assert extend.isEnabled() and extend.toolTip().startswith("Hold 15 seconds longer")
    for _ in range(4):
        extend.trigger()
    assert not extend.isEnabled()
    assert "BL23 (B-23) is held for 2 minutes at most" in extend.toolTip()
    assert "2 minutes at most" in window.session_view.status.text()
    QApplication.processEvents()


# -- 11: pain higher after than before -------------------------------------------------------


def test_pain_higher_after_a_session_says_stop_this_routine_and_see_a_doctor(
    window: MainWindow,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    window.picker.rating.button(3).click()
    window.start_selected()
    wait_for(window, clock, 105.0)
    end = window.end_screen
    assert not end.advice.isVisible()
    end.rating.button(5).click()
    assert end.advice.isVisible()
    assert end.advice.text() == (
        "Your pain went up. Your pain was 5 out of 10 after Hand (LI4), higher than the 3 "
        "before it. Stop using this routine. If the pain stays higher, see a doctor."
    )
    end.rating.button(2).click()
    assert not end.advice.isVisible()
