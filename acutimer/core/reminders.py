"""When to remind the user of a plan day: a pure function of the wall clock and a few facts.

Reminder times are wall-clock times in the user's time zone ("18:00 on Mondays"), so
they are computed from ``now`` (an aware datetime) and ``tz`` each time, never by
counting timer ticks: a daylight-saving change, a changed time zone or a machine that
slept through the time all come out right because nothing was counted.

The rules, all in ``decide``:

- at most one reminder a day (a snooze the user asked for shows it once more);
- none once today's session is done, none on a day the user said "Not today";
- none after the plan's last day unless the user chose ongoing reminders;
- none inside quiet hours: a reminder falling there waits for their end, the same day;
- a reminder missed while the machine slept shows once, late, the same day; missed
  days are not made up (no burst of old reminders on waking).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

SNOOZE = timedelta(minutes=30)
""""In 30 minutes"."""

LATE_AFTER = timedelta(minutes=2)
"""A reminder shown more than this after its time says it is late."""

LOOK_AHEAD_DAYS = 8
"""Far enough to find next week's same weekday."""


class Weekday(enum.IntEnum):
    """ISO weekday order, Monday first, as ``date.weekday()`` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


def spread_days(per_week: int) -> frozenset[Weekday]:
    """``per_week`` days spread evenly through the week, from Monday.

    Three a week gives Monday, Wednesday, Friday: a rest day between sessions,
    as the plan intends.
    """
    count = min(max(per_week, 1), 7)
    return frozenset(Weekday(i * 7 // count) for i in range(count))


@dataclass(frozen=True)
class QuietHours:
    """A daily stretch without reminders, ``start`` to ``end``; may wrap past midnight."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


@dataclass(frozen=True)
class ReminderSettings:
    """What the user chose in Settings."""

    enabled: bool = False
    days: frozenset[Weekday] = field(default_factory=lambda: spread_days(3))
    at: time = time(18, 0)
    quiet: QuietHours | None = QuietHours(time(21, 30), time(8, 0))
    ongoing: bool = False


@dataclass(frozen=True)
class ReminderLog:
    """What already happened, kept across restarts; dates are the user's local days."""

    shown_on: date | None = None
    declined_on: date | None = None
    snoozed_until: datetime | None = None

    def shown(self, day: date) -> ReminderLog:
        return replace(self, shown_on=day, snoozed_until=None)

    def declined(self, day: date) -> ReminderLog:
        return replace(self, declined_on=day, snoozed_until=None)

    def snoozed(self, now: datetime) -> ReminderLog:
        return replace(self, snoozed_until=(now + SNOOZE).astimezone(UTC))


@dataclass(frozen=True)
class PlanFacts:
    """What the history says: the last local day with a counted session, the plan's end."""

    last_session_day: date | None = None
    plan_end: date | None = None


@dataclass(frozen=True)
class Decision:
    """``show`` a reminder now (``late`` if its time passed a while ago); ask again at
    ``next_check`` (UTC), or never while nothing changes if it is None."""

    show: bool
    late: bool = False
    due_at: datetime | None = None
    next_check: datetime | None = None


def decide(
    settings: ReminderSettings, log: ReminderLog, facts: PlanFacts, now: datetime, tz: tzinfo
) -> Decision:
    """Whether to remind now, and when to look again. ``now`` must be aware."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    if not settings.enabled:
        return Decision(show=False)
    today = now.astimezone(tz).date()

    snoozed = log.snoozed_until
    if (
        snoozed is not None
        # A snooze belongs to the day whose reminder it put off; past midnight it lapses.
        and snoozed.astimezone(tz).date() == today == log.shown_on
        and _may_remind(settings, log, facts, today, snooze=True)
    ):
        moment = _after_quiet(max(snoozed, now), settings.quiet, tz)
        if moment is not None and moment <= now:
            return Decision(show=True, late=now - snoozed > LATE_AFTER, due_at=snoozed)
        if moment is not None:
            return Decision(show=False, next_check=moment.astimezone(UTC))

    for offset in range(LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        if not _may_remind(settings, log, facts, day, snooze=False):
            continue
        due = _due(day, settings.at, tz)
        # Late or not, a reminder shows outside quiet hours: now, if its time has passed.
        moment = _after_quiet(max(due, now), settings.quiet, tz)
        if moment is None:
            continue
        if moment <= now:
            return Decision(show=True, late=now - due > LATE_AFTER, due_at=due)
        return Decision(show=False, next_check=moment.astimezone(UTC))
    return Decision(show=False)


def _may_remind(
    settings: ReminderSettings, log: ReminderLog, facts: PlanFacts, day: date, *, snooze: bool
) -> bool:
    if not snooze and Weekday(day.weekday()) not in settings.days:
        return False
    if log.declined_on == day or facts.last_session_day == day:
        return False
    if not snooze and log.shown_on is not None and log.shown_on >= day:
        return False
    return settings.ongoing or facts.plan_end is None or day <= facts.plan_end


def _due(day: date, at: time, tz: tzinfo) -> datetime:
    """``at`` on ``day`` where the user lives, as an instant.

    A time that the spring change skips (02:30 when clocks jump 02:00 -> 03:00) is
    read with the offset in force before the jump, so it lands just after it (03:30);
    a time that happens twice in autumn means its first occurrence (fold 0).
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def _after_quiet(moment: datetime, quiet: QuietHours | None, tz: tzinfo) -> datetime | None:
    """``moment``, or the end of the quiet hours it falls in; None if that is another day."""
    if quiet is None:
        return moment
    local = moment.astimezone(tz)
    if not quiet.contains(local.time().replace(tzinfo=None)):
        return moment
    end = _due(local.date(), quiet.end, tz)
    if end < moment:  # quiet hours wrap past midnight: their end is tomorrow
        return None
    return end
