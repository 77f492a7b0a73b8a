"""The routine editor in German: its menus, labels, live problems and step list, with
German plural forms, while the file it writes keeps the file format's own words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from acutimer.ui.editor.document import EditorDocument, new_routine
from acutimer.ui.editor.window import RoutineEditor
from tests.helpers.clock import FakeClock
from tests.helpers.german import german
from tests.helpers.routines import routine_text, shipped_points

TWO_STEPS = """\
steps:
  - title: Get comfortable
    instruction: Sit back and breathe.
    phases:
      - {kind: prepare, seconds: 10}
  - title: Union Valley
    point: LI4
    rounds: 3
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 10}
      - {kind: release, seconds: 5}
  - title: Once more
    point: LI4
    side: both
    rounds: 1
    instruction: Squeeze both hands.
    phases:
      - {kind: press, seconds: 10}
"""


@pytest.fixture
def de(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with german(tmp_path_factory.mktemp("qm")):
        yield


def editor_for(qtbot: QtBot, user_dir: Path, data: dict[str, object]) -> RoutineEditor:
    document = EditorDocument(shipped_points(), user_dir, data)
    editor = RoutineEditor(document, ask=lambda title, question: True, clock=FakeClock())
    qtbot.addWidget(editor)
    return editor


def test_a_new_routine_in_german(de: None, qtbot: QtBot, tmp_path: Path) -> None:
    editor = editor_for(qtbot, tmp_path, new_routine("my-routine"))
    bar = [action.text() for action in editor.menuBar().actions()]
    assert bar == ["&Datei", "&Bearbeiten", "Sch&ritte"]
    assert editor.save_action.text() == "&Speichern"
    assert editor.windowTitle() == "Neue Übung – Übung bearbeiten"
    boxes = {box.title() for box in editor.findChildren(QGroupBox)}
    assert {"Übung", "Schritt"} <= boxes
    labels = {label.text() for label in editor.findChildren(QLabel)}
    assert {"&Titel", "&Kennung", "&Zusammenfassung", "T&itel des Schritts", "&Punkt"} <= labels
    kinds = editor.step_form.phase_rows[0].kind
    assert [kinds.itemText(i) for i in range(kinds.count())][:3] == [
        "Vorbereiten",
        "Drücken",
        "Loslassen",
    ]
    # The problems of a blank routine, each with where it is, in German.
    problems = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert "Titel: darf nicht leer sein" in problems
    assert "Eintrag 1, Titel: darf nicht leer sein" in problems
    assert editor.total.text() == "Gesamt —"


def test_typing_is_checked_live_and_undone_by_name_in_german(
    de: None, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = editor_for(qtbot, tmp_path, new_routine("my-routine"))
    title = editor.routine_form.title
    title.setFocus()
    qtbot.keyClicks(title, "Meine Übung")
    assert editor.undo_action.text() == "&Rückgängig: Titel ändern"
    editor.step_form.phase_rows[0].seconds.setValue(0)
    seconds = next(
        b for b in editor.binder.bindings if b.widget is editor.step_form.phase_rows[0].seconds
    )
    assert seconds.problems.messages() == ["muss mehr als 0 Sekunden sein; gefunden: 0"]
    assert seconds.problems.text() == "⚠ Muss mehr als 0 Sekunden sein; gefunden: 0"


def test_the_step_list_counts_rounds_in_german(de: None, qtbot: QtBot, tmp_path: Path) -> None:
    data = yaml.safe_load(routine_text(TWO_STEPS))
    editor = editor_for(qtbot, tmp_path, data)
    rows = [editor.steps.topLevelItem(i).text(0) for i in range(editor.steps.topLevelItemCount())]
    assert rows == [
        "1. Get comfortable · 0:10",
        "2. Union Valley — LI4 · 0:45 · 3 Runden",
        "3. Once more — LI4, beide Seiten zugleich · 0:10 · 1 Runde",
    ]
    assert (
        editor.problem_list.item(0).text() == "✓ Keine Fehler: Die Übung kann gespeichert werden."
    )
    # The file keeps the format's own words.
    assert "side: both" in editor.document.text()


def test_a_trial_run_in_german(de: None, qtbot: QtBot, tmp_path: Path) -> None:
    data = yaml.safe_load(routine_text(TWO_STEPS))
    editor = editor_for(qtbot, tmp_path, data)
    editor.try_action.trigger()
    trial = editor.try_window
    assert trial is not None
    qtbot.addWidget(trial)
    assert trial.phase.text() == "VORBEREITEN"
    assert trial.step.text().startswith("Schritt 1: Get comfortable")
    assert trial.pause.text() == "&Pause" and trial.stop.text() == "&Stopp"
    trial.close()


def test_the_editor_is_english_again_afterwards(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    data = yaml.safe_load(routine_text(TWO_STEPS))
    editor = editor_for(qtbot, tmp_path, data)
    assert [a.text() for a in editor.menuBar().actions()] == ["&File", "&Edit", "&Steps"]
    rows = [editor.steps.topLevelItem(i).text(0) for i in range(editor.steps.topLevelItemCount())]
    assert rows[1:] == [
        "2. Union Valley — LI4 · 0:45 · 3 rounds",
        "3. Once more — LI4, both sides at once · 0:10 · 1 round",
    ]


def test_the_longer_german_words_fit_without_a_sideways_scroll_bar(
    de: None, qtbot: QtBot, tmp_path: Path
) -> None:
    data = yaml.safe_load(routine_text(TWO_STEPS))
    editor = editor_for(qtbot, tmp_path, data)
    editor.resize(1280, 720)
    editor.show()
    qtbot.waitExposed(editor)
    left = editor._splitter.widget(0)
    assert isinstance(left, QScrollArea)
    # The German buttons under the step list ask for more than the English ones...
    assert left.widget().minimumSizeHint().width() > 448
    # ...and get it: every button is in sight, none behind a sideways scroll bar.
    assert left.horizontalScrollBar().maximum() == 0
