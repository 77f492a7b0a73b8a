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
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from acutimer.core.i18n import translate
from acutimer.core.summary import Ending, SessionSummary
from acutimer.history.fields import COLUMNS, FIELDS, record_from, stored_values
from acutimer.history.migrations import SCHEMA_VERSION, NewerSchemaError, migrate, user_version
from acutimer.history.records import (
    GLOBAL_CHANGE,
    NOTE_MAX_CHARS,
    Moment,
    SessionRecord,
    check_pain,
)
from acutimer.history.salvage import readable_sessions

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
_FULL_BELOW_BYTES = 1 << 20
"""Less free space than this is a full disk, for any purpose of ours."""

_COLUMN_LIST = ", ".join(COLUMNS)
_PLACEHOLDERS = ", ".join("?" for _ in COLUMNS)
_ANNOUNCE = "INSERT OR IGNORE INTO unannounced (session_id) VALUES (?)"


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
        self.recovered = 0
        """How many sessions were read back from the damaged file ``moved_aside``."""
        self.empty_file = False
        """The file was 0 bytes long: damaged, not a new history."""
        self.interrupted: list[SessionRecord] = []
        """Sessions found still running when the file was opened: their app died."""
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
            parts.append(self._damage_sentence(self.moved_aside))
        if self.interrupted:
            parts.append(_interrupted_sentence(self.interrupted))
        if self.problem is not None:
            parts.append(self.problem)
        return " ".join(parts) or None

    def _damage_sentence(self, kept: Path) -> str:
        if self.empty_file:
            text = translate(
                "HistoryStore",
                "Your history file was empty (0 bytes), so no session could be read from it. "
                "It has been kept at {path}, and a new history was started.",
            )
        elif self.recovered == 1:
            text = translate(
                "HistoryStore",
                "Your history file was damaged. 1 session was recovered from it into a new "
                "history file; the damaged file has been kept at {path}.",
            )
        elif self.recovered:
            # Two texts, not "%n": lupdate gives the core's translate() no plural forms.
            text = translate(
                "HistoryStore",
                "Your history file was damaged. {count} sessions were recovered from it into "
                "a new history file; the damaged file has been kept at {path}.",
            )
        else:
            text = translate(
                "HistoryStore",
                "Your history file was damaged and no session could be read from it. It has "
                "been kept at {path}, and a new history was started.",
            )
        return text.replace("{count}", str(self.recovered)).replace("{path}", str(kept))

    # -- reading -----------------------------------------------------------------

    def sessions(self) -> list[SessionRecord]:
        """Every logged session, oldest first; [] when the file cannot be read."""
        if self._connection is None:
            return []
        try:
            rows = self._connection.execute(
                f"SELECT id, {_COLUMN_LIST} FROM sessions ORDER BY started_utc, id"
            ).fetchall()
        except sqlite3.Error as error:
            self.problem = _could_not("read", _reason(error, self.path))
            return []
        return [record_from(row[1:], session_id=row[0]) for row in rows]

    # -- writing -----------------------------------------------------------------

    def record(
        self,
        summary: SessionSummary,
        pain_before: int | None = None,
        pain_after: int | None = None,
        note: str = "",
    ) -> SaveResult:
        """Log one finished or stopped session; never raises on disk trouble."""
        record = SessionRecord(summary, pain_before, pain_after, note.strip()[:NOTE_MAX_CHARS])
        values = stored_values(record)
        if not self._writable:
            self._reopen()  # the disk may have been freed or the folder fixed since
        if not self._writable:
            return SaveResult(
                False, self.problem or translate("HistoryStore", "History could not be saved.")
            )
        try:
            return SaveResult(True, session_id=self._insert(values))
        except sqlite3.Error as error:
            if _is_corrupt(error):
                self._reopen(move_aside=True)
                if self._writable:
                    with contextlib.suppress(sqlite3.Error):
                        return SaveResult(True, session_id=self._insert(values))
            message = _could_not("save", _reason(error, self.path))
            return SaveResult(False, message)

    def save_progress(
        self, session_id: int | None, progress: SessionSummary, pain_before: int | None
    ) -> SaveResult:
        """Keep a session under way up to date: one small transaction per call.

        The first call (``session_id`` None) logs it with the pain-before rating; later
        ones update what was done so far, or its ending. A row that has gone (the
        file was damaged and started again meanwhile) is written anew, so nothing
        the person did is dropped.
        """
        if session_id is not None and not self._writable:
            self._reopen()  # the disk may have been freed since
            if not self._writable:
                return SaveResult(
                    False, self.problem or translate("HistoryStore", "History could not be saved.")
                )
        if session_id is not None:
            summary_fields = [f for f in FIELDS if f.in_summary]
            record = SessionRecord(progress)
            assignments = ", ".join(f"{f.column} = ?" for f in summary_fields)
            # A step under way is written without waiting for the disk (WAL with
            # synchronous=NORMAL: a killed process loses nothing, only a power cut can
            # lose the last step), so the window never waits on an fsync; the start and
            # the end of a session are written with synchronous=FULL, as every record is.
            under_way = progress.ending is Ending.RUNNING
            try:
                if under_way:
                    self._synchronous("NORMAL")
                with self._transaction() as connection:
                    changed = connection.execute(
                        f"UPDATE sessions SET {assignments} WHERE id = ?",
                        (*(f.stored(record) for f in summary_fields), session_id),
                    ).rowcount
                    if changed and progress.ending is Ending.INTERRUPTED:
                        connection.execute(_ANNOUNCE, (session_id,))
            except sqlite3.Error as error:
                if not _is_corrupt(error):
                    reason = _reason(error, self.path)
                    return SaveResult(False, _could_not("save", reason))
                changed = 0
            finally:
                if under_way:
                    self._synchronous("FULL")
            if changed:
                return SaveResult(True, session_id=session_id)
        result = self.record(progress, pain_before=pain_before)
        if result.saved and progress.ending is Ending.INTERRUPTED:
            self._announce(result.session_id)  # said at the next start
        return result

    def _synchronous(self, mode: str) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute(f"PRAGMA synchronous = {mode}")

    def _announce(self, session_id: int | None) -> None:
        with contextlib.suppress(sqlite3.Error), self._transaction() as connection:
            connection.execute(_ANNOUNCE, (session_id,))

    def rate_after(self, session_id: int, pain_after: int | None, note: str = "") -> SaveResult:
        """Add the after-session rating and note to a session recorded at its end.

        The session is written the moment it ends, so nothing is lost if the app is
        closed on the end screen; the rating follows when the person gives it.
        """
        check_pain(pain_after, "pain after")
        if not self._writable or self._connection is None:
            return SaveResult(
                False, self.problem or translate("HistoryStore", "History could not be saved.")
            )
        try:
            with self._transaction() as connection:
                connection.execute(
                    "UPDATE sessions SET pain_after = ?, note = ? WHERE id = ?",
                    (pain_after, note.strip()[:NOTE_MAX_CHARS], session_id),
                )
        except sqlite3.Error as error:
            return SaveResult(False, _could_not("save", _reason(error, self.path)))
        return SaveResult(True, session_id=session_id)

    def answer_outcome(
        self,
        session_id: int,
        moment: Moment,
        week_pain: int | None,
        global_change: int | None = None,
    ) -> SaveResult:
        """Keep the plan's outcome answers with the session they were asked after.

        Both None is a skip, kept too, so the questions are not asked again.
        """
        check_pain(week_pain, "the past week's pain")
        if global_change is not None:
            GLOBAL_CHANGE.check(global_change)
        if not self._writable or self._connection is None:
            return SaveResult(
                False, self.problem or translate("HistoryStore", "History could not be saved.")
            )
        try:
            with self._transaction() as connection:
                connection.execute(
                    "UPDATE sessions SET outcome = ?, week_pain = ?, global_change = ? "
                    "WHERE id = ?",
                    (Moment(moment).value, week_pain, global_change, session_id),
                )
        except sqlite3.Error as error:
            return SaveResult(False, _could_not("save", _reason(error, self.path)))
        return SaveResult(True, session_id=session_id)

    def delete_all(self) -> SaveResult:
        """Erase every session for good, and any damaged copies kept beside the file."""
        failures = []
        for copy in self.damaged_copies():
            try:
                copy.unlink()
            except OSError as error:
                failures.append(
                    translate("HistoryStore", "{path} could not be deleted ({reason})")
                    .replace("{path}", str(copy))
                    .replace("{reason}", str(error.strerror))
                )
        if self.moved_aside is not None and not self.moved_aside.exists():
            self.moved_aside = None
        if self._connection is not None:
            try:
                with self._transaction() as connection:
                    connection.execute("DELETE FROM sessions")
                    connection.execute("DELETE FROM unannounced")
                # Deleted rows linger in free pages and the WAL until these rewrite them.
                self._connection.execute("VACUUM")
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as error:
                failures.append(
                    translate("HistoryStore", "history could not be deleted ({reason})").replace(
                        "{reason}", _reason(error, self.path)
                    )
                )
        if failures:
            text = translate("HistoryStore", "Not everything was deleted: {failures}.")
            return SaveResult(False, text.replace("{failures}", "; ".join(failures)))
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
        existing = self._files()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = self._connect_for_writing()
        except NewerSchemaError as error:
            self.problem = translate(
                "HistoryStore", "History is not shown or saved: {reason}."
            ).replace("{reason}", str(error))
            return
        except (sqlite3.Error, OSError) as error:
            if isinstance(error, sqlite3.Error) and _is_corrupt(error) and not move_aside:
                self._open(move_aside=True)
                return
            self._remove_new(existing)
            self.problem = translate("HistoryStore", "History cannot be saved: {reason}.").replace(
                "{reason}", _reason(error, self.path)
            )
            self._connection = self._connect_for_reading(existing)
            return
        self._writable = True
        self.problem = None
        if move_aside and self.moved_aside is not None:
            self._salvage(self.moved_aside)

    def _salvage(self, damaged: Path) -> None:
        """Bring every session still readable in the damaged copy into the new file."""
        rows = readable_sessions(damaged)
        placeholders = ", ".join("?" for _ in range(len(COLUMNS) + 1))
        saved = 0
        with contextlib.suppress(sqlite3.Error), self._transaction() as connection:
            for row in rows:
                with contextlib.suppress(sqlite3.IntegrityError):  # a value off its range
                    connection.execute(
                        f"INSERT INTO sessions (id, {_COLUMN_LIST}) VALUES ({placeholders})", row
                    )
                    saved += 1
        self.recovered = saved

    def _reopen(self, *, move_aside: bool = False) -> None:
        self.close()
        self._open(move_aside=move_aside)

    def _connect_for_writing(self) -> sqlite3.Connection:
        if _is_empty_file(self.path):
            # SQLite would take 0 bytes for a new database and say nothing; but a
            # history file never has 0 bytes once created, so something emptied it.
            self.empty_file = True
            raise sqlite3.DatabaseError("quick_check: the file is empty (0 bytes)")
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

    def announce_interrupted(self) -> list[SessionRecord]:
        """Sessions cut short since the window last opened: left running by an app that
        died (marked interrupted now), or interrupted by one told to go. Each is
        returned once, and ``notice`` says so. Only the window calls this, when it
        opens: a store opened for another purpose, or reopened mid-session, must not
        take the announcement or mark a session still under way."""
        if self._writable:
            with contextlib.suppress(sqlite3.Error):
                self._close_interrupted()
        return self.interrupted

    def _close_interrupted(self) -> None:
        running, interrupted = Ending.RUNNING.value, Ending.INTERRUPTED.value
        with self._transaction() as connection:
            rows = connection.execute(
                f"SELECT id, {_COLUMN_LIST} FROM sessions WHERE ending = ? "
                "OR id IN (SELECT session_id FROM unannounced) ORDER BY id",
                (running,),
            ).fetchall()
            connection.execute(
                "UPDATE sessions SET ending = ? WHERE ending = ?", (interrupted, running)
            )
            connection.execute("DELETE FROM unannounced")
        self.interrupted += [record_from(row[1:], session_id=row[0]) for row in rows]

    def _connect_for_reading(self, existing: set[Path]) -> sqlite3.Connection | None:
        """Read what can be read from a folder we may not write to (no -shm possible)
        or a disk that is full."""
        if not self.path.is_file():
            return None
        for query in ("mode=ro", "mode=ro&immutable=1"):
            try:
                connection = sqlite3.connect(
                    f"{self.path.as_uri()}?{query}", uri=True, isolation_level=None
                )
                connection.execute("SELECT note FROM sessions LIMIT 1").fetchall()
            except (sqlite3.Error, ValueError):
                self._remove_new(existing)
                continue
            return connection
        return None

    def _files(self) -> set[Path]:
        """The history file and its -wal and -shm companions, those that exist."""
        names = (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
        return {name for name in names if name.exists()}

    def _remove_new(self, existing: set[Path]) -> None:
        """Remove what a failed open created (an empty file, a -wal, a 3-byte -shm on a
        full disk), so nothing stray is left and the next start is not misled.
        Files that were there before are never touched."""
        for created in self._files() - existing:
            if created == self.path and created.stat().st_size != 0:
                continue  # something was written after all: keep it
            with contextlib.suppress(OSError):
                created.unlink()

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
                f"INSERT INTO sessions ({_COLUMN_LIST}) VALUES ({_PLACEHOLDERS})", values
            )
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id


def _disk_full(folder: Path) -> bool:
    """SQLite reports a full disk as an I/O error when it cannot grow its -shm file."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        info = os.statvfs(folder)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < _FULL_BELOW_BYTES


def _is_empty_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False


def _interrupted_sentence(records: list[SessionRecord]) -> str:
    # Short: the main window shows it on one status-bar line.
    last = records[-1].summary
    # The core cannot name days and months in the UI's language (strftime is English here).
    #: A strftime format; use numbers only ("%d.%m. %H:%M"): names would stay English.
    when = last.started_at.astimezone().strftime(translate("HistoryStore", "%a %d %b %H:%M"))
    if len(records) == 1:
        text = translate(
            "HistoryStore",
            "Your last session, {routine} ({when}), was interrupted after {done} of {total} "
            "steps; what you did is kept in History.",
        )
    else:
        text = translate(
            "HistoryStore",
            "{count} sessions were interrupted, the last one ({routine}, {when}) after {done} "
            "of {total} steps; what you did is kept in History.",
        )
    return (
        text.replace("{count}", str(len(records)))
        .replace("{routine}", last.routine_title)
        .replace("{when}", when)
        .replace("{done}", str(last.steps_completed))
        .replace("{total}", str(last.steps_total))
    )


def _could_not(action: str, reason: str) -> str:
    """ "History could not be read: the disk is full." (``action``: read or save)."""
    if action == "read":
        text = translate("HistoryStore", "History could not be read: {reason}.")
    else:
        text = translate("HistoryStore", "History could not be saved: {reason}.")
    return text.replace("{reason}", reason)


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _is_corrupt(error: sqlite3.Error) -> bool:
    if _primary_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    return str(error).startswith("quick_check:")


def _reason(error: BaseException, path: Path) -> str:
    """A cause a user can act on, not SQLite's jargon."""
    full = translate("HistoryStore", "the disk is full")
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return full
    if isinstance(error, OSError):
        text = translate("HistoryStore", "{folder} could not be created or written to ({reason})")
        return text.replace("{folder}", str(path.parent)).replace("{reason}", str(error.strerror))
    code = _primary_code(error) if isinstance(error, sqlite3.Error) else None
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _disk_full(path.parent)):
        return full
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        text = translate("HistoryStore", "the folder {folder} cannot be written to")
        return text.replace("{folder}", str(path.parent))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return translate("HistoryStore", "another copy of acutimer is using the history file")
    if code == _SQLITE_IOERR:
        return translate("HistoryStore", "the disk reported an error")
    if isinstance(error, sqlite3.Error) and _is_corrupt(error):
        text = translate(
            "HistoryStore", "the history file {path} is damaged and could not be moved aside"
        )
        return text.replace("{path}", str(path))
    return str(error)
