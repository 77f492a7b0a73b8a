"""The core's texts in German, looked up through Qt's translator as the app does.

The safety note above all: every sentence of it must come out in German. Stored and
exchanged values (sound names, sides, phase kinds) stay the same words in every language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from acutimer.core.errors import DataError
from acutimer.core.i18n import translate
from acutimer.core.loader import load_routine_text
from acutimer.core.points import CODES_LEGEND
from acutimer.core.routine import PhaseKind
from acutimer.core.safety import CHECK_FIRST, EMERGENCY, RED_FLAGS, SEE_A_DOCTOR, SOON
from acutimer.core.sides import Side
from acutimer.core.timeline import LIE_ON_SIDE, build_timeline, duration_words
from tests.helpers.german import german
from tests.helpers.routines import line_of, routine_text, shipped_points, shipped_timeline, write


@pytest.fixture
def de(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with german(tmp_path_factory.mktemp("qm")):
        yield


def test_the_safety_note_is_german_every_sentence(de: None) -> None:
    assert translate("Safety", CHECK_FIRST).startswith(
        "Sprechen Sie mit einer Ärztin oder einem Arzt, bevor Sie mit Akupressur beginnen"
    )
    assert "behandelt keine ernsten Ursachen" in translate("Safety", SEE_A_DOCTOR)
    # Country-neutral, as in English: the person knows their own emergency number.
    assert EMERGENCY.heading == (
        "Rufen Sie sofort Ihre Notrufnummer an oder gehen Sie in die Notaufnahme, "
        "wenn Folgendes zutrifft:"
    )
    assert "112" not in EMERGENCY.heading and "911" not in EMERGENCY.heading
    assert SOON.heading.startswith("Gehen Sie bald zu einer Ärztin oder einem Arzt")
    assert "Sie haben Schmerzen in der Brust" in EMERGENCY.signs
    for tier in RED_FLAGS:
        for sign, source in zip(tier.signs, tier.sign_sources, strict=True):
            assert sign != source, f"not translated: {source!r}"
    assert translate("Points", CODES_LEGEND).startswith("Punktbezeichnungen:")


def test_the_safety_note_is_english_again_without_the_translator(qapp: QApplication) -> None:
    assert (
        EMERGENCY.heading == "Call your emergency number or go to the emergency department now if:"
    )
    assert SOON.signs[0] == "You have a fever, or feel generally unwell"


def test_durations_have_german_plural_forms(de: None) -> None:
    assert [duration_words(s) for s in (1, 30, 60, 90, 150)] == [
        "1 Sekunde",
        "30 Sekunden",
        "1 Minute",
        "1 Minute 30 Sekunden",
        "2 Minuten 30 Sekunden",
    ]


def test_a_session_is_said_and_shown_in_german_with_its_codes_unchanged(de: None) -> None:
    timeline = shipped_timeline("hand.yaml")
    prepare, press, release = timeline.phases[:3]
    assert prepare.cue.brief == "Machen Sie sich bereit."
    assert press.cue.speech == "Linke Hand. Drücken Sie L I 4 für 10 Sekunden."
    assert (press.cue.brief, release.cue.speech) == ("Drücken.", "Langsam loslassen.")
    assert release.text.startswith("Lassen Sie langsam nach.")
    switch = next(p for p in timeline.phases if p.kind is PhaseKind.SWITCH)
    assert switch.text == "Wechseln Sie zu Ihrer rechten Hand."
    assert switch.cue.speech == "Wechseln Sie zur rechten Hand."
    # What is stored, exported or played by name stays the same in every language.
    assert (press.cue.sound, switch.cue.sound) == ("press", "switch")
    assert (press.side, switch.side) == (Side.LEFT, Side.RIGHT)
    assert timeline.to_json()["phases"][1]["side"] == "left"


def test_long_ice_asks_for_a_skin_check_in_german(de: None) -> None:
    ice = next(p for p in shipped_timeline("ice.yaml").phases if p.halfway is not None)
    assert ice.halfway is not None
    assert ice.halfway.speech == "Halbzeit. Prüfen Sie die Haut unter dem Eis."
    assert ice.halfway.sound == "check"


GERMAN_LYING = """\
steps:
  - title: Hinlegen
    instruction: Legen Sie sich auf den Rücken und stellen Sie die Knie auf.
    phases:
      - {kind: prepare, seconds: 10}
  - title: Sitzen
    instruction: Setzen Sie sich aufrecht hin.
    phases:
      - {kind: prepare, seconds: 10}
"""


def test_pregnancy_mode_finds_lying_down_in_a_german_instruction(de: None, tmp_path: Path) -> None:
    """A translated routine tells the person to lie down in German: pregnancy mode must
    still add the advice to lie on the side, in German."""
    points = shipped_points()
    text = routine_text(GERMAN_LYING)
    resolved = load_routine_text(text, tmp_path / "lying.yaml", points)
    lying, sitting = build_timeline(resolved, points, pregnancy_safe=True).steps
    advice = translate("Timeline", LIE_ON_SIDE)
    assert advice.startswith("In der späteren Schwangerschaft")
    assert lying.instruction.endswith(advice)
    assert advice not in sitting.instruction


def test_a_file_problem_is_german_at_its_place(de: None, tmp_path: Path) -> None:
    text = routine_text(
        """\
steps:
  - title: Union Valley
    point: LI4
    rounds: 3
    instruction: Squeeze the web of the hand.
    phases:
      - {kind: press, seconds: 0}
      - {kind: release, sekonds: 5}
"""
    )
    path = write(tmp_path, "broken.yaml", text)
    with pytest.raises(DataError) as caught:
        load_routine_text(text, path, shipped_points(), name="broken.yaml")
    lines = str(caught.value).splitlines()
    zero, sekonds = line_of(text, "seconds: 0"), line_of(text, "sekonds")
    zero_column = text.splitlines()[zero - 1].index("0}") + 1
    sekonds_column = text.splitlines()[sekonds - 1].index("sekonds") + 1
    # The place stays path:line:column; the words after it are German.
    assert lines == [
        f"broken.yaml:{zero}:{zero_column}: steps[0].phases[0].seconds: "
        "muss mehr als 0 Sekunden sein; gefunden: 0",
        f"broken.yaml:{sekonds}:{sekonds_column}: unbekannter Schlüssel 'sekonds' in "
        "steps[0].phases[1]; meinten Sie 'seconds'?",
    ]


def test_an_unreadable_file_is_said_in_german(de: None, tmp_path: Path) -> None:
    points = shipped_points()
    with pytest.raises(DataError) as caught:
        load_routine_text("", tmp_path / "empty.yaml", points, name="empty.yaml")
    assert str(caught.value) == "empty.yaml:1:1: die Datei ist leer"
    with pytest.raises(DataError) as caught:
        unclosed = routine_text("steps:\n  - title: a\n    phases: [{kind: press, seconds: 10}\n")
        load_routine_text(unclosed, tmp_path / "x.yaml", points, name="x.yaml")
    assert "YAML-Syntax: diese '[' wird nie geschlossen" in str(caught.value)
