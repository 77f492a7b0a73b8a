"""Crashes, damaged files and unwritable folders never cost more than one session."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from acutimer.history.store import HistoryStore

from .factories import summary

REPO = Path(__file__).resolve().parents[2]


def _writer(path: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.history.writer_child", str(path), mode],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()


def _assert_healthy_with(path: Path, saved: int) -> None:
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = HistoryStore(path)
    assert store.moved_aside is None and store.writable
    sessions = store.sessions()
    assert [r.session_id for r in sessions[:saved]] == list(range(1, saved + 1))
    assert all(r.pain_before == 5 and r.note == "n" * 300 for r in sessions)
    assert store.record(summary()).saved


@pytest.mark.parametrize("where", ["insert", "commit"])
def test_sigkill_in_the_middle_of_a_write_keeps_every_earlier_session(
    tmp_path: Path, where: str
) -> None:
    path = tmp_path / "history.sqlite3"
    process = _writer(path, where)
    assert process.stdout is not None
    lines = [process.stdout.readline().strip() for _ in range(6)]
    assert lines == [f"saved {n}" for n in range(1, 6)] + ["paused"]
    _kill(process)

    _assert_healthy_with(path, saved=5)
    assert len(HistoryStore(path).sessions()) == 6  # the five, and the one just added


@pytest.mark.parametrize("after", [1, 7, 40])
def test_sigkill_while_writing_continuously_keeps_every_committed_session(
    tmp_path: Path, after: int
) -> None:
    path = tmp_path / "history.sqlite3"
    process = _writer(path, "loop")
    assert process.stdout is not None
    for number in range(1, after + 1):
        assert process.stdout.readline().strip() == f"saved {number}"
    _kill(process)  # the child is somewhere inside its next record()

    _assert_healthy_with(path, saved=after)


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_new_one_started(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"\x00\x01 definitely not SQLite \xff" * 200
    path.write_bytes(garbage)

    store = HistoryStore(path)

    kept = tmp_path / "history.damaged-1.sqlite3"
    assert store.moved_aside == kept
    assert kept.read_bytes() == garbage
    assert store.notice is not None and str(kept) in store.notice
    assert store.writable and store.record(summary()).saved
    assert len(store.sessions()) == 1


def test_a_database_with_damaged_pages_is_kept_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path)
    for _ in range(30):
        store.record(summary(), note="x" * 400)
    store.close()
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[page_size * 2 : page_size * 3] = b"\xde\xad" * (page_size // 2)  # a table page
    path.write_bytes(bytes(data))

    store = HistoryStore(path)

    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == bytes(data)
    # Whatever SQLite can still read is back (tests/history/test_salvage.py).
    recovered = store.sessions()
    assert 0 < store.recovered == len(recovered) <= 30
    assert store.record(summary()).saved


def test_a_second_damaged_file_does_not_overwrite_the_first(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"first bad file" * 100)
    HistoryStore(path).close()
    path.write_bytes(b"second bad file" * 100)
    store = HistoryStore(path)
    assert store.moved_aside == tmp_path / "history.damaged-2.sqlite3"
    assert (tmp_path / "history.damaged-1.sqlite3").read_bytes() == b"first bad file" * 100
    assert store.damaged_copies() == [
        tmp_path / "history.damaged-1.sqlite3",
        tmp_path / "history.damaged-2.sqlite3",
    ]


# -- a folder the user cannot write to ----------------------------------------------

_READ_ONLY_CHILD = """
import json, os, sys
from pathlib import Path
from acutimer.history.store import HistoryStore
from tests.history.factories import summary
if os.geteuid() == 0:  # root writes anywhere: become nobody, after every import
    os.setgid(65534)
    os.setuid(65534)
store = HistoryStore(Path(sys.argv[1]))
result = store.record(summary(), pain_before=4)
print(json.dumps({"saved": result.saved, "message": result.message,
                  "notice": store.notice, "sessions": len(store.sessions())}))
"""


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder the test's child process can read but not write.

    As root, permissions do not bind, so the child drops to ``nobody`` and the
    folder is root's own (0755), somewhere nobody can reach (not under pytest's
    private tmp). Otherwise the folder is simply made read-only.
    """
    folder = Path(tempfile.mkdtemp(prefix="acutimer-readonly-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _in_read_only(folder: Path, path: Path) -> dict[str, object]:
    if os.geteuid() != 0:
        folder.chmod(0o555)
    out = subprocess.run(
        [sys.executable, "-c", _READ_ONLY_CHILD, str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return json.loads(out)


def test_a_read_only_folder_without_history_stops_nothing_and_says_why(
    read_only_folder: Path,
) -> None:
    answer = _in_read_only(read_only_folder, read_only_folder / "acutimer" / "history.sqlite3")
    assert answer["saved"] is False
    assert answer["sessions"] == 0
    assert str(answer["message"]).startswith("History cannot be saved: ")
    assert str(read_only_folder) in str(answer["message"])


def test_a_read_only_folder_with_history_still_shows_it(read_only_folder: Path) -> None:
    path = read_only_folder / "history.sqlite3"
    store = HistoryStore(path)
    store.record(summary())
    store.record(summary())
    store.close()
    path.chmod(0o644)

    answer = _in_read_only(read_only_folder, path)

    assert answer["saved"] is False
    assert answer["sessions"] == 2
    assert answer["message"] == (
        f"History cannot be saved: the folder {read_only_folder} cannot be written to."
    )
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["history.sqlite3"]
