"""Honest, gentle prompts from the pain ratings: when to see a doctor, and what changed.

Nothing here promises a cure. The rules are deliberately simple so a user can follow
them: a rating of 8 or more, or ratings that have not come down over several
sessions, mean "have this checked", with the red flags that need urgent care.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean

from acutimer.core.safety import RED_FLAGS, SEE_A_DOCTOR
from acutimer.history.records import SessionRecord

HIGH_PAIN = 8
SESSIONS_TO_JUDGE = 4
_COMPARED = 2  # sessions averaged at each end when judging a trend


class AdviceKind(enum.Enum):
    HIGH_PAIN = "high pain"
    NOT_IMPROVING = "not improving"


@dataclass(frozen=True)
class Advice:
    """A prompt to show: a heading, a paragraph, and the red flags to list under it."""

    kind: AdviceKind
    title: str
    text: str
    red_flags: tuple[str, ...] = RED_FLAGS


def high_pain_advice(rating: int) -> Advice:
    return Advice(
        AdviceKind.HIGH_PAIN,
        "That is a lot of pain",
        f"You rated your pain {rating} out of 10. Pain this strong should be checked by a "
        "doctor, especially if it is new or getting worse: acupressure does not treat "
        "serious causes of back pain.",
    )


def _levels(records: Sequence[SessionRecord]) -> list[int]:
    return [r.pain_level for r in records if r.pain_level is not None]


def advice_for(records: Sequence[SessionRecord]) -> list[Advice]:
    """The prompts the history calls for, most urgent first (records oldest first)."""
    found: list[Advice] = []
    rated = [r for r in records if r.ratings]
    if rated and max(rated[-1].ratings) >= HIGH_PAIN:
        found.append(high_pain_advice(max(rated[-1].ratings)))
    levels = _levels(records)
    if len(levels) >= SESSIONS_TO_JUDGE:
        first, recent = mean(levels[:_COMPARED]), mean(levels[-_COMPARED:])
        if recent > 0 and recent >= first:
            found.append(
                Advice(
                    AdviceKind.NOT_IMPROVING,
                    "Your pain has not eased",
                    f"Over your last {len(levels)} rated sessions your pain has not come "
                    "down. Acupressure does not help everyone, and back pain that does not "
                    "ease deserves a proper look: please see a doctor or a physiotherapist. "
                    + SEE_A_DOCTOR,
                )
            )
    return found


def pain_trend(records: Sequence[SessionRecord]) -> str | None:
    """A plain description of how the ratings moved, or None with too few to say."""
    levels = _levels(records)
    if len(levels) < SESSIONS_TO_JUDGE:
        return None
    first, recent = mean(levels[:_COMPARED]), mean(levels[-_COMPARED:])
    change = f"from about {_num(first)} to about {_num(recent)} out of 10"
    if recent < first:
        return f"Your pain ratings have come down {change} since your first sessions."
    if recent > first:
        return f"Your pain ratings have gone up {change} since your first sessions."
    return f"Your pain ratings have stayed about the same, around {_num(recent)} out of 10."


def relief(records: Sequence[SessionRecord]) -> float | None:
    """Average drop from before to after, over sessions rated both times."""
    drops = [
        r.pain_before - r.pain_after
        for r in records
        if r.pain_before is not None and r.pain_after is not None
    ]
    return mean(drops) if drops else None


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
