"""The user's preferences, stored with QSettings and read through typed properties.

One instance is created by the app and passed to whoever needs it (never a module
global), so tests hand in a Settings backed by a temporary file.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from acutimer.core.sides import FIRST_SIDES, Side


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def _to_volume(value: Any) -> int:
    try:
        return min(max(int(float(value)), 0), 100)
    except (TypeError, ValueError):
        return 80


def _to_side(value: Any) -> Side:
    """The side stored as its word ("left"), read back as a Side; anything else is left."""
    return next((side for side in FIRST_SIDES if side.value == value), Side.LEFT)


def _to_plan(value: Any) -> int:
    from acutimer.history.plan import SESSIONS_PER_WEEK  # here: not needed for first paint

    try:
        return SESSIONS_PER_WEEK.clamp(int(value))
    except (TypeError, ValueError):
        return 3


T = TypeVar("T")


class _Setting(Generic[T]):
    """A typed property over one QSettings key; bad stored values fall back to the default."""

    def __init__(self, key: str, default: T, convert: Callable[[Any], T]) -> None:
        self.key, self.default, self.convert = key, default, convert

    @overload
    def __get__(self, obj: None, owner: type) -> _Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> T | _Setting[T]:
        if obj is None:
            return self
        raw = obj.store.value(self.key, _stored(self.default))
        return self.convert(raw) if raw is not None else self.default

    def __set__(self, obj: Settings, value: T) -> None:
        value = self.convert(value)
        if value != self.__get__(obj, type(obj)):
            obj.store.setValue(self.key, _stored(value))
            obj.changed.emit(self.key)


def _stored(value: Any) -> Any:
    """What the settings file holds: an enum member as its word ("left"), not an object."""
    return value.value if isinstance(value, enum.Enum) else value


class Settings(QObject):
    """Preferences. ``changed(key)`` is emitted whenever one of them changes."""

    changed = Signal(str)

    sound = _Setting("cues/sound", True, _to_bool)
    volume = _Setting("cues/volume", 80, _to_volume)
    voice = _Setting("cues/voice", True, _to_bool)
    ticks = _Setting("cues/ticks", True, _to_bool)
    first_side = _Setting("session/first_side", Side.LEFT, _to_side)
    pregnancy_safe = _Setting("session/pregnancy_safe", False, _to_bool)
    """Pregnancy mode (the key keeps its first name so the choice survives the rename)."""
    pregnancy_cautions_out = _Setting("session/pregnancy_cautions_out", False, _to_bool)
    keep_on_top = _Setting("session/keep_on_top", False, _to_bool)
    high_contrast = _Setting("display/high_contrast", False, _to_bool)
    language = _Setting("display/language", "", str)
    """A language code ("de"), or "" to follow the desktop; read at start-up."""
    safety_seen = _Setting("app/safety_seen", False, _to_bool)
    plan_per_week = _Setting("plan/per_week", 3, _to_plan)
    last_routine = _Setting("picker/last_routine", "", str)
    """The id of the routine last started: the picker selects it next time."""
    # Reminders: words at this boundary; acutimer/qt/reminder_prefs.py turns them into
    # one typed ReminderSettings (and back) and keeps the log of what was shown.
    reminders = _Setting("reminders/enabled", False, _to_bool)
    reminder_days = _Setting("reminders/days", "", str)  # "mon wed fri"; "": spread by the plan
    reminder_time = _Setting("reminders/time", "18:00", str)
    reminder_quiet = _Setting("reminders/quiet", "21:30-08:00", str)  # "": no quiet hours
    reminders_ongoing = _Setting("reminders/ongoing", False, _to_bool)
    reminder_log = _Setting("reminders/log", "", str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else QSettings("acutimer", "acutimer")

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings in an INI file of their own (tests, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def sync(self) -> None:
        self.store.sync()
