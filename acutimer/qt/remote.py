"""The running session as seen and driven from outside the window (MPRIS, the command line).

``RemoteControl`` follows whichever session the main window runs (``runner_changed``)
and offers what media keys and ``acutimer pause`` need: controls that either apply or
say why not, and a ``Status`` snapshot. Controls here never ask for confirmation: a
stop from a headset button or a shortcut stops, and history records a stopped session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from acutimer.core.events import (
    Event,
    Extended,
    Paused,
    Resumed,
    SessionEnded,
    StepStarted,
)
from acutimer.core.session import State
from acutimer.core.timeline import side_words
from acutimer.dbus.protocol import NotNow, Verb
from acutimer.qt.runner import display_seconds
from acutimer.ui.main_window import PICKER  # the picker's page (the pages are wrapped)

if TYPE_CHECKING:
    from acutimer.core.routine import PhaseKind
    from acutimer.core.sides import Side
    from acutimer.qt.runner import SessionRunner
    from acutimer.ui.main_window import MainWindow

LIVE = (State.RUNNING, State.PAUSED)

_SHOWS_IT: dict[Verb, tuple[type[Event], ...]] = {
    Verb.PAUSE: (Paused,),
    Verb.RESUME: (Resumed,),
    Verb.SKIP: (StepStarted, SessionEnded),  # skipping the last step finishes
    Verb.BACK: (StepStarted,),
    Verb.RESTART: (StepStarted,),
    Verb.EXTEND: (Extended,),
    Verb.STOP: (SessionEnded,),
}
"""The engine event that a control, once applied, reports."""
_RUNNER_METHOD = {
    Verb.PAUSE: "pause",
    Verb.RESUME: "resume",
    Verb.SKIP: "skip",
    Verb.BACK: "back",
    Verb.RESTART: "restart_step",
    Verb.EXTEND: "extend",
    Verb.STOP: "stop",
}


@dataclass(frozen=True)
class Status:
    """Where the session is. ``state`` is None when no routine has been started yet."""

    state: State | None
    session: int = 0
    """Counts the sessions of this run of the app (1 for the first)."""
    routine: str | None = None
    title: str | None = None
    step: int | None = None
    """0-based index of the current step."""
    steps: int | None = None
    step_title: str | None = None
    point: str | None = None
    """The point's display code, such as "BL52 (B-47)"."""
    phase: PhaseKind | None = None
    side: Side | None = None
    where: str = ""
    """The side in words: "left hand", "both sides" or ""."""
    round: int | None = None
    rounds: int | None = None
    phase_left: int = 0
    """Whole seconds left in the phase, as the countdown shows them."""
    phase_seconds: float = 0.0
    session_left: int = 0
    step_elapsed: float = 0.0
    step_seconds: float = 0.0
    can_start: bool = False
    can_extend: bool = False
    speed: float = 1.0

    @property
    def live(self) -> bool:
        return self.state in LIVE

    def to_wire(self) -> dict[str, Any]:
        """The D-Bus status (protocol.STATUS_KEYS): strings and numbers, None left out."""
        values: dict[str, Any] = {
            "state": (self.state or State.IDLE).value,
            "routine": self.routine,
            "title": self.title,
            "step": None if self.step is None else self.step + 1,
            "steps": self.steps,
            "step_title": self.step_title,
            "point": self.point,
            "phase": self.phase.value if self.phase else None,
            "side": self.side.value if self.side else None,
            "where": self.where or None,
            "round": self.round,
            "rounds": self.rounds,
        }
        if self.live:
            values |= {
                "phase_left": self.phase_left,
                "phase_seconds": round(self.phase_seconds),
                "session_left": self.session_left,
            }
        return {k: v for k, v in values.items() if v is not None}


class RemoteControl(QObject):
    """Controls and status of the window's session for callers outside the window.

    Signals:
        changed(): the status changed in a way a listener may show (a control, a
            phase or step, the state, a new session, whether Start is possible).
        events_happened(list): the session's engine events, passed on.
    """

    changed = Signal()
    events_happened = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: MainWindow | None = None
        self._runner: SessionRunner | None = None
        self._sessions = 0
        self._seen: list[Event] | None = None
        self._starting = False

    def attach(self, window: MainWindow) -> None:
        """Follow ``window`` (loaded: its picker exists). Until then nothing runs."""
        self._window = window
        window.runner_changed.connect(self.on_runner_changed)
        # Whether Start is possible: the picker's choice and the page shown.
        window.pages.currentChanged.connect(self._announce)
        window.picker.selection_changed.connect(self._announce)
        self._announce()

    def on_runner_changed(self, runner: SessionRunner) -> None:
        self._runner = runner
        self._sessions += 1
        runner.events_happened.connect(self.on_events)
        runner.state_changed.connect(self.on_state_changed)
        # Quiet until it runs: the runner starts right after this signal, and a listener
        # would otherwise announce the new routine as stopped for a moment.
        self._starting = True

    def on_state_changed(self, _state: str) -> None:
        self._starting = False
        self.changed.emit()

    def _announce(self, *_args: object) -> None:
        if not self._starting:
            self.changed.emit()

    def on_events(self, events: list[Event]) -> None:
        if self._seen is not None:
            self._seen.extend(events)
        self.events_happened.emit(events)
        self._announce()

    # -- controls ---------------------------------------------------------------------

    def can_start(self) -> bool:
        """A routine is selected in the picker and nothing is running."""
        return self._state() not in LIVE and self._start_possible()

    def start(self) -> None:
        """Start the routine selected in the picker, or raise NotNow saying why not."""
        window = self._window
        if window is None or not window.loaded or window.pages.currentIndex() != PICKER:
            raise NotNow(QCoreApplication.translate("Remote", "No routine is running."))
        if not window.settings.safety_seen:
            # As in the window: nothing starts before the safety notice has been read.
            raise NotNow(
                QCoreApplication.translate(
                    "Remote", "First read the safety notice in the acutimer window."
                )
            )
        if not window.picker.can_start():
            raise NotNow(
                QCoreApplication.translate(
                    "Remote", "No routine is selected to start (choose one in the acutimer window)."
                )
            )
        window.start_selected()

    def apply(self, verb: Verb) -> None:
        """Do ``verb`` now, or raise NotNow saying why it does not apply."""
        state = self._state()
        if verb is Verb.TOGGLE:
            if state not in LIVE:
                self.start()
                return
            verb = Verb.RESUME if state is State.PAUSED else Verb.PAUSE
        runner = self._runner
        if runner is None or state not in LIVE:
            raise NotNow(QCoreApplication.translate("Remote", "No routine is running."))
        if verb is Verb.PAUSE and state is State.PAUSED:
            raise NotNow(QCoreApplication.translate("Remote", "The routine is already paused."))
        if verb is Verb.RESUME and state is State.RUNNING:
            raise NotNow(QCoreApplication.translate("Remote", "The routine is already running."))
        if verb is Verb.EXTEND and not runner.session.can_extend:
            kind = runner.session.phase.kind.value
            words = QCoreApplication.translate(
                "Remote", "Only a press, hold or massage can be held longer, not a {kind}."
            )
            raise NotNow(words.replace("{kind}", kind))
        # The engine decides in the end (the press may have ended a moment ago, before
        # the timer woke): the control applied if it reported its event, dated now.
        # Events of the catching-up that comes first carry their earlier, true times.
        before = runner.now()
        self._seen = []
        try:
            getattr(runner, _RUNNER_METHOD[verb])()
            seen = self._seen
        finally:
            self._seen = None
        if not any(isinstance(e, _SHOWS_IT[verb]) and e.at >= before for e in seen):
            words = QCoreApplication.translate("Remote", "{control} does not apply at this moment.")
            raise NotNow(words.replace("{control}", verb.value.capitalize()))

    def play(self) -> None:
        """MPRIS Play: resume, or start the selected routine; running already is fine."""
        state = self._state()
        if state is State.PAUSED:
            self.apply(Verb.RESUME)
        elif state is not State.RUNNING:
            self.start()

    # -- status -----------------------------------------------------------------------

    def _state(self) -> State | None:
        return State(self._runner.session.state) if self._runner else None

    def status(self) -> Status:
        runner = self._runner
        if runner is None:
            return Status(state=None, can_start=self._start_possible())
        session = runner.session
        now = runner.now()
        step, phase = session.step, session.phase
        points = self._window.points if self._window is not None else None
        point = points.get(step.point) if points is not None and step.point else None
        state = State(session.state)
        return Status(
            state=state,
            session=self._sessions,
            routine=session.timeline.routine_id,
            title=session.timeline.title,
            step=step.index,
            steps=len(session.timeline.steps),
            step_title=step.title,
            point=point.display_code if point else step.point,
            phase=phase.kind,
            side=phase.side,
            where=side_words(point, phase.side),
            round=phase.round,
            rounds=phase.rounds,
            phase_left=display_seconds(session.phase_remaining(now)),
            phase_seconds=phase.seconds,
            session_left=display_seconds(session.total_remaining(now)),
            step_elapsed=session.step_elapsed(now) if state in LIVE else 0.0,
            step_seconds=self._step_seconds(runner),
            can_start=state not in LIVE and self._start_possible(),
            can_extend=session.can_extend,
            speed=runner.speed,
        )

    def _start_possible(self) -> bool:
        window = self._window
        return bool(
            window is not None
            and window.loaded
            and window.settings.safety_seen
            and window.pages.currentIndex() == PICKER
            and window.picker.can_start()
        )

    @staticmethod
    def _step_seconds(runner: SessionRunner) -> float:
        # The step's length as it now stands (an extended hold is longer): the time
        # already spent in it plus the time left in its phases.
        session = runner.session
        step = session.step
        now = runner.now()
        rest = session.phase_remaining(now)
        last = step.first_phase + step.phase_count
        index = session.phase.index
        later = sum(
            session.timeline.phases[i].seconds for i in range(index + 1, last)
        )  # later phases of the step are never extended yet
        return session.step_elapsed(now) + rest + later
