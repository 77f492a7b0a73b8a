"""How each kind of phase looks: its word and its colour, the same in every view."""

from __future__ import annotations

from PySide6.QtGui import QColor

from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import clock_text

__all__ = ["COLOURS", "PAUSED_COLOUR", "WORDS", "clock_text"]

WORDS = {
    PhaseKind.PREPARE: "GET READY",
    PhaseKind.PRESS: "PRESS",
    PhaseKind.HOLD: "HOLD",
    PhaseKind.RELEASE: "RELEASE",
    PhaseKind.REST: "REST",
    PhaseKind.MASSAGE: "MASSAGE",
    PhaseKind.ICE: "ICE",
    PhaseKind.SWITCH: "SWITCH SIDES",
}

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
