"""The safety texts every part of the app shares: when to see a doctor.

One list, so the safety dialog, the end screen and the history prompts cannot drift
apart. Written in plain words from the NHS guidance on back pain red flags.
"""

from __future__ import annotations

SEE_A_DOCTOR = (
    "Acupressure is for ordinary back pain and does not treat serious causes. "
    "See a doctor if your back pain does not ease after a couple of days, "
    "and get urgent help if you notice any of the warning signs below."
)

RED_FLAGS: tuple[str, ...] = (
    "Numbness or tingling around your genitals or buttocks",
    "Trouble passing urine",
    "Losing control of your bladder or bowels",
    "Weakness, numbness or pain in both legs",
    "Chest pain",
    "A fever",
    "Losing weight without trying",
    "Back pain after a serious accident, such as a car crash or a bad fall",
    "Pain that is worse at night or does not ease when you rest",
)
