"""The routine file format (``format: 1``): the one declaration of what a routine may say.

A routine is a list of items. An item is a step (one point, or none for ice and
preparation), an ``each_side`` block (its steps done on one side, then the other, with
a switch between), or an ``include`` of another routine file from the same folder.
"""

from __future__ import annotations

import enum
from typing import Any

from acutimer.core.errors import FileProblems
from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill
from acutimer.core.model import (
    Boolean,
    Choice,
    ListOf,
    Nested,
    Nullable,
    Number,
    OneOf,
    Text,
    Whole,
    declared,
    record,
)
from acutimer.core.sides import StepSide
from acutimer.core.validation import FORMAT_VERSION, TEXT

TITLE = Text(max_length=80)
ROUTINE_ID = Text(
    max_length=60,
    strip=False,
    pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
    pattern_words=QT_TRANSLATE_NOOP(
        "FileProblems",
        "lowercase letters and digits, words joined by single hyphens (like hand-li4)",
    ),
)

MAX_PHASE_SECONDS = 3600
"""No single phase lasts over an hour: a typo like ``seconds: 6000`` is caught."""
MAX_ICE_SECONDS = 20 * 60
"""Ice is never left on for more than 20 minutes (skin damage)."""
MAX_ROUTINE_SECONDS = 4 * 3600
SWITCH_SECONDS = Number(ge=3, le=60, unit="seconds")


class PhaseKind(enum.StrEnum):
    """What the person does during a phase. ``switch`` is added by the timeline, never written."""

    PREPARE = "prepare"
    PRESS = "press"
    RELEASE = "release"
    REST = "rest"
    HOLD = "hold"
    MASSAGE = "massage"
    ICE = "ice"
    SWITCH = "switch"


WRITABLE_KINDS = tuple(k for k in PhaseKind if k is not PhaseKind.SWITCH)


@record
class PhaseSpec:
    """One timed part of a step: press 10 s, release 5 s..."""

    kind: PhaseKind = declared(OneOf(WRITABLE_KINDS))
    # Whole or decimal; YAML's true/false and quoted "30" are mistakes, not 1 and 30 seconds.
    seconds: float = declared(
        Number(gt=0, le=MAX_PHASE_SECONDS, unit="seconds"), "How long, in seconds"
    )
    text: str | None = declared(
        Nullable(TEXT), "What to do; defaults to the step's instruction", default=None
    )

    def rules(self) -> list[tuple[str, str]]:
        if self.kind is PhaseKind.ICE and self.seconds > MAX_ICE_SECONDS:
            message = FileProblems.tr(
                "ice for {seconds} seconds ({minutes} minutes) is too long: never more than "
                "20 minutes (1200 seconds) at a time"
            )
            minutes = f"{self.seconds / 60:.3g}"
            return [("seconds", fill(message, seconds=f"{self.seconds:g}", minutes=minutes))]
        return []


@record
class StepSpec:
    """One step: a point (or none), which side(s), and the phases, repeated ``rounds`` times."""

    title: str = declared(TITLE)
    point: str | None = declared(
        Nullable(Text(max_length=10, strip=False)),
        "WHO code of the point from points.yaml, or none for ice or rest",
        default=None,
    )
    side: StepSide | None = declared(
        Nullable(OneOf(StepSide)),
        "each: one side, then the other; both: both sides at once (two thumbs); "
        "none: no side. Default: each for a point, none without one",
        default=None,
    )
    rounds: int = declared(Whole(ge=1, le=20), default=1)
    optional: bool = declared(
        Boolean(), "The step may be skipped; the window says so", default=False
    )
    instruction: str = declared(TEXT)
    phases: list[PhaseSpec] = declared(ListOf(Nested(PhaseSpec), min_length=1, max_length=20))

    def rules(self) -> list[tuple[None, str]]:
        if self.point is None and self.side not in (None, StepSide.NONE):
            side = self.side.value if self.side else ""
            message = FileProblems.tr("side {side} needs a point; a step without one has no side")
            return [(None, fill(message, side=repr(side)))]
        if self.point is not None and self.side is StepSide.NONE:
            message = FileProblems.tr(
                "every point is on both sides of the body: use side each or both"
            )
            return [(None, message)]
        return []

    @property
    def effective_side(self) -> StepSide:
        if self.side is not None:
            return self.side
        return StepSide.NONE if self.point is None else StepSide.EACH


@record
class EachSideBody:
    """Steps done on the first side, then all of them again on the other side."""

    steps: list[StepSpec] = declared(ListOf(Nested(StepSpec), min_length=1, max_length=50))
    # Lets one self-contained file (an export with its includes flattened) keep the
    # switch time of each part it came from (hand.yaml switches in 5 s, others in 10).
    switch_seconds: float | None = declared(
        Nullable(SWITCH_SECONDS),
        "Time to change sides in this group; default: the routine's switch_seconds",
        default=None,
    )

    def rules(self) -> list[tuple[None, str]]:
        message = FileProblems.tr("step {title} is inside each_side, so it must be side: each")
        return [
            (None, fill(message, title=repr(step.title)))
            for step in self.steps
            if step.effective_side is not StepSide.EACH
        ][:1]


@record
class EachSide:
    """Steps done on one side, then the other (behind one knee, then the other)."""

    each_side: EachSideBody = declared(Nested(EachSideBody))


@record
class Include:
    """All the steps of another routine file, by its path relative to this one."""

    include: str = declared(
        Text(max_length=200, strip=False), "Another routine file in the same folder, e.g. hand.yaml"
    )


def _item_kind(value: Any) -> type:
    """An item is an include or an each_side block by its key, else a step."""
    if isinstance(value, dict):
        if "include" in value:
            return Include
        if "each_side" in value:
            return EachSide
    return StepSpec


@record
class Routine:
    """A routine file: what it is, who it is for, its cautions and its steps."""

    format: int = declared(FORMAT_VERSION, "File format version")
    id: str = declared(ROUTINE_ID, "Unique short name, e.g. hand-li4")
    title: str = declared(TITLE)
    summary: str = declared(TEXT)
    audience: str = declared(TEXT, "Who the routine is for")
    cautions: list[str] = declared(ListOf(TEXT), default_factory=list)
    switch_seconds: float = declared(
        SWITCH_SECONDS,
        "Time given to change sides between each-side steps",
        default=10.0,
    )
    steps: list[StepSpec | EachSide | Include] = declared(
        ListOf(Choice(_item_kind, (StepSpec, EachSide, Include)), min_length=1, max_length=100)
    )
