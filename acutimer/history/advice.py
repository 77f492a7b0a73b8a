"""Honest, gentle prompts from the pain ratings: when to see a doctor, and what changed.

Nothing here promises a cure. The rules are deliberately simple so a user can follow
them: a rating of 8 or more, pain that went up during a routine, ratings that have not
come down over sessions on several different days, or pain that is still there when the
plan is over, mean "have this checked", with the warning signs that need quick care.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from statistics import mean

from acutimer.core.safety import RED_FLAGS, SEE_A_DOCTOR, RedFlags
from acutimer.history.plan import PlanProgress, local_day
from acutimer.history.records import SessionRecord

HIGH_PAIN = 8
SESSIONS_TO_JUDGE = 4
DAYS_TO_JUDGE = 3
"""A trend needs sessions on this many different days: five in five minutes are not one."""
_COMPARED = 2  # sessions averaged at each end when judging a trend
STILL_HURTING = "See a doctor or physiotherapist."


class AdviceKind(enum.Enum):
    HIGH_PAIN = "high pain"
    PAIN_WENT_UP = "pain went up"
    NOT_IMPROVING = "not improving"
    STILL_HURTING = "still hurting"


@dataclass(frozen=True)
class Advice:
    """A prompt to show: a heading, a paragraph, and the red flags to list under it."""

    kind: AdviceKind
    title: str
    text: str
    red_flags: tuple[RedFlags, ...] = RED_FLAGS


def high_pain_advice(rating: int) -> Advice:
    return Advice(
        AdviceKind.HIGH_PAIN,
        "That is a lot of pain",
        f"You rated your pain {rating} out of 10. Pain this strong should be checked by a "
        "doctor, especially if it is new or getting worse: acupressure does not treat "
        "serious causes of back pain.",
    )


def pain_went_up_advice(title: str, before: int, after: int) -> Advice:
    return Advice(
        AdviceKind.PAIN_WENT_UP,
        "Your pain went up",
        f"Your pain was {after} out of 10 after {title}, higher than the {before} before it. "
        "Stop using this routine. If the pain stays higher, see a doctor.",
    )


def still_hurting_advice(weeks: int) -> Advice:
    return Advice(
        AdviceKind.STILL_HURTING,
        f"Still hurting after {_weeks(weeks)}?",
        f"{STILL_HURTING} Your plan is over and your back still hurts: it deserves a "
        "proper look. Acupressure does not help everyone.",
    )


def _levels(records: Sequence[SessionRecord]) -> list[int]:
    return [r.pain_level for r in records if r.pain_level is not None]


def _enough_days(records: Sequence[SessionRecord], tz: tzinfo | None) -> bool:
    days = {local_day(r.started_at, tz) for r in records if r.pain_level is not None}
    return len(days) >= DAYS_TO_JUDGE


def still_hurting(records: Sequence[SessionRecord]) -> bool | None:
    """Whether the latest rating says there is pain; None with no rating at all."""
    rated = [r for r in records if r.ratings]
    return rated[-1].ratings[-1] > 0 if rated else None


def _went_up(records: Sequence[SessionRecord]) -> list[Advice]:
    """Each routine whose latest twice-rated session ended with more pain than it began."""
    latest: dict[str, SessionRecord] = {}
    for r in records:
        if r.pain_before is not None and r.pain_after is not None:
            latest[r.summary.routine_id] = r
    found = []
    for r in latest.values():
        assert r.pain_before is not None and r.pain_after is not None
        if r.pain_after > r.pain_before:
            found.append(pain_went_up_advice(r.summary.routine_title, r.pain_before, r.pain_after))
    return found


def advice_for(
    records: Sequence[SessionRecord],
    plan: PlanProgress | None = None,
    tz: tzinfo | None = None,
) -> list[Advice]:
    """The prompts the history calls for, most urgent first (records oldest first).

    ``plan`` says whether the plan is over; ``tz`` is where the sessions' days are
    counted (None: this machine's zone).
    """
    found: list[Advice] = []
    rated = [r for r in records if r.ratings]
    if rated and max(rated[-1].ratings) >= HIGH_PAIN:
        found.append(high_pain_advice(max(rated[-1].ratings)))
    found.extend(_went_up(records))
    if plan is not None and plan.over and still_hurting(records):
        found.append(still_hurting_advice(plan.settings.weeks))
    levels = _levels(records)
    if len(levels) >= SESSIONS_TO_JUDGE and _enough_days(records, tz):
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


def pain_trend(records: Sequence[SessionRecord], tz: tzinfo | None = None) -> str | None:
    """A plain description of how the ratings moved, or None with too few to say."""
    levels = _levels(records)
    if len(levels) < SESSIONS_TO_JUDGE or not _enough_days(records, tz):
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


def _weeks(n: int) -> str:
    words = ("one", "two", "three", "four", "five", "six")
    number = words[n - 1] if 1 <= n <= len(words) else str(n)
    return f"{number} week{'s' if n != 1 else ''}"


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
