"""Sides of the body: what a routine file asks for, where a phase is pressed, and the
words for it.

Kept apart from the models so the command line and the settings can name a side
without loading the routine models.
"""

from __future__ import annotations

import enum

from acutimer.core.i18n import QT_TRANSLATE_NOOP, translate


class Side(enum.StrEnum):
    """Where a phase is pressed: one side of the body, or both at once."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def other(self) -> Side:
        return {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(self, self)


FIRST_SIDES = (Side.LEFT, Side.RIGHT)
"""The sides a session may start on (the one that hurts more goes first)."""


class StepSide(enum.StrEnum):
    """A routine step's ``side:``: one side then the other, both at once, or no side."""

    EACH = "each"
    BOTH = "both"
    NONE = "none"


# Whole phrases for every side and body part (None: the trunk), never "left" + "hand":
# other languages inflect them (German: "linke Hand", "linkes Knie", "zum linken Fuß").
_WHERE = {
    (Side.LEFT, None): QT_TRANSLATE_NOOP("Sides", "left side"),
    (Side.RIGHT, None): QT_TRANSLATE_NOOP("Sides", "right side"),
    (Side.BOTH, None): QT_TRANSLATE_NOOP("Sides", "both sides"),
    (Side.LEFT, "hand"): QT_TRANSLATE_NOOP("Sides", "left hand"),
    (Side.RIGHT, "hand"): QT_TRANSLATE_NOOP("Sides", "right hand"),
    (Side.BOTH, "hand"): QT_TRANSLATE_NOOP("Sides", "both hands"),
    (Side.LEFT, "forearm"): QT_TRANSLATE_NOOP("Sides", "left forearm"),
    (Side.RIGHT, "forearm"): QT_TRANSLATE_NOOP("Sides", "right forearm"),
    (Side.BOTH, "forearm"): QT_TRANSLATE_NOOP("Sides", "both forearms"),
    (Side.LEFT, "foot"): QT_TRANSLATE_NOOP("Sides", "left foot"),
    (Side.RIGHT, "foot"): QT_TRANSLATE_NOOP("Sides", "right foot"),
    (Side.BOTH, "foot"): QT_TRANSLATE_NOOP("Sides", "both feet"),
    (Side.LEFT, "knee"): QT_TRANSLATE_NOOP("Sides", "left knee"),
    (Side.RIGHT, "knee"): QT_TRANSLATE_NOOP("Sides", "right knee"),
    (Side.BOTH, "knee"): QT_TRANSLATE_NOOP("Sides", "both knees"),
}

# What the window shows, and what the voice says, when the other side begins.
_SWITCH_TEXT = {
    (Side.LEFT, None): QT_TRANSLATE_NOOP("Sides", "Switch to your left side."),
    (Side.RIGHT, None): QT_TRANSLATE_NOOP("Sides", "Switch to your right side."),
    (Side.LEFT, "hand"): QT_TRANSLATE_NOOP("Sides", "Switch to your left hand."),
    (Side.RIGHT, "hand"): QT_TRANSLATE_NOOP("Sides", "Switch to your right hand."),
    (Side.LEFT, "forearm"): QT_TRANSLATE_NOOP("Sides", "Switch to your left forearm."),
    (Side.RIGHT, "forearm"): QT_TRANSLATE_NOOP("Sides", "Switch to your right forearm."),
    (Side.LEFT, "foot"): QT_TRANSLATE_NOOP("Sides", "Switch to your left foot."),
    (Side.RIGHT, "foot"): QT_TRANSLATE_NOOP("Sides", "Switch to your right foot."),
    (Side.LEFT, "knee"): QT_TRANSLATE_NOOP("Sides", "Switch to your left knee."),
    (Side.RIGHT, "knee"): QT_TRANSLATE_NOOP("Sides", "Switch to your right knee."),
}
_SWITCH_CUE = {
    (Side.LEFT, None): QT_TRANSLATE_NOOP("Sides", "Switch to the left side."),
    (Side.RIGHT, None): QT_TRANSLATE_NOOP("Sides", "Switch to the right side."),
    (Side.LEFT, "hand"): QT_TRANSLATE_NOOP("Sides", "Switch to the left hand."),
    (Side.RIGHT, "hand"): QT_TRANSLATE_NOOP("Sides", "Switch to the right hand."),
    (Side.LEFT, "forearm"): QT_TRANSLATE_NOOP("Sides", "Switch to the left forearm."),
    (Side.RIGHT, "forearm"): QT_TRANSLATE_NOOP("Sides", "Switch to the right forearm."),
    (Side.LEFT, "foot"): QT_TRANSLATE_NOOP("Sides", "Switch to the left foot."),
    (Side.RIGHT, "foot"): QT_TRANSLATE_NOOP("Sides", "Switch to the right foot."),
    (Side.LEFT, "knee"): QT_TRANSLATE_NOOP("Sides", "Switch to the left knee."),
    (Side.RIGHT, "knee"): QT_TRANSLATE_NOOP("Sides", "Switch to the right knee."),
}
SWITCH_SIDES = QT_TRANSLATE_NOOP("Sides", "Switch sides.")


def _phrase(table: dict[tuple[Side, str | None], str], side: Side, limb: str | None) -> str:
    # A body part without words of its own (a view added later) is named as a side.
    text = table.get((side, limb)) or table.get((side, None))
    return translate("Sides", text) if text else translate("Sides", SWITCH_SIDES)


def where_words(side: Side, limb: str | None) -> str:
    """'left hand', 'both knees', 'right side': where to press, in the app's language."""
    return _phrase(_WHERE, side, limb)


def switch_text(side: Side, limb: str | None) -> str:
    """'Switch to your left hand.': the window's words as the other side begins."""
    return _phrase(_SWITCH_TEXT, side, limb)


def switch_cue(side: Side, limb: str | None) -> str:
    """'Switch to the left hand.': the voice's words as the other side begins."""
    return _phrase(_SWITCH_CUE, side, limb)
