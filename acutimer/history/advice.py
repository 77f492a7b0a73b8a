"""Honest, gentle prompts from the pain ratings: when to see a doctor, and what changed.

Nothing here promises a cure. The rules are deliberately simple so a user can follow
them: a rating of 8 or more, pain that went up during a routine, ratings that have not
come down over sessions on several different days, or pain that is still there when the
plan is over, mean "have this checked", with the warning signs that need quick care.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from statistics import mean

from acutimer.core.i18n import QT_TRANSLATE_NOOP, translate
from acutimer.core.safety import RED_FLAGS, SEE_A_DOCTOR, RedFlags
from acutimer.history.plan import PlanProgress, local_day
from acutimer.history.records import SessionRecord

HIGH_PAIN = 8
SESSIONS_TO_JUDGE = 4
DAYS_TO_JUDGE = 3
"""A trend needs sessions on this many different days: five in five minutes are not one."""
_COMPARED = 2  # sessions averaged at each end when judging a trend
STILL_HURTING = QT_TRANSLATE_NOOP("Advice", "See a doctor or physiotherapist.")
SAFETY_CONTEXT = "Safety"
"""Where the core's safety texts (acutimer.core.safety) are translated."""
Number = Callable[[float], str]
"""Writes a number for the reader: one decimal at most, in the UI language's way."""


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


def see_someone() -> str:
    """ "See a doctor or physiotherapist.", in the app's language."""
    return translate("Advice", STILL_HURTING)


def high_pain_advice(rating: int) -> Advice:
    return Advice(
        AdviceKind.HIGH_PAIN,
        translate("Advice", "That is a lot of pain"),
        translate(
            "Advice",
            "You rated your pain {rating} out of 10. Pain this strong should be checked by a "
            "doctor, especially if it is new or getting worse: acupressure does not treat "
            "serious causes of back pain.",
        ).replace("{rating}", str(rating)),
    )


def pain_went_up_advice(title: str, before: int, after: int) -> Advice:
    return Advice(
        AdviceKind.PAIN_WENT_UP,
        translate("Advice", "Your pain went up"),
        translate(
            "Advice",
            "Your pain was {after} out of 10 after {routine}, higher than the {before} before "
            "it. Stop using this routine. If the pain stays higher, see a doctor.",
        )
        .replace("{after}", str(after))
        .replace("{before}", str(before))
        .replace("{routine}", title),
    )


def still_hurting_advice(weeks: int) -> Advice:
    return Advice(
        AdviceKind.STILL_HURTING,
        _still_hurting_title(weeks),
        translate(
            "Advice",
            "{see_someone} Your plan is over and your back still hurts: it deserves a "
            "proper look. Acupressure does not help everyone.",
        ).replace("{see_someone}", see_someone()),
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
                    translate("Advice", "Your pain has not eased"),
                    # Always four or more (SESSIONS_TO_JUDGE): no singular needed.
                    translate(
                        "Advice",
                        "Over your last {count} rated sessions your pain has not come down. "
                        "Acupressure does not help everyone, and back pain that does not "
                        "ease deserves a proper look: please see a doctor or a "
                        "physiotherapist. {see_a_doctor}",
                    )
                    .replace("{count}", str(len(levels)))
                    .replace("{see_a_doctor}", translate(SAFETY_CONTEXT, SEE_A_DOCTOR)),
                )
            )
    return found


def pain_trend(
    records: Sequence[SessionRecord], tz: tzinfo | None = None, number: Number | None = None
) -> str | None:
    """A plain description of how the ratings moved, or None with too few to say.

    ``number`` writes the averages (the window passes its language's; default "4.5").
    """
    levels = _levels(records)
    if len(levels) < SESSIONS_TO_JUDGE or not _enough_days(records, tz):
        return None
    write = number or _num
    first, recent = mean(levels[:_COMPARED]), mean(levels[-_COMPARED:])
    if recent < first:
        text = translate(
            "Advice",
            "Your pain ratings have come down from about {first} to about {recent} out of 10 "
            "since your first sessions.",
        )
    elif recent > first:
        text = translate(
            "Advice",
            "Your pain ratings have gone up from about {first} to about {recent} out of 10 "
            "since your first sessions.",
        )
    else:
        text = translate(
            "Advice", "Your pain ratings have stayed about the same, around {recent} out of 10."
        )
    return text.replace("{first}", write(first)).replace("{recent}", write(recent))


def relief(records: Sequence[SessionRecord]) -> float | None:
    """Average drop from before to after, over sessions rated both times."""
    drops = [
        r.pain_before - r.pain_after
        for r in records
        if r.pain_before is not None and r.pain_after is not None
    ]
    return mean(drops) if drops else None


_STILL_HURTING_AFTER = (
    QT_TRANSLATE_NOOP("Advice", "Still hurting after one week?"),
    QT_TRANSLATE_NOOP("Advice", "Still hurting after two weeks?"),
    QT_TRANSLATE_NOOP("Advice", "Still hurting after three weeks?"),
    QT_TRANSLATE_NOOP("Advice", "Still hurting after four weeks?"),
    QT_TRANSLATE_NOOP("Advice", "Still hurting after five weeks?"),
    QT_TRANSLATE_NOOP("Advice", "Still hurting after six weeks?"),
)
"""Small numbers in words, as people say them; larger ones in digits."""


def _still_hurting_title(weeks: int) -> str:
    if 1 <= weeks <= len(_STILL_HURTING_AFTER):
        return translate("Advice", _STILL_HURTING_AFTER[weeks - 1])
    # More than six: always plural.
    return translate("Advice", "Still hurting after {weeks} weeks?").replace("{weeks}", str(weeks))


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
