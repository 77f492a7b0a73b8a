"""The plan's outcome questions: what is asked at its start and end, and when.

At the start (after a session in the plan's first week) one question: the past week's
average back pain on the 0-10 scale, a baseline asked before the plan has had time to
change it. At the end (after the session that completes the plan, or the first one
after its last day) the same question again, and the Patient Global Impression of
Change (PGIC), a seven-point scale listed as public domain by the NINDS Common Data
Elements. Both are optional; a skip is kept so the questions are not asked twice.

The Roland-Morris Disability Questionnaire is left out: see the README ("Outcome
questions") for why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from acutimer.core.i18n import QT_TRANSLATE_NOOP, translate
from acutimer.history.plan import PlanProgress
from acutimer.history.records import GLOBAL_CHANGE, Moment, SessionRecord

CONTEXT = "Outcomes"
"""The questions' context for translation: pass them through ``translate(CONTEXT, ...)``
(or the functions below) where they are shown."""
WEEK_PAIN_QUESTION = QT_TRANSLATE_NOOP(
    "Outcomes",
    "Over the past week, how bad has your back pain been on average? "
    "0 is no pain, 10 the worst pain you can imagine.",
)
GLOBAL_CHANGE_QUESTION = QT_TRANSLATE_NOOP(
    "Outcomes",
    "Since you started the plan, how would you describe the change in your back pain overall?",
)
GLOBAL_CHANGE_ANSWERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Outcomes", "Very much improved"),
    QT_TRANSLATE_NOOP("Outcomes", "Much improved"),
    QT_TRANSLATE_NOOP("Outcomes", "Minimally improved"),
    QT_TRANSLATE_NOOP("Outcomes", "No change"),
    QT_TRANSLATE_NOOP("Outcomes", "Minimally worse"),
    QT_TRANSLATE_NOOP("Outcomes", "Much worse"),
    QT_TRANSLATE_NOOP("Outcomes", "Very much worse"),
)
"""The PGIC's seven answers, 1 to 7 in order (in English: translate where shown)."""

assert len(GLOBAL_CHANGE_ANSWERS) == GLOBAL_CHANGE.high - GLOBAL_CHANGE.low + 1


def week_pain_question() -> str:
    return translate(CONTEXT, WEEK_PAIN_QUESTION)


def global_change_question() -> str:
    return translate(CONTEXT, GLOBAL_CHANGE_QUESTION)


def global_change_words(value: int) -> str:
    """The answer ``value`` (1-7) in the app's language."""
    return translate(CONTEXT, GLOBAL_CHANGE_ANSWERS[GLOBAL_CHANGE.check(value) - GLOBAL_CHANGE.low])


@dataclass(frozen=True)
class OutcomeAnswers:
    """What was answered at one moment, and after which session (None: not asked yet)."""

    moment: Moment
    record: SessionRecord | None

    @property
    def asked(self) -> bool:
        return self.record is not None

    @property
    def skipped(self) -> bool:
        r = self.record
        return r is not None and r.week_pain is None and r.global_change is None

    @property
    def week_pain(self) -> int | None:
        return None if self.record is None else self.record.week_pain

    @property
    def global_change(self) -> int | None:
        return None if self.record is None else self.record.global_change


def answers(records: Sequence[SessionRecord], moment: Moment) -> OutcomeAnswers:
    """The latest answers given at ``moment``."""
    found = [r for r in records if r.outcome is moment]
    return OutcomeAnswers(moment, found[-1] if found else None)


def due_outcome(records: Sequence[SessionRecord], progress: PlanProgress) -> Moment | None:
    """Which questions to ask after the session just logged (the last of ``records``).

    The start's in the plan's first week; the end's once the plan is complete or over,
    but never after the same session as the start's (its "since you started" would
    mean nothing yet).
    """
    if progress.start is None:
        return None
    current = progress.current
    if not answers(records, Moment.START).asked and current is not None and current.number == 1:
        return Moment.START
    if not answers(records, Moment.END).asked and (progress.complete or progress.over):
        return Moment.END
    return None
