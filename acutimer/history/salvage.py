"""Reading what can still be read from a damaged history file.

A damaged page hides the rows it holds, not the whole file: SQLite still reads the
others. Rows are read in id order and, past a page that fails, the search picks up
at the next id it can reach; where the ``sqlite3`` command is installed, its
``.recover`` (which reads every page, even ones the table no longer links to) adds
what it finds. Every row is checked against the field table before it is kept.
The damaged file itself is never written to: the reading happens on a copy.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from acutimer.history.fields import BY_COLUMN, COLUMNS, record_from

Row = tuple[object, ...]
"""A session as ``(id, *values in COLUMNS order)``."""

_PROBE_IDS = 20_000
"""How far past a damaged page to look for the next readable id (a page holds tens
of sessions; an interior page can hide a few thousand)."""
_RECOVER_TIMEOUT_S = 20.0
_MISSING = {"note": "''"}
"""What a column an old file lacks stands for (the others: NULL, no rating)."""


def readable_sessions(damaged: Path) -> list[Row]:
    """Every session that can be read from ``damaged`` (and its -wal), by id."""
    found: dict[int, Row] = {}
    with tempfile.TemporaryDirectory(prefix="acutimer-salvage-") as folder:
        copy = Path(folder) / "damaged.sqlite3"
        try:
            shutil.copyfile(damaged, copy)
            wal = Path(f"{damaged}-wal")
            if wal.exists():
                shutil.copyfile(wal, f"{copy}-wal")
        except OSError:
            return []
        for row in _recovered(copy, Path(folder)):
            found.setdefault(row[0], row)  # type: ignore[arg-type]
        for row in _row_by_row(copy):
            found[row[0]] = row  # type: ignore[index]
    return [found[key] for key in sorted(found)]


def _row_by_row(path: Path) -> list[Row]:
    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return []
    try:
        return _read_around_damage(connection)
    finally:
        connection.close()


def _read_around_damage(connection: sqlite3.Connection) -> list[Row]:
    try:
        present = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    except sqlite3.Error:
        return []
    if "id" not in present:
        return []
    select = _select(present)
    rows: list[Row] = []
    last = 0
    while True:
        start = last
        try:
            for raw in connection.execute(f"{select} WHERE id > ? ORDER BY id", (last,)):
                last = raw[0]
                rows += _checked(raw, present)
            return rows
        except sqlite3.Error:
            if last != start:
                continue  # try the scan again from the last good row
        found = _next_readable(connection, select, last)
        if found is None:
            return rows
        last, row = found
        rows += _checked(row, present)


def _next_readable(
    connection: sqlite3.Connection, select: str, last: int
) -> tuple[int, Row] | None:
    """The first whole row after ``last`` that can be read, looked up id by id."""
    for candidate in range(last + 1, last + 1 + _PROBE_IDS):
        with contextlib.suppress(sqlite3.Error):
            row = connection.execute(f"{select} WHERE id = ?", (candidate,)).fetchone()
            if row is not None:
                return candidate, tuple(row)
    return None


def _recovered(copy: Path, folder: Path) -> list[Row]:
    """Sessions found by ``sqlite3 FILE .recover``, when that command is installed."""
    command = shutil.which("sqlite3")
    if command is None:
        return []
    try:
        script = subprocess.run(
            [command, str(copy), ".recover"],
            capture_output=True,
            timeout=_RECOVER_TIMEOUT_S,
            check=False,
        ).stdout.decode("utf-8", errors="replace")
        scratch = sqlite3.connect(folder / "recovered.sqlite3", isolation_level=None)
    except (OSError, subprocess.SubprocessError, sqlite3.Error):
        return []
    try:
        with contextlib.suppress(sqlite3.Error):
            scratch.executescript(script)
        return _read_around_damage(scratch)
    finally:
        scratch.close()


def _select(present: list[str]) -> str:
    parts = ["id"]
    for column in COLUMNS:
        if column in present:
            parts.append(column)
        else:  # a file from before that column existed
            parts.append(f"{_MISSING.get(column, 'NULL')} AS {column}")
    return f"SELECT {', '.join(parts)} FROM sessions"


def _checked(raw: Row, present: list[str]) -> list[Row]:
    """``[raw]`` if it makes a valid record (a damaged page can hold garbage), else []."""
    if not isinstance(raw[0], int):
        return []
    try:
        record_from(raw[1:])
        for column, value in zip(COLUMNS, raw[1:], strict=True):
            field = BY_COLUMN[column]
            if value is None and not field.optional:
                return []
            if field.bounds is not None and value is not None:
                field.bounds.check(value)  # type: ignore[arg-type]
    except (ValueError, TypeError, KeyError):
        return []
    return [tuple(raw)]
