"""The reminder scheduler against a fake wall clock: days, time zones, DST, sleep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from acutimer.core.reminders import (
    PlanFacts,
    QuietHours,
    ReminderLog,
    ReminderSettings,
    Weekday,
    decide,
    spread_days,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
MON, WED, FRI = Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY

# 2026-03-02 is a Monday.
MONDAY = date(2026, 3, 2)


def local(tz: ZoneInfo, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def on(days: set[Weekday] | None = None, at: time = time(18, 0), **kw: object) -> ReminderSettings:
    return ReminderSettings(
        enabled=True,
        days=frozenset(days if days is not None else {MON, WED, FRI}),
        at=at,
        quiet=kw.pop("quiet", None),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


Answer = Callable[[datetime, ReminderLog], ReminderLog]


def run(
    settings: ReminderSettings,
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    *,
    facts: PlanFacts | None = None,
    every: timedelta | None = None,
    answer: Answer | None = None,
) -> list[datetime]:
    """Drive ``decide`` as the app does; the local times at which reminders showed.

    Without ``every`` the clock jumps to each ``next_check`` (a timer aimed at it);
    with it, the clock is asked at every step as a polling or waking machine would.
    """
    facts = facts or PlanFacts()
    log = ReminderLog()
    now = start.astimezone(UTC)
    shown: list[datetime] = []
    for _ in range(100_000):
        if now >= end:
            return shown
        decision = decide(settings, log, facts, now, tz)
        if decision.show:
            shown.append(now.astimezone(tz))
            log = log.shown(now.astimezone(tz).date())
            if answer is not None:
                log = answer(now, log)
            continue
        if every is not None:
            now += every
        elif decision.next_check is None:
            return shown
        else:
            assert decision.next_check > now, "the next check must be in the future"
            now = decision.next_check
    raise AssertionError("the scheduler never settled")


def test_three_a_week_spread_with_a_rest_day_between():
    assert spread_days(3) == {MON, WED, FRI}
    assert spread_days(2) == {MON, Weekday.THURSDAY}
    assert spread_days(1) == {MON}
    assert spread_days(7) == set(Weekday)
    assert spread_days(14) == set(Weekday)


def test_a_week_of_reminders_at_the_chosen_local_time():
    start = local(BERLIN, MONDAY, 0)
    shown = run(on(), start, start + timedelta(days=7), BERLIN)
    assert shown == [
        local(BERLIN, MONDAY, 18),
        local(BERLIN, MONDAY + timedelta(days=2), 18),
        local(BERLIN, MONDAY + timedelta(days=4), 18),
    ]


def test_asked_every_minute_for_two_weeks_still_at_most_one_a_day():
    start = local(BERLIN, MONDAY, 0)
    shown = run(
        on(set(Weekday)), start, start + timedelta(days=14), BERLIN, every=timedelta(minutes=1)
    )
    days = [moment.date() for moment in shown]
    assert len(days) == 14 and len(set(days)) == 14
    assert all(moment.time() == time(18, 0) for moment in shown)


def test_the_same_settings_follow_the_users_own_time_zone():
    start = datetime(2026, 3, 1, tzinfo=UTC)
    for tz in (NEW_YORK, AUCKLAND, BERLIN):
        shown = run(on({MON}), start, start + timedelta(days=7), tz)
        assert [m.replace(tzinfo=None) for m in shown] == [datetime(2026, 3, 2, 18, 0)]
    # Same wall-clock time, different instants.
    assert local(AUCKLAND, MONDAY, 18) < local(BERLIN, MONDAY, 18) < local(NEW_YORK, MONDAY, 18)


def test_daylight_saving_changes_keep_the_wall_clock_time():
    # Berlin springs forward on Sunday 2026-03-29 and falls back on Sunday 2026-10-25.
    for first in (date(2026, 3, 28), date(2026, 10, 24)):
        start = local(BERLIN, first, 0)
        shown = run(on(set(Weekday)), start, start + timedelta(days=3), BERLIN)
        assert [m.time() for m in shown] == [time(18, 0)] * 3
        instants = [moment.astimezone(UTC) for moment in shown]
        hours = sorted((b - a).total_seconds() / 3600 for a, b in pairwise(instants))
        assert hours in ([23.0, 24.0], [24.0, 25.0]), "the change day is 23 or 25 hours long"


def test_a_time_skipped_or_repeated_by_dst_reminds_exactly_once():
    skipped = run(
        on({Weekday.SUNDAY}, at=time(2, 30)),
        local(BERLIN, date(2026, 3, 29), 0),
        local(BERLIN, date(2026, 3, 30), 0),
        BERLIN,
        every=timedelta(minutes=5),
    )
    assert [m.replace(tzinfo=None) for m in skipped] == [datetime(2026, 3, 29, 3, 30)]
    repeated = run(
        on({Weekday.SUNDAY}, at=time(2, 30)),
        local(BERLIN, date(2026, 10, 25), 0),
        local(BERLIN, date(2026, 10, 26), 0),
        BERLIN,
        every=timedelta(minutes=5),
    )
    assert len(repeated) == 1 and repeated[0].utcoffset() == timedelta(hours=2)


def test_slept_through_the_time_one_late_reminder_on_waking_not_a_burst():
    settings = on()
    facts = PlanFacts()
    # Asleep from Monday 17:00 to Wednesday 20:30: Monday's reminder is not made up,
    # Wednesday's shows once, late.
    woke = local(BERLIN, MONDAY + timedelta(days=2), 20, 30)
    first = decide(settings, ReminderLog(), facts, woke, BERLIN)
    assert first.show and first.late
    assert first.due_at == local(BERLIN, MONDAY + timedelta(days=2), 18)
    log = ReminderLog().shown(woke.date())
    again = decide(settings, log, facts, woke + timedelta(seconds=1), BERLIN)
    assert not again.show
    assert again.next_check == local(BERLIN, MONDAY + timedelta(days=4), 18)


def test_on_time_is_not_late():
    settings = on()
    decision = decide(settings, ReminderLog(), PlanFacts(), local(BERLIN, MONDAY, 18, 1), BERLIN)
    assert decision.show and not decision.late


def test_none_once_todays_session_is_done():
    facts = PlanFacts(last_session_day=MONDAY)
    decision = decide(on(), ReminderLog(), facts, local(BERLIN, MONDAY, 17), BERLIN)
    assert not decision.show
    assert decision.next_check == local(BERLIN, MONDAY + timedelta(days=2), 18)


def test_not_today_and_in_30_minutes():
    def snooze_once(now: datetime, log: ReminderLog) -> ReminderLog:
        return log.snoozed(now) if now.astimezone(BERLIN).time() == time(18, 0) else log

    start = local(BERLIN, MONDAY, 0)
    shown = run(on({MON}), start, start + timedelta(days=1), BERLIN, answer=snooze_once)
    assert shown == [local(BERLIN, MONDAY, 18), local(BERLIN, MONDAY, 18, 30)]

    declined = ReminderLog().shown(MONDAY).declined(MONDAY)
    decision = decide(on({MON, Weekday.TUESDAY}), declined, PlanFacts(), start, BERLIN)
    assert not decision.show
    assert decision.next_check == local(BERLIN, MONDAY + timedelta(days=1), 18)


def test_a_snooze_past_midnight_is_not_made_up_next_day():
    log = ReminderLog().shown(MONDAY).snoozed(local(BERLIN, MONDAY, 23, 50))
    decision = decide(on({MON}), log, PlanFacts(), local(BERLIN, MONDAY, 23, 55), BERLIN)
    assert not decision.show
    after = decide(on({MON}), log, PlanFacts(), local(BERLIN, MONDAY + timedelta(1), 9), BERLIN)
    assert not after.show


def test_quiet_hours_move_a_reminder_to_their_end_or_drop_it_that_day():
    quiet = QuietHours(time(21, 30), time(8, 0))
    morning = run(
        on({MON}, at=time(7, 0), quiet=quiet),
        local(BERLIN, MONDAY, 0),
        local(BERLIN, MONDAY, 23),
        BERLIN,
    )
    assert morning == [local(BERLIN, MONDAY, 8)]
    night = run(
        on({MON}, at=time(22, 0), quiet=quiet),
        local(BERLIN, MONDAY, 0),
        local(BERLIN, MONDAY + timedelta(days=1), 23),
        BERLIN,
        every=timedelta(minutes=10),
    )
    assert night == []
    # Woken inside quiet hours after a missed evening reminder: nothing until they end,
    # and by then it is another day.
    late_night = decide(
        on(quiet=quiet), ReminderLog(), PlanFacts(), local(BERLIN, MONDAY, 23), BERLIN
    )
    assert not late_night.show


def test_no_reminders_after_the_plan_unless_ongoing():
    end_day = MONDAY + timedelta(days=2)
    facts = PlanFacts(plan_end=end_day)
    start = local(BERLIN, MONDAY, 0)
    finite = run(on(), start, start + timedelta(days=14), BERLIN, facts=facts)
    assert [m.date() for m in finite] == [MONDAY, end_day]
    ongoing = run(on(ongoing=True), start, start + timedelta(days=14), BERLIN, facts=facts)
    assert len(ongoing) == 6


def test_switched_off_never_reminds_nor_wakes():
    decision = decide(
        ReminderSettings(), ReminderLog(), PlanFacts(), local(BERLIN, MONDAY, 18), BERLIN
    )
    assert decision == decision.__class__(show=False)
    assert not ReminderSettings().enabled


def test_no_days_chosen_means_no_wake_up():
    assert decide(on(set()), ReminderLog(), PlanFacts(), local(BERLIN, MONDAY, 9), BERLIN) == (
        decide(ReminderSettings(), ReminderLog(), PlanFacts(), local(BERLIN, MONDAY, 9), BERLIN)
    )


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        decide(on(), ReminderLog(), PlanFacts(), datetime(2026, 3, 2, 18), BERLIN)
