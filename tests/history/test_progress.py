"""A session is logged when it starts and kept up to date, so nothing done is lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from acutimer.core.summary import Ending
from acutimer.history.store import HistoryStore

from .factories import summary

RUNNING = summary(ending=Ending.RUNNING, steps=(6, 0, 0, 0))


def test_a_session_is_one_row_from_its_start_to_its_end(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    first = store.save_progress(None, RUNNING, pain_before=6)
    assert first.saved
    (row,) = store.sessions()
    assert row.summary.ending is Ending.RUNNING and row.pain_before == 6

    later = replace(RUNNING, steps_completed=3, active_seconds=200.0)
    assert store.save_progress(first.session_id, later, 6).session_id == first.session_id
    final = replace(later, steps_completed=6, ending=Ending.FINISHED)
    assert store.save_progress(first.session_id, final, 6).saved

    (row,) = store.sessions()
    assert row.summary == final and row.pain_before == 6


def test_a_session_left_running_is_interrupted_at_the_next_open_and_said_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    done = replace(RUNNING, steps_completed=2)
    store.save_progress(store.save_progress(None, RUNNING, 4).session_id, done, 4)
    store.close()  # as if the process died here

    store = HistoryStore(path)
    (told,) = store.announce_interrupted()
    (row,) = store.sessions()
    assert told.session_id == row.session_id
    assert row.summary.ending is Ending.INTERRUPTED
    assert (row.summary.steps_completed, row.pain_before) == (2, 4)
    assert store.notice is not None and "Lower back" in store.notice
    assert "was interrupted after 2 of 6 steps" in store.notice
    store.close()
    again = HistoryStore(path)
    assert again.announce_interrupted() == [] and again.notice is None


def test_a_store_opened_for_something_else_takes_no_announcement(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    store.save_progress(None, RUNNING, 4)
    store.close()
    other = HistoryStore(path)  # as the reminders open it, before the window does
    assert other.sessions()[0].summary.ending is Ending.RUNNING and other.notice is None
    other.close()
    assert len(HistoryStore(path).announce_interrupted()) == 1


def test_an_interrupted_ending_is_said_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    started = store.save_progress(None, RUNNING, None)
    cut = replace(RUNNING, steps_completed=1, ending=Ending.INTERRUPTED)
    assert store.save_progress(started.session_id, cut, None).saved
    assert store.notice is None  # not while this app is still running
    store.close()
    store = HistoryStore(path)
    assert len(store.announce_interrupted()) == 1
    assert store.notice is not None and "after 1 of 6 steps" in store.notice
    assert store.sessions()[0].summary.ending is Ending.INTERRUPTED


def test_this_apps_own_session_survives_a_reopen_of_the_store(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    started = store.save_progress(None, RUNNING, 5)
    store._reopen()  # as after a disk problem cleared up
    assert store.interrupted == []
    assert HistoryStore(tmp_path / "h.sqlite3").sessions()[0].summary.ending is Ending.RUNNING
    finished = replace(RUNNING, steps_completed=6, ending=Ending.FINISHED)
    assert store.save_progress(started.session_id, finished, 5).saved
    (row,) = store.sessions()
    assert row.summary.ending is Ending.FINISHED and row.pain_before == 5


def test_a_row_lost_meanwhile_is_written_anew_with_its_rating(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    started = store.save_progress(None, RUNNING, 5)
    store.delete_all()
    result = store.save_progress(started.session_id, replace(RUNNING, steps_completed=1), 5)
    assert result.saved
    (row,) = store.sessions()
    assert (row.summary.steps_completed, row.pain_before) == (1, 5)


def test_steps_under_way_skip_the_fsync_and_the_end_does_not(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    assert store._connection is not None
    modes: list[int] = []
    started = store.save_progress(None, RUNNING, 5)
    store._connection.set_trace_callback(
        lambda sql: modes.append(sql) if sql.startswith(("PRAGMA synchronous", "UPDATE")) else None
    )
    store.save_progress(started.session_id, replace(RUNNING, steps_completed=1), 5)
    store.save_progress(started.session_id, replace(RUNNING, ending=Ending.FINISHED), 5)
    kinds = [m.split()[0] if m.startswith("UPDATE") else m for m in modes]
    assert kinds == [
        "PRAGMA synchronous = NORMAL",
        "UPDATE",
        "PRAGMA synchronous = FULL",
        "UPDATE",
    ]
    assert store._connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
