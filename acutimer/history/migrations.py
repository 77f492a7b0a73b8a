"""The history database's schema, as the list of steps that built it.

``PRAGMA user_version`` holds how many steps a file has had. A new file gets every
step; an old file gets only the ones it lacks, each in its own transaction, so a
crash between steps leaves a file at a known version. Never edit a shipped step:
add a new one (tests keep a literal copy of every old version's schema to catch it).
"""

from __future__ import annotations

import sqlite3

from acutimer.core.i18n import translate

# Version 1: the session log as first shipped (issue 7, part 1).
_V1 = """
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
"""

# Version 2: pain ratings before and after, and a short note (issue 7, part 2).
_V2 = """
ALTER TABLE sessions ADD COLUMN pain_before INTEGER
    CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN pain_after INTEGER
    CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
"""

# Version 3: a session is written when it starts and updated at each step, so the log
# also holds one under way ("running") and one cut short ("interrupted"), and
# unannounced lists the interrupted ones the user has not been told about yet.
# SQLite cannot change a CHECK in place: the table is rebuilt with the same columns.
_V3 = """
CREATE TABLE sessions_v3 (
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
INSERT INTO sessions_v3 SELECT id, routine_id, routine_title, started_utc, ended_utc,
    active_seconds, steps_total, steps_completed, steps_skipped, steps_extended, ending,
    pain_before, pain_after, note FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_v3 RENAME TO sessions;
CREATE INDEX sessions_by_start ON sessions (started_utc);
CREATE TABLE unannounced (session_id INTEGER PRIMARY KEY);
"""

# Version 4: the plan's outcome questions (issue 18), asked after a session at the plan's
# start and end: which moment they were asked at (answered or skipped), the past week's
# average pain (0-10) and, at the end, the Patient Global Impression of Change (1-7).
_V4 = """
ALTER TABLE sessions ADD COLUMN outcome TEXT
    CHECK (outcome IS NULL OR outcome IN ('start', 'end'));
ALTER TABLE sessions ADD COLUMN week_pain INTEGER
    CHECK (week_pain IS NULL OR week_pain BETWEEN 0 AND 10);
ALTER TABLE sessions ADD COLUMN global_change INTEGER
    CHECK (global_change IS NULL OR global_change BETWEEN 1 AND 7);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer acutimer; this one must not touch it."""

    def __init__(self, found: int) -> None:
        text = translate(
            "HistoryStore",
            "the history file is from a newer version of acutimer (schema {found}, this "
            "version knows up to {known})",
        )
        super().__init__(
            text.replace("{found}", str(found)).replace("{known}", str(SCHEMA_VERSION))
        )
        self.found = found


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to ``target`` and return the version it was at before.

    The connection must be in autocommit mode (``isolation_level=None``): each step
    runs in its own ``BEGIN IMMEDIATE`` transaction together with its version bump.
    """
    found = user_version(connection)
    if found > SCHEMA_VERSION:
        raise NewerSchemaError(found)
    for version in range(found + 1, target + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version - 1]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return found


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT first and break the step's transaction, so split.
    return [s.strip() for s in script.split(";") if s.strip()]
