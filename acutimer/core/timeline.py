"""A routine expanded into phases: the contract between the files, the engine and the window.

``build_timeline`` is pure: the same routine and options always give the same phases.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from acutimer.core.library import Block, ResolvedRoutine
from acutimer.core.points import Flag, Point, PointLibrary
from acutimer.core.routine import PhaseKind, StepSpec
from acutimer.core.sides import Side, StepSide


@dataclass(frozen=True)
class Cue:
    """What to play when a phase starts: a sound name, a phrase, and a shorter phrase
    for when the phase is too short to hear the whole one."""

    sound: str
    speech: str
    brief: str


@dataclass(frozen=True)
class TimelineStep:
    index: int
    title: str
    point: str | None
    side: Side | None
    instruction: str
    optional: bool
    start: float
    seconds: float
    first_phase: int
    phase_count: int


@dataclass(frozen=True)
class Phase:
    index: int
    start: float
    seconds: float
    kind: PhaseKind
    point: str | None
    side: Side | None
    step: int
    round: int
    rounds: int
    text: str
    cue: Cue

    @property
    def end(self) -> float:
        return self.start + self.seconds


@dataclass(frozen=True)
class LeftOut:
    """A step pregnancy-safe mode removed, and why."""

    point: str
    title: str
    reason: str


@dataclass(frozen=True)
class Timeline:
    routine_id: str
    title: str
    steps: tuple[TimelineStep, ...]
    phases: tuple[Phase, ...]
    left_out: tuple[LeftOut, ...] = ()

    @property
    def seconds(self) -> float:
        return self.phases[-1].end if self.phases else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.routine_id,
            "seconds": self.seconds,
            "phases": [
                {
                    "start": p.start,
                    "seconds": p.seconds,
                    "kind": p.kind.value,
                    "point": p.point,
                    "side": p.side.value if p.side else None,
                    "step": p.step,
                    "round": p.round,
                    "rounds": p.rounds,
                    "text": p.text,
                }
                for p in self.phases
            ],
            "left_out": [asdict(x) for x in self.left_out],
        }


DEFAULT_TEXT = {
    PhaseKind.RELEASE: "Ease off slowly. Let the pressure fade rather than letting go all at once.",
    PhaseKind.REST: "Rest your hand. Breathe out slowly and let the area relax.",
}


def clock_text(seconds: float) -> str:
    """m:ss, or h:mm:ss past an hour, for a countdown or a total."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def duration_words(seconds: float) -> str:
    """'10 seconds', '2 minutes', '1 minute 30 seconds': how the voice and the window say it."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes == 0 or (whole < 90 and secs):
        return f"{whole} second{'s' if whole != 1 else ''}"
    text = f"{minutes} minute{'s' if minutes != 1 else ''}"
    if secs:
        text += f" {secs} second{'s' if secs != 1 else ''}"
    return text


def side_words(point: Point | None, side: Side | None) -> str:
    """'left hand', 'right side', 'both sides' or '' (no side): how the window and the
    voice name where to press."""
    if side is None:
        return ""
    if side is Side.BOTH:
        return "both sides"
    limb = point.view.limb if point else None
    return f"{side.value} {limb or 'side'}"


def build_timeline(
    resolved: ResolvedRoutine,
    points: PointLibrary,
    *,
    first_side: Side = Side.LEFT,
    pregnancy_safe: bool = False,
) -> Timeline:
    """Expand ``resolved`` into steps and phases.

    ``first_side`` is the side that hurts more: each-side steps start there.
    ``pregnancy_safe`` leaves out every step on a point flagged pregnancy-forbidden and
    lists it, with the reason, in ``left_out``.
    """
    builder = _Builder(points, first_side)
    emptied = _emptied_parts(resolved, points) if pregnancy_safe else set()
    for block in resolved.blocks:
        kept = []
        for step in block.steps:
            reason = _forbidden(step, points) if pregnancy_safe else None
            if reason is None:
                if block.origin not in emptied:
                    kept.append(step)
            else:
                point = points.get(step.point) if step.point else None
                assert point is not None  # a reason comes only from a point's caution
                builder.left_out.append(LeftOut(point.display_code, step.title, reason))
        if kept:
            builder.add_block(Block(tuple(kept), block.each_side, block.switch_seconds))
    return Timeline(
        resolved.id,
        resolved.title,
        tuple(builder.steps),
        tuple(builder.phases),
        tuple(builder.left_out),
    )


def _emptied_parts(resolved: ResolvedRoutine, points: PointLibrary) -> set[Path | None]:
    """Routine files (the routine or an included one) whose every point is forbidden.

    Their other steps go too: "Get comfortable" for the hand routine means nothing once
    the hand presses are left out.
    """
    pressed: dict[Path | None, list[bool]] = {}
    for block in resolved.blocks:
        for step in block.steps:
            if step.point:
                pressed.setdefault(block.origin, []).append(_forbidden(step, points) is None)
    return {origin for origin, kept in pressed.items() if not any(kept)}


def _forbidden(step: StepSpec, points: PointLibrary) -> str | None:
    point = points.get(step.point) if step.point else None
    if point is None:
        return None
    cautions = point.flagged(Flag.PREGNANCY_FORBIDDEN)
    return cautions[0].text if cautions else None


class _Builder:
    def __init__(self, points: PointLibrary, first: Side) -> None:
        self.points = points
        self.first = first
        self.steps: list[TimelineStep] = []
        self.phases: list[Phase] = []
        self.left_out: list[LeftOut] = []
        self.clock = 0.0

    def add_block(self, block: Block) -> None:
        if not block.each_side:
            for step in block.steps:
                side = Side.BOTH if step.effective_side is StepSide.BOTH else None
                self._add_step(step, side, switch=None)
            return
        for side in (self.first, self.first.other):
            for j, step in enumerate(block.steps):
                switch = block.switch_seconds if side is not self.first and j == 0 else None
                self._add_step(step, side, switch)

    def _add_step(self, step: StepSpec, side: Side | None, switch: float | None) -> None:
        index = len(self.steps)
        first_phase = len(self.phases)
        start = self.clock
        where = self._where(step, side)
        if switch is not None:
            text = f"Switch to your {where}." if where else "Switch sides."
            self._add_phase(
                PhaseKind.SWITCH,
                switch,
                step,
                side,
                index,
                1,
                1,
                text,
                Cue(
                    "switch",
                    f"Switch to the {where}." if where else "Switch sides.",
                    "Switch sides.",
                ),
            )
        for round_ in range(1, step.rounds + 1):
            for spec in step.phases:
                kind = spec.kind
                text = spec.text or DEFAULT_TEXT.get(kind, step.instruction)
                first = round_ == 1 and spec is step.phases[0]
                cue = self._cue(kind, spec.seconds, step, where, first=first)
                self._add_phase(
                    kind, spec.seconds, step, side, index, round_, step.rounds, text, cue
                )
        self.steps.append(
            TimelineStep(
                index=index,
                title=step.title,
                point=step.point,
                side=side,
                instruction=step.instruction,
                optional=step.optional,
                start=start,
                seconds=self.clock - start,
                first_phase=first_phase,
                phase_count=len(self.phases) - first_phase,
            )
        )

    def _add_phase(
        self,
        kind: PhaseKind,
        seconds: float,
        step: StepSpec,
        side: Side | None,
        index: int,
        round_: int,
        rounds: int,
        text: str,
        cue: Cue,
    ) -> None:
        self.phases.append(
            Phase(
                index=len(self.phases),
                start=self.clock,
                seconds=seconds,
                kind=kind,
                point=step.point,
                side=side,
                step=index,
                round=round_,
                rounds=rounds,
                text=text,
                cue=cue,
            )
        )
        self.clock += seconds

    def _where(self, step: StepSpec, side: Side | None) -> str:
        return side_words(self.points.get(step.point) if step.point else None, side)

    def _cue(self, kind: PhaseKind, seconds: float, step: StepSpec, where: str, first: bool) -> Cue:
        point = self.points.get(step.point) if step.point else None
        spoken = point.spoken_code if point else ""
        lasting = duration_words(seconds)
        lead = f"{where.capitalize()}. " if where and first else ""
        match kind:
            case PhaseKind.PRESS:
                return Cue("press", f"{lead}Press {spoken} for {lasting}.".strip(), "Press.")
            case PhaseKind.HOLD:
                return Cue("press", f"{lead}Hold {spoken} for {lasting}.".strip(), "Hold.")
            case PhaseKind.RELEASE:
                return Cue("release", "Release slowly.", "Release.")
            case PhaseKind.REST:
                return Cue("rest", f"Rest for {lasting}.", "Rest.")
            case PhaseKind.MASSAGE:
                return Cue("step", f"{lead}Massage for {lasting}.", "Massage.")
            case PhaseKind.ICE:
                return Cue("step", f"Ice, {lasting}.", "Ice.")
            case PhaseKind.PREPARE:
                return Cue("step", f"{step.title}. Get ready.", "Get ready.")
        return Cue("step", step.title, step.title)
