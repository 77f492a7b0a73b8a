"""The real main window, driven as a person would: pick, start, follow, pause, skip, stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import scan
from acutimer.core.session import State
from acutimer.history.store import HistoryStore
from acutimer.qt.settings import Settings
from acutimer.ui.main_window import END, PICKER, SESSION, MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.confirm import Answers
from tests.helpers.routines import routine_text, shipped_points
from tests.helpers.sound import NO_MEDIA_BACKEND
from tests.helpers.window import press, wait_for


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "my-routines"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings.at(tmp_path / "settings.ini")
    settings.safety_seen = True
    return settings


@pytest.fixture
def answers() -> Answers:
    """Yes to every question, unless a test says otherwise."""
    return Answers(True)


@pytest.fixture
def window(
    qtbot: QtBot, clock: FakeClock, settings: Settings, user_dir: Path, answers: Answers
) -> MainWindow:
    points = shipped_points()
    window = MainWindow(settings, clock=clock, confirm=answers)
    window.load(points, lambda: scan(points, paths.routines_dir(), user_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.select_routine("hand-li4")
    return window


def test_a_whole_short_routine_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    view = window.session_view
    press(qtbot, window, Qt.Key.Key_Space)  # start
    assert window.pages.currentIndex() == SESSION
    assert view.countdown.text() == "0:10"
    assert view.phase_label.text() == "GET READY"

    wait_for(window, clock, 1.0)
    assert view.countdown.text() == "0:09"

    press(qtbot, window, Qt.Key.Key_Space)  # pause
    assert window.runner is not None and window.runner.session.state is State.PAUSED
    assert "Paused" in view.status.text()
    clock.advance(30)
    window.runner.on_timeout()
    assert view.countdown.text() == "0:09"
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    wait_for(window, clock, 9.0)
    assert view.phase_label.text() == "PRESS"
    assert view.where.text() == "Round 1 of 3 · left hand"
    assert view.countdown.text() == "0:10"

    press(qtbot, window, Qt.Key.Key_Right)  # skip to the right hand
    assert view.phase_label.text() == "SWITCH SIDES"
    assert "right hand" in view.where.text()
    assert view.total_left.text() == "0:50 left in all"

    wait_for(window, clock, 1.0)
    press(qtbot, window, Qt.Key.Key_Left)  # 1 s in: back to the left hand
    assert view.where.text() == "Round 1 of 3 · left hand"
    assert view.step_title.text().startswith("Step 2 of 3")

    press(qtbot, window, Qt.Key.Key_Escape)  # stop, confirmed
    assert window.pages.currentIndex() == END
    assert "stopped" in window.end_screen.heading.text()
    assert window.last_summary is not None
    assert window.last_summary.ending == "stopped"

    press(qtbot, window, Qt.Key.Key_Return)  # Done
    assert window.pages.currentIndex() == PICKER


def test_the_routine_runs_to_its_end_screen(window: MainWindow, clock: FakeClock) -> None:
    window.start_selected()
    wait_for(window, clock, 105.0)
    assert window.pages.currentIndex() == END
    assert "finished" in window.end_screen.heading.text()
    assert "3 of 3" in window.end_screen.title.text()


def test_stop_asks_first_and_no_keeps_going(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, answers: Answers
) -> None:
    answers.answer = False
    asked = answers.asked
    window.start_selected()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert asked == ["Stop the session?"]
    assert window.pages.currentIndex() == SESSION
    assert window.runner is not None and window.runner.session.state is State.RUNNING


def test_extend_and_restart_by_key(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.start_selected()
    wait_for(window, clock, 12.0)  # 2 s into the first press
    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.session_view.countdown.text() == "0:23"
    wait_for(window, clock, 1.0)
    press(qtbot, window, Qt.Key.Key_R)
    assert window.session_view.countdown.text() == "0:10"


def test_clicking_a_step_jumps_there(qtbot: QtBot, window: MainWindow) -> None:
    window.start_selected()
    view = window.session_view
    item = view.steps.item(2)
    rect = view.steps.visualItemRect(item)
    qtbot.mouseClick(view.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.runner is not None and window.runner.session.phase.step == 2
    assert view.phase_label.text() == "SWITCH SIDES"


def test_lying_down_mode_keeps_only_the_essentials(qtbot: QtBot, window: MainWindow) -> None:
    window.start_selected()
    press(qtbot, window, Qt.Key.Key_F11)
    view = window.session_view
    assert view.lying_down
    assert view.countdown.isVisible() and view.phase_label.isVisible() and view.where.isVisible()
    assert not view.instruction.isVisible() and not view.steps.isVisible()
    assert not window.toolbar.isVisible()
    press(qtbot, window, Qt.Key.Key_F11)
    assert not view.lying_down and view.steps.isVisible()


def test_the_countdown_is_at_least_a_fifth_of_the_window(window: MainWindow) -> None:
    window.start_selected()
    window.resize(1000, 700)
    QApplication.processEvents()
    digits = window.session_view.countdown.fontMetrics().ascent()
    assert digits >= window.height() / 5 * 0.7  # the digits' cap height, font ascent ~1.4x it
    assert window.session_view.countdown.font().pixelSize() >= window.height() / 5


def test_every_control_has_a_shortcut_in_its_tooltip_and_an_accessible_name(
    window: MainWindow,
) -> None:
    for name in ("start_pause", "back", "skip", "restart", "extend", "stop", "lying_down"):
        action = window.actions_[name]
        assert action.shortcuts(), name
        assert "(" in action.toolTip(), name
        button = window.toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.accessibleName(), name
    for widget in (
        window.picker.list,
        window.picker.start_button,
        window.picker.pregnancy,
        window.session_view.countdown,
        window.session_view.steps,
    ):
        assert widget.accessibleName()


def test_pregnancy_safe_mode_says_what_it_leaves_out_and_is_remembered(
    window: MainWindow, settings: Settings
) -> None:
    window.select_routine("full-session")
    window.picker.pregnancy.setChecked(True)
    assert settings.pregnancy_safe is True
    details = window.picker.details.toPlainText()
    assert "leaves out" in details and "LI4" in details and "contractions" in details
    assert window.picker.start_button.isEnabled()
    window.select_routine("hand-li4")
    assert "Nothing is left" in window.picker.details.toPlainText()
    assert not window.picker.start_button.isEnabled()


def test_the_side_that_hurts_more_goes_first(window: MainWindow) -> None:
    window.picker.right.setChecked(True)
    window.start_selected()
    assert window.timeline is not None
    assert window.timeline.steps[1].side == "right"


def test_a_broken_custom_routine_is_listed_with_its_problems(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    (user_dir / "mine.yaml").write_text(routine_text(routine_id="mine"), encoding="utf-8")
    (user_dir / "broken.yaml").write_text("format: 1\nid: broken\ntitle: [oops\n", encoding="utf-8")
    window.actions_["reload"].trigger()
    texts = [window.picker.list.item(i).text() for i in range(window.picker.list.count())]
    assert any(t.startswith("A test routine (yours)") for t in texts)
    broken = next(
        i
        for i in range(window.picker.list.count())
        if window.picker.list.item(i).text().startswith("broken.yaml")
    )
    item = window.picker.list.item(broken)
    assert item.flags() & Qt.ItemFlag.ItemIsSelectable  # so its details can be read
    assert "broken.yaml:3:" in item.toolTip()


def test_closing_mid_session_asks_first(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    answers.answer = False
    asked = answers.asked
    window.start_selected()
    window.close()
    assert asked == ["Quit"]
    assert window.isVisible()


def with_history(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> tuple[MainWindow, HistoryStore]:
    """A window that records sessions in a history file of its own, on Hand (LI4)."""
    points = shipped_points()
    store = HistoryStore(tmp_path / "history.sqlite3")
    window = MainWindow(settings, clock=clock)
    window.load(points, lambda: scan(points, paths.routines_dir(), None), history=store)
    qtbot.addWidget(window)
    window.select_routine("hand-li4")
    return window, store


def test_a_session_is_saved_with_its_pain_ratings(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path)
    qtbot.mouseClick(window.picker.rating.button(6), Qt.MouseButton.LeftButton)
    window.start_selected()
    wait_for(window, clock, 105.0)
    (record,) = store.sessions()  # saved the moment it ended, before any rating
    assert (record.summary.routine_id, record.pain_before, record.pain_after) == (
        "hand-li4",
        6,
        None,
    )
    qtbot.mouseClick(window.end_screen.rating.button(3), Qt.MouseButton.LeftButton)
    window.end_screen.done_button.click()
    (record,) = store.sessions()
    assert (record.pain_before, record.pain_after, record.summary.ending) == (6, 3, "finished")
    assert window.picker.rating.value() is None  # asked afresh next time


def test_when_history_cannot_be_saved_the_end_screen_says_so(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    from acutimer.history.store import HistoryStore

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the history folder should be")
    points = shipped_points()
    window = MainWindow(settings, clock=clock)
    store = HistoryStore(blocker / "history.sqlite3")
    window.load(points, lambda: scan(points, paths.routines_dir(), None), history=store)
    qtbot.addWidget(window)
    window.select_routine("hand-li4")
    window.start_selected()
    wait_for(window, clock, 105.0)
    assert window.pages.currentIndex() == END
    assert "cannot be saved" in window.end_screen.history_status.text()


@pytest.mark.qt_log_ignore(NO_MEDIA_BACKEND)  # the app opens sound as it starts
def test_starting_the_app_shows_the_safety_note_first_then_starts_the_routine(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acutimer import app as app_module

    calls: list[object] = []
    monkeypatch.setattr(MainWindow, "show_safety", lambda self: calls.append("safety"))
    monkeypatch.setattr(
        MainWindow,
        "start_selected",
        lambda self: calls.append(("start", self.picker.selected_id())),
    )
    # The event loop runs until the start was asked for (routines are listed in the
    # background first), not for a fixed time that a busy machine may not meet.
    monkeypatch.setattr(
        QApplication, "exec", lambda *_: qtbot.waitUntil(lambda: len(calls) >= 2) or 0
    )
    assert app_module.run(routine="hand-li4", start=True, speed=2.0) == 0
    assert calls == ["safety", ("start", "hand-li4")]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()


def test_space_on_the_pregnancy_checkbox_ticks_it_instead_of_starting(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.picker.pregnancy.setFocus()
    qtbot.keyClick(window.picker.pregnancy, Qt.Key.Key_Space)
    assert window.picker.pregnancy.isChecked()
    assert window.pages.currentIndex() == PICKER


def test_the_window_comes_back_at_its_size(
    qtbot: QtBot, settings: Settings, clock: FakeClock
) -> None:
    first = MainWindow(settings, clock=clock)
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 x 600
    first.show()
    first.close()
    second = MainWindow(settings, clock=clock)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_settings_dialog_saves_what_the_person_chose(qtbot: QtBot, settings: Settings) -> None:
    from acutimer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, voice_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled()
    assert "No speech engine" in dialog.voice_note.text()
    dialog.sound.setChecked(False)
    dialog.volume.setValue(35)
    dialog.first_side.setCurrentText("right")
    dialog.on_top.setChecked(True)
    dialog.accept()
    assert (settings.sound, settings.volume, settings.first_side, settings.keep_on_top) == (
        False,
        35,
        "right",
        True,
    )


def test_pregnancy_safe_set_in_settings_reaches_the_picker(
    window: MainWindow, settings: Settings
) -> None:
    settings.pregnancy_safe = True  # as the Settings dialog's OK does
    assert window.picker.pregnancy.isChecked()
    assert not window.picker.start_button.isEnabled()  # hand-li4 has nothing left
    window.picker.right.setChecked(True)
    assert settings.pregnancy_safe is True  # choosing a side leaves it alone
    assert settings.first_side == "right"


def test_a_mistyped_routine_starts_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from acutimer import app as app_module

    started: list[str] = []
    monkeypatch.setattr(MainWindow, "show_safety", lambda self: None)
    monkeypatch.setattr(MainWindow, "start_selected", lambda self: started.append("start"))

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def said() -> bool:
        return any("hand-l14" in w.statusBar().currentMessage() for w in windows())

    # The loop runs until the window has said why (routines are listed in the background
    # first), not for a fixed time that a busy machine may not meet.
    monkeypatch.setattr(QApplication, "exec", lambda *_: qtbot.waitUntil(said) or 0)
    app_module.run(routine="hand-l14", start=True)
    assert started == []
    assert said()
    for widget in windows():
        widget.deleteLater()


def test_the_extend_message_goes_when_the_next_phase_starts(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.start_selected()
    wait_for(window, clock, 12.0)
    press(qtbot, window, Qt.Key.Key_Plus)
    assert "Added 15 seconds" in window.session_view.status.text()
    wait_for(window, clock, 23.0)
    assert window.session_view.phase_label.text() == "RELEASE"
    assert window.session_view.status.text() == ""


def test_skipping_the_after_rating_removes_one_given_by_mistake(
    qtbot: QtBot, clock: FakeClock, settings: Settings, tmp_path: Path
) -> None:
    window, store = with_history(qtbot, clock, settings, tmp_path)
    window.start_selected()
    wait_for(window, clock, 105.0)
    qtbot.mouseClick(window.end_screen.rating.button(5), Qt.MouseButton.LeftButton)
    window.end_screen.done_button.click()
    assert store.sessions()[0].pain_after == 5
    window._show_page(END)  # the same end screen again, as if Done had not been pressed
    qtbot.mouseClick(window.end_screen.rating.skip_button, Qt.MouseButton.LeftButton)
    assert store.sessions()[0].pain_after is None


@pytest.mark.qt_log_ignore(NO_MEDIA_BACKEND)
def test_with_no_sound_server_the_window_flashes_and_says_cues_are_unavailable(
    qtbot: QtBot, clock: FakeClock, settings: Settings
) -> None:
    from acutimer.qt.cues import CuePlayer, cue_sounds
    from acutimer.qt.speech import Speech

    points = shipped_points()
    window = MainWindow(settings, clock=clock, confirm=Answers(True))
    qtbot.addWidget(window)
    cues = CuePlayer(settings, sound=cue_sounds(), speech=Speech(None), parent=window)
    window.load(points, lambda: scan(points, paths.routines_dir(), None), cues=cues)
    flashed: list[str] = []
    cues.visual_cue.connect(flashed.append)
    window.select_routine("hand-li4")
    window.start_selected()
    wait_for(window, clock, 10.5)
    assert flashed[:2] == ["prepare", "press"]
    assert "unavailable" in window.session_view.cue_status.text()
    assert "flashes" in window.session_view.cue_status.text()
    cues.close()


def test_the_cue_problem_is_said_once_under_the_countdown_and_in_the_status_bar_elsewhere(
    settings: Settings, clock: FakeClock, qtbot: QtBot
) -> None:
    from acutimer.qt.cues import CuePlayer, cue_sounds
    from acutimer.qt.speech import Speech

    points = shipped_points()
    window = MainWindow(settings, clock=clock, confirm=Answers(True))
    qtbot.addWidget(window)
    cues = CuePlayer(settings, sound=cue_sounds(), speech=Speech(None), parent=window)
    window.load(points, lambda: scan(points, paths.routines_dir(), None), cues=cues)
    window.on_cue_status("Sound cues are unavailable: no sound output was found.")
    assert "unavailable" in window.statusBar().currentMessage()  # on the picker
    window.select_routine("hand-li4")
    window.start_selected()
    wait_for(window, clock, 1.0)
    assert "unavailable" in window.session_view.cue_status.text()
    assert window.statusBar().currentMessage() == ""  # not twice on the session screen
    window.runner.stop()
    wait_for(window, clock, 1.5)
    window.on_done()
    assert "unavailable" in window.statusBar().currentMessage()  # back on the picker
    cues.close()
