"""What a screen reader hears: spoken announcements, and the pain scale as radio buttons.

Qt sends ``QAccessibleAnnouncementEvent`` (Qt 6.8+) over AT-SPI as an ``Announcement``
object event, which Orca speaks without moving the focus. The sentences are whole
templates with named fields, so a translation can reorder them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QWidget

from acutimer.core.timeline import Phase, duration_words
from acutimer.ui.phases import SPOKEN

RADIO_PROPERTY = "acutimerRadio"
"""A checkable button with this property set is a radio button to a screen reader."""

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


def mark_as_radio(button: QAbstractButton) -> None:
    """One choice of an exclusive group, such as a number of the pain scale."""
    button.setProperty(RADIO_PROPERTY, True)


class _RadioButton(QAccessibleWidget):
    """A checkable push button described as the radio button it behaves as."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleWidget.pressAction():
            self._button.click()


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QAbstractButton) and obj.property(RADIO_PROPERTY):
        return _RadioButton(obj)
    return None


_installed: list[bool] = []


def install() -> None:
    """Before the first window: lets marked buttons describe themselves as radios.
    Qt keeps the factory for the life of the process; a second call does nothing."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)
