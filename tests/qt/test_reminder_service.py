"""The reminder clock: asks the scheduler with the wall clock, sleeps at most five minutes."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from acutimer.core.reminders import PlanFacts, ReminderSettings, Weekday
from acutimer.qt import reminder_prefs
from acutimer.qt.reminder_service import MAX_WAIT_S, ReminderService, local_zone
from acutimer.qt.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")


def no_history(today: date, tz: tzinfo) -> PlanFacts:
    return PlanFacts()


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Qt timers need an application object."""


def service(tmp_path: Path, now: datetime, enabled: bool = True) -> ReminderService:
    settings = Settings.at(tmp_path / "s.ini")
    reminder_prefs.write(
        settings,
        ReminderSettings(enabled=enabled, days=frozenset({Weekday.MONDAY}), at=time(18, 0)),
    )
    return ReminderService(settings, no_history, None, now=lambda: now, zone=lambda: BERLIN)


def test_a_far_reminder_is_waited_for_in_naps_of_at_most_five_minutes(tmp_path: Path):
    clock = service(tmp_path, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    clock.check()
    assert clock.timer.isActive()
    assert clock.timer.interval() == MAX_WAIT_S * 1000


def test_a_near_reminder_is_waited_for_to_the_second(tmp_path: Path):
    clock = service(tmp_path, datetime(2026, 3, 2, 17, 59, 30, tzinfo=BERLIN))
    clock.check()
    assert clock.timer.interval() == 30_000


def test_without_a_notifier_a_due_reminder_waits_for_the_window(tmp_path: Path, qtbot):
    clock = service(tmp_path, datetime(2026, 3, 2, 18, 0, 5, tzinfo=BERLIN))
    with qtbot.waitSignal(clock.due_in_window) as due:
        clock.check()
    assert due.args[0].startswith("Time for your acupressure session")
    assert reminder_prefs.read_log(clock.settings).shown_on == date(2026, 3, 2)


def test_switched_off_the_clock_stops(tmp_path: Path):
    clock = service(tmp_path, datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN), enabled=False)
    clock.check()
    assert not clock.timer.isActive()


def test_the_users_zone_keeps_its_daylight_saving_rules(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "America/New_York")
    zone = local_zone()
    assert (
        datetime(2026, 1, 5, 12, tzinfo=zone).utcoffset()
        != datetime(2026, 7, 5, 12, tzinfo=zone).utcoffset()
    )
