"""History as a CSV file a spreadsheet opens: one row per session, times in UTC and local.

``read_csv`` reads the same file back, so an export can be checked (and could be
imported again): the UTC columns are the record; the local-time columns are there
for people reading the sheet and are ignored on the way back in.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TypeVar

from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.records import PAIN_MAX, PAIN_MIN, SessionRecord

T = TypeVar("T")

FIELDS = (
    "started_local",
    "routine",
    "routine_id",
    "active_minutes",
    "steps_total",
    "steps_completed",
    "steps_skipped",
    "steps_extended",
    "ending",
    "pain_before",
    "pain_after",
    "note",
    "started_utc",
    "ended_utc",
    "active_seconds",
)


class ExportFormatError(ValueError):
    """A CSV file that is not an acutimer history export; the message names the line."""


def write_csv(records: Iterable[SessionRecord], path: Path, tz: tzinfo | None = None) -> int:
    """Write ``records`` to ``path`` (replacing it); returns how many rows were written.

    The file is written beside its target and renamed into place, so a failed export
    never leaves half a file where an earlier export was.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS)
            writer.writeheader()
            for record in records:
                writer.writerow(_row(record, tz))
                count += 1
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _row(record: SessionRecord, tz: tzinfo | None) -> dict[str, str]:
    s = record.summary
    return {
        "started_local": s.started_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
        "routine": s.routine_title,
        "routine_id": s.routine_id,
        "active_minutes": f"{s.active_seconds / 60:.1f}",
        "steps_total": str(s.steps_total),
        "steps_completed": str(s.steps_completed),
        "steps_skipped": str(s.steps_skipped),
        "steps_extended": str(s.steps_extended),
        "ending": s.ending.value,
        "pain_before": "" if record.pain_before is None else str(record.pain_before),
        "pain_after": "" if record.pain_after is None else str(record.pain_after),
        "note": record.note,
        "started_utc": s.started_at.isoformat(timespec="microseconds"),
        "ended_utc": s.ended_at.isoformat(timespec="microseconds"),
        "active_seconds": repr(float(s.active_seconds)),
    }


class _BadField(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def read_csv(path: Path) -> list[SessionRecord]:
    """Read an export back; raises ExportFormatError with ``path:line:column: message``."""
    path = Path(path)
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or ())
        missing = [f for f in FIELDS if f not in header]
        if missing:
            raise ExportFormatError(f"{path}:1:1: missing columns: {', '.join(missing)}")
        records = []
        for row in reader:
            try:
                records.append(_record(row))
            except _BadField as error:
                column = header.index(error.field) + 1
                raise ExportFormatError(f"{path}:{reader.line_num}:{column}: {error}") from None
    return records


def _get(row: dict[str, str], field: str, convert: Callable[[str], T]) -> T:
    text = row.get(field)
    if text is None:
        raise _BadField(field, f"{field}: the row ends before this column")
    try:
        return convert(text)
    except ValueError as error:
        raise _BadField(field, f"{field}: {error}") from None


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number") from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None


def _optional_pain(text: str) -> int | None:
    if not text.strip():
        return None
    value = _whole(text)
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"a pain rating must be from 0 to 10, not {value}")
    return value


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment


def _record(row: dict[str, str]) -> SessionRecord:
    summary = SessionSummary(
        routine_id=row["routine_id"],
        routine_title=row["routine"],
        started_at=_get(row, "started_utc", _aware),
        ended_at=_get(row, "ended_utc", _aware),
        active_seconds=_get(row, "active_seconds", _number),
        steps_total=_get(row, "steps_total", _whole),
        steps_completed=_get(row, "steps_completed", _whole),
        steps_skipped=_get(row, "steps_skipped", _whole),
        steps_extended=_get(row, "steps_extended", _whole),
        ending=_get(row, "ending", Ending),
    )
    return SessionRecord(
        summary,
        pain_before=_get(row, "pain_before", _optional_pain),
        pain_after=_get(row, "pain_after", _optional_pain),
        note=row["note"],
    )
