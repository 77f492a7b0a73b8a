"""What one session amounted to: the record history keeps and the end screen shows."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Ending(enum.StrEnum):
    FINISHED = "finished"
    STOPPED = "stopped"


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
