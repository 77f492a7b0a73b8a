"""The reminder clock: wakes when the scheduler says, shows the reminder, takes the answer.

Nothing is counted here: each wake-up asks ``acutimer.core.reminders.decide`` with the
wall clock ``now()`` and the user's zone, and sleeps until the time it names. The
wait is capped at ``MAX_WAIT_S`` because Qt's timers run on a clock that stops while
the machine sleeps: after a resume, the late reminder comes within that cap.
A wake-up every few minutes costs microseconds of CPU.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, QTimer, Signal

from acutimer.core.reminders import Decision, PlanFacts, decide
from acutimer.dbus.notifications import Notifier, ReminderAnswer
from acutimer.qt import reminder_prefs
from acutimer.qt.settings import Settings

MAX_WAIT_S = 300


def local_zone() -> tzinfo:
    """The user's time zone with its DST rules (a fixed offset only as a last resort)."""
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        localtime = Path("/etc/localtime")
        if localtime.exists():
            with localtime.open("rb") as data:
                return ZoneInfo.from_file(data, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    offset = datetime.now().astimezone().utcoffset()
    return timezone(offset) if offset is not None else UTC


def wall_clock() -> datetime:
    return datetime.now(UTC)


def reminder_text(decision: Decision, tz: tzinfo) -> tuple[str, str]:
    """The notification's title and body: calm, short, no pressure."""
    title = QCoreApplication.translate("ReminderService", "Time for your acupressure session")
    body = QCoreApplication.translate("ReminderService", "Today is one of your plan days.")
    if decision.late and decision.due_at is not None:
        due = decision.due_at.astimezone(tz)
        at = QLocale().toString(QTime(due.hour, due.minute), "HH:mm")
        body = QCoreApplication.translate(
            "ReminderService", "Today is one of your plan days. (It was due at {time}.)"
        ).replace("{time}", at)
    return title, body


class ReminderService(QObject):
    """Shows plan-day reminders at their time and acts on the user's answer.

    Collaborators: the settings (choices and log), ``facts(today, tz)`` from the
    history, the notifier (None without a session bus), the wall clock and the zone.

    Signals:
        start_requested(): "Start now" (or the notification's body) was chosen.
        due_in_window(str): a reminder is due but no notification could be shown;
            the text is for the window to show.
    """

    start_requested = Signal()
    due_in_window = Signal(str)

    def __init__(
        self,
        settings: Settings,
        facts: Callable[[date, tzinfo], PlanFacts],
        notifier: Notifier | None,
        *,
        now: Callable[[], datetime] = wall_clock,
        zone: Callable[[], tzinfo] = local_zone,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._facts = facts
        self.notifier = notifier
        self._now = now
        self._zone = zone
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        if notifier is not None:
            notifier.answered.connect(self.on_answered)
        self.pending: str | None = None
        """The text of a reminder that is due and could not be shown as a notification."""

    def check(self) -> None:
        """Ask the scheduler now; show what is due; sleep until the next check."""
        tz = self._zone()
        now = self._now()
        chosen = reminder_prefs.read(self.settings)
        log = reminder_prefs.read_log(self.settings)
        today = now.astimezone(tz).date()
        facts = self._facts(today, tz)
        decision = decide(chosen, log, facts, now, tz)
        if decision.show:
            self._show(decision, tz)
            reminder_prefs.write_log(self.settings, log.shown(today))
            decision = decide(chosen, log.shown(today), facts, now, tz)
        elif facts.last_session_day == today or not chosen.enabled:
            self.pending = None  # done, or switched off: nothing is due any more
        self._sleep_until(decision.next_check, now, chosen.enabled)

    def _show(self, decision: Decision, tz: tzinfo) -> None:
        title, body = reminder_text(decision, tz)
        shown = self.notifier.notify(title, body) if self.notifier is not None else None
        if shown is None:
            self.pending = self.tr("{title}. {body}").replace("{title}", title)
            self.pending = self.pending.replace("{body}", body)
            self.due_in_window.emit(self.pending)

    def _sleep_until(self, moment: datetime | None, now: datetime, enabled: bool) -> None:
        if not enabled:
            self.timer.stop()
            return
        wait = MAX_WAIT_S if moment is None else (moment - now).total_seconds()
        self.timer.start(int(min(max(wait, 1.0), MAX_WAIT_S) * 1000))

    def on_answered(self, answer: ReminderAnswer) -> None:
        now = self._now()
        log = reminder_prefs.read_log(self.settings)
        today = now.astimezone(self._zone()).date()
        match answer:
            case ReminderAnswer.START | ReminderAnswer.OPEN:
                self.start_requested.emit()
            case ReminderAnswer.LATER:
                reminder_prefs.write_log(self.settings, log.snoozed(now))
            case ReminderAnswer.NOT_TODAY:
                reminder_prefs.write_log(self.settings, log.declined(today))
                self.pending = None
        self.check()
