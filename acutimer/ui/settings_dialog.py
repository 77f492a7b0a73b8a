"""Settings: sound, voice, ticks, sides, pregnancy mode, on top, the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from acutimer.core.sides import FIRST_SIDES
from acutimer.qt.settings import Settings


class SettingsDialog(QDialog):
    """Edits a Settings object; changes apply when the person presses OK."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, voice_available: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.sound = QCheckBox("Play sounds between steps")
        self.sound.setChecked(settings.sound)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName("Volume")
        self.voice = QCheckBox("Speak what to do next")
        self.voice.setChecked(settings.voice)
        self.voice_note = QLabel("")
        if voice_available is False:
            self.voice.setEnabled(False)
            self.voice_note.setText("No speech engine was found on this computer; tones will play.")
        self.ticks = QCheckBox("Soft ticks in the last three seconds")
        self.ticks.setChecked(settings.ticks)
        self.first_side = QComboBox()
        for side in FIRST_SIDES:
            self.first_side.addItem(side.value, side)
        self.first_side.setCurrentIndex(FIRST_SIDES.index(settings.first_side))
        self.first_side.setAccessibleName("Side to start with")
        self.pregnancy = QCheckBox("Pregnancy mode: leave out points never pressed in pregnancy")
        self.pregnancy.setChecked(settings.pregnancy_safe)
        self.cautions_out = QCheckBox("Also leave out points with a pregnancy caution")
        self.cautions_out.setChecked(settings.pregnancy_cautions_out)
        self.on_top = QCheckBox("Keep the window on top during a session")
        self.on_top.setChecked(settings.keep_on_top)
        self.plan = QSpinBox()
        self.plan.setRange(1, 14)
        self.plan.setValue(settings.plan_per_week)
        self.plan.setSuffix(" sessions a week")
        self.plan.setAccessibleName("Sessions a week in the plan")

        form = QFormLayout(self)
        form.addRow(self.sound)
        form.addRow("Volume", self.volume)
        form.addRow(self.voice)
        if self.voice_note.text():
            form.addRow(self.voice_note)
        form.addRow(self.ticks)
        form.addRow("Start with the", self.first_side)
        form.addRow(self.pregnancy)
        form.addRow(self.cautions_out)
        form.addRow(self.on_top)
        form.addRow("Plan", self.plan)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def add_reminders(self, problem: str | None = None) -> None:
        """The Reminders section (acutimer/ui/reminder_settings.py), above the buttons."""
        from acutimer.ui.reminder_settings import ReminderGroup

        self.reminders = ReminderGroup(self.settings, problem, self)
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(form.rowCount() - 1, self.reminders)

    def accept(self) -> None:
        if getattr(self, "reminders", None) is not None:
            self.reminders.apply()
        s = self.settings
        s.sound = self.sound.isChecked()
        s.volume = self.volume.value()
        s.voice = self.voice.isChecked()
        s.ticks = self.ticks.isChecked()
        s.first_side = self.first_side.currentData()
        s.pregnancy_safe = self.pregnancy.isChecked()
        s.pregnancy_cautions_out = self.cautions_out.isChecked()
        s.keep_on_top = self.on_top.isChecked()
        s.plan_per_week = self.plan.value()
        super().accept()
