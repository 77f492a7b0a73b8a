"""The window's counted and composed words, in English and in German, as a person reads
them: plural forms right in both, phase words, the plan's unit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer.core.routine import PhaseKind
from acutimer.qt import language
from acutimer.qt.settings import Settings
from acutimer.ui.end_screen import EndScreen
from acutimer.ui.phases import phase_word, spoken_phase
from acutimer.ui.settings_dialog import SettingsDialog
from tests.history.factories import summary


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed = language.install("de", cache=tmp_path / "translations")
    yield
    installed.remove()


def summary_lines(qtbot: QtBot, steps: tuple[int, int, int, int]) -> str:
    screen = EndScreen()
    qtbot.addWidget(screen)
    screen.show_summary(summary(title="Hand", minutes=1.75, steps=steps), {PhaseKind.PRESS})
    return screen.title.text()


def plan_suffix(qtbot: QtBot, tmp_path: Path, per_week: int) -> str:
    settings = Settings.at(tmp_path / "s.ini")
    settings.plan_per_week = per_week
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog.plan.suffix()


def test_english_counts_its_plurals(qtbot: QtBot, tmp_path: Path) -> None:
    assert summary_lines(qtbot, (1, 1, 0, 0)).endswith("1 of 1 step done")
    assert summary_lines(qtbot, (3, 2, 1, 2)).endswith(
        "2 of 3 steps done (1 skipped and 2 held longer)"
    )
    assert plan_suffix(qtbot, tmp_path, 1) == " session a week"
    assert plan_suffix(qtbot, tmp_path, 3) == " sessions a week"


def test_german_counts_its_plurals_and_names_the_phases(
    german: None, qtbot: QtBot, tmp_path: Path
) -> None:
    lines = summary_lines(qtbot, (3, 2, 1, 2))
    assert lines == (
        "Hand: 1 Minute 45 Sekunden Drücken\n"
        "2 von 3 Schritten erledigt (1 übersprungen und 2 länger gehalten)"
    )
    assert summary_lines(qtbot, (1, 1, 0, 0)).endswith("1 von 1 Schritt erledigt")
    assert plan_suffix(qtbot, tmp_path, 1) == " Sitzung pro Woche"
    assert plan_suffix(qtbot, tmp_path, 3) == " Sitzungen pro Woche"
    assert phase_word(PhaseKind.PRESS) == "DRÜCKEN"
    assert spoken_phase(PhaseKind.SWITCH) == "Seite wechseln"
