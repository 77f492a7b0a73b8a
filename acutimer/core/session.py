"""The session engine: a timeline run against a clock it never reads.

Every method takes ``now`` (monotonic seconds). Position is derived from timestamps:
the current phase began at ``_phase_start``, so the time left is ``end - now``, exact
however late or irregularly the caller comes. Nothing is counted in ticks.
"""

from __future__ import annotations

import enum
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from acutimer.core.events import (
    Event,
    Extended,
    Halfway,
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
from acutimer.core.sides import Side
from acutimer.core.summary import Ending, SessionSummary
from acutimer.core.timeline import Phase, Timeline, TimelineStep

BACK_RESTARTS_AFTER = 3.0
"""Like a media player: Back more than 3 s into a step restarts it, earlier goes back one."""
EXTEND_SECONDS = 15.0
EXTENDABLE = frozenset({PhaseKind.PRESS, PhaseKind.HOLD, PhaseKind.MASSAGE})
MAX_EXTRA_PER_STEP = 60.0
"""+15 s adds at most this much to one step, over all its phases and rounds."""
LONG_GAP = 5.0
TICKS = 3
"""A phase ticks in its last 3, 2 and 1 seconds (never at its very start)."""


def _ticks_left(remaining: float) -> int:
    """The ticks still to fall in a phase with ``remaining`` seconds to run."""
    return max(min(TICKS, math.ceil(remaining) - 1), 0)


class State(enum.StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class ExtendLimit(enum.Enum):
    """Why +15 s cannot be used now."""

    NOT_RUNNING = "not-running"
    NOT_PRESSING = "not-pressing"
    """The phase is not a press, hold or massage."""
    POINT_MAXIMUM = "point-maximum"
    """The point's maximum hold is reached (or it takes no extra time at all)."""
    STEP_MAXIMUM = "step-maximum"
    """The step has had all the extra time one step may have."""


class Session:
    """One run of a timeline: controls, ``update(now)``, and the time left, all exact.

    Controls and ``update`` return the events since the last call, in order, each with
    its true time. ``max_gap`` is how long ``update`` may be absent before the session
    pauses itself at the next boundary rather than racing on unattended. With
    ``ask_optional`` the session stops at the start of an optional step it reaches by
    itself or by Skip (paused, reason ``CHOICE``): ``resume`` does the step, ``skip``
    leaves it out. Going to it on purpose (back, jump, restart) does not ask again.
    """

    def __init__(
        self, timeline: Timeline, *, max_gap: float = LONG_GAP, ask_optional: bool = True
    ) -> None:
        if not timeline.phases:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self.max_gap = max_gap
        self.ask_optional = ask_optional
        self.state = State.IDLE
        self.pause_reason: PauseReason | None = None
        """Why the session is paused (None unless it is)."""
        self._seconds = [p.seconds for p in timeline.phases]
        self._index = 0
        self._phase_start = 0.0
        self._paused_elapsed = 0.0
        self._next_tick = 0
        self._last_seen = 0.0
        self._active = 0.0
        self._running_since = 0.0
        self._started_now = 0.0
        self._started_wall = datetime(1970, 1, 1, tzinfo=UTC)
        self._completed: set[int] = set()
        self._skipped: set[int] = set()
        self._extended: set[int] = set()
        self._added: dict[int, float] = {}
        self._halfway_due = False
        self.summary: SessionSummary | None = None

    # -- what the window asks -------------------------------------------------

    @property
    def phase(self) -> Phase:
        """The current phase, with its current length (extensions included)."""
        index = min(self._index, len(self._seconds) - 1)
        return replace(self.timeline.phases[index], seconds=self._seconds[index])

    @property
    def step(self) -> TimelineStep:
        return self.timeline.steps[self.phase.step]

    @property
    def next_phase(self) -> Phase | None:
        index = self._index + 1
        if index >= len(self._seconds):
            return None
        return replace(self.timeline.phases[index], seconds=self._seconds[index])

    @property
    def under_way(self) -> bool:
        """Started and not yet ended (running or paused): the controls act on it."""
        return self.state in (State.RUNNING, State.PAUSED)

    @property
    def can_extend(self) -> bool:
        return self.extend_limit is None

    @property
    def extend_limit(self) -> ExtendLimit | None:
        """Why +15 s would do nothing now, or None when it can be used."""
        return self._limit(EXTEND_SECONDS)

    def _limit(self, seconds: float) -> ExtendLimit | None:
        if not self.under_way:
            return ExtendLimit.NOT_RUNNING
        phase = self.phase
        if phase.kind not in EXTENDABLE:
            return ExtendLimit.NOT_PRESSING
        if phase.max_seconds is not None and phase.seconds + seconds > phase.max_seconds:
            return ExtendLimit.POINT_MAXIMUM
        if self._added.get(phase.step, 0.0) + seconds > MAX_EXTRA_PER_STEP:
            return ExtendLimit.STEP_MAXIMUM
        return None

    def phase_elapsed(self, now: float) -> float:
        if self.state is State.RUNNING:
            return min(max(now - self._phase_start, 0.0), self._seconds[self._index])
        if self.state is State.PAUSED:
            return self._paused_elapsed
        if self.state is State.IDLE:
            return 0.0
        return self._seconds[self._index] if self._index < len(self._seconds) else 0.0

    def phase_remaining(self, now: float) -> float:
        if self.state in (State.FINISHED, State.STOPPED):
            return 0.0
        return self._seconds[self._index] - self.phase_elapsed(now)

    def total_remaining(self, now: float) -> float:
        if self.state in (State.FINISHED, State.STOPPED):
            return 0.0
        return self.phase_remaining(now) + sum(self._seconds[self._index + 1 :])

    @property
    def total_seconds(self) -> float:
        return sum(self._seconds)

    def active_seconds(self, now: float) -> float:
        """Time spent running (pauses excluded)."""
        if self.state is State.RUNNING:
            return self._active + max(now - self._running_since, 0.0)
        return self._active

    def step_elapsed(self, now: float) -> float:
        first = self.step.first_phase
        return sum(self._seconds[first : self._index]) + self.phase_elapsed(now)

    def until_next_tick(self, now: float) -> float:
        """Seconds from ``now`` to the phase's next last-seconds tick, or to its end when
        no tick is left; a paused session counts as if it ran on from here."""
        return self.phase_remaining(now) - self._next_tick

    def next_deadline(self) -> float | None:
        """When the next event is due (halfway, a tick or the phase's end), if running."""
        if self.state is not State.RUNNING:
            return None
        if self._halfway_due:
            return self._phase_start + self._seconds[self._index] / 2
        end = self._phase_start + self._seconds[self._index]
        return end - self._next_tick if self._next_tick > 0 else end

    # -- the clock ------------------------------------------------------------

    def update(self, now: float) -> list[Event]:
        """Everything that happened up to ``now``, in order, with true times."""
        events: list[Event] = []
        if self.state is State.RUNNING:
            long_gap = now - self._last_seen > self.max_gap
            self._advance(now, events, pause_at_boundary=long_gap)
        self._last_seen = max(self._last_seen, now)
        return events

    def _advance(self, until: float, events: list[Event], *, pause_at_boundary: bool) -> None:
        while self.state is State.RUNNING:
            end = self._phase_start + self._seconds[self._index]
            if self._halfway_due:
                middle = self._phase_start + self._seconds[self._index] / 2
                if middle > until:
                    return
                self._halfway_due = False
                events.append(Halfway(middle, self.phase))
            while self._next_tick > 0 and end - self._next_tick <= until:
                events.append(Tick(end - self._next_tick, self._next_tick))
                self._next_tick -= 1
            if end > until:
                return
            step = self.phase.step
            self._index += 1
            if self._index == len(self._seconds) or self.timeline.phases[self._index].step != step:
                self._completed.add(step)
            if self._index == len(self._seconds):
                self._index -= 1
                self._end(end, Ending.FINISHED, events)
                return
            self._begin_phase(end, events, previous_step=step)
            if self._ask_choice(end, events):
                return
            if pause_at_boundary:
                self._pause(end, PauseReason.LONG_GAP, events)
                return

    def _begin_phase(self, at: float, events: list[Event], previous_step: int | None) -> None:
        """Start the phase at ``_index`` at time ``at`` (paused sessions stay paused)."""
        if self.state is State.PAUSED:
            self._paused_elapsed = 0.0
        else:
            self._phase_start = at
        seconds = self._seconds[self._index]
        self._next_tick = _ticks_left(seconds)
        phase = self.phase
        self._halfway_due = phase.halfway is not None
        events.append(PhaseStarted(at, phase))
        if phase.step != previous_step:
            events.append(StepStarted(at, self.step))
            before = self.timeline.steps[previous_step].side if previous_step is not None else None
            side = self.step.side
            if (
                side in (Side.LEFT, Side.RIGHT)
                and before in (Side.LEFT, Side.RIGHT)
                and side != before
            ):
                events.append(SideSwitched(at, side))

    @property
    def waiting_for_choice(self) -> bool:
        """Paused at the start of an optional step until the person does or skips it."""
        return self.state is State.PAUSED and self.pause_reason is PauseReason.CHOICE

    def _ask_choice(self, at: float, events: list[Event]) -> bool:
        """At the first phase of an optional step, wait for a choice; True if it waits."""
        step = self.step
        if not (self.ask_optional and step.optional and self._index == step.first_phase):
            return False
        if self.state is State.RUNNING:
            self._pause(at, PauseReason.CHOICE, events)
        else:  # already paused (Skip pressed during a pause): now it waits for a choice
            self.pause_reason = PauseReason.CHOICE
            events.append(Paused(at, PauseReason.CHOICE))
        return True

    def _pause(self, at: float, reason: PauseReason, events: list[Event]) -> None:
        self._paused_elapsed = min(max(at - self._phase_start, 0.0), self._seconds[self._index])
        self._active += max(at - self._running_since, 0.0)
        self.state = State.PAUSED
        self.pause_reason = reason
        events.append(Paused(at, reason))

    def _end(self, at: float, ending: Ending, events: list[Event]) -> None:
        if self.state is State.RUNNING:
            self._active += max(at - self._running_since, 0.0)
        self.state = State.FINISHED if ending is Ending.FINISHED else State.STOPPED
        self.summary = self._summary(at, ending, self._active)
        events.append(SessionEnded(at, self.summary))

    def progress(self, now: float) -> SessionSummary:
        """What the session amounts to so far, for history to keep as it goes.

        Before it ends, ``ending`` is RUNNING and ``ended_at`` is ``now``; once ended,
        this is the final summary.
        """
        if self.summary is not None:
            return self.summary
        return self._summary(now, Ending.RUNNING, self.active_seconds(now))

    def _summary(self, at: float, ending: Ending, active: float) -> SessionSummary:
        return SessionSummary(
            routine_id=self.timeline.routine_id,
            routine_title=self.timeline.title,
            started_at=self._started_wall,
            ended_at=self._started_wall + timedelta(seconds=max(at - self._started_now, 0.0)),
            active_seconds=active,
            steps_total=len(self.timeline.steps),
            steps_completed=len(self._completed),
            steps_skipped=len(self._skipped - self._completed),
            steps_extended=len(self._extended),
            ending=ending,
        )

    # -- controls ---------------------------------------------------------------

    def start(self, now: float, wall: datetime | None = None) -> list[Event]:
        """Begin at the first phase. ``wall`` is the wall-clock start, for the summary."""
        if self.state is not State.IDLE:
            return []
        self.state = State.RUNNING
        self._started_now = self._running_since = self._last_seen = now
        if wall is not None:
            self._started_wall = wall
        events: list[Event] = []
        self._index = 0
        self._begin_phase(now, events, previous_step=None)
        self._ask_choice(now, events)
        return events

    def pause(self, now: float, reason: PauseReason = PauseReason.USER) -> list[Event]:
        events = self.update(now)
        if self.state is not State.RUNNING:
            return events
        self._pause(now, reason, events)
        return events

    def resume(self, now: float) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        events: list[Event] = []
        self._resume(now, events)
        return events

    def _resume(self, now: float, events: list[Event]) -> None:
        self.state = State.RUNNING
        self.pause_reason = None
        self._phase_start = now - self._paused_elapsed
        self._running_since = self._last_seen = now
        events.append(Resumed(now, self.phase))

    def toggle(self, now: float) -> list[Event]:
        """Space bar: start, pause or resume, whichever fits."""
        match self.state:
            case State.IDLE:
                return self.start(now)
            case State.RUNNING:
                return self.pause(now)
            case State.PAUSED:
                return self.resume(now)
        return []

    def skip(self, now: float) -> list[Event]:
        """On to the next step; on the last step, finish."""
        events = self._control(now)
        if events is None:
            return []
        step = self.phase.step
        if step not in self._completed:
            self._skipped.add(step)
        if self.waiting_for_choice:
            self._resume(now, events)  # "Right: skip it" is a choice: go on running
        if step + 1 >= len(self.timeline.steps):
            self._end(now, Ending.FINISHED, events)
        else:
            self._goto(step + 1, now, events)
            self._ask_choice(now, events)
        return events

    def back(self, now: float) -> list[Event]:
        """Restart the step if more than 3 s in, else go to the previous step."""
        events = self._control(now)
        if events is None:
            return []
        step = self.phase.step
        if self.step_elapsed(now) <= BACK_RESTARTS_AFTER and step > 0:
            step -= 1
        self._goto(step, now, events)
        return events

    def restart_step(self, now: float) -> list[Event]:
        events = self._control(now)
        if events is None:
            return []
        self._goto(self.phase.step, now, events)
        return events

    def jump(self, now: float, step: int) -> list[Event]:
        if not 0 <= step < len(self.timeline.steps):
            raise IndexError(f"no step {step}; the routine has {len(self.timeline.steps)}")
        events = self._control(now)
        if events is None:
            return []
        current = self.phase.step
        if step > current and current not in self._completed:
            self._skipped.add(current)
        self._goto(step, now, events)
        return events

    def extend(self, now: float, seconds: float = EXTEND_SECONDS) -> list[Event]:
        """Lengthen the current press, hold or massage: the person decides it needs longer."""
        events = self.update(now)
        if self._limit(seconds) is not None:
            return events
        self._seconds[self._index] += seconds
        self._extended.add(self.phase.step)
        self._added[self.phase.step] = self._added.get(self.phase.step, 0.0) + seconds
        remaining = self.phase_remaining(now)
        self._next_tick = _ticks_left(remaining)
        events.append(Extended(now, self.phase, seconds))
        return events

    def stop(self, now: float) -> list[Event]:
        events = self.update(now)
        if not self.under_way:
            return events
        self._end(now, Ending.STOPPED, events)
        return events

    def _control(self, now: float) -> list[Event] | None:
        """Catch up to ``now``; None if the session is not there to be controlled."""
        events = self.update(now)
        if not self.under_way:
            return None
        return events

    def _goto(self, step: int, now: float, events: list[Event]) -> None:
        if self.waiting_for_choice:
            self._resume(now, events)  # going somewhere on purpose answers the question
        previous = self.phase.step
        target = self.timeline.steps[step]
        # Everything from here on starts as written: an earlier +15 s does not carry over.
        for index in range(target.first_phase, len(self._seconds)):
            self._seconds[index] = self.timeline.phases[index].seconds
        for later in range(step, len(self.timeline.steps)):
            self._added.pop(later, None)
        self._index = target.first_phase
        self._begin_phase(now, events, previous_step=previous if previous != step else None)
