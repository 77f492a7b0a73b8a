"""The session log on disk: what goes in comes back, and bad files never cost a session."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acutimer.core.summary import Ending
from acutimer.history.store import HistoryStore

from .factories import summary


def test_a_recorded_session_comes_back_whole_with_its_times_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "history.sqlite3"
    store = HistoryStore(path)
    berlin = timezone(timedelta(hours=1))
    logged = summary(datetime(2024, 3, 4, 10, 30, 15, 250000, tzinfo=berlin))
    result = store.record(logged, pain_before=6, pain_after=3, note="  stiff after driving  ")
    assert result.saved and result.session_id is not None
    store.close()

    (back,) = HistoryStore(path).sessions()
    assert back.summary == logged  # equal instants; aware datetimes compare across zones
    assert back.summary.started_at.tzinfo == UTC
    assert back.summary.started_at.hour == 9
    assert (back.pain_before, back.pain_after, back.note) == (6, 3, "stiff after driving")
    assert back.session_id == result.session_id


def test_ratings_and_note_are_optional_and_a_stopped_session_is_logged(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.record(summary(ending=Ending.STOPPED, steps=(6, 2, 1, 0)))
    (back,) = store.sessions()
    assert back.pain_before is None and back.pain_after is None and back.note == ""
    assert back.summary.ending is Ending.STOPPED
    assert (back.summary.steps_completed, back.summary.steps_skipped) == (2, 1)


def test_sessions_come_back_oldest_first(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    base = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    for days in (3, 0, 1):
        store.record(summary(base + timedelta(days=days)))
    assert [r.started_at.day for r in store.sessions()] == [4, 5, 7]


def test_the_file_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).record(summary())
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_rating_off_the_scale_is_a_programming_error_not_a_disk_one(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    with pytest.raises(ValueError, match="0 to 10"):
        store.record(summary(), pain_before=11)
    with pytest.raises(ValueError, match="time zone"):
        store.record(summary(datetime(2024, 3, 4, 9, 0)))
    assert store.sessions() == []


def test_delete_all_erases_sessions_and_damaged_copies(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list" * 50)
    store = HistoryStore(path)
    assert store.moved_aside is not None
    store.record(summary(), note="a secret note")
    assert store.delete_all().saved
    assert store.sessions() == []
    assert store.damaged_copies() == []
    assert store.moved_aside is None
    store.close()
    assert b"a secret note" not in path.read_bytes()
    # The store goes on working after a wipe.
    reopened = HistoryStore(path)
    assert reopened.record(summary()).saved
    assert len(reopened.sessions()) == 1


def test_a_full_disk_is_reported_and_the_next_session_saves_once_there_is_room(
    tmp_path: Path,
) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.record(summary())
    # SQLite's own way to run out of room: cap the file at the pages it has now.
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store._connection.execute(f"PRAGMA max_page_count = {pages}")
    result = store.record(summary(), note="x" * 500)
    for _ in range(20):  # one page may still have room; fill it
        if not result.saved:
            break
        result = store.record(summary(), note="x" * 500)
    assert not result.saved
    assert result.message == "History could not be saved: the disk is full."
    assert store.sessions()[0].summary == summary()  # earlier sessions untouched
    store._connection.execute("PRAGMA max_page_count = 1000000")
    assert store.record(summary()).saved


def test_the_after_rating_and_note_join_a_session_recorded_at_its_end(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    saved = store.record(summary(), pain_before=6)
    assert saved.saved and saved.session_id is not None
    assert store.rate_after(saved.session_id, 3, "  easier to stand  ").saved
    reopened = HistoryStore(tmp_path / "history.sqlite3")
    (record,) = reopened.sessions()
    assert (record.pain_before, record.pain_after, record.note) == (6, 3, "easier to stand")
