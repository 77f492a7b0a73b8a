"""The safety texts every part of the app shares: when to see a doctor, and how soon.

One list, in two tiers, so the safety note, Help and the history advice cannot drift
apart. Written in plain words from the NHS guidance on back pain red flags, with no
country's phone number: the person knows their own emergency number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

CHECK_FIRST = (
    "Check with a doctor before you start acupressure, especially if you have a health "
    "condition, take blood thinners or are pregnant."
)

SEE_A_DOCTOR = (
    "Acupressure is for ordinary back pain and does not treat serious causes. "
    "See a doctor if your back pain does not ease after a couple of days, "
    "and get help at once if you notice any of the warning signs below."
)


class Urgency(enum.Enum):
    EMERGENCY = "emergency"
    SOON = "soon"


@dataclass(frozen=True)
class RedFlags:
    """One tier of warning signs: how soon to get help, and the signs themselves."""

    urgency: Urgency
    heading: str
    signs: tuple[str, ...]


EMERGENCY = RedFlags(
    Urgency.EMERGENCY,
    "Call your emergency number or go to the emergency department now if:",
    (
        "You have numbness or tingling around your genitals or buttocks",
        "You have trouble peeing, or cannot pee",
        "You have lost control of your bladder or bowels",
        "You notice new changes in erections or in sexual sensation",
        "Both legs feel weak or numb, or weakness or numbness is getting worse",
        "You have chest pain",
        "The back pain came after a serious accident or fall",
    ),
)

SOON = RedFlags(
    Urgency.SOON,
    "See a doctor soon (the same day or the next) if:",
    (
        "You have a fever, or feel generally unwell",
        "You are losing weight without trying",
        "There is a lump or swelling on your back, or its shape has changed",
        "The pain is worse when you cough, sneeze or open your bowels",
        "The pain is high in your back, between the shoulder blades",
        "The pain is worse at night, or does not ease when you rest",
        "You have had cancer",
        "The back pain started before you were 20 or after you were 50",
        "You have taken steroids for a long time, or have osteoporosis or a weakened immune system",
    ),
)

RED_FLAGS: tuple[RedFlags, ...] = (EMERGENCY, SOON)
"""Both tiers, most urgent first."""
