"""History as a CSV file a spreadsheet opens: one row per session, times in UTC and local.

``read_csv`` reads the same file back, so an export can be checked (and could be
imported again): the UTC columns are the record; the local-time columns are there
for people reading the sheet and are ignored on the way back in.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from acutimer.history.fields import FIELDS, record_from
from acutimer.history.records import SessionRecord

LOCAL_FIELDS = ("started_local", "active_minutes")
"""For people reading the sheet; ignored when a file is read back."""

CSV_FIELDS = LOCAL_FIELDS + tuple(f.csv for f in FIELDS)
_BY_CSV = {f.csv: f for f in FIELDS}


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
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
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
    row = {f.csv: f.text(f.stored(record)) for f in FIELDS}
    row["started_local"] = s.started_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    row["active_minutes"] = f"{s.active_seconds / 60:.1f}"
    return row


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
        missing = [f for f in CSV_FIELDS if f not in header]
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


def _record(row: dict[str, str]) -> SessionRecord:
    values: dict[str, object] = {}
    for name, field in _BY_CSV.items():
        text = row.get(name)
        if text is None:
            raise _BadField(name, f"{name}: the row ends before this column")
        try:
            values[field.column] = field.parse(text)
        except ValueError as error:
            raise _BadField(name, f"{name}: {error}") from None
    return record_from(values)
