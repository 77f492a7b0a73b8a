"""The safety texts every part of the app shares: when to see a doctor, and how soon.

One list, in two tiers, so the safety note, Help and the history advice cannot drift
apart. Written in plain words from the NHS guidance on back pain red flags, with no
country's phone number: the person knows their own emergency number.

Every text is English source marked for translation (context "Safety"): pass
CHECK_FIRST and SEE_A_DOCTOR through ``translate("Safety", ...)`` where they are shown;
a tier's ``heading`` and ``signs`` come translated when read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from acutimer.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Safety"

CHECK_FIRST = QT_TRANSLATE_NOOP(
    "Safety",
    "Check with a doctor before you start acupressure, especially if you have a health "
    "condition, take blood thinners or are pregnant.",
)

SEE_A_DOCTOR = QT_TRANSLATE_NOOP(
    "Safety",
    "Acupressure is for ordinary back pain and does not treat serious causes. "
    "See a doctor if your back pain does not ease after a couple of days, "
    "and get help at once if you notice any of the warning signs below.",
)


class Urgency(enum.Enum):
    EMERGENCY = "emergency"
    SOON = "soon"


@dataclass(frozen=True)
class RedFlags:
    """One tier of warning signs: how soon to get help, and the signs themselves.

    Holds the English source; ``heading`` and ``signs`` are in the app's language."""

    urgency: Urgency
    heading_source: str
    sign_sources: tuple[str, ...]

    @property
    def heading(self) -> str:
        return translate(CONTEXT, self.heading_source)

    @property
    def signs(self) -> tuple[str, ...]:
        return tuple(translate(CONTEXT, sign) for sign in self.sign_sources)


EMERGENCY = RedFlags(
    Urgency.EMERGENCY,
    QT_TRANSLATE_NOOP(
        "Safety", "Call your emergency number or go to the emergency department now if:"
    ),
    (
        QT_TRANSLATE_NOOP(
            "Safety", "You have numbness or tingling around your genitals or buttocks"
        ),
        QT_TRANSLATE_NOOP("Safety", "You have trouble peeing, or cannot pee"),
        QT_TRANSLATE_NOOP("Safety", "You have lost control of your bladder or bowels"),
        QT_TRANSLATE_NOOP("Safety", "You notice new changes in erections or in sexual sensation"),
        QT_TRANSLATE_NOOP(
            "Safety", "Both legs feel weak or numb, or weakness or numbness is getting worse"
        ),
        QT_TRANSLATE_NOOP("Safety", "You have chest pain"),
        QT_TRANSLATE_NOOP("Safety", "The back pain came after a serious accident or fall"),
    ),
)

SOON = RedFlags(
    Urgency.SOON,
    QT_TRANSLATE_NOOP("Safety", "See a doctor soon (the same day or the next) if:"),
    (
        QT_TRANSLATE_NOOP("Safety", "You have a fever, or feel generally unwell"),
        QT_TRANSLATE_NOOP("Safety", "You are losing weight without trying"),
        QT_TRANSLATE_NOOP(
            "Safety", "There is a lump or swelling on your back, or its shape has changed"
        ),
        QT_TRANSLATE_NOOP("Safety", "The pain is worse when you cough, sneeze or open your bowels"),
        QT_TRANSLATE_NOOP("Safety", "The pain is high in your back, between the shoulder blades"),
        QT_TRANSLATE_NOOP("Safety", "The pain is worse at night, or does not ease when you rest"),
        QT_TRANSLATE_NOOP("Safety", "You have had cancer"),
        QT_TRANSLATE_NOOP(
            "Safety", "The back pain started before you were 20 or after you were 50"
        ),
        QT_TRANSLATE_NOOP(
            "Safety",
            "You have taken steroids for a long time, or have osteoporosis or a weakened "
            "immune system",
        ),
    ),
)

RED_FLAGS: tuple[RedFlags, ...] = (EMERGENCY, SOON)
"""Both tiers, most urgent first."""
