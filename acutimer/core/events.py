"""What a session reports: every event carries ``at``, the true time it happened.

When the caller comes late, events are still reported with the time they really
happened, so a listener can tell a fresh cue from a stale one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from acutimer.core.sides import Side
from acutimer.core.summary import SessionSummary
from acutimer.core.timeline import Phase, TimelineStep


class PauseReason(enum.StrEnum):
    USER = "user"
    LONG_GAP = "long-gap"
    """The clock jumped (the machine slept, the process was stopped): the session paused
    itself at the boundary it reached instead of racing through steps unattended."""
    CHOICE = "choice"
    """An optional step is next (an ice pack, a foot bath): the session waits at its start
    for the person to do it (resume) or leave it out (skip), instead of starting it alone."""


@dataclass(frozen=True)
class Event:
    at: float


@dataclass(frozen=True)
class PhaseStarted(Event):
    phase: Phase
    """The phase, with ``seconds`` as it now stands (an extended hold is longer)."""


@dataclass(frozen=True)
class StepStarted(Event):
    step: TimelineStep


@dataclass(frozen=True)
class SideSwitched(Event):
    side: Side


@dataclass(frozen=True)
class Tick(Event):
    """``n`` seconds are left in the phase (3, 2, 1): the last-seconds tick."""

    n: int


@dataclass(frozen=True)
class Halfway(Event):
    """Half of a phase with a halfway cue (long ice: check the skin) has passed."""

    phase: Phase


@dataclass(frozen=True)
class Paused(Event):
    reason: PauseReason


@dataclass(frozen=True)
class Resumed(Event):
    phase: Phase


@dataclass(frozen=True)
class Extended(Event):
    """The current phase got ``added`` seconds longer; ``phase`` has its new length."""

    phase: Phase
    added: float


@dataclass(frozen=True)
class SessionEnded(Event):
    """The session finished or was stopped; ``summary.ending`` says which."""

    summary: SessionSummary
