"""The session on Qt's event loop: one precise single-shot timer, woken only when
something is due, passing the engine's events on as one signal."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from acutimer.core.events import Event
from acutimer.core.session import LONG_GAP, Session, State

Clock = Callable[[], float]


def _boot_clock() -> Clock:
    """A monotonic clock that keeps counting while the machine is suspended.

    ``time.monotonic`` stops during suspend on Linux: after an hour's sleep in the
    middle of the ice step, the countdown would carry on as if nothing happened and
    the ice would stay on for over an hour. CLOCK_BOOTTIME sees the sleep, so the
    session pauses itself at the boundary it reached (the long-gap rule).
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return time.monotonic
    return lambda: time.clock_gettime(boottime)


steady_clock: Clock = _boot_clock()


def display_seconds(remaining: float) -> int:
    """What a countdown shows: 4.2 s left reads 5, exactly 4 s reads 4, never below 0."""
    return max(math.ceil(remaining - 1e-9), 0)


class SessionRunner(QObject):
    """Runs a Session against a clock (default ``steady_clock``: monotonic, counting sleep).

    The timer is rescheduled after every wake-up for the next thing due: a phase
    boundary, a last-seconds tick, or a change of the displayed second. There is no
    polling, and no time is counted: each wake-up asks the engine where ``now`` is.

    Signals:
        events_happened(list[Event]): every engine event of one wake-up or control, in
            order, with true times (acutimer.core.events: PhaseStarted, StepStarted,
            SideSwitched, Tick, Paused, Resumed, Extended, SessionEnded); compare
            ``event.at`` with ``now()`` to spot stale ones.
        remaining_changed(int, int): the displayed seconds left in the phase and in the
            session changed.
        state_changed(State): the session's state changed (a member of State).
    """

    events_happened = Signal(object)
    remaining_changed = Signal(int, int)
    state_changed = Signal(object)

    def __init__(
        self,
        session: Session,
        *,
        clock: Clock = steady_clock,
        speed: float = 1.0,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.session = session
        self.speed = speed
        self._clock = clock
        self._wall_clock = wall_clock
        self._origin = clock()
        # A gap is judged in real seconds: at speed 60 a 100 ms stall is not a sleep.
        session.max_gap = LONG_GAP * speed
        self._shown: tuple[int, int] | None = None
        self._state_seen: State | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.on_timeout)

    def now(self) -> float:
        """Session time: monotonic seconds, scaled by ``speed``."""
        return self._origin + (self._clock() - self._origin) * self.speed

    @property
    def timer(self) -> QTimer:
        return self._timer

    # -- controls -------------------------------------------------------------

    def start(self) -> None:
        self._apply(self.session.start(self.now(), self._wall_clock()))

    def toggle(self) -> None:
        if self.session.state is State.IDLE:
            self.start()
        else:
            self._apply(self.session.toggle(self.now()))

    def pause(self) -> None:
        self._apply(self.session.pause(self.now()))

    def resume(self) -> None:
        self._apply(self.session.resume(self.now()))

    def skip(self) -> None:
        self._apply(self.session.skip(self.now()))

    def back(self) -> None:
        self._apply(self.session.back(self.now()))

    def restart_step(self) -> None:
        self._apply(self.session.restart_step(self.now()))

    def jump(self, step: int) -> None:
        self._apply(self.session.jump(self.now(), step))

    def extend(self) -> None:
        self._apply(self.session.extend(self.now()))

    def stop(self) -> None:
        self._apply(self.session.stop(self.now()))

    # -- the clock ------------------------------------------------------------

    def on_timeout(self) -> None:
        self._apply(self.session.update(self.now()))

    def _apply(self, events: list[Event]) -> None:
        if events:
            self.events_happened.emit(events)
        now = self.now()
        shown = (
            display_seconds(self.session.phase_remaining(now)),
            display_seconds(self.session.total_remaining(now)),
        )
        if shown != self._shown:
            self._shown = shown
            self.remaining_changed.emit(*shown)
        state = self.session.state
        if state != self._state_seen:
            self._state_seen = state
            self.state_changed.emit(state)
        self._schedule(now)

    def _schedule(self, now: float) -> None:
        deadline = self.session.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        wake = deadline
        for remaining in (self.session.phase_remaining(now), self.session.total_remaining(now)):
            # The display reads ceil(remaining); it next changes when remaining reaches
            # the integer below.
            step = remaining - (display_seconds(remaining) - 1)
            if step > 0:
                wake = min(wake, now + step)
        delay_ms = max(math.ceil((wake - now) / self.speed * 1000), 0)
        self._timer.start(delay_ms)
