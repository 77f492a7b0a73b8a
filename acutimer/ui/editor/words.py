"""The editor's words for what a routine file holds: its keys, kinds of phase and sides.

The file's own words (``switch_seconds``, ``press``, ``each``) stay in the file; the
person editing sees these, in the app's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.routine import PhaseKind
from acutimer.core.sides import StepSide

_FIELDS = {
    "format": QT_TRANSLATE_NOOP("EditorWords", "file format"),
    "id": QT_TRANSLATE_NOOP("EditorWords", "id"),
    "title": QT_TRANSLATE_NOOP("EditorWords", "title"),
    "summary": QT_TRANSLATE_NOOP("EditorWords", "summary"),
    "audience": QT_TRANSLATE_NOOP("EditorWords", "who it is for"),
    "cautions": QT_TRANSLATE_NOOP("EditorWords", "cautions"),
    "switch_seconds": QT_TRANSLATE_NOOP("EditorWords", "time to switch sides"),
    "steps": QT_TRANSLATE_NOOP("EditorWords", "steps"),
    "point": QT_TRANSLATE_NOOP("EditorWords", "point"),
    "side": QT_TRANSLATE_NOOP("EditorWords", "side"),
    "rounds": QT_TRANSLATE_NOOP("EditorWords", "rounds"),
    "optional": QT_TRANSLATE_NOOP("EditorWords", "optional"),
    "instruction": QT_TRANSLATE_NOOP("EditorWords", "instruction"),
    "phases": QT_TRANSLATE_NOOP("EditorWords", "phases"),
    "kind": QT_TRANSLATE_NOOP("EditorWords", "kind"),
    "seconds": QT_TRANSLATE_NOOP("EditorWords", "seconds"),
    "text": QT_TRANSLATE_NOOP("EditorWords", "own words"),
    "include": QT_TRANSLATE_NOOP("EditorWords", "routine to include"),
    "each_side": QT_TRANSLATE_NOOP("EditorWords", "each-side group"),
}

_KINDS = {
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("EditorWords", "Get ready"),
    PhaseKind.PRESS: QT_TRANSLATE_NOOP("EditorWords", "Press"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("EditorWords", "Hold"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("EditorWords", "Release"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("EditorWords", "Rest"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("EditorWords", "Massage"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("EditorWords", "Ice"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("EditorWords", "Switch sides"),
}

_SIDES = {
    StepSide.EACH.value: QT_TRANSLATE_NOOP("EditorWords", "each side in turn"),
    StepSide.BOTH.value: QT_TRANSLATE_NOOP("EditorWords", "both sides at once"),
    StepSide.NONE.value: QT_TRANSLATE_NOOP("EditorWords", "no side"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorWords", text)


def field_words(key: Any) -> str:
    """'time to switch sides' for ``switch_seconds``; a key the file should not have
    (a misspelt one) is shown as it is written."""
    words = _FIELDS.get(str(key))
    return _tr(words) if words else str(key)


def kind_words(kind: PhaseKind) -> str:
    """'Press', 'Get ready': a kind of phase as the editor names it."""
    return _tr(_KINDS[kind])


def side_words(side: Any) -> str:
    """'each side in turn' for a step's ``side: each``; an unknown word as written."""
    words = _SIDES.get(str(side))
    return _tr(words) if words else str(side)


def first_upper(text: str) -> str:
    """'Time to switch sides': the first letter raised, the rest left alone."""
    return text[:1].upper() + text[1:]
