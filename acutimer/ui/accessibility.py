"""What a screen reader hears: spoken announcements of what the session is doing.

Qt sends ``QAccessibleAnnouncementEvent`` (Qt 6.8+) over AT-SPI as an ``Announcement``
object event, which Orca speaks without moving the focus. The sentences are whole
templates with named fields, so a translation can reorder them.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from acutimer.core.timeline import Phase, duration_words
from acutimer.ui.phases import SPOKEN

PHASE_STARTED = "{phase}, {duration}."
PHASE_STARTED_WHERE = "{phase}, {duration}. {where}."
GOING_ON = "Going on. {phase}, {remaining} left."
FINISHED = "The routine is finished. {summary}"
OPTIONAL_STEP = "Optional step: {title}. Press Space to do it, or Right to skip it."


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now, as news from ``widget``."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def phase_sentence(phase: Phase, where: str) -> str:
    """'Press, 10 seconds. Round 1 of 3 · left hand.' (where: '' for none)."""
    template = PHASE_STARTED_WHERE if where else PHASE_STARTED
    return template.format(
        phase=SPOKEN[phase.kind], duration=duration_words(phase.seconds), where=where
    )


def going_on_sentence(phase: Phase, remaining: int) -> str:
    return GOING_ON.format(phase=SPOKEN[phase.kind], remaining=duration_words(remaining))
