"""The plan's arithmetic: weeks of local days from the first session, whatever the clock does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from acutimer.core.summary import Ending
from acutimer.history.plan import PlanSettings, local_day, plan_progress

from .factories import record

LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")
NEW_YORK = ZoneInfo("America/New_York")


def at(tz: ZoneInfo, *fields: int) -> datetime:
    return datetime(*fields, tzinfo=tz)


def test_no_sessions_no_plan_yet() -> None:
    progress = plan_progress([], PlanSettings(), date(2024, 3, 4), LONDON)
    assert progress.start is None and progress.current is None and progress.weeks == ()
    assert (progress.done, progress.target) == (0, 6)
    assert not progress.over and not progress.complete


def test_three_a_week_for_two_weeks_from_the_first_session() -> None:
    days = [4, 6, 8, 11, 13]  # Mon 4 March 2024 onwards
    records = [record(at(LONDON, 2024, 3, d, 18, 0)) for d in days]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 13), LONDON)
    assert progress.start == date(2024, 3, 4)
    assert progress.end == date(2024, 3, 17)
    assert [(w.number, w.first_day, w.last_day, w.done) for w in progress.weeks] == [
        (1, date(2024, 3, 4), date(2024, 3, 10), 3),
        (2, date(2024, 3, 11), date(2024, 3, 17), 2),
    ]
    assert progress.current == progress.weeks[1]
    assert (progress.done, progress.target, progress.complete) == (5, 6, False)


def test_weeks_start_on_the_first_sessions_weekday_not_on_monday() -> None:
    records = [record(at(LONDON, 2024, 3, 7, 9, 0)), record(at(LONDON, 2024, 3, 13, 23, 59))]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 14), LONDON)
    assert [w.done for w in progress.weeks] == [2, 0]  # Thu 7 .. Wed 13 is week 1
    assert progress.current is not None and progress.current.number == 2


def test_extra_sessions_in_one_week_do_not_fill_another() -> None:
    records = [record(at(LONDON, 2024, 3, 4, h, 0)) for h in (8, 10, 12, 14, 16)]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 18), LONDON)
    assert [w.done for w in progress.weeks] == [5, 0]
    assert progress.weeks[0].met and not progress.weeks[1].met
    assert progress.done == 3 and progress.over and not progress.complete


def test_stopped_sessions_are_not_counted_and_do_not_start_the_plan() -> None:
    records = [
        record(at(LONDON, 2024, 3, 1, 9, 0), ending=Ending.STOPPED),
        record(at(LONDON, 2024, 3, 4, 9, 0)),
    ]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 4), LONDON)
    assert progress.start == date(2024, 3, 4) and progress.done == 1


def test_after_the_plan_the_current_week_numbers_on() -> None:
    records = [record(at(LONDON, 2024, 3, 4, 9, 0)), record(at(LONDON, 2024, 3, 19, 9, 0))]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 20), LONDON)
    assert progress.over
    assert progress.current is not None
    assert (progress.current.number, progress.current.done, progress.current.in_plan) == (
        3,
        1,
        False,
    )


def test_the_day_is_the_users_local_day_not_utcs() -> None:
    # 23:30 on Sunday 10 March in New York is already Monday 11 March in UTC.
    late = at(NEW_YORK, 2024, 3, 10, 23, 30)
    assert late.astimezone(UTC).date() == date(2024, 3, 11)
    records = [record(at(NEW_YORK, 2024, 3, 4, 1, 0)), record(late.astimezone(UTC))]
    progress = plan_progress(records, PlanSettings(), date(2024, 3, 11), NEW_YORK)
    assert [w.done for w in progress.weeks] == [2, 0]
    # The same instants seen from Auckland fall on other days, and other weeks.
    seen_far_away = plan_progress(records, PlanSettings(), date(2024, 3, 12), AUCKLAND)
    assert seen_far_away.start == date(2024, 3, 4)
    assert [w.done for w in seen_far_away.weeks] == [1, 1]


@pytest.mark.parametrize(
    ("tz", "first", "last_of_week_one", "first_of_week_two"),
    [
        # London springs forward on Sun 31 March 2024: a 23-hour day inside week 1.
        (LONDON, (2024, 3, 25, 0, 5), (2024, 3, 31, 23, 55), (2024, 4, 1, 0, 5)),
        # London falls back on Sun 27 October 2024: a 25-hour day ends week 1.
        (LONDON, (2024, 10, 21, 0, 5), (2024, 10, 27, 23, 55), (2024, 10, 28, 0, 5)),
        # Auckland falls back on Sun 7 April 2024 (southern autumn).
        (AUCKLAND, (2024, 4, 1, 0, 5), (2024, 4, 7, 23, 55), (2024, 4, 8, 0, 5)),
    ],
)
def test_a_daylight_saving_change_moves_no_session_into_another_week(
    tz: ZoneInfo,
    first: tuple[int, ...],
    last_of_week_one: tuple[int, ...],
    first_of_week_two: tuple[int, ...],
) -> None:
    stored = [
        record(at(tz, *fields).astimezone(UTC))
        for fields in (first, last_of_week_one, first_of_week_two)
    ]  # the store keeps UTC
    today = at(tz, *first_of_week_two).date()
    progress = plan_progress(stored, PlanSettings(), today, tz)
    assert [w.done for w in progress.weeks] == [2, 1]
    # Weeks of 7 x 24 elapsed hours would have put one of these in the wrong week.
    elapsed_weeks = [(r.started_at - stored[0].started_at) // timedelta(days=7) for r in stored]
    assert elapsed_weeks != [0, 0, 1]


def test_settings_change_the_plan() -> None:
    records = [record(at(LONDON, 2024, 3, d, 9, 0)) for d in range(4, 25)]  # daily, 3 weeks
    progress = plan_progress(
        records, PlanSettings(sessions_per_week=7, weeks=3), date(2024, 3, 24), LONDON
    )
    assert len(progress.weeks) == 3 and progress.complete and progress.done == 21


@pytest.mark.parametrize(("per_week", "weeks"), [(0, 2), (15, 2), (3, 0), (3, 13)])
def test_settings_out_of_range_are_refused(per_week: int, weeks: int) -> None:
    with pytest.raises(ValueError):
        PlanSettings(sessions_per_week=per_week, weeks=weeks)


def test_local_day_uses_this_machine_when_no_zone_is_given() -> None:
    moment = datetime(2024, 3, 4, 12, 0, tzinfo=UTC)
    assert local_day(moment, None) == moment.astimezone().date()


def test_a_session_skipped_through_to_its_end_does_not_count() -> None:
    from acutimer.history.plan import counts_toward_plan
    from acutimer.history.records import SessionRecord

    from .factories import summary

    assert counts_toward_plan(SessionRecord(summary(steps=(6, 3, 3, 0))))
    assert not counts_toward_plan(SessionRecord(summary(steps=(18, 0, 18, 0))))
