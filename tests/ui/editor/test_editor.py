"""The routine editor driven through its widgets, as a person would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from acutimer import cli
from acutimer.ui.editor.point_picker import CODE_ROLE
from acutimer.ui.editor.step_list import StepList
from acutimer.ui.editor.window import RoutineEditor
from acutimer.ui.main_window import MainWindow
from tests.ui.editor.conftest import Answers


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def choose_point(qtbot: QtBot, editor: RoutineEditor, search: str, code: str | None) -> None:
    picker = editor.step_form.picker
    picker.search.clear()
    qtbot.keyClicks(picker.search, search)
    shown = [
        picker.list.item(r)
        for r in range(picker.list.count())
        if not picker.list.item(r).isHidden() and picker.list.item(r).data(CODE_ROLE) == code
    ]
    assert shown, f"{code} is not listed for {search!r}"
    rect = picker.list.visualItemRect(shown[0])
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def fill_step(qtbot: QtBot, editor: RoutineEditor, title: str, instruction: str) -> None:
    type_into(qtbot, editor.step_form.title, title)
    type_into(qtbot, editor.step_form.instruction, instruction)


def set_seconds(qtbot: QtBot, editor: RoutineEditor, row: int, seconds: int) -> None:
    spin = editor.step_form.phase_rows[row].seconds
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(seconds))


def build_physio_three(qtbot: QtBot, editor: RoutineEditor) -> None:
    """Fill in a new routine of three steps, as a person would, with the keyboard and
    the mouse: getting ready, a hand point in two rounds, a back point on both sides."""
    form = editor.routine_form
    type_into(qtbot, form.title, "Physio three")
    assert form.id.text() == "physio-three"  # the id follows the title
    stack = editor.document.undo_stack
    stack.undo()  # the title and the id it gave, in one
    assert (form.title.text(), form.id.text()) == ("", "my-routine")
    stack.redo()
    assert (form.title.text(), form.id.text()) == ("Physio three", "physio-three")
    type_into(qtbot, form.summary, "Three steps my physio gave me.")
    type_into(qtbot, form.audience, "Me, after work.")

    fill_step(qtbot, editor, "Get comfortable", "Sit back and breathe.")
    choose_point(qtbot, editor, "", None)
    kind = editor.step_form.phase_rows[0].kind
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Up)  # press -> get ready
    assert editor.document.data["steps"][0]["phases"][0]["kind"] == "prepare"
    set_seconds(qtbot, editor, 0, 20)

    qtbot.mouseClick(
        next(b for b in editor.findChildren(QPushButton) if b.text() == "Add step"),
        Qt.MouseButton.LeftButton,
    )
    fill_step(qtbot, editor, "Union Valley", "Squeeze the web of the hand.")
    choose_point(qtbot, editor, "union", "LI4")
    rounds = editor.step_form.rounds
    rounds.setFocus()
    qtbot.keyClick(rounds, Qt.Key.Key_Up)  # 1 -> 2 rounds
    qtbot.mouseClick(editor.step_form.add_phase, Qt.MouseButton.LeftButton)
    assert len(editor.step_form.phase_rows) == 2  # press, then release

    editor.add_step_action.trigger()
    fill_step(qtbot, editor, "Kidney Shu", "Both thumbs beside the spine.")
    choose_point(qtbot, editor, "kidney", "BL23")
    side = editor.step_form.side
    side.setFocus()
    qtbot.keyClick(side, Qt.Key.Key_Down)  # each side in turn -> both at once
    assert editor.document.data["steps"][2]["side"] == "both"


def test_a_routine_made_from_nothing_is_saved_listed_and_picked(
    qtbot: QtBot, window: MainWindow, user_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    editor = window.routine_menu.new_routine()
    qtbot.addWidget(editor)
    assert not editor.save_action.isEnabled()  # nothing filled in yet
    build_physio_three(qtbot, editor)
    assert editor.document.problems == []
    assert editor.save_action.isEnabled()
    # 20 s ready + 2 rounds of (30 s press + 10 s release) on each hand + 10 s switch + 30 s
    assert editor.total.text() == "Total 3:40"
    editor.save_action.trigger()

    saved = user_dir / "physio-three.yaml"
    assert saved.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    assert (user_dir / "schema" / "routine.schema.json").is_file()
    assert window.picker.selected_id() == "physio-three"
    assert cli.main(["list", "--json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["physio-three"]["source"] == "user"
    assert listed["physio-three"]["points"] == ["LI4", "BL23"]
    assert listed["physio-three"]["seconds"] == 220


def test_a_broken_rule_is_shown_at_its_field_and_blocks_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_routine("ice")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.save_action.isEnabled()
    editor.select(("steps", 1))
    row = editor.step_form.phase_rows[0]
    set_seconds(qtbot, editor, 0, 1500)  # ice for 25 minutes
    messages = editor.binder.bindings
    shown = [b.problems.messages() for b in messages if b.widget is row.seconds]
    assert shown and "never more than 20 minutes" in shown[0][0]
    assert not editor.save_action.isEnabled()
    assert editor.strip.timeline is None
    assert "phase 1" in editor.problem_list.item(0).text()

    editor.routine_form.title.selectAll()
    qtbot.keyClick(editor.routine_form.title, Qt.Key.Key_Delete)
    title = [b.problems.messages() for b in messages if b.widget is editor.routine_form.title]
    assert title == [["Must not be empty"]] or title[0][0].endswith("must not be empty")


def test_undo_and_redo_with_the_usual_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("hand-li4")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitExposed(window)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    title = editor.routine_form.title
    before = title.text()
    type_into(qtbot, title, " plus")
    assert title.text() == before + " plus"
    steps = len(editor.document.data["steps"])
    editor.add_step_action.trigger()
    assert len(editor.document.data["steps"]) == steps + 1

    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the new step
    assert len(editor.document.data["steps"]) == steps
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing
    assert title.text() == before
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(title, Qt.Key.Key_Z, redo)
    assert title.text() == before + " plus"
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.document.data["steps"]) == steps + 1


def test_steps_reorder_by_keyboard_and_by_drop(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("behind-knees")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    first = editor.document.data["steps"][0]["title"]
    editor.select(("steps", 0))
    editor.down_action.trigger()
    assert editor.document.data["steps"][1]["title"] == first
    assert editor.steps.current_path() == ("steps", 1)
    editor.up_action.trigger()
    assert editor.document.data["steps"][0]["title"] == first
    # Dropped on the each-side group: the step goes inside it, at its end.
    editor.on_drop(("steps", 0), ("steps", 1), "on")
    group = editor.document.data["steps"][0]["each_side"]["steps"]
    assert group[-1]["title"] == first
    assert editor.document.problems  # a step without a point cannot be done on each side
    editor.document.undo_stack.undo()
    assert editor.document.data["steps"][0]["title"] == first
    # Duplicate, then Delete with the list focused takes the copy away again.
    editor.select(("steps", 0))
    editor.duplicate_action.trigger()
    assert editor.document.data["steps"][1]["title"] == f"{first} (again)"
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Delete)
    assert [s.get("title") for s in editor.document.data["steps"]][:1] == [first]
    assert len(editor.document.data["steps"]) == 2


HAND_WRITTEN = """\
# From my physio, 3 March. Do it after the walk.
format: 1
id: physio
title: Physio routine   # she calls it "the morning one"
summary: Two presses.
audience: Me.
steps:
  # first the hand
  - title: Hand
    point: LI4
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 10}   # ten is enough
      - {kind: release, seconds: 5}
"""


def test_a_hand_written_file_keeps_its_comments(
    qtbot: QtBot, window: MainWindow, user_dir: Path, answers: Answers
) -> None:
    path = user_dir / "physio.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    window.reload_routines()
    assert window.select_routine("physio")
    editor = window.routine_menu.edit_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    title = editor.routine_form.title
    title.selectAll()
    type_into(qtbot, title, "Morning routine")
    assert editor.save()
    assert answers.questions == []  # nothing to warn about
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN.replace(
        "Physio routine", "Morning routine"
    )
    # A new step cannot be patched in: the editor says so before it rewrites the file.
    editor.add_step_action.trigger()
    fill_step(qtbot, editor, "Again", "Once more.")
    answers.reply = False
    assert not editor.save()
    assert "comments" in answers.questions[-1]
    assert "# ten is enough" in path.read_text(encoding="utf-8")
    answers.reply = True
    assert editor.save()
    assert "# ten is enough" not in path.read_text(encoding="utf-8")
    assert window.picker.selected_id() == "physio"


def test_built_ins_cannot_be_deleted_and_own_routines_can(
    window: MainWindow, user_dir: Path, answers: Answers
) -> None:
    window.select_routine("hand-li4")
    actions = window.routine_menu.actions
    assert not actions["delete"].isEnabled() and not actions["edit"].isEnabled()
    assert not window.routine_menu.delete_selected()
    (user_dir / "physio.yaml").write_text(HAND_WRITTEN, encoding="utf-8")
    window.reload_routines()
    window.select_routine("physio")
    assert actions["delete"].isEnabled()
    answers.reply = False
    assert not window.routine_menu.delete_selected()
    assert (user_dir / "physio.yaml").exists()
    answers.reply = True
    assert window.routine_menu.delete_selected()
    assert not (user_dir / "physio.yaml").exists()
    assert (user_dir / "deleted" / "physio.yaml").read_text(encoding="utf-8") == HAND_WRITTEN
    assert "physio" not in [e.id for e in window.picker.entries]


def test_a_group_step_leaves_the_group_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("behind-knees")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    inner = editor.document.data["steps"][1]["each_side"]["steps"][0]["title"]
    editor.select(("steps", 1, "each_side", "steps", 0))
    editor.up_action.trigger()  # first in its group: out, before the group
    assert editor.document.data["steps"][1]["title"] == inner
    assert editor.steps.current_path() == ("steps", 1)
    assert editor.document.problems == []


def test_a_group_switch_time_is_its_own_or_the_routines(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("behind-knees")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    editor.select(("steps", 1))
    switch = editor.group_form.switch
    assert switch.text() == "as for the whole routine"
    total = editor.total.text()
    switch.setValue(30)
    assert editor.document.data["steps"][1]["each_side"]["switch_seconds"] == 30
    assert editor.total.text() != total  # 20 s more to switch
    switch.setValue(switch.minimum())
    assert "switch_seconds" not in editor.document.data["steps"][1]["each_side"]
    assert editor.total.text() == total


def test_the_routine_is_tried_at_speed_from_the_editor(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    from acutimer.commands import format_timeline
    from acutimer.ui.editor.try_window import timeline_dialog
    from tests.helpers.clock import FakeClock

    window.select_routine("hand-li4")
    clock = FakeClock()
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    editor._clock = clock
    qtbot.addWidget(editor)
    timeline = editor.document.timeline
    assert timeline is not None
    dialog = timeline_dialog(timeline, editor)
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(editor.step_form.instruction)).toPlainText()
    assert text == format_timeline(timeline)

    editor.speed.setValue(10)
    editor.try_action.trigger()
    trial = editor.try_window
    assert trial is not None
    assert trial.phase.text() == "GET READY"
    clock.now += 1.05  # 10.5 s of routine time at ten times the speed
    trial.runner.on_timeout()
    assert trial.phase.text() == "PRESS"
    assert "Union Valley" in trial.step.text()
    trial.close()
    assert trial.runner.session.state == "stopped"


def drag_onto(tree: StepList, source: QTreeWidgetItem, target: QTreeWidgetItem, where: str) -> None:
    """Let go of ``source`` over the top, middle or bottom of ``target``.

    Qt delivers a drop to the list only for a drag that started in it, which a test
    cannot start (QDrag.exec runs its own event loop), so the drop is handed to the
    list's handler as Qt would hand it."""
    tree.setCurrentItem(source)
    rect = tree.visualItemRect(target)
    y = {"above": rect.top() + 1, "on": rect.center().y(), "below": rect.bottom() - 1}[where]
    mime = tree.mimeData([source])
    event = QDropEvent(
        QPointF(rect.center().x(), y),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # Qt deletes no row itself


def test_steps_reorder_by_dragging_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.select_routine("behind-knees")
    editor = window.routine_menu.customise_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    editor.show()
    tree = editor.steps
    titles = lambda: [s.get("title", "group") for s in editor.document.data["steps"]]  # noqa: E731
    first = titles()[0]
    drag_onto(tree, tree.topLevelItem(0), tree.topLevelItem(1), "below")
    assert titles() == ["group", first]
    assert tree.topLevelItemCount() == 2  # the tree is rebuilt, not moved by Qt itself
    group = tree.topLevelItem(0)
    drag_onto(tree, group.child(1), group.child(0), "above")
    inside = lambda: [s["title"] for s in editor.document.data["steps"][0]["each_side"]["steps"]]  # noqa: E731
    assert inside() == ["Commanding Activity", "Commanding Middle"]
    drag_onto(tree, tree.topLevelItem(1), tree.topLevelItem(0), "on")  # into the group
    assert titles() == ["group"]
    assert inside()[-1] == first


def test_made_tried_saved_exported_and_imported_again_without_a_text_editor(
    qtbot: QtBot,
    window: MainWindow,
    user_dir: Path,
    tmp_path: Path,
    answers: Answers,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The issue's "done means", through the window only."""
    from tests.helpers.clock import FakeClock

    editor = window.routine_menu.new_routine()
    qtbot.addWidget(editor)
    build_physio_three(qtbot, editor)
    clock = FakeClock()
    editor._clock = clock
    editor.try_action.trigger()
    assert editor.try_window is not None
    assert editor.try_window.phase.text() == "GET READY"
    editor.try_window.close()
    assert editor.save()
    assert cli.main(["timeline", "physio-three", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)

    shared = tmp_path / "to-share.yaml"
    assert window.routine_menu.export_selected(shared) == shared
    assert window.routine_menu.delete_selected()
    assert "physio-three" not in [e.id for e in window.picker.entries]
    assert window.routine_menu.import_files([shared]) == ["physio-three"]
    assert window.picker.selected_id() == "physio-three"
    assert cli.main(["timeline", "physio-three", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == before
    assert answers.problems == []


def test_a_blank_new_routine_waits_for_typing_before_it_points_at_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.routine_menu.new_routine()
    qtbot.addWidget(editor)
    title = editor.routine_form.title
    shown = lambda widget: next(  # noqa: E731
        b.problems.messages() for b in editor.binder.bindings if b.widget is widget
    )
    assert shown(title) == []  # untouched and empty: no red under it yet
    assert "Title: must not be empty" in editor.problem_list.item(0).text()
    assert not editor.save_action.isEnabled()
    type_into(qtbot, title, "x")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # typed, then emptied again
    assert shown(title) == ["must not be empty"]
