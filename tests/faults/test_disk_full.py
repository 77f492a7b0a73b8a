"""A disk already full when the app starts: it says so, runs the routine, leaves no litter,
and the history from before is all there once space is freed."""

from __future__ import annotations

from pathlib import Path

from .conftest import Home, SmallDisk


def _history_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_full_disk_at_launch_is_named_and_leaves_no_stray_files(
    home: Home, small_disk: SmallDisk
) -> None:
    data = {"XDG_DATA_HOME": str(small_disk.root)}
    folder = small_disk.root / "acutimer"
    first = home.start("hand-li4", "10", "4", **data)
    first.wait_for("step 2")
    assert first.process.terminate() is None and first.end() == 0
    assert _history_files(folder) == ["history.sqlite3"]
    small_disk.fill()

    app = home.start("-", "1", **data)
    notice = app.wait_for("notice: ")
    assert app.end() == 0
    assert "History cannot be saved: the disk is full." in notice
    assert _history_files(folder) == ["history.sqlite3"]  # no -shm, no -wal

    small_disk.free()
    again = home.start("-", "1", **data)
    notice = again.wait_for("notice: ")
    assert again.end() == 0
    assert "cannot be saved" not in notice and "interrupted" in notice
    rows = home.rows_at(folder / "history.sqlite3")
    assert [(r["pain_before"], r["ending"]) for r in rows] == [(4, "interrupted")]


def test_a_first_launch_on_a_full_disk_leaves_no_empty_history_behind(
    home: Home, small_disk: SmallDisk
) -> None:
    data = {"XDG_DATA_HOME": str(small_disk.root)}
    small_disk.fill()
    app = home.start("-", "1", **data)
    assert "History cannot be saved: the disk is full." in app.wait_for("notice: ")
    assert app.end() == 0
    folder = small_disk.root / "acutimer"
    assert not (folder / "history.sqlite3").exists()  # else the next start calls it damaged
    assert [p for p in _history_files(folder) if p.startswith("history")] == []

    small_disk.free()
    again = home.start("-", "1", **data)
    notice = again.wait_for("notice: ")
    assert again.end() == 0
    assert "damaged" not in notice and "cannot be saved" not in notice
