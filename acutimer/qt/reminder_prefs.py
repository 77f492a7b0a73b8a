"""Reminder settings and log: the words in the settings file <-> the scheduler's types.

The one place where "mon wed fri", "18:00" and "21:30-08:00" are read and written;
anything unreadable falls back to the default rather than failing.
"""

from __future__ import annotations

from datetime import date, datetime, time

from acutimer.core.reminders import QuietHours, ReminderLog, ReminderSettings, Weekday, spread_days
from acutimer.qt.settings import Settings

_DAY_WORDS = {day: day.name[:3].lower() for day in Weekday}
_WORD_DAYS = {word: day for day, word in _DAY_WORDS.items()}
DEFAULT_QUIET = QuietHours(time(21, 30), time(8, 0))


def _time(text: str, default: time) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        return default


def days_text(days: frozenset[Weekday]) -> str:
    return " ".join(_DAY_WORDS[day] for day in sorted(days))


def read(settings: Settings) -> ReminderSettings:
    words = str(settings.reminder_days).split()
    days = frozenset(_WORD_DAYS[w] for w in words if w in _WORD_DAYS)
    if not words:
        days = spread_days(settings.plan_per_week)
    quiet: QuietHours | None = None
    quiet_text = str(settings.reminder_quiet).strip()
    if quiet_text:
        start, _, end = quiet_text.partition("-")
        quiet = QuietHours(_time(start, DEFAULT_QUIET.start), _time(end, DEFAULT_QUIET.end))
    return ReminderSettings(
        enabled=settings.reminders,
        days=days,
        at=_time(str(settings.reminder_time), time(18, 0)),
        quiet=quiet,
        ongoing=settings.reminders_ongoing,
    )


def write(settings: Settings, chosen: ReminderSettings) -> None:
    """Store ``chosen``; the days stay "spread by the plan" while they equal that spread."""
    if chosen.days == spread_days(settings.plan_per_week) and not settings.reminder_days:
        settings.reminder_days = ""
    else:
        settings.reminder_days = days_text(chosen.days) or "none"
    settings.reminder_time = chosen.at.strftime("%H:%M")
    quiet = chosen.quiet
    settings.reminder_quiet = (
        f"{quiet.start.strftime('%H:%M')}-{quiet.end.strftime('%H:%M')}" if quiet else ""
    )
    settings.reminders_ongoing = chosen.ongoing
    settings.reminders = chosen.enabled


def read_log(settings: Settings) -> ReminderLog:
    fields = dict(part.partition("=")[::2] for part in str(settings.reminder_log).split())
    return ReminderLog(
        shown_on=_date(fields.get("shown", "")),
        declined_on=_date(fields.get("declined", "")),
        snoozed_until=_moment(fields.get("snoozed", "")),
    )


def write_log(settings: Settings, log: ReminderLog) -> None:
    parts = []
    if log.shown_on:
        parts.append(f"shown={log.shown_on.isoformat()}")
    if log.declined_on:
        parts.append(f"declined={log.declined_on.isoformat()}")
    if log.snoozed_until:
        parts.append(f"snoozed={log.snoozed_until.isoformat()}")
    settings.reminder_log = " ".join(parts)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return moment if moment is None or moment.tzinfo is not None else None
