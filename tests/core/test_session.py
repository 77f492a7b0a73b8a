"""The session engine against a clock the test moves: exact, without sleeping."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acutimer.core.events import (
    Event,
    Extended,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
    SessionEnded,
    SideSwitched,
    StepStarted,
    Tick,
)
from acutimer.core.routine import PhaseKind
from acutimer.core.session import Session, State
from acutimer.core.summary import Ending
from tests.helpers.routines import shipped_timeline

T0 = 500.0


def of(kind: type[Event], events: list[Event]) -> list:
    return [e for e in events if isinstance(e, kind)]


def run_through(session: Session, start: float, step: float) -> list[Event]:
    """Update every ``step`` seconds until the session ends."""
    events: list[Event] = []
    now = start
    while session.state is State.RUNNING:
        now += step
        events += session.update(now)
    return events


def advance(session: Session, start: float, to: float, step: float = 1.0) -> list[Event]:
    """Update every ``step`` seconds from ``start`` up to ``to``, as a healthy event loop would."""
    events: list[Event] = []
    now = start
    while now + step < to:
        now += step
        events += session.update(now)
    return events + session.update(to)


@pytest.fixture
def hand() -> Session:
    """Hand (LI4): prepare 10; left 3 x (press 10, release 5); switch 5; right 3 x (...)."""
    return Session(shipped_timeline("hand.yaml"))


# -- exact boundaries -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["hand.yaml", "forearm.yaml", "knees.yaml", "soles.yaml", "full-session.yaml"]
)
def test_every_boundary_is_reported_at_its_exact_time(name: str) -> None:
    timeline = shipped_timeline(name)
    session = Session(timeline, ask_optional=False)  # optional steps wait: tested apart
    events = session.start(T0) + run_through(session, T0, 0.37)
    assert [e.at - T0 for e in of(PhaseStarted, events)] == pytest.approx(
        [p.start for p in timeline.phases], abs=1e-9
    )
    (ended,) = of(SessionEnded, events)
    assert ended.at - T0 == pytest.approx(timeline.seconds)
    assert ended.summary.ending is Ending.FINISHED
    assert ended.summary.active_seconds == pytest.approx(timeline.seconds)
    assert ended.summary.steps_completed == len(timeline.steps)


def test_events_come_in_order_with_ticks_before_each_boundary(hand: Session) -> None:
    events = hand.start(T0) + hand.update(T0 + 4) + hand.update(T0 + 8.5) + hand.update(T0 + 10)
    assert [type(e).__name__ for e in events] == [
        "PhaseStarted",
        "StepStarted",
        "Tick",  # 3 s left, at 7 s
        "Tick",  # 2 s left, at 8 s
        "Tick",  # 1 s left, at 9 s
        "PhaseStarted",
        "StepStarted",
    ]
    assert [(e.n, e.at - T0) for e in of(Tick, events)] == [(3, 7.0), (2, 8.0), (1, 9.0)]


def test_the_side_switch_is_reported_when_the_second_hand_begins(hand: Session) -> None:
    events = hand.start(T0) + run_through(hand, T0, 1.0)
    (switch,) = of(SideSwitched, events)
    assert switch.side == "right"
    assert switch.at - T0 == 55.0
    first_phase_on_right = next(e for e in of(PhaseStarted, events) if e.at == switch.at)
    assert first_phase_on_right.phase.kind is PhaseKind.SWITCH


def test_remaining_time_is_derived_from_the_clock(hand: Session) -> None:
    hand.start(T0)
    hand.update(T0 + 4.5)
    hand.update(T0 + 9)
    hand.update(T0 + 13.25)
    assert hand.phase.kind is PhaseKind.PRESS
    assert hand.phase_remaining(T0 + 13.25) == pytest.approx(6.75)
    assert hand.total_remaining(T0 + 13.25) == pytest.approx(105 - 13.25)
    assert hand.active_seconds(T0 + 13.25) == pytest.approx(13.25)


# -- pause and resume --------------------------------------------------------------------


def test_pause_keeps_the_remaining_time(hand: Session) -> None:
    hand.start(T0)
    hand.update(T0 + 3)
    events = hand.pause(T0 + 4)
    assert hand.state is State.PAUSED
    assert of(Paused, events)[0].reason is PauseReason.USER
    for later in (T0 + 5, T0 + 60, T0 + 3600):
        assert hand.update(later) == []
        assert hand.phase_remaining(later) == pytest.approx(6.0)
    events = hand.resume(T0 + 100)
    assert of(Resumed, events)
    assert hand.phase_remaining(T0 + 100) == pytest.approx(6.0)
    events = hand.update(T0 + 106)
    assert of(PhaseStarted, events)[0].at == pytest.approx(T0 + 106)
    assert hand.active_seconds(T0 + 106) == pytest.approx(10.0)


def test_toggle_starts_pauses_and_resumes(hand: Session) -> None:
    hand.toggle(T0)
    assert hand.state is State.RUNNING
    hand.toggle(T0 + 1)
    assert hand.state is State.PAUSED
    hand.toggle(T0 + 2)
    assert hand.state is State.RUNNING


# -- skip, back, restart, jump ---------------------------------------------------------------


@pytest.mark.parametrize("into", [0.0, 4.0, 9.999])
def test_skip_goes_to_the_next_step_from_anywhere_in_a_step(hand: Session, into: float) -> None:
    hand.start(T0)
    hand.update(T0 + 10 + into)
    assert hand.phase.step == 1
    events = hand.skip(T0 + 10 + into)
    assert hand.phase.step == 2
    assert hand.phase.kind is PhaseKind.SWITCH
    assert hand.phase_remaining(T0 + 10 + into) == 5.0
    assert of(StepStarted, events)[0].step.index == 2


def test_skip_on_the_last_step_finishes(hand: Session) -> None:
    hand.start(T0)
    hand.jump(T0 + 1, 2)
    events = hand.skip(T0 + 2)
    assert hand.state is State.FINISHED
    (ended,) = of(SessionEnded, events)
    assert ended.summary.ending is Ending.FINISHED
    assert ended.summary.steps_skipped == 2  # step 0 via the jump, step 2 via skip
    assert ended.summary.steps_completed == 0
    assert hand.skip(T0 + 3) == []


def test_back_early_in_a_step_goes_to_the_previous_step(hand: Session) -> None:
    hand.start(T0)
    hand.update(T0 + 12)  # 2 s into step 1
    hand.back(T0 + 12)
    assert hand.phase.step == 0
    assert hand.phase_remaining(T0 + 12) == 10.0


def test_back_later_in_a_step_restarts_it(hand: Session) -> None:
    hand.start(T0)
    advance(hand, T0, T0 + 30)  # step 1, second round
    hand.back(T0 + 30)
    assert hand.phase.step == 1
    assert hand.phase.round == 1
    assert hand.step_elapsed(T0 + 30) == 0.0
    assert hand.total_remaining(T0 + 30) == 95.0


def test_back_on_the_first_step_restarts_it(hand: Session) -> None:
    hand.start(T0)
    hand.back(T0 + 1)
    assert hand.phase.step == 0
    assert hand.phase_remaining(T0 + 1) == 10.0


def test_restart_step_at_the_end_of_a_step(hand: Session) -> None:
    hand.start(T0)
    advance(hand, T0, T0 + 54.5)
    assert (hand.phase.step, hand.phase.round, hand.phase.kind) == (1, 3, PhaseKind.RELEASE)
    events = hand.restart_step(T0 + 54.5)
    assert (hand.phase.step, hand.phase.round, hand.phase.kind) == (1, 1, PhaseKind.PRESS)
    assert of(StepStarted, events)  # announced again, so the cue plays again


def test_jump_to_any_step_and_back(hand: Session) -> None:
    hand.start(T0)
    hand.jump(T0 + 1, 2)
    assert hand.phase.step == 2
    assert hand.total_remaining(T0 + 1) == 50.0
    hand.jump(T0 + 2, 0)
    assert hand.phase.step == 0
    with pytest.raises(IndexError):
        hand.jump(T0 + 3, 9)


def test_controls_while_paused_move_but_stay_paused(hand: Session) -> None:
    hand.start(T0)
    hand.pause(T0 + 5)
    hand.skip(T0 + 6)
    assert hand.state is State.PAUSED
    assert hand.phase.step == 1
    assert hand.phase_remaining(T0 + 60) == 10.0
    hand.resume(T0 + 70)
    assert hand.phase_remaining(T0 + 71) == 9.0


# -- extend ---------------------------------------------------------------------------------


def test_extend_lengthens_the_current_hold_by_15_seconds() -> None:
    session = Session(shipped_timeline("buttocks.yaml"))
    session.start(T0)
    advance(session, T0, T0 + 15 + 100)  # 100 s into the 120 s hold
    assert session.phase.kind is PhaseKind.HOLD
    events = session.extend(T0 + 115)
    assert of(Extended, events)[0].added == 15.0
    assert session.phase_remaining(T0 + 115) == pytest.approx(35.0)
    events = advance(session, T0 + 115, T0 + 150)
    assert of(PhaseStarted, events)[0].at == pytest.approx(T0 + 150)
    assert [t.at - T0 for t in of(Tick, events)] == [147.0, 148.0, 149.0]
    rest = run_through(session, T0 + 150, 1.0)
    assert of(SessionEnded, rest)[0].summary.steps_extended == 1


def test_restarting_an_extended_step_starts_it_as_written() -> None:
    session = Session(shipped_timeline("buttocks.yaml"))
    session.start(T0)
    advance(session, T0, T0 + 20)
    session.extend(T0 + 20)
    assert session.phase_remaining(T0 + 20) == pytest.approx(130.0)
    session.restart_step(T0 + 21)
    assert session.phase_remaining(T0 + 21) == pytest.approx(120.0)


def test_going_back_before_an_extended_step_forgets_the_extension() -> None:
    session = Session(shipped_timeline("buttocks.yaml"))
    session.start(T0)
    advance(session, T0, T0 + 20)  # 5 s into the first side's hold
    session.extend(T0 + 20)
    session.jump(T0 + 22, 0)  # back to "Get into position"
    assert session.phase.step == 0
    assert session.total_remaining(T0 + 22) == pytest.approx(295.0)


def test_extend_is_refused_outside_a_press(hand: Session) -> None:
    hand.start(T0)
    advance(hand, T0, T0 + 21)  # release
    assert not hand.can_extend
    assert hand.extend(T0 + 21) == []
    assert hand.total_remaining(T0 + 21) == 84.0


# -- stop -------------------------------------------------------------------------------------


def test_stop_ends_with_a_summary_of_what_was_done(hand: Session) -> None:
    wall = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    hand.start(T0, wall)
    advance(hand, T0, T0 + 30)
    hand.pause(T0 + 30)
    events = hand.stop(T0 + 90)
    assert hand.state is State.STOPPED
    summary = of(SessionEnded, events)[0].summary
    assert summary.ending is Ending.STOPPED
    assert summary.routine_id == "hand-li4"
    assert summary.active_seconds == 30.0
    assert summary.started_at == wall
    assert summary.ended_at == wall + timedelta(seconds=90)
    assert summary.steps_completed == 1
    assert hand.update(T0 + 100) == []
    assert hand.phase_remaining(T0 + 100) == 0.0


# -- late and missing updates -------------------------------------------------------------------


def test_a_late_update_reports_every_boundary_in_order_with_true_times(hand: Session) -> None:
    hand.start(T0)
    events = hand.update(T0 + 4.9)
    events = hand.update(T0 + 4.9 + 4.9)  # a busy machine: under the long-gap limit
    events = hand.update(T0 + 14.0)
    events = hand.update(T0 + 18.9)
    events = hand.update(T0 + 23.5)
    started = [e.at - T0 for e in of(PhaseStarted, events)]
    assert started == [20.0]
    assert hand.state is State.RUNNING
    assert hand.phase_remaining(T0 + 23.5) == pytest.approx(1.5)


def test_a_late_update_across_many_short_phases() -> None:
    session = Session(shipped_timeline("hand.yaml"), max_gap=60.0)
    session.start(T0)
    events = session.update(T0 + 47.0)
    assert [e.at - T0 for e in of(PhaseStarted, events)] == [10, 20, 25, 35, 40]
    assert events == sorted(events, key=lambda e: e.at)
    assert session.phase_remaining(T0 + 47) == pytest.approx(3.0)


def test_a_long_gap_pauses_at_the_boundary_reached(hand: Session) -> None:
    hand.start(T0)
    hand.update(T0 + 8)
    events = hand.update(T0 + 8 + 600)  # the laptop slept for ten minutes
    assert hand.state is State.PAUSED
    (paused,) = of(Paused, events)
    assert paused.reason is PauseReason.LONG_GAP
    assert paused.at == T0 + 10  # the press that was running ended, and then it waited
    assert [e.at - T0 for e in of(PhaseStarted, events)] == [10.0]
    assert hand.phase_remaining(T0 + 700) == 10.0
    assert hand.active_seconds(T0 + 700) == 10.0


def test_a_long_gap_inside_a_long_phase_does_not_pause() -> None:
    session = Session(shipped_timeline("ice.yaml"))
    session.start(T0)
    advance(session, T0, T0 + 40)
    events = session.update(T0 + 100)
    assert events == []
    assert session.state is State.RUNNING
    assert session.phase_remaining(T0 + 100) == pytest.approx(830.0)


def test_four_hours_of_jittery_updates_accumulate_no_error() -> None:
    """16 full sessions back to back (about 4 hours) with random update spacing."""
    timeline = shipped_timeline("full-session.yaml")
    rng = random.Random(7)
    start = T0
    for _ in range(8):
        session = Session(timeline)
        events = session.start(start)
        now = start
        while session.state is State.RUNNING:
            now += rng.uniform(0.001, 1.5)
            events += session.update(now)
        starts = [e.at - start for e in of(PhaseStarted, events)]
        assert starts == [p.start for p in timeline.phases]  # exact, not approximately
        (ended,) = of(SessionEnded, events)
        start = ended.at
    assert start - T0 == 8 * timeline.seconds


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["update", "pause", "resume", "skip", "back", "restart", "extend"]),
            st.floats(min_value=0.0, max_value=4.0),
        ),
        max_size=60,
    )
)
def test_any_sequence_of_controls_keeps_time_consistent(actions: list[tuple[str, float]]) -> None:
    session = Session(shipped_timeline("hand.yaml"))
    now = T0
    session.start(now)
    for name, wait in actions:
        now += wait
        method = {
            "update": session.update,
            "pause": session.pause,
            "resume": session.resume,
            "skip": session.skip,
            "back": session.back,
            "restart": session.restart_step,
            "extend": session.extend,
        }[name]
        events = method(now)
        assert all(e.at <= now + 1e-9 for e in events)
        assert events == sorted(events, key=lambda e: e.at)
        if session.state in (State.RUNNING, State.PAUSED):
            assert 0.0 <= session.phase_remaining(now) <= session.phase.seconds
            assert session.total_remaining(now) >= session.phase_remaining(now)
        assert session.active_seconds(now) <= now - T0 + 1e-9
