"""What a screen reader hears: spoken announcements of what the session is doing.

Qt sends ``QAccessibleAnnouncementEvent`` (Qt 6.8+) over AT-SPI as an ``Announcement``
object event, which Orca speaks without moving the focus. The sentences are whole
templates with named fields, so a translation can reorder them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.timeline import Phase, duration_words
from acutimer.ui.phases import spoken_phase

PHASE_STARTED = QT_TRANSLATE_NOOP("Announcements", "{phase}, {duration}.")
PHASE_STARTED_WHERE = QT_TRANSLATE_NOOP("Announcements", "{phase}, {duration}. {where}.")
GOING_ON = QT_TRANSLATE_NOOP("Announcements", "Going on. {phase}, {remaining} left.")
FINISHED = QT_TRANSLATE_NOOP("Announcements", "The routine is finished. {summary}")
OPTIONAL_STEP = QT_TRANSLATE_NOOP(
    "Announcements", "Optional step: {title}. Press Space to do it, or Right to skip it."
)


def sentence(template: str) -> str:
    """One of the templates above in the user interface's language."""
    return QCoreApplication.translate("Announcements", template)


def finished_sentence(summary: str) -> str:
    return sentence(FINISHED).replace("{summary}", summary)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now, as news from ``widget``."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def phase_sentence(phase: Phase, where: str) -> str:
    """'Press, 10 seconds. Round 1 of 3 · left hand.' (where: '' for none)."""
    template = sentence(PHASE_STARTED_WHERE if where else PHASE_STARTED)
    return (
        template.replace("{phase}", spoken_phase(phase.kind))
        .replace("{duration}", duration_words(phase.seconds))
        .replace("{where}", where)
    )


def going_on_sentence(phase: Phase, remaining: int) -> str:
    return (
        sentence(GOING_ON)
        .replace("{phase}", spoken_phase(phase.kind))
        .replace("{remaining}", duration_words(remaining))
    )
