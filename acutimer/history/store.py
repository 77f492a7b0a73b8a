"""The session log on disk: one SQLite file that a crash, a bad file or a full disk
cannot turn into a lost session or a traceback.

Every write is one transaction in a WAL-mode file with ``synchronous=FULL``, so a
killed process loses at most the session it was writing. A file SQLite cannot read
as a database is moved aside (never deleted) and a new one started; a folder that
cannot be written to leaves the store readable where possible and every
``record()`` answers with a ``SaveResult`` saying why nothing was saved. The store
raises only for programming errors (a naive time, a rating of 11), never for disk
trouble.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.migrations import SCHEMA_VERSION, NewerSchemaError, migrate, user_version
from acutimer.history.records import NOTE_MAX_CHARS, SessionRecord, check_pain, to_utc

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    10,
    11,
    13,
    14,
    26,
)
_BUSY_TIMEOUT_S = 2.0

_COLUMNS = (
    "id, routine_id, routine_title, started_utc, ended_utc, active_seconds, steps_total, "
    "steps_completed, steps_skipped, steps_extended, ending, pain_before, pain_after, note"
)


@dataclass(frozen=True)
class SaveResult:
    """What became of a write: ``saved``, or a ``message`` a user can read and act on."""

    saved: bool
    message: str = ""
    session_id: int | None = None


class HistoryStore:
    """The session log in one SQLite file at ``path`` (created with its folder).

    ``moved_aside`` is where a damaged file was put, if one was; ``problem`` says why
    history cannot be saved right now (None when it can). ``notice`` joins both into
    the sentence the History window shows.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.moved_aside: Path | None = None
        self.problem: str | None = None
        self._connection: sqlite3.Connection | None = None
        self._writable = False
        self._open()

    # -- what the window shows ---------------------------------------------------

    @property
    def writable(self) -> bool:
        return self._writable

    @property
    def notice(self) -> str | None:
        parts = []
        if self.moved_aside is not None:
            parts.append(
                "Your history file was damaged and could not be read. It has been kept "
                f"at {self.moved_aside}, and a new history was started."
            )
        if self.problem is not None:
            parts.append(self.problem)
        return " ".join(parts) or None

    # -- reading -----------------------------------------------------------------

    def sessions(self) -> list[SessionRecord]:
        """Every logged session, oldest first; [] when the file cannot be read."""
        if self._connection is None:
            return []
        try:
            rows = self._connection.execute(
                f"SELECT {_COLUMNS} FROM sessions ORDER BY started_utc, id"
            ).fetchall()
        except sqlite3.Error as error:
            self.problem = f"History could not be read: {_reason(error, self.path)}."
            return []
        return [_record_from_row(row) for row in rows]

    # -- writing -----------------------------------------------------------------

    def record(
        self,
        summary: SessionSummary,
        pain_before: int | None = None,
        pain_after: int | None = None,
        note: str = "",
    ) -> SaveResult:
        """Log one finished or stopped session; never raises on disk trouble."""
        check_pain(pain_before, "pain before")
        check_pain(pain_after, "pain after")
        values = (
            summary.routine_id,
            summary.routine_title,
            _utc_text(summary.started_at),
            _utc_text(summary.ended_at),
            max(0.0, float(summary.active_seconds)),
            summary.steps_total,
            summary.steps_completed,
            summary.steps_skipped,
            summary.steps_extended,
            Ending(summary.ending).value,
            pain_before,
            pain_after,
            note.strip()[:NOTE_MAX_CHARS],
        )
        if not self._writable:
            self._reopen()  # the disk may have been freed or the folder fixed since
        if not self._writable:
            return SaveResult(False, self.problem or "History could not be saved.")
        try:
            return SaveResult(True, session_id=self._insert(values))
        except sqlite3.Error as error:
            if _is_corrupt(error):
                self._reopen(move_aside=True)
                if self._writable:
                    with contextlib.suppress(sqlite3.Error):
                        return SaveResult(True, session_id=self._insert(values))
            message = f"History could not be saved: {_reason(error, self.path)}."
            return SaveResult(False, message)

    def rate_after(self, session_id: int, pain_after: int | None, note: str = "") -> SaveResult:
        """Add the after-session rating and note to a session recorded at its end.

        The session is written the moment it ends, so nothing is lost if the app is
        closed on the end screen; the rating follows when the person gives it.
        """
        check_pain(pain_after, "pain after")
        if not self._writable or self._connection is None:
            return SaveResult(False, self.problem or "History could not be saved.")
        try:
            with self._transaction() as connection:
                connection.execute(
                    "UPDATE sessions SET pain_after = ?, note = ? WHERE id = ?",
                    (pain_after, note.strip()[:NOTE_MAX_CHARS], session_id),
                )
        except sqlite3.Error as error:
            return SaveResult(False, f"History could not be saved: {_reason(error, self.path)}.")
        return SaveResult(True, session_id=session_id)

    def delete_all(self) -> SaveResult:
        """Erase every session for good, and any damaged copies kept beside the file."""
        failures = []
        for copy in self.damaged_copies():
            try:
                copy.unlink()
            except OSError as error:
                failures.append(f"{copy} could not be deleted ({error.strerror})")
        if self.moved_aside is not None and not self.moved_aside.exists():
            self.moved_aside = None
        if self._connection is not None:
            try:
                with self._transaction() as connection:
                    connection.execute("DELETE FROM sessions")
                # Deleted rows linger in free pages and the WAL until these rewrite them.
                self._connection.execute("VACUUM")
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as error:
                failures.append(f"history could not be deleted ({_reason(error, self.path)})")
        if failures:
            return SaveResult(False, "Not everything was deleted: " + "; ".join(failures) + ".")
        return SaveResult(True)

    def damaged_copies(self) -> list[Path]:
        """Files this store moved aside earlier, with their -wal and -shm companions."""
        pattern = f"{self.path.stem}.damaged-*{self.path.suffix}*"
        return sorted(self.path.parent.glob(pattern)) if self.path.parent.is_dir() else []

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
        self._connection = None
        self._writable = False

    # -- opening -----------------------------------------------------------------

    def _open(self, *, move_aside: bool = False) -> None:
        if move_aside:
            self._move_aside()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = self._connect_for_writing()
        except NewerSchemaError as error:
            self.problem = f"History is not shown or saved: {error}."
            return
        except (sqlite3.Error, OSError) as error:
            if isinstance(error, sqlite3.Error) and _is_corrupt(error) and not move_aside:
                self._open(move_aside=True)
                return
            self.problem = f"History cannot be saved: {_reason(error, self.path)}."
            self._connection = self._connect_for_reading()
            return
        self._writable = True
        self.problem = None

    def _reopen(self, *, move_aside: bool = False) -> None:
        self.close()
        self._open(move_aside=move_aside)

    def _connect_for_writing(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_TIMEOUT_S)
        try:
            # Look before changing anything: a newer file must stay byte for byte as it is.
            if user_version(connection) > SCHEMA_VERSION:
                raise NewerSchemaError(user_version(connection))
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {verdict}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            migrate(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _connect_for_reading(self) -> sqlite3.Connection | None:
        """Read what can be read from a folder we may not write to (no -shm possible)."""
        if not self.path.is_file():
            return None
        for query in ("mode=ro", "mode=ro&immutable=1"):
            try:
                connection = sqlite3.connect(
                    f"{self.path.as_uri()}?{query}", uri=True, isolation_level=None
                )
                connection.execute("SELECT note FROM sessions LIMIT 1").fetchall()
            except (sqlite3.Error, ValueError):
                continue
            return connection
        return None

    def _move_aside(self) -> None:
        """Rename the damaged file (and its WAL) to the first free ``.damaged-N`` name."""
        number = 1
        while True:
            target = self.path.with_name(f"{self.path.stem}.damaged-{number}{self.path.suffix}")
            if not any(target.parent.glob(target.name + "*")):
                break
            number += 1
        try:
            for extra in ("-wal", "-shm"):
                companion = Path(f"{self.path}{extra}")
                if companion.exists():
                    companion.rename(f"{target}{extra}")
            self.path.rename(target)
        except OSError:
            return  # _open then reports the folder as unwritable; nothing is deleted
        self.moved_aside = target

    # -- transactions --------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        assert self._connection is not None
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def _insert(self, values: tuple[object, ...]) -> int:
        with self._transaction() as connection:
            cursor = connection.execute(
                f"INSERT INTO sessions ({_COLUMNS.removeprefix('id, ')}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id


def _utc_text(moment: datetime) -> str:
    # Fixed width, so text order is time order.
    return to_utc(moment).isoformat(timespec="microseconds")


def _record_from_row(row: tuple[Any, ...]) -> SessionRecord:
    (
        row_id,
        routine_id,
        title,
        started,
        ended,
        active,
        total,
        completed,
        skipped,
        extended,
        ending,
        pain_before,
        pain_after,
        note,
    ) = row
    summary = SessionSummary(
        routine_id=routine_id,
        routine_title=title,
        started_at=datetime.fromisoformat(started),
        ended_at=datetime.fromisoformat(ended),
        active_seconds=active,
        steps_total=total,
        steps_completed=completed,
        steps_skipped=skipped,
        steps_extended=extended,
        ending=Ending(ending),
    )
    return SessionRecord(summary, pain_before, pain_after, note, session_id=row_id)


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _is_corrupt(error: sqlite3.Error) -> bool:
    if _primary_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    return str(error).startswith("quick_check:")


def _reason(error: BaseException, path: Path) -> str:
    """A cause a user can act on, not SQLite's jargon."""
    if isinstance(error, OSError):
        return f"{path.parent} could not be created or written to ({error.strerror})"
    code = _primary_code(error) if isinstance(error, sqlite3.Error) else None
    if code == _SQLITE_FULL:
        return "the disk is full"
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return f"the folder {path.parent} cannot be written to"
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return "another copy of acutimer is using the history file"
    if code == _SQLITE_IOERR:
        return "the disk reported an error"
    if isinstance(error, sqlite3.Error) and _is_corrupt(error):
        return f"the history file {path} is damaged and could not be moved aside"
    return str(error)
