"""Settings in three sections (sound and voice, the session, the plan), with a button
that plays a cue as the choices stand, before they are saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acutimer.core.i18n import Context
from acutimer.core.sides import FIRST_SIDES, Side
from acutimer.history.plan import SESSIONS_PER_WEEK
from acutimer.qt import language
from acutimer.qt.settings import Settings
from acutimer.ui.fit import fit_window, scrolling
from acutimer.ui.words import window_title

SETTINGS_DIALOG = Context("SETTINGS_DIALOG")
"""Counted words (acutimer/core/i18n.py: plural forms, English ones too)."""

TestCue = Callable[[bool, bool, int], None]
"""Plays one cue with (sound on, voice on, volume 0-100), whatever is saved."""


class SettingsDialog(QDialog):
    """Edits a Settings object; changes apply when the person presses Save."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        voice_available: bool | None = None,
        test_cue: TestCue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("Settings")))
        self.settings = settings
        self._test_cue = test_cue
        self.sound = QCheckBox(self.tr("Play sounds between steps"))
        self.sound.setChecked(settings.sound)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.voice = QCheckBox(self.tr("Speak what to do next"))
        self.voice.setChecked(settings.voice)
        self.voice_note = QLabel("")
        self.voice_note.setWordWrap(True)
        if voice_available is False:
            self.voice.setEnabled(False)
            self.voice_note.setText(
                self.tr("No speech engine was found on this computer; tones will play.")
            )
        self.ticks = QCheckBox(self.tr("Soft ticks in the last three seconds"))
        self.ticks.setChecked(settings.ticks)
        self.test_button = QPushButton(self.tr("Play a test cue"))
        self.test_button.setToolTip(self.tr("Hear the sound and the voice as they are set here"))
        self.test_button.setEnabled(test_cue is not None)
        self.first_side = QComboBox()
        for side in FIRST_SIDES:
            name = self.tr("left", "side to start with") if side is Side.LEFT else None
            self.first_side.addItem(name or self.tr("right", "side to start with"), side)
        self.first_side.setCurrentIndex(FIRST_SIDES.index(settings.first_side))
        self.first_side.setAccessibleName(self.tr("Side to start with"))
        self.pregnancy = QCheckBox(
            self.tr("Pregnancy mode: leave out points never pressed in pregnancy")
        )
        self.pregnancy.setChecked(settings.pregnancy_safe)
        self.cautions_out = QCheckBox(self.tr("Also leave out points with a pregnancy caution"))
        self.cautions_out.setChecked(settings.pregnancy_cautions_out)
        self.on_top = QCheckBox(self.tr("Keep the window on top during a session"))
        self.on_top.setChecked(settings.keep_on_top)
        self.high_contrast = QCheckBox(self.tr("High contrast: black and white, stronger colours"))
        self.high_contrast.setChecked(settings.high_contrast)
        self.high_contrast.setToolTip(
            self.tr("Also on whenever the desktop asks for high contrast")
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for lang in language.available():
            self.language.addItem(language.native_name(lang), lang)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note = QLabel(self.tr("The new language shows when acutimer starts again."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self.on_language_chosen)
        self.plan = QSpinBox()
        self.plan.setRange(SESSIONS_PER_WEEK.low, SESSIONS_PER_WEEK.high)
        self.plan.setValue(settings.plan_per_week)
        self._plan_suffix()
        self.plan.valueChanged.connect(self._plan_suffix)
        self.plan.setAccessibleName(self.tr("Sessions a week in the plan"))

        cues = QFormLayout()
        cues.addRow(self.sound)
        cues.addRow(self.tr("Volume"), self.volume)
        cues.addRow(self.voice)
        if self.voice_note.text():
            cues.addRow(self.voice_note)
        cues.addRow(self.ticks)
        cues.addRow(self.test_button)
        session = QFormLayout()
        session.addRow(self.tr("Start with the"), self.first_side)
        session.addRow(self.pregnancy)
        session.addRow(self.cautions_out)
        session.addRow(self.on_top)
        plan = QFormLayout()
        plan.addRow(self.tr("Plan"), self.plan)
        display = QFormLayout()
        display.addRow(self.high_contrast)
        display.addRow(self.tr("Language"), self.language)
        display.addRow(self.language_note)

        content = QWidget()
        sections = QVBoxLayout(content)
        for title, form in (
            (self.tr("Sound and voice"), cues),
            (self.tr("During a session"), session),
            (self.tr("Your plan"), plan),
            (self.tr("Display"), display),
        ):
            box = QGroupBox(title)
            box.setLayout(form)
            sections.addWidget(box)
        sections.addStretch()
        self._sections = sections
        self._content = content
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.on_test_clicked)
        layout = self._layout = QVBoxLayout(self)
        area = scrolling(content)
        area.setAccessibleName(self.windowTitle())  # a Tab stop, to scroll by keys
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)  # outside the scroll area: always on screen
        fit_window(self, self._wanted(480))

    def _plan_suffix(self) -> None:
        # The number stands before the words: " sessions a week", " Einheiten pro Woche".
        count = self.plan.value()
        words = SETTINGS_DIALOG.tr("%n session(s) a week", "", count)
        self.plan.setSuffix(words.replace(str(count), "", 1))

    def _wanted(self, height: int) -> QSize:
        """As wide as the longest line needs (a German checkbox is wider than the
        English), within the screen: fit_window shrinks it where the screen is smaller."""
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        width = self._content.sizeHint().width() + scroll_bar + 24
        return QSize(max(500, width), height)

    def on_test_clicked(self) -> None:
        if self._test_cue is not None:
            self._test_cue(self.sound.isChecked(), self.voice.isChecked(), self.volume.value())

    def on_language_chosen(self) -> None:
        self.language_note.setVisible(self.language.currentData() != self.settings.language)

    def add_reminders(self, problem: str | None = None) -> None:
        """The Reminders section (acutimer/ui/reminder_settings.py), after the others."""
        from acutimer.ui.reminder_settings import ReminderGroup

        self.reminders = ReminderGroup(self.settings, problem, self)
        # A section of its own, before the stretch at the end of the scrolling sections.
        self._sections.insertWidget(self._sections.count() - 1, self.reminders)
        # Tab reaches the section where it stands, before Save and Cancel, not after them.
        self._layout.removeWidget(self.buttons)
        self.buttons.setParent(None)
        self._layout.addWidget(self.buttons)
        fit_window(self, self._wanted(640))

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
        s.high_contrast = self.high_contrast.isChecked()
        s.language = self.language.currentData()
        super().accept()
