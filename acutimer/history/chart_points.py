"""Pain ratings thinned out for a chart: a long history becomes averages per day, week
or month, so the chart draws a hundred points, not thousands."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from acutimer.history.records import SessionRecord

MAX_POINTS = 120
"""More sessions with ratings than this are averaged (a chart is ~500 pixels wide)."""


@dataclass(frozen=True)
class PainPoint:
    """One point of the chart: a session, or the average of a day, week or month."""

    at: datetime
    before: float | None
    after: float | None


def pain_points(
    records: Iterable[SessionRecord], tz: tzinfo | None, max_points: int = MAX_POINTS
) -> list[PainPoint]:
    rated = [r for r in records if r.ratings]
    if len(rated) <= max_points:
        return [PainPoint(r.started_at, r.pain_before, r.pain_after) for r in rated]
    # Each session's local day, worked out once for all three bucket sizes.
    days = [(r.started_at.astimezone(tz).date(), r) for r in rated]
    for bucket in (_day, _week, _month):
        points = _averaged(days, tz, bucket)
        if len(points) <= max_points:
            return points
    return points


def _day(day: date) -> date:
    return day


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month(day: date) -> date:
    return day.replace(day=1)


def _averaged(
    days: list[tuple[date, SessionRecord]], tz: tzinfo | None, bucket: Callable[[date], date]
) -> list[PainPoint]:
    groups: dict[date, tuple[list[int], list[int]]] = {}
    for day, record in days:
        before, after = groups.setdefault(bucket(day), ([], []))
        if record.pain_before is not None:
            before.append(record.pain_before)
        if record.pain_after is not None:
            after.append(record.pain_after)
    return [
        PainPoint(_noon(first, tz), _mean(before), _mean(after))
        for first, (before, after) in sorted(groups.items())
    ]


def _noon(day: date, tz: tzinfo | None) -> datetime:
    local = datetime.combine(day, time(12))
    return (local.replace(tzinfo=tz) if tz else local.astimezone()).astimezone(UTC)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def daily_points(records: Iterable[SessionRecord], tz: tzinfo | None) -> list[PainPoint]:
    """Average pain before and after, one point per local day that has a rating (noon)."""
    return _averaged(
        [(r.started_at.astimezone(tz).date(), r) for r in records if r.ratings], tz, _day
    )
