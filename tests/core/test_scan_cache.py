"""Routine files read before are not read again until they, or what they use, change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from acutimer import paths
from acutimer.core import catalogue
from acutimer.core.catalogue import Entry, scan
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.scan_cache import ScanCache
from tests.helpers.routines import ONE_STEP, routine_text, shipped_points, write

INCLUDER = """\
steps:
  - include: base.yaml
"""


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the loader really reads."""
    seen: list[str] = []
    real = catalogue.load_routine

    def counting(path: Path, *args: object, **kwargs: object) -> ResolvedRoutine:
        seen.append(path.name)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(catalogue, "load_routine", counting)
    return seen


def _scan(user: Path, cache_file: Path) -> list[Entry]:
    cache = ScanCache(cache_file, "this code")
    return scan(shipped_points(), paths.routines_dir(), user, cache)


def _summary(entries: list[Entry]) -> list[tuple[str, str, bool]]:
    return [(e.path.name, e.id, e.ok) for e in entries]


def _touch(path: Path, text: str) -> None:
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 10**9, before + 10**9))  # a coarse clock may not tick


def test_a_second_scan_reads_no_file_and_finds_the_same(tmp_path: Path, reads: list[str]) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    write(user, "one.yaml", routine_text(routine_id="one"))
    cache = tmp_path / "cache" / "routines.pickle"
    first = _scan(user, cache)
    assert "one.yaml" in reads and cache.exists()
    reads.clear()

    second = _scan(user, cache)

    assert reads == []
    assert _summary(second) == _summary(first)
    assert [e.routine for e in second] == [e.routine for e in first]


def test_a_changed_file_or_a_changed_include_is_read_again(
    tmp_path: Path, reads: list[str]
) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    base = write(user, "base.yaml", routine_text(routine_id="base"))
    write(user, "top.yaml", routine_text(INCLUDER, routine_id="top"))
    cache = tmp_path / "routines.pickle"
    _scan(user, cache)
    reads.clear()

    _touch(base, routine_text(ONE_STEP.replace("10}", "20}"), routine_id="base"))
    entries = _scan(user, cache)

    assert sorted(reads) == ["base.yaml", "top.yaml"]
    top = next(e for e in entries if e.id == "top")
    assert top.routine is not None and top.routine.blocks[0].steps[0].phases[0].seconds == 20


def test_a_broken_file_is_read_every_time(tmp_path: Path, reads: list[str]) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    write(user, "top.yaml", routine_text(INCLUDER, routine_id="top"))  # base.yaml is missing
    cache = tmp_path / "routines.pickle"
    assert not next(e for e in _scan(user, cache) if e.id == "top").ok
    write(user, "base.yaml", routine_text(routine_id="base"))  # now it is there
    reads.clear()
    assert next(e for e in _scan(user, cache) if e.id == "top").ok
    assert "top.yaml" in reads


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04K\x01."])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, reads: list[str], content: bytes) -> None:
    cache = tmp_path / "routines.pickle"
    cache.write_bytes(content)
    entries = _scan(tmp_path, cache)
    assert all(e.ok for e in entries) and len(reads) == len(entries)


def test_a_cache_from_other_code_is_not_used(tmp_path: Path, reads: list[str]) -> None:
    cache = tmp_path / "routines.pickle"
    _scan(tmp_path, cache)
    reads.clear()
    entries = scan(shipped_points(), paths.routines_dir(), tmp_path, ScanCache(cache, "other"))
    assert len(reads) == len(entries)


def test_a_translation_added_later_or_another_language_is_read_again(
    tmp_path: Path, reads: list[str]
) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    write(user, "one.yaml", routine_text(routine_id="one"))
    cache_file = tmp_path / "routines.pickle"

    def title(language: str | None) -> str:
        cache = ScanCache(cache_file, "this code")
        entries = scan(shipped_points(), paths.routines_dir(), user, cache, language)
        return next(e.title for e in entries if e.id == "one")

    assert title("de") == "A test routine"
    reads.clear()
    write(user, "one.de.yaml", "title: Eine Übung\n")
    assert title("de") == "Eine Übung" and reads == ["one.yaml"]
    reads.clear()
    assert title("de") == "Eine Übung" and reads == []
    assert title(None) == "A test routine" and "one.yaml" in reads
