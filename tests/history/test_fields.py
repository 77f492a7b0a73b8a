"""The one field table and the schema the migrations build say the same thing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from acutimer.core.summary import Ending
from acutimer.history.fields import COLUMNS, FIELDS, record_from, stored_values
from acutimer.history.migrations import migrate
from acutimer.history.records import SessionRecord

from .factories import summary


def _live(tmp_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    migrate(connection)
    return connection


def _insert(connection: sqlite3.Connection, **changes: object) -> None:
    values = dict(zip(COLUMNS, stored_values(SessionRecord(summary())), strict=True))
    values.update(changes)
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    connection.execute(f"INSERT INTO sessions ({names}) VALUES ({marks})", tuple(values.values()))


def test_the_live_schema_has_exactly_the_declared_columns(tmp_path: Path) -> None:
    info = _live(tmp_path).execute("PRAGMA table_info(sessions)").fetchall()
    live = {name: (kind, bool(notnull)) for _, name, kind, notnull, _, _ in info}
    assert live.pop("id") == ("INTEGER", False)
    declared = {f.column: (f.sql_type.value, not f.optional) for f in FIELDS}
    assert live == declared


@pytest.mark.parametrize("field", [f for f in FIELDS if f.bounds], ids=lambda f: f.column)
def test_the_schema_keeps_the_declared_range(tmp_path: Path, field) -> None:
    connection = _live(tmp_path)
    low, high = field.bounds.low, field.bounds.high
    for value in (low, high, None):
        _insert(connection, **{field.column: value})
    for value in (low - 1, high + 1):
        with pytest.raises(sqlite3.IntegrityError):
            _insert(connection, **{field.column: value})


def test_the_schema_takes_every_ending_and_nothing_else(tmp_path: Path) -> None:
    connection = _live(tmp_path)
    for ending in Ending:
        _insert(connection, ending=ending.value)
    with pytest.raises(sqlite3.IntegrityError):
        _insert(connection, ending="abandoned")


def test_a_record_goes_through_its_stored_values_unchanged() -> None:
    record = SessionRecord(summary(ending=Ending.INTERRUPTED), 4, None, "stiff")
    assert record_from(stored_values(record)) == record
