"""Pieces of the picker's details that follow the routine: the steps in the session
list's words and time format, why one side takes longer, and a footer that fits."""

from __future__ import annotations

import html

from acutimer.core.library import ResolvedRoutine
from acutimer.core.points import PointLibrary
from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import Timeline, TimelineStep, clock_text, duration_words
from acutimer.ui.session_view import step_list_text

PRESSING = frozenset({PhaseKind.PRESS, PhaseKind.HOLD, PhaseKind.MASSAGE})

PRESSING_FOOTER = (
    "Firm, steady pressure that does not hurt. Never on broken, bruised or irritated "
    "skin. Stop if anything feels wrong."
)
ICE_FOOTER = (
    "Always wrap ice in a thin towel, never on bare skin. Take it off if the skin burns, "
    "goes numb or turns white."
)


def switch_seconds(timeline: Timeline, step: TimelineStep) -> float:
    """The seconds a step spends switching sides before its first press (0 if none)."""
    phases = timeline.phases[step.first_phase : step.first_phase + step.phase_count]
    return sum(p.seconds for p in phases if p.kind is PhaseKind.SWITCH)


def steps_html(timeline: Timeline, points: PointLibrary) -> str:
    """The steps as the session's step list names them, each with its length (m:ss, the
    one time format), and a second side's extra seconds explained where they are."""
    e = html.escape
    rows = []
    for step in timeline.steps:
        extra = switch_seconds(timeline, step)
        why = f" <i>(includes {duration_words(extra)} to switch sides)</i>" if extra else ""
        point = points.get(step.point) if step.point else None
        code = f" · {e(point.display_code)}" if point else ""
        rows.append(
            f"<tr><td align='right'>{clock_text(step.seconds)}</td>"
            f"<td>{e(step_list_text(step, points))}{code}{why}</td></tr>"
        )
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def footer_html(routine: ResolvedRoutine) -> str:
    """The small print that fits what the routine does: pressing, ice, or both."""
    kinds = {phase.kind for block in routine.blocks for s in block.steps for phase in s.phases}
    lines = []
    if kinds & PRESSING:
        lines.append(PRESSING_FOOTER)
    if PhaseKind.ICE in kinds:
        lines.append(ICE_FOOTER)
    return "".join(f"<p><small>{html.escape(line)}</small></p>" for line in lines)
