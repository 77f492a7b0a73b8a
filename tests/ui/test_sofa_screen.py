"""What a person on the sofa notices: paused looks paused, the side is big, no empty
panel, an optional step asks, the end card, the chrome, the keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QFocusFrame, QLabel
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.core.events import PauseReason
from acutimer.core.routine import PhaseKind
from acutimer.core.session import State
from acutimer.core.sides import Side
from acutimer.history.store import HistoryStore
from acutimer.qt.settings import Settings
from acutimer.ui.diagram_view import DiagramView
from acutimer.ui.history_window import HistoryWindow
from acutimer.ui.main_window import END, PICKER, SESSION, MainWindow
from acutimer.ui.picker import PICTURE_URL
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import shipped_points
from tests.helpers.window import press, wait_for


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> MainWindow:
    settings = Settings.at(tmp_path / "s.ini")
    settings.safety_seen = True
    points = shipped_points()
    window = MainWindow(settings, clock=clock, confirm=Answers(True))
    window.load(
        points,
        lambda: scan(points, paths.routines_dir(), None),
        history=HistoryStore(tmp_path / "h.sqlite3"),
    )
    qtbot.addWidget(window)
    window.resize(1100, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.select_routine("hand-li4")
    return window


def digits_colour(window: MainWindow) -> QColor:
    sheet = window.session_view.countdown.styleSheet()
    return QColor(sheet.split("color:")[1].split(";")[0].strip())


# -- 1. paused is unmistakable ---------------------------------------------------------


def test_paused_has_a_grey_banner_dimmed_digits_and_a_pause_symbol(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    view = window.session_view
    window.start_selected()
    wait_for(window, clock, 12)
    running = digits_colour(window)
    assert view.phase_label.text() == "PRESS" and not view.pause_symbol.isVisible()
    button = window.toolbar.widgetForAction(window.actions_["start_pause"])
    width = button.width()

    press(qtbot, window, Qt.Key.Key_Space)
    assert view.phase_label.text() == "PAUSED"
    assert view.pause_symbol.isVisible()
    assert digits_colour(window).saturation() < running.saturation() / 3
    assert view.status.text() == "Paused. Press Space to go on."
    assert not view.diagram.canvas.is_pulsing()
    assert button.text().replace("&", "") == "Go on" and button.width() == width

    press(qtbot, window, Qt.Key.Key_Space)
    assert view.phase_label.text() == "PRESS" and not view.pause_symbol.isVisible()
    assert digits_colour(window) == running
    assert button.width() == width  # the bar never shifts under the pointer


def test_a_long_gap_pauses_with_its_reason_on_screen(window: MainWindow, clock: FakeClock) -> None:
    window.start_selected()
    wait_for(window, clock, 3)
    clock.advance(60)  # the machine slept
    assert window.runner is not None
    window.runner.on_timeout()
    view = window.session_view
    assert view.pause_reason is PauseReason.LONG_GAP
    assert view.phase_label.text() == "PAUSED" and view.pause_symbol.isVisible()
    assert "asleep or busy" in view.status.text()


# -- 2. the side, big; 3. no empty panel -----------------------------------------------


def test_the_side_is_big_over_the_diagram(window: MainWindow, clock: FakeClock) -> None:
    window.start_selected()
    wait_for(window, clock, 11)
    diagram = window.session_view.diagram
    assert diagram.side_text() == "LEFT hand"
    side_label = diagram.findChild(QLabel, "diagramSide")
    assert side_label.font().pixelSize() >= 2 * window.session_view.instruction.font().pixelSize()
    # Twice the marker it had (at most 11 px), on an ordinary laptop-sized window.
    assert diagram.canvas.marker_radius() >= 16


def test_the_landmark_words_and_the_marker_grow_with_the_view(qtbot: QtBot) -> None:
    view = DiagramView(shipped_points())
    qtbot.addWidget(view)
    view.show_step("LI4", Side.RIGHT)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    finding = view.findChild(QLabel, "diagramFinding")
    small_text, small_marker = finding.font().pixelSize(), view.canvas.marker_radius()
    view.resize(700, 1000)
    qtbot.waitUntil(lambda: view.canvas.height() > 500)
    assert finding.font().pixelSize() > small_text
    assert view.canvas.marker_radius() > small_marker
    assert view.side_text() == "RIGHT hand"


def test_get_ready_shows_the_first_point_and_side(window: MainWindow, clock: FakeClock) -> None:
    window.start_selected()
    view = window.session_view
    assert view.phase_kind is PhaseKind.PREPARE
    assert view.diagram.side_text() == "First: LEFT hand"
    assert view.aside.isVisible()
    assert view.next_label.text() == "Next: Press 10 seconds, Union Valley, left hand"


def test_an_ice_step_gives_the_countdown_the_whole_width(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("ice")
    window.start_selected()
    view = window.session_view
    assert view.phase_kind is PhaseKind.PREPARE  # wrapping the ice: no point anywhere
    assert not view.aside.isVisible()
    assert view.countdown.parentWidget().width() == view.width()
    window.runner.skip()
    assert view.phase_kind is PhaseKind.ICE and not view.aside.isVisible()


# -- 5. an optional step waits --------------------------------------------------------


def test_an_optional_step_waits_space_does_it_right_skips_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.select_routine("feet-top")  # the cold foot bath comes first
    window.start_selected()
    view = window.session_view
    assert window.runner is not None and window.runner.session.waiting_for_choice
    assert view.phase_label.text() == "OPTIONAL: ICE"
    assert view.status.text() == "Space: do it   ·   Right: skip it"
    assert window.actions_["start_pause"].text().replace("&", "") == "Do it"
    clock.advance(120)
    window.runner.on_timeout()
    assert view.countdown.text() == "3:00"  # nothing counts down while it waits
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.runner.session.state is State.RUNNING
    assert view.phase_kind is PhaseKind.PREPARE
    assert view.step_title.text().startswith("Step 2 of")


def test_space_at_the_choice_does_the_optional_step(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.select_routine("feet-top")
    window.start_selected()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.session_view.phase_label.text() == "ICE"
    wait_for(window, clock, 10)
    assert window.session_view.countdown.text() == "2:50"


# -- 8. the end card ---------------------------------------------------------------


def test_the_end_card_echoes_the_rating_before_and_says_skip_rating(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    qtbot.mouseClick(window.picker.rating.button(5), Qt.MouseButton.LeftButton)
    window.start_selected()
    wait_for(window, clock, 105)
    end = window.end_screen
    assert window.pages.currentIndex() == END
    assert end.pain.text() == "Pain 5 → ?"
    assert "of pressing and resting" in end.title.text()
    qtbot.mouseClick(end.rating.button(3), Qt.MouseButton.LeftButton)
    assert end.pain.text() == "Pain 5 → 3"
    assert end.rating.skip_button.text().replace("&", "") == "Skip rating"


def test_an_ice_routine_is_not_called_pressing(window: MainWindow, clock: FakeClock) -> None:
    window.select_routine("ice")
    window.start_selected()
    assert window.runner is not None
    window.runner.stop()
    assert window.end_screen.heading.text() == "Session stopped"
    assert "of ice" in window.end_screen.title.text()
    assert "pressing" not in window.end_screen.title.text()


# -- 10. chrome; 11. titles --------------------------------------------------------------


def test_session_controls_show_only_during_a_session(window: MainWindow) -> None:
    assert window.pages.currentIndex() == PICKER
    assert not window.toolbar.isVisible() and window.app_bar.isVisible()
    window.start_selected()
    assert window.toolbar.isVisible() and not window.app_bar.isVisible()
    for name in ("start_pause", "back", "skip", "stop", "history", "settings"):
        assert not window.actions_[name].icon().isNull(), name
    assert not window.windowIcon().isNull()


def test_window_titles_name_the_app_once(window: MainWindow, tmp_path: Path) -> None:
    window.start_selected()
    assert window.windowTitle() == "Hand (LI4) — acutimer"
    history = HistoryWindow(HistoryStore(tmp_path / "other.sqlite3"))
    assert history.windowTitle() == "History — acutimer"
    history.deleteLater()


# -- 12. keys ------------------------------------------------------------------------


def test_space_on_a_focused_rating_button_picks_that_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    button = window.picker.rating.button(4)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.picker.rating.value() == 4
    assert window.pages.currentIndex() == PICKER  # it did not start the routine


def test_the_keyboard_focus_has_a_visible_ring(qtbot: QtBot, window: MainWindow) -> None:
    button = window.picker.rating.button(2)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_ring.widget() is button)
    assert isinstance(window.focus_ring, QFocusFrame) and window.focus_ring.isVisible()
    assert "0-9" in window.picker.rating.hint.text()


@pytest.mark.parametrize("keys", [Qt.Key.Key_Escape, "Ctrl+W"])
def test_history_closes_with_esc_and_ctrl_w(qtbot: QtBot, window: MainWindow, keys: object) -> None:
    history = window._history_window()
    assert history is not None
    history.show()
    qtbot.waitExposed(history)
    history.activateWindow()
    qtbot.waitUntil(history.isActiveWindow)
    if keys == "Ctrl+W":
        qtbot.keyClick(history, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(history, Qt.Key.Key_Escape)
    assert not history.isVisible()
    assert window.pages.currentIndex() in (PICKER, SESSION)


# -- 10. settings, the flash -------------------------------------------------------------


def test_settings_has_sections_and_plays_a_test_cue_as_set(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QGroupBox

    from acutimer.ui.settings_dialog import SettingsDialog

    settings = Settings.at(tmp_path / "t.ini")
    played: list[tuple[bool, bool, int]] = []
    dialog = SettingsDialog(settings, test_cue=lambda *a: played.append(a))
    qtbot.addWidget(dialog)
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["Sound and voice", "During a session", "Your plan", "Display"]
    dialog.sound.setChecked(False)
    dialog.volume.setValue(40)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert played == [(False, True, 40)]
    assert settings.volume == 80  # nothing is saved by trying


def test_the_flash_is_a_soft_glow_without_hard_edges(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QRegion
    from PySide6.QtWidgets import QWidget

    from acutimer.ui.flash import flash

    label = QLabel("0:07")
    label.resize(300, 120)
    qtbot.addWidget(label)
    label.show()
    flash(label, QColor("#c2410c"))
    overlay = next(c for c in label.children() if type(c).__name__ == "_Overlay")
    overlay.animation.stop()
    overlay.colour.setAlphaF(0.55)
    image = QImage(overlay.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    overlay.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    centre = image.pixelColor(150, 60).alpha()
    assert centre > 100
    assert image.pixelColor(2, 2).alpha() < centre / 4
    assert image.pixelColor(299, 60).alpha() < centre


# -- 11. one word for one thing ------------------------------------------------------------


def test_the_step_list_names_each_side_once(window: MainWindow) -> None:
    window.select_routine("lower-back")
    window.start_selected()
    steps = window.session_view.steps
    texts = [steps.item(row).text() for row in range(steps.count())]
    assert any(text.endswith("Kidney Shu, both sides") for text in texts), texts
    assert not any("(both)" in text or "(left)" in text for text in texts)


def test_skip_means_one_thing_in_a_session(window: MainWindow) -> None:
    assert window.actions_["skip"].text().replace("&", "") == "Skip step"
    assert window.picker.rating.skip_button.text().replace("&", "") == "Skip rating"


# -- 6. the routine list; 13. a broken routine --------------------------------------------


def picker_window(qtbot: QtBot, tmp_path: Path, settings: Settings, user: Path) -> MainWindow:
    points = shipped_points()
    opened: list[bool] = []
    window = MainWindow(
        settings, clock=FakeClock(), confirm=Answers(True), user_folder=lambda: user
    )
    # Before load() wires the picker to it: no file manager opens during the tests.
    window.on_open_folder = lambda: opened.append(True)  # type: ignore[method-assign]
    window.opened = opened  # type: ignore[attr-defined]
    window.load(points, lambda: scan(points, paths.routines_dir(), user))
    qtbot.addWidget(window)
    return window


def test_the_list_remembers_the_last_routine_started(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "remember.ini")
    settings.safety_seen = True
    user = tmp_path / "mine"
    user.mkdir()
    first = picker_window(qtbot, tmp_path, settings, user)
    assert first.picker.selected_id() == "hips"  # the shortest quick one, at the top
    first.select_routine("feet-top")
    first.start_selected()
    assert first.runner is not None
    first.runner.stop()
    again = picker_window(qtbot, tmp_path, settings, user)
    assert again.picker.selected_id() == "feet-top"


def test_the_list_has_sections_by_purpose_and_says_where(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s2.ini")
    user = tmp_path / "mine"
    user.mkdir()
    window = picker_window(qtbot, tmp_path, settings, user)
    texts = [window.picker.list.item(r).text() for r in range(window.picker.list.count())]
    headings = [t for t in texts if "\n" not in t]
    assert headings == ["Quick (3 minutes or less)", "By body area", "The full session"]
    hand = next(t for t in texts if t.startswith("Hand"))
    assert hand.startswith("Hand\n1:45 · hand") and "LI4" not in hand  # codes: in details
    window.select_routine("hand-li4")
    details = window.picker.details.toPlainText()
    assert "LI4" in details and "includes 5 seconds to switch sides" in details
    assert window.picker.details.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(PICTURE_URL)
    )


def test_a_broken_routine_can_be_selected_and_shows_every_problem(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings.at(tmp_path / "s3.ini")
    user = tmp_path / "mine"
    user.mkdir()
    text = (
        "format: 1\nid: mine\ntitle: Mine\nsummary: s\naudience: a\nsteps:\n"
        "  - title: One\n    point: LI44\n    instruction: x\n"
        "    phases:\n      - {kind: squeeze, seconds: 5}\n"
    )
    (user / "mine.yaml").write_text(text, encoding="utf-8")
    window = picker_window(qtbot, tmp_path, settings, user)
    picker = window.picker
    row = next(r for r in range(picker.list.count()) if "mine.yaml" in picker.list.item(r).text())
    item = picker.list.item(row)
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled and item.flags() & Qt.ItemFlag.ItemIsSelectable
    picker.list.setCurrentRow(row)
    assert picker.selected_id() == "mine"
    entry = picker.selected_entry()
    assert entry is not None and len(entry.problems) >= 2
    details = picker.details.toPlainText()
    for problem in entry.problems:
        assert f"line {problem.line}, column {problem.column}" in details
        assert str(problem) in details
    assert not picker.start_button.isEnabled()
    assert picker.fix_bar.isVisibleTo(picker)
    qtbot.mouseClick(picker.fix_bar.open_button, Qt.MouseButton.LeftButton)
    assert window.opened == [True]  # type: ignore[attr-defined]
    # Fixed on disk, then Reload: it is a routine again.
    (user / "mine.yaml").write_text(
        text.replace("LI44", "LI4").replace("squeeze", "press"), encoding="utf-8"
    )
    qtbot.mouseClick(picker.fix_bar.reload_button, Qt.MouseButton.LeftButton)
    assert picker.selected_entry() is not None and picker.selected_entry().ok
    assert not picker.fix_bar.isVisibleTo(picker)


# -- 7. the details pane ----------------------------------------------------------------


def test_each_caution_is_said_once_and_the_footer_fits_the_routine(window: MainWindow) -> None:
    window.select_routine("behind-knees")
    text = window.picker.details.toPlainText().lower()
    assert text.count("varicose") == 1 and text.count("swollen") == 1
    assert "firm, steady pressure" in text
    window.select_routine("ice")
    text = window.picker.details.toPlainText().lower()
    assert "firm, steady pressure" not in text
    assert "skin burns, goes numb or turns white" in text
