"""The Reminders section of Settings and the words it stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from acutimer.core.reminders import QuietHours, ReminderLog, ReminderSettings, Weekday
from acutimer.qt import reminder_prefs
from acutimer.qt.settings import Settings
from acutimer.ui.reminder_settings import ReminderGroup
from acutimer.ui.settings_dialog import SettingsDialog

MON, TUE, WED, THU, FRI, SAT, SUN = Weekday


def test_days_follow_the_plan_until_the_user_picks_their_own(tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    assert reminder_prefs.read(settings).days == {MON, WED, FRI}
    settings.plan_per_week = 2
    assert reminder_prefs.read(settings).days == {MON, THU}
    chosen = ReminderSettings(enabled=True, days=frozenset({TUE, SAT}), at=time(9, 15))
    reminder_prefs.write(settings, chosen)
    settings.plan_per_week = 3
    assert reminder_prefs.read(settings) == chosen
    assert settings.store.value("reminders/days") == "tue sat"


def test_unreadable_words_fall_back_to_the_defaults(tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    settings.reminder_time = "teatime"
    settings.reminder_quiet = "late-early"
    settings.reminder_days = "someday"
    read = reminder_prefs.read(settings)
    assert read.at == time(18, 0)
    assert read.quiet == reminder_prefs.DEFAULT_QUIET
    assert read.days == frozenset()
    settings.reminder_log = "shown=yesterday snoozed=2026-03-02T18:30:00"  # no zone: ignored
    assert reminder_prefs.read_log(settings) == ReminderLog()


def test_the_log_survives_a_restart(tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    log = ReminderLog(
        shown_on=date(2026, 3, 2),
        declined_on=date(2026, 3, 2),
        snoozed_until=datetime(2026, 3, 2, 17, 30, tzinfo=UTC),
    )
    reminder_prefs.write_log(settings, log)
    settings.sync()
    assert reminder_prefs.read_log(Settings.at(tmp_path / "s.ini")) == log


def test_the_group_shows_and_stores_the_choices(qtbot: QtBot, tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    group = ReminderGroup(settings)
    qtbot.addWidget(group)
    assert not group.enabled.isChecked()
    assert not group.at.isEnabled()  # off: the details wait
    assert [d for d, box in group.days.items() if box.isChecked()] == [MON, WED, FRI]
    group.enabled.setChecked(True)
    assert group.at.isEnabled()
    group.days[SUN].setChecked(True)
    group.at.setTime(QTime(7, 45))
    group.quiet.setChecked(False)
    group.ongoing.setChecked(True)
    group.apply()
    assert reminder_prefs.read(settings) == ReminderSettings(
        enabled=True, days=frozenset({MON, WED, FRI, SUN}), at=time(7, 45), quiet=None, ongoing=True
    )


def test_settings_say_when_reminders_cannot_be_shown(qtbot: QtBot, tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.add_reminders("Reminders cannot be shown on this desktop: no server.")
    assert dialog.reminders.problem.text().startswith("Reminders cannot be shown")
    assert not dialog.reminders.problem.isHidden()
    dialog.reminders.enabled.setChecked(True)
    dialog.accept()
    assert settings.reminders
    assert reminder_prefs.read(settings).quiet == QuietHours(time(21, 30), time(8, 0))


def test_a_time_in_the_quiet_hours_is_explained(qtbot: QtBot, tmp_path: Path):
    group = ReminderGroup(Settings.at(tmp_path / "s.ini"))
    qtbot.addWidget(group)
    assert group.quiet_note.isHidden()
    group.at.setTime(QTime(7, 0))  # quiet 21:30-08:00 by default
    assert group.quiet_note.text().endswith("waits until 08:00.")
    group.at.setTime(QTime(22, 0))
    assert "no reminder would be shown" in group.quiet_note.text()
    group.quiet.setChecked(False)
    assert group.quiet_note.isHidden()
