"""The Qt runner: signals, and a timer that wakes exactly when something is due."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acutimer.core.events import (
    Event,
    Extended,
    Paused,
    PhaseStarted,
    Resumed,
    SessionEnded,
    StepStarted,
    Tick,
)
from acutimer.core.routine import PhaseKind
from acutimer.core.session import Session, State
from acutimer.core.summary import Ending
from acutimer.qt.runner import SessionRunner, display_seconds
from tests.helpers.clock import FakeClock
from tests.helpers.routines import shipped_timeline


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def runner(clock: FakeClock, qtbot: QtBot) -> SessionRunner:
    return SessionRunner(Session(shipped_timeline("hand.yaml")), clock=clock)


def of(kind: type[Event], blocker) -> list:
    """The events of ``kind`` in what an ``events_happened`` wait caught."""
    return [e for e in blocker.args[0] if isinstance(e, kind)]


def has_ended(events: list[Event]) -> bool:
    return any(isinstance(e, SessionEnded) for e in events)


def wake(runner: SessionRunner, clock: FakeClock) -> None:
    """Let the timer fire: move the fake clock to its deadline and deliver the timeout."""
    assert runner.timer.isActive()
    clock.advance(runner.timer.interval() / 1000)
    runner.on_timeout()


def test_display_reads_like_a_countdown() -> None:
    assert [display_seconds(r) for r in (10.0, 9.999, 9.0, 0.4, 0.0, -1.0)] == [10, 10, 9, 1, 0, 0]


def test_start_announces_the_first_phase_and_the_time_left(
    runner: SessionRunner, qtbot: QtBot
) -> None:
    with (
        qtbot.wait_signal(runner.events_happened) as started,
        qtbot.wait_signal(runner.remaining_changed) as remaining,
        qtbot.wait_signal(runner.state_changed) as state,
    ):
        runner.start()
    [event] = of(PhaseStarted, started)
    assert event.phase.kind is PhaseKind.PREPARE
    assert remaining.args == [10, 105]
    assert state.args == ["running"]


def test_the_timer_wakes_once_per_displayed_second_not_more(
    runner: SessionRunner, clock: FakeClock
) -> None:
    runner.start()
    shown: list[tuple[int, int]] = []
    runner.remaining_changed.connect(lambda p, t: shown.append((p, t)))
    wakes = 0
    while clock.now < 1000 + 10:
        wake(runner, clock)
        wakes += 1
    assert wakes == 10
    assert shown == [
        (9, 104),
        (8, 103),
        (7, 102),
        (6, 101),
        (5, 100),
        (4, 99),
        (3, 98),
        (2, 97),
        (1, 96),
        (10, 95),
    ]


def test_ticks_and_phase_boundaries_arrive_at_their_times(
    runner: SessionRunner, clock: FakeClock, qtbot: QtBot
) -> None:
    runner.start()
    ticks: list[tuple[int, float]] = []
    starts: list[float] = []

    def on_events(events: list[Event]) -> None:
        for event in events:
            if isinstance(event, Tick):
                ticks.append((event.n, clock.now - 1000))
            elif isinstance(event, PhaseStarted):
                starts.append(clock.now - 1000)

    runner.events_happened.connect(on_events)
    while clock.now < 1000 + 25:
        wake(runner, clock)
    assert ticks == [
        (3, 7.0),
        (2, 8.0),
        (1, 9.0),
        (3, 17.0),
        (2, 18.0),
        (1, 19.0),
        (3, 22.0),
        (2, 23.0),
        (1, 24.0),
    ]
    assert starts == [10.0, 20.0, 25.0]


def test_pause_stops_the_timer_and_the_countdown(
    runner: SessionRunner, clock: FakeClock, qtbot: QtBot
) -> None:
    runner.start()
    wake(runner, clock)
    with qtbot.wait_signal(runner.events_happened) as paused:
        runner.toggle()
    assert [e.reason for e in of(Paused, paused)] == ["user"]
    assert not runner.timer.isActive()
    clock.advance(30)
    with qtbot.assert_not_emitted(runner.remaining_changed):
        runner.on_timeout()
    with qtbot.wait_signal(runner.events_happened) as resumed:
        runner.toggle()
    assert of(Resumed, resumed)
    assert runner.session.phase_remaining(runner.now()) == pytest.approx(9.0)


def test_skip_back_and_extend_through_the_runner(
    runner: SessionRunner, clock: FakeClock, qtbot: QtBot
) -> None:
    runner.start()
    with qtbot.wait_signal(runner.events_happened) as step:
        runner.skip()
    assert of(StepStarted, step)[0].step.index == 1
    with qtbot.wait_signal(runner.events_happened) as extended:
        runner.extend()
    assert of(Extended, extended)[0].phase.seconds == 25.0
    with qtbot.wait_signal(runner.events_happened) as step:
        runner.back()
    assert of(StepStarted, step)[0].step.index == 0


def test_finished_carries_the_summary(
    runner: SessionRunner, clock: FakeClock, qtbot: QtBot
) -> None:
    runner.start()
    with qtbot.wait_signal(runner.events_happened, check_params_cb=has_ended) as finished:
        while runner.session.state is State.RUNNING:
            wake(runner, clock)
    summary = of(SessionEnded, finished)[0].summary
    assert summary.ending is Ending.FINISHED
    assert summary.active_seconds == pytest.approx(105.0)
    assert not runner.timer.isActive()


def test_stop_ends_at_once(runner: SessionRunner, clock: FakeClock, qtbot: QtBot) -> None:
    runner.start()
    wake(runner, clock)
    with qtbot.wait_signal(runner.events_happened, check_params_cb=has_ended) as finished:
        runner.stop()
    [ended] = of(SessionEnded, finished)
    assert ended.summary.ending is Ending.STOPPED
    assert ended.summary.active_seconds == pytest.approx(1.0)


def test_a_stalled_event_loop_reports_every_missed_boundary_once(
    runner: SessionRunner, clock: FakeClock, qtbot: QtBot
) -> None:
    runner.start()
    batches: list[list] = []
    runner.events_happened.connect(batches.append)
    clock.advance(4.5)
    runner.on_timeout()
    clock.advance(4.5)  # 9.0
    runner.on_timeout()
    clock.advance(4.9)  # 13.9: one wake-up after a stall crosses the 10 s boundary
    runner.on_timeout()
    late = batches[-1]
    assert [type(e).__name__ for e in late] == ["PhaseStarted", "StepStarted"]
    assert [e.at - 1000 for e in late] == [10.0, 10.0]
    assert runner.now() - late[0].at == pytest.approx(3.9)


def test_speed_runs_the_routine_faster(clock: FakeClock, qtbot: QtBot) -> None:
    runner = SessionRunner(Session(shipped_timeline("hand.yaml")), clock=clock, speed=10)
    runner.start()
    assert runner.timer.interval() == 100  # one displayed second is 0.1 real seconds
    seen: list[Tick] = []
    runner.events_happened.connect(lambda events: seen.extend(events))
    with qtbot.wait_signal(runner.events_happened, check_params_cb=has_ended):
        while runner.session.state is State.RUNNING:
            wake(runner, clock)
    assert clock.now - 1000 == pytest.approx(10.5)
    assert runner.session.summary is not None
    assert runner.session.summary.active_seconds == pytest.approx(105.0)


def test_the_default_clock_counts_time_spent_asleep() -> None:
    """On Linux the runner reads CLOCK_BOOTTIME: after a suspend the long-gap rule sees
    the sleep, where time.monotonic would have stood still through it."""
    import time

    from acutimer.qt.runner import steady_clock

    if not hasattr(time, "CLOCK_BOOTTIME"):
        pytest.skip("this platform has no CLOCK_BOOTTIME")
    boot = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert abs(steady_clock() - boot) < 0.5
    assert SessionRunner.__init__.__kwdefaults__["clock"] is steady_clock
