"""An optional step waits for a choice: Space does it, Right leaves it out."""

from __future__ import annotations

import pytest

from acutimer.core.events import Paused, PauseReason, PhaseStarted, Resumed, SessionEnded
from acutimer.core.routine import PhaseKind
from acutimer.core.session import Session, State
from tests.helpers.routines import shipped_timeline

T0 = 100.0


def run_until_not_running(session: Session, now: float, step: float = 0.5) -> float:
    while session.state is State.RUNNING:
        now += step
        session.update(now)
    return now


def forearm() -> Session:
    """Forearm (LU6): presses on each side, then an optional ice step (the last one)."""
    return Session(shipped_timeline("forearm.yaml"))


def test_the_session_waits_at_the_start_of_an_optional_step_reached_by_itself() -> None:
    session = forearm()
    timeline = session.timeline
    ice = timeline.steps[-1]
    session.start(T0)
    now = run_until_not_running(session, T0)
    assert session.state is State.PAUSED
    assert session.waiting_for_choice and session.pause_reason is PauseReason.CHOICE
    assert session.phase.index == ice.first_phase
    # The ice does not count down while the person decides, however long it takes.
    later = now + 600
    assert session.update(later) == []
    assert session.phase_remaining(later) == session.phase.seconds


def test_resume_does_the_optional_step_from_its_beginning() -> None:
    session = forearm()
    session.start(T0)
    now = run_until_not_running(session, T0)
    ice_seconds = session.phase.seconds
    events = session.resume(now + 30)
    assert any(isinstance(e, Resumed) for e in events)
    assert session.state is State.RUNNING and not session.waiting_for_choice
    assert session.phase.kind is PhaseKind.ICE
    assert session.phase_remaining(now + 40) == pytest.approx(ice_seconds - 10)


def test_skip_leaves_the_optional_step_out_and_ends_when_it_was_the_last() -> None:
    session = forearm()
    session.start(T0)
    now = run_until_not_running(session, T0)
    events = session.skip(now + 5)
    (ended,) = [e for e in events if isinstance(e, SessionEnded)]
    assert ended.summary.steps_skipped == 1
    assert ended.summary.steps_completed == len(session.timeline.steps) - 1


def test_an_optional_first_step_waits_before_anything_counts_down() -> None:
    session = Session(shipped_timeline("feet-top.yaml"))
    events = session.start(T0)
    assert [e.reason for e in events if isinstance(e, Paused)] == [PauseReason.CHOICE]
    assert session.phase.kind is PhaseKind.ICE
    # Right: skip it, and the next step runs at once, without a second question.
    events = session.skip(T0 + 3)
    started = [e for e in events if isinstance(e, PhaseStarted)]
    assert started[-1].phase.step == 1
    assert session.state is State.RUNNING
    assert session.phase_remaining(T0 + 4) == pytest.approx(session.phase.seconds - 1)


def test_going_back_to_an_optional_step_on_purpose_does_not_ask_again() -> None:
    session = Session(shipped_timeline("feet-top.yaml"))
    session.start(T0)
    session.resume(T0 + 1)  # do the foot bath
    session.jump(T0 + 2, 1)
    session.jump(T0 + 3, 0)
    assert session.state is State.RUNNING


def test_without_asking_the_optional_step_runs_straight_on() -> None:
    session = Session(shipped_timeline("feet-top.yaml"), ask_optional=False)
    session.start(T0)
    assert session.state is State.RUNNING
