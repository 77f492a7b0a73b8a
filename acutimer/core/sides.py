"""Sides of the body: what a routine file asks for, and where a phase is pressed.

Kept apart from the models so the command line and the settings can name a side
without loading the routine models.
"""

from __future__ import annotations

import enum


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
