"""One logged session as history keeps it: the engine's summary plus the user's ratings."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime

from acutimer.core.summary import SessionSummary


@dataclass(frozen=True)
class Range:
    """Whole numbers from ``low`` to ``high``: declared once, checked everywhere from it
    (the models, the CSV reader, the settings; the schema's CHECKs are tested against it)."""

    low: int
    high: int
    noun: str

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value <= self.high

    def check(self, value: int, what: str = "") -> int:
        if value not in self:
            what = what or self.noun
            raise ValueError(f"{what} must be from {self.low} to {self.high}, not {value}")
        return value

    def clamp(self, value: int) -> int:
        return min(max(value, self.low), self.high)


PAIN = Range(0, 10, "a pain rating")
PAIN_MIN, PAIN_MAX = PAIN.low, PAIN.high
NOTE_MAX_CHARS = 500
GLOBAL_CHANGE = Range(1, 7, "an answer on the change scale")
"""The Patient Global Impression of Change: 1 very much improved ... 7 very much worse."""


class Moment(enum.StrEnum):
    """When the plan's outcome questions were asked with a session: at its start or end."""

    START = "start"
    END = "end"


def check_pain(value: int | None, what: str) -> int | None:
    """Reject anything but None or a whole number on the 0-10 scale."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(
            f"{what} must be a whole number from {PAIN.low} to {PAIN.high}, not {value!r}"
        )
    return PAIN.check(value, what)


def to_utc(moment: datetime) -> datetime:
    """History stores UTC; a naive time has no place in it (whose local time would it be?)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a session time must carry its time zone, got naive {moment}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class SessionRecord:
    """A session in the log: what happened, and how much it hurt before and after.

    ``session_id`` is the store's row id (None before it is stored). Times in
    ``summary`` are UTC once read back from the store; show them with
    ``.astimezone()`` for the user's local time.
    """

    summary: SessionSummary
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    session_id: int | None = None
    outcome: Moment | None = None
    """The plan's outcome questions were asked after this session (answered or skipped)."""
    week_pain: int | None = None
    """Answer to "over the past week, how bad was your back pain on average?" (0-10)."""
    global_change: int | None = None
    """Answer on the Patient Global Impression of Change (1-7), at the plan's end."""

    def __post_init__(self) -> None:
        check_pain(self.pain_before, "pain before")
        check_pain(self.pain_after, "pain after")
        check_pain(self.week_pain, "the past week's pain")
        if self.global_change is not None:
            GLOBAL_CHANGE.check(self.global_change)

    @property
    def started_at(self) -> datetime:
        return self.summary.started_at

    @property
    def pain_level(self) -> int | None:
        """The rating that best says how this day was: before the session, else after."""
        return self.pain_before if self.pain_before is not None else self.pain_after

    @property
    def ratings(self) -> tuple[int, ...]:
        return tuple(v for v in (self.pain_before, self.pain_after) if v is not None)
