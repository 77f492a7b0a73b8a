"""A routine expanded into phases: the contract between the files, the engine and the window.

``build_timeline`` is pure: the same routine and options always give the same phases.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from acutimer.core.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from acutimer.core.loader import Block, ResolvedRoutine
from acutimer.core.points import Flag, Point, PointLibrary
from acutimer.core.routine import PhaseKind, StepSpec
from acutimer.core.sides import Side, StepSide, switch_cue, switch_text, where_words


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


HALFWAY_CHECK_FROM = 600.0
"""An ice phase this long (10 minutes) or longer gets a "check your skin" cue halfway."""
SKIN_CHECK_TEXT = QT_TRANSLATE_NOOP(
    "Timeline",
    "Halfway: lift the ice and check your skin. Take the ice off if the skin burns, "
    "goes numb, or turns white or blotchy.",
)
"""Shown halfway through long ice: pass through ``translate("Timeline", ...)``."""
LIE_ON_SIDE = QT_TRANSLATE_NOOP(
    "Timeline", "In later pregnancy, lie on your side rather than flat on your back."
)
"""Added to instructions that have the person lie down, in pregnancy mode (translated
there); shown elsewhere through ``translate("Timeline", ...)``."""


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
    halfway: Cue | None = None
    """A cue to play halfway through (the skin check on long ice), or None."""
    max_seconds: float | None = None
    """The longest +15 s may make this phase (the point's maximum hold), or None."""

    @property
    def end(self) -> float:
        return self.start + self.seconds


@dataclass(frozen=True)
class LeftOut:
    """A step pregnancy mode removed, and why."""

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
                    "halfway": p.halfway.speech if p.halfway else None,
                }
                for p in self.phases
            ],
            "left_out": [asdict(x) for x in self.left_out],
        }


DEFAULT_TEXT = {
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP(
        "Timeline", "Ease off slowly. Let the pressure fade rather than letting go all at once."
    ),
    PhaseKind.REST: QT_TRANSLATE_NOOP(
        "Timeline", "Rest your hand. Breathe out slowly and let the area relax."
    ),
}
"""A phase's words when the routine gives none (English source; translated when built)."""

Durations = Context("Durations")


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
        return Durations.tr("%n second(s)", "", whole)
    text = Durations.tr("%n minute(s)", "", minutes)
    if secs:
        both = translate("Timeline", "{minutes} {seconds}", "a time: '1 minute' '30 seconds'")
        return fill(both, minutes=text, seconds=Durations.tr("%n second(s)", "", secs))
    return text


def side_words(point: Point | None, side: Side | None) -> str:
    """'left hand', 'both knees', 'right side', 'both sides' or '' (no side): how the
    window, the diagram and the voice name where to press."""
    if side is None:
        return ""
    return where_words(side, point.view.limb if point else None)


def _first_upper(text: str) -> str:
    """'Left hand' from 'left hand' (str.capitalize would lower the rest: 'Linke hand')."""
    return text[:1].upper() + text[1:]


_LYING = re.compile(r"\b(lie|lying)\b", re.IGNORECASE)


def _lying_down(instruction: str) -> bool:
    """Whether an instruction has the person lie down: in English, or in the words the
    translation gives for the app's language (the routine's text may be translated)."""
    if _LYING.search(instruction):
        return True
    words = translate(
        "Timeline",
        "lie, lying",
        "Words, separated by commas, that show an instruction has the person lie down "
        "(each is looked for as a whole word or phrase, in any case)",
    )
    return any(
        re.search(rf"\b{re.escape(word.strip())}\b", instruction, re.IGNORECASE)
        for word in words.split(",")
        if word.strip()
    )


def build_timeline(
    resolved: ResolvedRoutine,
    points: PointLibrary,
    *,
    first_side: Side = Side.LEFT,
    pregnancy_safe: bool = False,
    leave_out_cautions: bool = False,
) -> Timeline:
    """Expand ``resolved`` into steps and phases.

    ``first_side`` is the side that hurts more: each-side steps start there.
    ``pregnancy_safe`` (pregnancy mode) leaves out every step on a point flagged
    pregnancy-forbidden, lists it with the reason in ``left_out``, and adds the advice to
    lie on the side to every step that has the person lie down. With
    ``leave_out_cautions`` too, steps on points with a pregnancy caution go as well.
    """
    flags = _pregnancy_flags(pregnancy_safe, leave_out_cautions)
    builder = _Builder(points, first_side, lie_on_side=pregnancy_safe)
    emptied = _emptied_parts(resolved, points, flags)
    for block in resolved.blocks:
        kept = []
        for step in block.steps:
            reason = _left_out_because(step, points, flags)
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


def _pregnancy_flags(pregnancy: bool, cautions: bool) -> tuple[Flag, ...]:
    """The caution flags whose points pregnancy mode leaves out."""
    if not pregnancy:
        return ()
    if cautions:
        return (Flag.PREGNANCY_FORBIDDEN, Flag.PREGNANCY_CAUTION)
    return (Flag.PREGNANCY_FORBIDDEN,)


def _emptied_parts(
    resolved: ResolvedRoutine, points: PointLibrary, flags: tuple[Flag, ...]
) -> set[Path | None]:
    """Routine files (the routine or an included one) whose every point is left out.

    Their other steps go too: "Get comfortable" for the hand routine means nothing once
    the hand presses are left out.
    """
    if not flags:
        return set()
    pressed: dict[Path | None, list[bool]] = {}
    for block in resolved.blocks:
        for step in block.steps:
            if step.point:
                kept = _left_out_because(step, points, flags) is None
                pressed.setdefault(block.origin, []).append(kept)
    return {origin for origin, kept in pressed.items() if not any(kept)}


def _left_out_because(step: StepSpec, points: PointLibrary, flags: tuple[Flag, ...]) -> str | None:
    point = points.get(step.point) if step.point else None
    if point is None:
        return None
    for flag in flags:
        cautions = point.flagged(flag)
        if cautions:
            return cautions[0].text
    return None


class _Builder:
    def __init__(self, points: PointLibrary, first: Side, *, lie_on_side: bool = False) -> None:
        self.points = points
        self.first = first
        self.lie_on_side = lie_on_side
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
            point = self.points.get(step.point) if step.point else None
            limb = point.view.limb if point else None
            sides = translate("Sides", "Switch sides.")
            self._add_phase(
                PhaseKind.SWITCH,
                switch,
                step,
                side,
                index,
                1,
                1,
                switch_text(side, limb) if side else sides,
                Cue("switch", switch_cue(side, limb) if side else sides, sides),
            )
        instruction = step.instruction
        if self.lie_on_side and _lying_down(instruction):
            instruction = f"{instruction} {translate('Timeline', LIE_ON_SIDE)}"
        point = self.points.get(step.point) if step.point else None
        for round_ in range(1, step.rounds + 1):
            for spec in step.phases:
                kind = spec.kind
                default = DEFAULT_TEXT.get(kind)
                text = spec.text or (translate("Timeline", default) if default else instruction)
                first = round_ == 1 and spec is step.phases[0]
                cue = self._cue(kind, spec.seconds, step, where, first=first)
                halfway = None
                if kind is PhaseKind.ICE and spec.seconds >= HALFWAY_CHECK_FROM:
                    halfway = Cue(
                        "check",
                        translate("Timeline", "Halfway. Check your skin under the ice."),
                        translate("Timeline", "Check your skin."),
                    )
                most = None
                if kind in (PhaseKind.PRESS, PhaseKind.HOLD) and point and point.max_hold:
                    most = max(float(point.max_hold), spec.seconds)
                self._add_phase(
                    kind,
                    spec.seconds,
                    step,
                    side,
                    index,
                    round_,
                    step.rounds,
                    text,
                    cue,
                    halfway=halfway,
                    max_seconds=most,
                )
        self.steps.append(
            TimelineStep(
                index=index,
                title=step.title,
                point=step.point,
                side=side,
                instruction=instruction,
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
        *,
        halfway: Cue | None = None,
        max_seconds: float | None = None,
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
                halfway=halfway,
                max_seconds=max_seconds,
            )
        )
        self.clock += seconds

    def _where(self, step: StepSpec, side: Side | None) -> str:
        return side_words(self.points.get(step.point) if step.point else None, side)

    def _cue(self, kind: PhaseKind, seconds: float, step: StepSpec, where: str, first: bool) -> Cue:
        point = self.points.get(step.point) if step.point else None
        spoken = point.spoken_code if point else ""
        lasting = duration_words(seconds)
        # Where to press, said as a sentence of its own before the first phase's cue.
        lead = f"{_first_upper(where)}. " if where and first else ""

        def said(text: str, brief: str, sound: str = "step") -> Cue:
            """A cue from translated words, with the point and the duration filled in."""
            return Cue(sound, fill(text, point=spoken, duration=lasting), brief)

        match kind:
            case PhaseKind.PRESS if spoken:
                cue = said(
                    translate("Timeline", "Press {point} for {duration}."),
                    translate("Timeline", "Press."),
                    "press",
                )
            case PhaseKind.PRESS:
                cue = said(
                    translate("Timeline", "Press for {duration}."),
                    translate("Timeline", "Press."),
                    "press",
                )
            case PhaseKind.HOLD if spoken:
                cue = said(
                    translate("Timeline", "Hold {point} for {duration}."),
                    translate("Timeline", "Hold."),
                    "press",
                )
            case PhaseKind.HOLD:
                cue = said(
                    translate("Timeline", "Hold for {duration}."),
                    translate("Timeline", "Hold."),
                    "press",
                )
            case PhaseKind.MASSAGE:
                cue = said(
                    translate("Timeline", "Massage for {duration}."),
                    translate("Timeline", "Massage."),
                )
            case PhaseKind.RELEASE:
                return said(
                    translate("Timeline", "Release slowly."),
                    translate("Timeline", "Release."),
                    "release",
                )
            case PhaseKind.REST:
                return said(
                    translate("Timeline", "Rest for {duration}."),
                    translate("Timeline", "Rest."),
                    "rest",
                )
            case PhaseKind.ICE:
                return said(
                    translate("Timeline", "Ice, {duration}."), translate("Timeline", "Ice.")
                )
            case PhaseKind.PREPARE:
                get_ready = fill(translate("Timeline", "{title}. Get ready."), title=step.title)
                return Cue("step", get_ready, translate("Timeline", "Get ready."))
            case _:
                return Cue("step", step.title, step.title)
        return Cue(cue.sound, lead + cue.speech, cue.brief)
