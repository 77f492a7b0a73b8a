"""What one session amounted to: the record history keeps and the end screen shows."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Ending(enum.StrEnum):
    """How a session ended, as history keeps it."""

    FINISHED = "finished"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    """The app was closed from outside (a signal, a logout) or died mid-session; what
    was done up to the last step is kept."""
    RUNNING = "running"
    """Not ended yet: the session is under way. A row still running when history is
    next opened belonged to a process that died, and becomes INTERRUPTED."""


@dataclass(frozen=True)
class SessionSummary:
    """One session. Wall-clock times are timezone-aware; durations are active seconds
    (pauses excluded), computed from the monotonic clock, never from the wall clock."""

    routine_id: str
    routine_title: str
    started_at: datetime
    ended_at: datetime
    active_seconds: float
    steps_total: int
    steps_completed: int
    steps_skipped: int
    steps_extended: int
    ending: Ending

    @property
    def finished(self) -> bool:
        return self.ending is Ending.FINISHED
