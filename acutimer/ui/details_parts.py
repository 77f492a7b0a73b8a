"""Pieces of the picker's details that follow the routine: the steps in the session
list's words and time format, why one side takes longer, and a footer that fits."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import Flag, PointLibrary
from acutimer.core.routine import PhaseKind
from acutimer.core.timeline import Timeline, TimelineStep, clock_text, duration_words
from acutimer.ui.session_view import step_list_text

PRESSING = frozenset({PhaseKind.PRESS, PhaseKind.HOLD, PhaseKind.MASSAGE})

PRESSING_FOOTER = QT_TRANSLATE_NOOP(
    "RoutineDetails",
    "Firm, steady pressure that does not hurt. Never on broken, bruised or irritated "
    "skin. Stop if anything feels wrong.",
)
ICE_FOOTER = QT_TRANSLATE_NOOP(
    "RoutineDetails", "Take the ice off at once if the skin burns, goes numb or turns white."
)

# The translation of each is the stem of that word in the language's routine texts
# (lower case): German "krampfader" for "varicose".
COVERED_BY = {
    Flag.VARICOSE_VEINS: QT_TRANSLATE_NOOP("CautionWords", "varicose"),
    Flag.BLOOD_CLOT: QT_TRANSLATE_NOOP("CautionWords", "swollen"),
    Flag.PREGNANCY_CAUTION: QT_TRANSLATE_NOOP("CautionWords", "pregnan"),
    Flag.RECENT_INJURY: QT_TRANSLATE_NOOP("CautionWords", "fracture"),
}
"""A point's caution is left out when one of the routine's own cautions already says it
(the routine's sentence contains this word, or its translation)."""


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
        why = ""
        if extra:
            includes = QCoreApplication.translate(
                "RoutineDetails", "(includes {duration} to switch sides)"
            ).replace("{duration}", duration_words(extra))
            why = f" <i>{includes}</i>"
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
        lines.append(QCoreApplication.translate("RoutineDetails", PRESSING_FOOTER))
    if PhaseKind.ICE in kinds:
        lines.append(QCoreApplication.translate("RoutineDetails", ICE_FOOTER))
    return "".join(f"<p><small>{html.escape(line)}</small></p>" for line in lines)


def cautions_once(routine: ResolvedRoutine, points: PointLibrary) -> list[str]:
    """The routine's cautions, then its points' cautions, each said once: one line per
    kind of caution with every point it concerns ("BL40 (B-54), BL39 (B-53): Never press
    over varicose veins."), none that a routine caution already covers."""
    said = list(dict.fromkeys(routine.cautions))
    lowered = " ".join(said).lower()
    by_flag: dict[Flag, tuple[list[str], str]] = {}
    for code in routine.point_codes():
        point = points.get(code)
        if point is None:
            continue
        for caution in point.cautions:
            word = COVERED_BY.get(caution.flag)
            if word is not None and (
                word in lowered or QCoreApplication.translate("CautionWords", word) in lowered
            ):
                continue
            codes, _text = by_flag.setdefault(caution.flag, ([], caution.text))
            codes.append(point.display_code)
    for codes, text in by_flag.values():
        line = f"{', '.join(codes)}: {text}"
        if text not in said:
            said.append(line)
    return said
