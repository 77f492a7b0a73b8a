"""The history record declared once: every field a logged session keeps, in one table.

The store's columns, the values it writes and the way a row becomes a record, and the
CSV export's columns and their parsing, all come from ``FIELDS``. The migrations'
SQL stays literal (a shipped step is never edited); tests/history/test_fields.py
checks that the schema they build has exactly these columns, types and ranges.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.records import GLOBAL_CHANGE, PAIN, Moment, Range, SessionRecord, to_utc


class SqlType(enum.StrEnum):
    TEXT = "TEXT"
    REAL = "REAL"
    INTEGER = "INTEGER"


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Field:
    """One column of the log: how it is stored, written to CSV, and read back.

    ``attribute`` names the value on the SessionSummary (``in_summary``) or on the
    SessionRecord. ``to_stored`` and ``from_stored`` convert between that value and
    the column's (a datetime is stored as fixed-width UTC text, an Ending as its
    word). ``bounds`` is the range a whole number must lie in.
    """

    column: str
    sql_type: SqlType
    attribute: str = ""
    in_summary: bool = True
    optional: bool = False
    bounds: Range | None = None
    csv_name: str = ""
    to_stored: Callable[[Any], Any] = _same
    from_stored: Callable[[Any], Any] = _same

    @property
    def name(self) -> str:
        return self.attribute or self.column

    @property
    def csv(self) -> str:
        return self.csv_name or self.column

    def stored(self, record: SessionRecord) -> object:
        value = getattr(record.summary if self.in_summary else record, self.name)
        return None if value is None else self.to_stored(value)

    def loaded(self, stored: object) -> object:
        return None if stored is None else self.from_stored(stored)

    def text(self, stored: object) -> str:
        """The column's value as CSV text (exact: a float keeps every digit)."""
        if stored is None:
            return ""
        return repr(float(stored)) if self.sql_type is SqlType.REAL else str(stored)  # type: ignore[arg-type]

    def parse(self, text: str) -> object:
        """CSV text back to the column's value; a ValueError says what is wrong."""
        if self.optional and not text.strip():
            return None
        if self.sql_type is SqlType.INTEGER:
            try:
                value = int(text)
            except ValueError:
                raise ValueError(f"{text!r} is not a whole number") from None
            return value if self.bounds is None else self.bounds.check(value)
        if self.sql_type is SqlType.REAL:
            try:
                return float(text)
            except ValueError:
                raise ValueError(f"{text!r} is not a number") from None
        self.from_stored(text)  # a time without a zone, an unknown ending: refused here
        return text


def utc_text(moment: datetime) -> str:
    # Fixed width, so text order is time order.
    return to_utc(moment).isoformat(timespec="microseconds")


def aware_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment


def _active(seconds: float) -> float:
    return max(0.0, float(seconds))


_TEXT, _INT = SqlType.TEXT, SqlType.INTEGER

FIELDS: tuple[Field, ...] = (
    Field("routine_title", _TEXT, csv_name="routine"),
    Field("routine_id", _TEXT),
    Field("steps_total", _INT),
    Field("steps_completed", _INT),
    Field("steps_skipped", _INT),
    Field("steps_extended", _INT),
    Field("ending", _TEXT, to_stored=lambda e: Ending(e).value, from_stored=Ending),
    Field("pain_before", _INT, in_summary=False, optional=True, bounds=PAIN),
    Field("pain_after", _INT, in_summary=False, optional=True, bounds=PAIN),
    Field("note", _TEXT, in_summary=False),
    Field("started_utc", _TEXT, "started_at", to_stored=utc_text, from_stored=aware_time),
    Field("ended_utc", _TEXT, "ended_at", to_stored=utc_text, from_stored=aware_time),
    Field("active_seconds", SqlType.REAL, to_stored=_active),
    Field(
        "outcome",
        _TEXT,
        in_summary=False,
        optional=True,
        to_stored=lambda m: Moment(m).value,
        from_stored=Moment,
    ),
    Field("week_pain", _INT, in_summary=False, optional=True, bounds=PAIN),
    Field("global_change", _INT, in_summary=False, optional=True, bounds=GLOBAL_CHANGE),
)
"""Every field of a logged session, the ones people read first (the CSV keeps this order)."""

COLUMNS: tuple[str, ...] = tuple(f.column for f in FIELDS)
BY_COLUMN: dict[str, Field] = {f.column: f for f in FIELDS}


def stored_values(record: SessionRecord) -> tuple[object, ...]:
    """The record as the store writes it, in ``COLUMNS`` order."""
    return tuple(f.stored(record) for f in FIELDS)


def record_from(
    values: Sequence[object] | Mapping[str, object], session_id: int | None = None
) -> SessionRecord:
    """The record a row (in ``COLUMNS`` order) or a column-to-value mapping stands for."""
    if isinstance(values, Mapping):
        values = [values[column] for column in COLUMNS]
    summary: dict[str, Any] = {}
    ratings: dict[str, Any] = {}
    # A history window reads thousands of rows: the per-field work is looked up once.
    for (name, in_summary, load), value in zip(_LOADERS, values, strict=True):
        if value is not None and load is not None:
            value = load(value)
        (summary if in_summary else ratings)[name] = value
    return SessionRecord(SessionSummary(**summary), session_id=session_id, **ratings)


_LOADERS = tuple(
    (f.name, f.in_summary, None if f.from_stored is _same else f.from_stored) for f in FIELDS
)
