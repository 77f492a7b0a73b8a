"""Every earlier version of the history file opens in this version with its sessions intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from acutimer.history import migrations
from acutimer.history.migrations import SCHEMA_VERSION, NewerSchemaError, migrate, user_version
from acutimer.history.records import Moment
from acutimer.history.store import HistoryStore

from .factories import summary

# Literal copies of the schema as each version shipped it. They are never updated:
# if a shipped migration is edited, test_migrations_still_build_the_shipped_schemas fails.
SHIPPED = {
    0: "PRAGMA user_version = 0;",  # a database with nothing in it (0 bytes is a damaged file)
    1: """
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    routine_id      TEXT    NOT NULL,
    routine_title   TEXT    NOT NULL,
    started_utc     TEXT    NOT NULL,
    ended_utc       TEXT    NOT NULL,
    active_seconds  REAL    NOT NULL CHECK (active_seconds >= 0),
    steps_total     INTEGER NOT NULL CHECK (steps_total >= 0),
    steps_completed INTEGER NOT NULL CHECK (steps_completed >= 0),
    steps_skipped   INTEGER NOT NULL CHECK (steps_skipped >= 0),
    steps_extended  INTEGER NOT NULL CHECK (steps_extended >= 0),
    ending          TEXT    NOT NULL CHECK (ending IN ('finished', 'stopped'))
);
CREATE INDEX sessions_by_start ON sessions (started_utc);
PRAGMA user_version = 1;
""",
    2: """
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    routine_id      TEXT    NOT NULL,
    routine_title   TEXT    NOT NULL,
    started_utc     TEXT    NOT NULL,
    ended_utc       TEXT    NOT NULL,
    active_seconds  REAL    NOT NULL CHECK (active_seconds >= 0),
    steps_total     INTEGER NOT NULL CHECK (steps_total >= 0),
    steps_completed INTEGER NOT NULL CHECK (steps_completed >= 0),
    steps_skipped   INTEGER NOT NULL CHECK (steps_skipped >= 0),
    steps_extended  INTEGER NOT NULL CHECK (steps_extended >= 0),
    ending          TEXT    NOT NULL CHECK (ending IN ('finished', 'stopped'))
);
CREATE INDEX sessions_by_start ON sessions (started_utc);
ALTER TABLE sessions ADD COLUMN pain_before INTEGER
    CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN pain_after INTEGER
    CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
PRAGMA user_version = 2;
""",
    3: """
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    routine_id      TEXT    NOT NULL,
    routine_title   TEXT    NOT NULL,
    started_utc     TEXT    NOT NULL,
    ended_utc       TEXT    NOT NULL,
    active_seconds  REAL    NOT NULL CHECK (active_seconds >= 0),
    steps_total     INTEGER NOT NULL CHECK (steps_total >= 0),
    steps_completed INTEGER NOT NULL CHECK (steps_completed >= 0),
    steps_skipped   INTEGER NOT NULL CHECK (steps_skipped >= 0),
    steps_extended  INTEGER NOT NULL CHECK (steps_extended >= 0),
    ending          TEXT    NOT NULL
        CHECK (ending IN ('finished', 'stopped', 'interrupted', 'running')),
    pain_before     INTEGER CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10),
    pain_after      INTEGER CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10),
    note            TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_start ON sessions (started_utc);
CREATE TABLE unannounced (session_id INTEGER PRIMARY KEY);
PRAGMA user_version = 3;
""",
}
# A session as version 1 wrote it (the engine's fields only).
V1_ROW = (
    "INSERT INTO sessions (routine_id, routine_title, started_utc, ended_utc, active_seconds,"
    " steps_total, steps_completed, steps_skipped, steps_extended, ending) VALUES"
    " ('hand-li4', 'Hand', '2024-03-04T09:30:00.000000+00:00',"
    " '2024-03-04T09:33:00.000000+00:00', 150.0, 6, 4, 1, 1, 'stopped')"
)


def _shipped_file(path: Path, version: int) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(SHIPPED[version])
    if version >= 1:
        connection.execute(V1_ROW)
        connection.commit()
    connection.close()


def _schema(connection: sqlite3.Connection) -> list[tuple[str, ...]]:
    return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_every_earlier_version_has_a_shipped_copy() -> None:
    assert set(SHIPPED) == set(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_a_file_from_an_earlier_version_opens_with_its_sessions(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "history.sqlite3"
    _shipped_file(path, version)

    store = HistoryStore(path)

    assert store.writable and store.moved_aside is None and store.notice is None
    sessions = store.sessions()
    if version >= 1:
        (old,) = sessions
        assert old.summary.routine_id == "hand-li4"
        assert (old.summary.steps_completed, old.summary.steps_skipped) == (4, 1)
        assert (old.pain_before, old.pain_after, old.note) == (None, None, "")
    else:
        assert sessions == []
    store.close()
    assert user_version(sqlite3.connect(path)) == SCHEMA_VERSION


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_migrations_still_build_the_shipped_schemas(tmp_path: Path, version: int) -> None:
    shipped = sqlite3.connect(tmp_path / "shipped.sqlite3")
    shipped.executescript(SHIPPED[version])
    built = sqlite3.connect(tmp_path / "built.sqlite3", isolation_level=None)
    migrate(built, target=version)
    assert user_version(built) == user_version(shipped) == version
    # Compare the shape SQLite sees, not whitespace in the CREATE text.
    for table in ("sessions",):
        assert (
            built.execute(f"PRAGMA table_info({table})").fetchall()
            == shipped.execute(f"PRAGMA table_info({table})").fetchall()
        )
    assert [row[:2] for row in _schema(built)] == [row[:2] for row in _schema(shipped)]


def test_a_step_that_fails_halfway_leaves_the_file_at_the_version_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    migrate(connection, target=1)
    broken = "ALTER TABLE sessions ADD COLUMN pain_before INTEGER; ALTER TABLE nowhere ADD x"
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, target=2)
    assert user_version(connection) == 1
    columns = [row[1] for row in connection.execute("PRAGMA table_info(sessions)")]
    assert "pain_before" not in columns


def test_a_file_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _shipped_file(path, 1)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    store = HistoryStore(path)

    assert not store.writable and store.moved_aside is None
    assert store.notice is not None and "newer version of acutimer" in store.notice
    result = store.record(summary())
    assert not result.saved and "newer version" in result.message
    store.close()
    assert path.read_bytes() == before
    with pytest.raises(NewerSchemaError):
        migrate(sqlite3.connect(path, isolation_level=None))


def test_ratings_and_notes_written_by_version_2_survive_the_rebuild_of_version_3(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    _shipped_file(path, 2)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE sessions SET pain_before = 7, pain_after = 3, note = 'stiff'")
    connection.commit()
    connection.close()

    store = HistoryStore(path)

    (old,) = store.sessions()
    assert (old.pain_before, old.pain_after, old.note) == (7, 3, "stiff")
    assert old.summary.ending.value == "stopped" and old.session_id == 1
    assert store.record(summary()).session_id == 2


def test_ratings_written_by_version_3_survive_and_the_outcome_questions_start_unasked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    _shipped_file(path, 3)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE sessions SET pain_before = 6, pain_after = 2, note = 'ok'")
    connection.commit()
    connection.close()

    store = HistoryStore(path)

    (old,) = store.sessions()
    assert (old.pain_before, old.pain_after, old.note) == (6, 2, "ok")
    assert (old.outcome, old.week_pain, old.global_change) == (None, None, None)
    assert store.answer_outcome(1, Moment.END, 3, 2).saved
    (answered,) = store.sessions()
    assert (answered.outcome, answered.week_pain, answered.global_change) == (Moment.END, 3, 2)
