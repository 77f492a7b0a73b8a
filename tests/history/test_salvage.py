"""A damaged history file gives back every session SQLite can still read from it."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acutimer.history import salvage
from acutimer.history.store import HistoryStore

from .factories import summary

SESSIONS = 200
BASE = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def _history(path: Path, count: int = SESSIONS) -> None:
    store = HistoryStore(path)
    for number in range(count):
        store.record(summary(BASE + timedelta(hours=number)), number % 11, 2, f"note {number}")
    store.close()


def _dd(path: Path, offset: int, count: int, seed: int) -> None:
    """Write ``count`` random bytes at ``offset`` with dd, as the fault run did."""
    noise = path.with_name("noise.bin")
    noise.write_bytes(random.Random(seed).randbytes(count))
    subprocess.run(
        [
            "dd",
            f"if={noise}",
            f"of={path}",
            "bs=1",
            f"seek={offset}",
            "conv=notrunc",
            "status=none",
        ],
        check=True,
    )


def _readable_ids(path: Path) -> set[int]:
    """What an independent reader still gets from the damaged file, id by id."""
    copy = path.with_name("reference.sqlite3")
    shutil.copyfile(path, copy)
    connection = sqlite3.connect(copy)
    found = set()
    for session_id in range(1, SESSIONS + 1):
        try:
            if connection.execute(
                "SELECT note FROM sessions WHERE id = ?", (session_id,)
            ).fetchone() == (f"note {session_id - 1}",):
                found.add(session_id)
        except sqlite3.DatabaseError:
            continue
    connection.close()
    return found


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_mid_file_lose_only_what_cannot_be_read(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "history.sqlite3"
    _history(path)
    _dd(path, path.stat().st_size // 2, 3000, seed)
    damaged = path.read_bytes()
    readable = _readable_ids(path)

    store = HistoryStore(path)

    assert store.moved_aside == tmp_path / "history.damaged-1.sqlite3"
    assert store.moved_aside.read_bytes() == damaged  # kept exactly as it was
    back = store.sessions()
    ids = {r.session_id for r in back}
    assert readable <= ids  # everything a reader can still get is back
    for record in back:  # and each one whole, under its own id
        number = record.session_id - 1
        assert record.note == f"note {number}" and record.pain_before == number % 11
        assert record.started_at == BASE + timedelta(hours=number)
    assert store.recovered == len(back) > 0
    assert f"{len(back)} sessions were recovered" in (store.notice or "")
    assert str(store.moved_aside) in (store.notice or "")
    assert store.record(summary()).saved


def test_without_the_sqlite3_command_rows_are_read_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(salvage.shutil, "which", lambda _name: None)
    path = tmp_path / "history.sqlite3"
    _history(path)
    _dd(path, path.stat().st_size // 2, 3000, 7)
    readable = _readable_ids(path)

    store = HistoryStore(path)

    assert readable <= {r.session_id for r in store.sessions()}
    assert store.recovered >= len(readable) > 0


def test_a_zero_byte_file_is_damaged_and_said_not_replaced_silently(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")

    store = HistoryStore(path)

    kept = tmp_path / "history.damaged-1.sqlite3"
    assert store.moved_aside == kept and kept.exists() and kept.stat().st_size == 0
    assert store.notice == (
        "Your history file was empty (0 bytes), so no session could be read from it. "
        f"It has been kept at {kept}, and a new history was started."
    )
    assert store.writable and store.record(summary()).saved


def test_a_file_with_nothing_readable_says_so(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    store = HistoryStore(path)
    assert store.recovered == 0 and store.sessions() == []
    assert "no session could be read from it" in (store.notice or "")
