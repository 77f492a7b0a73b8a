"""Sessions to log: summaries as the engine would hand them over."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.records import SessionRecord


def summary(
    started_at: datetime | None = None,
    *,
    minutes: float = 12.5,
    routine_id: str = "lower-back",
    title: str = "Lower back",
    ending: Ending = Ending.FINISHED,
    steps: tuple[int, int, int, int] = (6, 6, 0, 1),
) -> SessionSummary:
    started_at = started_at or datetime(2024, 3, 4, 9, 30, 15, 250000, tzinfo=UTC)
    total, completed, skipped, extended = steps
    return SessionSummary(
        routine_id=routine_id,
        routine_title=title,
        started_at=started_at,
        ended_at=started_at + timedelta(minutes=minutes + 1),
        active_seconds=minutes * 60,
        steps_total=total,
        steps_completed=completed,
        steps_skipped=skipped,
        steps_extended=extended,
        ending=ending,
    )


def record(
    started_at: datetime,
    before: int | None = None,
    after: int | None = None,
    *,
    ending: Ending = Ending.FINISHED,
    note: str = "",
) -> SessionRecord:
    return SessionRecord(summary(started_at, ending=ending), before, after, note)
