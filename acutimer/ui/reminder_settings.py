"""The Reminders section of Settings: on/off, days, time, quiet hours, after the plan."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.reminders import QuietHours, ReminderSettings, Weekday
from acutimer.qt import reminder_prefs
from acutimer.qt.settings import Settings


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ReminderGroup(QGroupBox):
    """Edits the reminder settings; ``apply()`` stores them (the dialog's OK).

    ``problem`` (from the running instance) says why reminders cannot be shown on
    this desktop; the choices stay editable, since a due session still shows in
    the window.
    """

    def __init__(
        self, settings: Settings, problem: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.settings = settings
        chosen = reminder_prefs.read(settings)
        self.enabled = QCheckBox(self.tr("Remind me on plan days"))
        self.enabled.setChecked(chosen.enabled)
        self.days: dict[Weekday, QCheckBox] = {}
        day_row = QHBoxLayout()
        locale = QLocale()
        for day in Weekday:
            # Qt counts Monday as 1; the language's own names ("Mon", "Mo.").
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            box.setChecked(day in chosen.days)
            self.days[day] = box
            day_row.addWidget(box)
        self.at = QTimeEdit(_qtime(chosen.at))
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Reminder time"))
        quiet = chosen.quiet or reminder_prefs.DEFAULT_QUIET
        self.quiet = QCheckBox(self.tr("Quiet hours, no reminders from"))
        self.quiet.setChecked(chosen.quiet is not None)
        self.quiet_from = QTimeEdit(_qtime(quiet.start))
        self.quiet_to = QTimeEdit(_qtime(quiet.end))
        names = ((self.quiet_from, self.tr("Quiet from")), (self.quiet_to, self.tr("Quiet until")))
        for edit, name in names:
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_from)
        quiet_row.addWidget(QLabel(self.tr("to", "quiet hours: from 21:30 to 08:00")))
        quiet_row.addWidget(self.quiet_to)
        quiet_row.addStretch(1)
        self.quiet_note = QLabel("")
        self.quiet_note.setWordWrap(True)
        self.ongoing = QCheckBox(self.tr("Keep reminding after the plan ends"))
        self.ongoing.setChecked(chosen.ongoing)
        self.problem = QLabel(problem or "")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))

        # The wrapped notice sits in a plain column: in a form row Qt gives a wrapped
        # label the height of one line and cuts the rest off.
        column = QVBoxLayout(self)
        column.addWidget(self.enabled)
        column.addWidget(self.problem)
        form = QFormLayout()
        column.addLayout(form)
        form.addRow(self.tr("Days"), day_row)
        form.addRow(self.tr("At", "the reminder's time of day"), self.at)
        form.addRow(quiet_row)
        form.addRow(self.quiet_note)
        form.addRow(self.ongoing)
        self.enabled.toggled.connect(self._enable)
        self.quiet.toggled.connect(self.quiet_from.setEnabled)
        self.quiet.toggled.connect(self.quiet_to.setEnabled)
        for edit in (self.at, self.quiet_from, self.quiet_to):
            edit.timeChanged.connect(self._explain_quiet)
        self.quiet.toggled.connect(self._explain_quiet)
        self._explain_quiet()
        self._enable(chosen.enabled)
        self.quiet_from.setEnabled(self.quiet.isChecked())
        self.quiet_to.setEnabled(self.quiet.isChecked())

    def _enable(self, on: bool) -> None:
        for widget in (*self.days.values(), self.at, self.quiet, self.ongoing):
            widget.setEnabled(on)
        for edit in (self.quiet_from, self.quiet_to):
            edit.setEnabled(on and self.quiet.isChecked())

    def _explain_quiet(self) -> None:
        """Say what happens to a reminder time that falls in the quiet hours."""
        chosen = self.chosen()
        quiet = chosen.quiet
        text = ""
        if quiet is not None and quiet.contains(chosen.at):
            end = QLocale().toString(_qtime(quiet.end), "HH:mm")
            if quiet.end > chosen.at:
                text = self.tr(
                    "This time is in your quiet hours: the reminder waits until {time}."
                ).replace("{time}", end)
            else:
                text = self.tr("This time is in your quiet hours, so no reminder would be shown.")
        self.quiet_note.setText(text)
        self.quiet_note.setVisible(bool(text))

    def chosen(self) -> ReminderSettings:
        quiet = None
        if self.quiet.isChecked():
            quiet = QuietHours(_time(self.quiet_from.time()), _time(self.quiet_to.time()))
        return ReminderSettings(
            enabled=self.enabled.isChecked(),
            days=frozenset(day for day, box in self.days.items() if box.isChecked()),
            at=_time(self.at.time()),
            quiet=quiet,
            ongoing=self.ongoing.isChecked(),
        )

    def apply(self) -> None:
        reminder_prefs.write(self.settings, self.chosen())
