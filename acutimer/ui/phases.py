"""How each kind of phase looks: its word and its colours, the same in every view.

The word is always shown beside the colour, so the colour never carries the meaning
alone. Every colour pair here is checked for contrast (WCAG AA) by tests/ui/test_contrast.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import clock_text

__all__ = [
    "COLOURS",
    "PAUSED_COLOUR",
    "SPOKEN",
    "WORDS",
    "PhasePalette",
    "clock_text",
    "phase_palette",
    "phase_word",
    "spoken_phase",
]

WORDS = {
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("Phases", "GET READY"),
    PhaseKind.PRESS: QT_TRANSLATE_NOOP("Phases", "PRESS"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phases", "HOLD"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("Phases", "RELEASE"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phases", "REST"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("Phases", "MASSAGE"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("Phases", "ICE"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("Phases", "SWITCH SIDES"),
}

SPOKEN = {
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("Phases", "Get ready"),
    PhaseKind.PRESS: QT_TRANSLATE_NOOP("Phases", "Press"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phases", "Hold"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("Phases", "Release"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phases", "Rest"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("Phases", "Massage"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("Phases", "Ice"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("Phases", "Switch sides"),
}
"""The phase as a screen reader says it (capital letters are sometimes spelt out)."""


def phase_word(kind: PhaseKind) -> str:
    """The banner's word ("PRESS") in the user interface's language."""
    return QCoreApplication.translate("Phases", WORDS[kind])


def spoken_phase(kind: PhaseKind) -> str:
    """The phase as said aloud ("Press") in the user interface's language."""
    return QCoreApplication.translate("Phases", SPOKEN[kind])


# Mid-tone colours that read on light and dark backgrounds alike; the phase word is
# drawn in white on them. Press and hold share warm orange (effort), release and rest
# are calm greens and blues, ice is a cold cyan, switching is violet.
COLOURS = {
    PhaseKind.PREPARE: QColor("#5b6b7a"),
    PhaseKind.PRESS: QColor("#c2410c"),
    PhaseKind.HOLD: QColor("#b45309"),
    PhaseKind.RELEASE: QColor("#15803d"),
    PhaseKind.REST: QColor("#1d4ed8"),
    PhaseKind.MASSAGE: QColor("#a21caf"),
    PhaseKind.ICE: QColor("#0e7490"),
    PhaseKind.SWITCH: QColor("#6d28d9"),
}

PAUSED_COLOUR = QColor("#52525b")
"""A neutral grey for the PAUSED banner: no phase colour, so nothing reads as live."""

# High contrast: the same hues, darkened (for white words and digits on white) or
# lightened (for black words and digits on black) to at least 7:1, WCAG's AAA level.
_HIGH_ON_LIGHT = {
    PhaseKind.PREPARE: QColor("#495662"),
    PhaseKind.PRESS: QColor("#953209"),
    PhaseKind.HOLD: QColor("#853d07"),
    PhaseKind.RELEASE: QColor("#105f2d"),
    PhaseKind.REST: QColor("#1a47c4"),
    PhaseKind.MASSAGE: QColor("#8d1898"),
    PhaseKind.ICE: QColor("#0b596f"),
    PhaseKind.SWITCH: QColor("#6826cf"),
}
_HIGH_ON_DARK = {
    PhaseKind.PREPARE: QColor("#89a1b7"),
    PhaseKind.PRESS: QColor("#ff6f34"),
    PhaseKind.HOLD: QColor("#fc740d"),
    PhaseKind.RELEASE: QColor("#1db355"),
    PhaseKind.REST: QColor("#7297ff"),
    PhaseKind.MASSAGE: QColor("#f15cff"),
    PhaseKind.ICE: QColor("#14a8d1"),
    PhaseKind.SWITCH: QColor("#b88bff"),
}


@dataclass(frozen=True)
class PhasePalette:
    """The colours of the session screen for one kind of desktop palette.

    ``banners[kind]`` is the background of the phase word, written in ``banner_text``;
    ``digits[kind]`` colours the countdown on the window background; ``paused`` is the
    PAUSED banner's background (also under ``banner_text``).
    """

    banners: dict[PhaseKind, QColor]
    banner_text: QColor
    digits: dict[PhaseKind, QColor]
    paused: QColor


def phase_palette(*, dark: bool, high_contrast: bool) -> PhasePalette:
    """The session colours for a light or dark window, in normal or high contrast."""
    white, black = QColor("#ffffff"), QColor("#000000")
    if high_contrast and dark:
        return PhasePalette(_HIGH_ON_DARK, black, _HIGH_ON_DARK, QColor("#9c9cad"))
    if high_contrast:
        return PhasePalette(_HIGH_ON_LIGHT, white, _HIGH_ON_LIGHT, PAUSED_COLOUR)
    if dark:  # the digits, lightened, stay clear on a dark window
        lighter = {kind: colour.lighter(160) for kind, colour in COLOURS.items()}
        return PhasePalette(COLOURS, white, lighter, PAUSED_COLOUR)
    return PhasePalette(COLOURS, white, COLOURS, PAUSED_COLOUR)
