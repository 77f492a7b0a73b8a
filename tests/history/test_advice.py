"""When the ratings call for a doctor, the app says so plainly, and never promises a cure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from acutimer.core.safety import RED_FLAGS
from acutimer.history.advice import AdviceKind, advice_for, pain_trend, relief
from acutimer.history.plan import PlanSettings, plan_progress
from acutimer.history.records import SessionRecord

from .factories import record, summary

DAY0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


def history(*ratings: tuple[int | None, int | None]) -> list:
    return [record(DAY0 + timedelta(days=2 * i), b, a) for i, (b, a) in enumerate(ratings)]


def kinds(records: list) -> list[AdviceKind]:
    return [a.kind for a in advice_for(records)]


def test_no_ratings_no_prompts() -> None:
    assert advice_for([]) == []
    assert advice_for(history((None, None), (None, None))) == []
    assert pain_trend(history((None, None))) is None and relief([]) is None


def test_a_rating_of_8_or_more_in_the_latest_session_says_see_a_doctor() -> None:
    assert kinds(history((5, 4), (7, 8))) == [AdviceKind.HIGH_PAIN, AdviceKind.PAIN_WENT_UP]
    (advice,) = advice_for(history((9, None)))
    assert "9 out of 10" in advice.text and "doctor" in advice.text
    assert advice.red_flags == RED_FLAGS
    assert kinds(history((5, 4), (7, 6))) == []


def test_an_old_high_rating_does_not_nag_once_pain_has_eased() -> None:
    assert kinds(history((9, 7), (5, 3), (None, None))) == []


def test_ratings_that_do_not_come_down_after_several_sessions_say_see_a_doctor() -> None:
    assert kinds(history((6, 5), (6, 4), (6, 5))) == []  # too soon to judge
    not_easing = history((6, 5), (5, 4), (6, 5), (6, 4))
    assert kinds(not_easing) == [AdviceKind.NOT_IMPROVING]
    easing = history((6, 5), (6, 4), (4, 3), (3, 2))
    assert kinds(easing) == []
    assert pain_trend(easing) == (
        "Your pain ratings have come down from about 6 to about 3.5 out of 10 since "
        "your first sessions."
    )


def test_no_pain_at_all_is_not_a_reason_to_worry() -> None:
    assert kinds(history((0, 0), (0, 0), (0, 0), (0, 0))) == []


def test_high_pain_comes_first_when_both_apply() -> None:
    assert kinds(history((8, 7), (8, 8), (8, 8), (9, 8))) == [
        AdviceKind.HIGH_PAIN,
        AdviceKind.NOT_IMPROVING,
    ]


def test_no_prompt_promises_a_cure() -> None:
    everything = advice_for(history((8, 7), (8, 8), (8, 8), (9, 8)))
    for advice in everything:
        words = advice.text.lower()
        assert "cure" not in words and "will help" not in words and "guarantee" not in words


def test_relief_is_the_average_drop_over_sessions_rated_twice() -> None:
    assert relief(history((6, 3), (5, 4), (7, None))) == 2


def test_pain_higher_after_a_session_says_stop_that_routine_and_see_a_doctor() -> None:
    went_up = SessionRecord(summary(DAY0, routine_id="hips", title="Hips (BL53)"), 3, 5)
    (advice,) = advice_for([went_up])
    assert advice.kind is AdviceKind.PAIN_WENT_UP
    assert "5 out of 10 after Hips (BL53)" in advice.text and "the 3 before it" in advice.text
    assert "Stop using this routine. If the pain stays higher, see a doctor." in advice.text
    # The same routine later eased the pain: the worry is over.
    eased = SessionRecord(summary(DAY0 + timedelta(days=1), routine_id="hips"), 5, 3)
    assert advice_for([went_up, eased]) == []
    assert advice_for([SessionRecord(summary(DAY0), 4, 4)]) == []


def test_trend_warnings_need_sessions_on_three_different_days() -> None:
    five_minutes = [record(DAY0 + timedelta(minutes=i), 6, 6) for i in range(5)]
    assert kinds(five_minutes) == [] and pain_trend(five_minutes) is None
    two_days = [record(DAY0 + timedelta(days=i // 3, minutes=i), 6, 6) for i in range(6)]
    assert kinds(two_days) == [] and pain_trend(two_days) is None
    three_days = [record(DAY0 + timedelta(days=i), 6, 6) for i in range(4)]
    assert kinds(three_days) == [AdviceKind.NOT_IMPROVING]
    (advice,) = advice_for(three_days)
    assert advice.title == "Your pain has not eased"


def test_still_hurting_when_the_plan_is_over_says_see_a_doctor_or_physiotherapist() -> None:
    # Six sessions over two weeks, pain down from 6 to 3 but still there.
    records = [record(DAY0 + timedelta(days=2 * i), 6 - i // 2, 5 - i // 2) for i in range(6)]
    during = plan_progress(records, PlanSettings(), date(2024, 3, 15), UTC)
    assert AdviceKind.STILL_HURTING not in kinds_with(records, during)
    after = plan_progress(records, PlanSettings(), date(2024, 3, 18), UTC)
    assert after.over
    advice = next(a for a in advice_for(records, after, UTC) if a.kind is AdviceKind.STILL_HURTING)
    assert f"{advice.title} {advice.text}".startswith(
        "Still hurting after two weeks? See a doctor or physiotherapist."
    )
    pain_free = [*records, record(DAY0 + timedelta(days=13), 0, 0)]
    assert AdviceKind.STILL_HURTING not in kinds_with(pain_free, after)


def kinds_with(records: list, plan: object) -> list[AdviceKind]:
    return [a.kind for a in advice_for(records, plan, UTC)]  # type: ignore[arg-type]
