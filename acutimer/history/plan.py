"""The treatment plan: so many sessions a week for so many weeks, from the first session.

Pure arithmetic on records; the caller passes ``today`` and the time zone, so the
same code answers for any clock and any place. Weeks are runs of seven local
calendar days starting on the day of the first counted session, so a daylight-
saving change (a 23- or 25-hour day) moves no session into another week: only the
local date of each session matters, and dates do not know about DST.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from acutimer.history.records import Range, SessionRecord

DAYS_PER_WEEK = 7
SESSIONS_PER_WEEK = Range(1, 14, "sessions a week")
PLAN_WEEKS = Range(1, 12, "the plan's weeks")


@dataclass(frozen=True)
class PlanSettings:
    """How often and for how long: the source protocol's "three a week for two weeks"."""

    sessions_per_week: int = 3
    weeks: int = 2

    def __post_init__(self) -> None:
        SESSIONS_PER_WEEK.check(self.sessions_per_week)
        PLAN_WEEKS.check(self.weeks)

    @property
    def total(self) -> int:
        return self.sessions_per_week * self.weeks


@dataclass(frozen=True)
class WeekProgress:
    """One week of seven local days: how many sessions were done against the goal."""

    number: int
    first_day: date
    done: int
    target: int
    in_plan: bool

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=DAYS_PER_WEEK - 1)

    @property
    def met(self) -> bool:
        return self.done >= self.target


@dataclass(frozen=True)
class PlanProgress:
    """Where the user stands: the plan's weeks, and the week that holds ``today``.

    ``start`` is None until the first session counts; ``current`` is None before
    that too, and numbers on past the plan's last week once it is over.
    """

    settings: PlanSettings
    today: date
    start: date | None
    weeks: tuple[WeekProgress, ...]
    current: WeekProgress | None

    @property
    def end(self) -> date | None:
        """The plan's last day."""
        if self.start is None:
            return None
        return self.start + timedelta(days=DAYS_PER_WEEK * self.settings.weeks - 1)

    @property
    def done(self) -> int:
        """Sessions towards the plan; extra sessions in one week do not fill another."""
        return sum(min(week.done, week.target) for week in self.weeks)

    @property
    def target(self) -> int:
        return self.settings.total

    @property
    def over(self) -> bool:
        end = self.end
        return end is not None and self.today > end

    @property
    def complete(self) -> bool:
        return self.start is not None and self.done >= self.target


def counts_toward_plan(record: SessionRecord) -> bool:
    """A session counts when it ran to its end with at least half its steps done.

    A stopped one is logged but not counted, and so is one skipped through to the end.
    """
    summary = record.summary
    return summary.finished and summary.steps_completed * 2 >= summary.steps_total


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    """The calendar day ``moment`` fell on where the user lives (``None``: this machine)."""
    return moment.astimezone(tz).date()


def plan_progress(
    records: Iterable[SessionRecord], settings: PlanSettings, today: date, tz: tzinfo | None
) -> PlanProgress:
    days = sorted(local_day(r.started_at, tz) for r in records if counts_toward_plan(r))
    if not days:
        return PlanProgress(settings, today, None, (), None)
    start = days[0]

    def week_number(day: date) -> int:
        return (day - start).days // DAYS_PER_WEEK + 1

    counts: dict[int, int] = {}
    for day in days:
        counts[week_number(day)] = counts.get(week_number(day), 0) + 1

    def week(number: int) -> WeekProgress:
        return WeekProgress(
            number=number,
            first_day=start + timedelta(days=DAYS_PER_WEEK * (number - 1)),
            done=counts.get(number, 0),
            target=settings.sessions_per_week,
            in_plan=number <= settings.weeks,
        )

    weeks = tuple(week(n) for n in range(1, settings.weeks + 1))
    current = week(week_number(today)) if today >= start else None
    return PlanProgress(settings, today, start, weeks, current)
