"""Routine files already read, kept between runs: a file is read again only when it,
a file it includes, a translation of either (added, changed or removed), the language,
the point library or acutimer itself has changed.

Reading 500 custom routines takes most of a second; unpickling them takes a few
milliseconds. A file is known by its path, size and modification time (in
nanoseconds), and so is each file it includes. Only files that loaded cleanly are
kept: a broken one may depend on a file that does not exist yet, so it is read
every time. The cache lives in the user's own cache folder and is rebuilt from
scratch whenever it cannot be read or was written for other code or points.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from acutimer.core.loader import ResolvedRoutine

CACHE_FORMAT = 2

Stamp = tuple[tuple[str, int, int], ...]


def stamp(paths: list[Path], maybe: tuple[Path, ...] = ()) -> Stamp | None:
    """What a set of files looks like on disk now; None if one of ``paths`` cannot be
    seen. Files in ``maybe`` (translations looked for) may be absent, and that is noted."""
    result = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            return None
        result.append((str(path), info.st_size, info.st_mtime_ns))
    for path in maybe:
        try:
            info = path.stat()
        except OSError:
            result.append((str(path), -1, -1))
        else:
            result.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(result)


def code_fingerprint(points_file: Path) -> str:
    """Ties the cache to this acutimer's code and to the point library on disk."""
    from acutimer import __version__

    core = Path(__file__).parent
    code = stamp(sorted(core.glob("*.py"))) or ()
    points = stamp([points_file]) or ()
    return repr((CACHE_FORMAT, __version__, code, points))


class ScanCache:
    """Loaded routines by file; ``get`` answers only while every file it read (or looked
    for) is unchanged and for the language it was read in."""

    def __init__(self, file: Path | None, fingerprint: str) -> None:
        self.file = file
        self.fingerprint = fingerprint
        self._entries: dict[str, tuple[str | None, Stamp, ResolvedRoutine]] = {}
        self._changed = False
        self._lock = threading.Lock()  # the window scans in a background thread
        if file is not None:
            self._entries = _read(file, fingerprint)

    def get(self, path: Path, language: str | None = None) -> ResolvedRoutine | None:
        with self._lock:
            kept = self._entries.get(str(path))
        if kept is None:
            return None
        read_in, recorded, routine = kept
        if read_in != language or _stamp_of(path, routine) != recorded:
            return None
        return routine

    def put(self, path: Path, routine: ResolvedRoutine, language: str | None = None) -> None:
        now = _stamp_of(path, routine)
        if now is not None:
            with self._lock:
                self._entries[str(path)] = (language, now, routine)
                self._changed = True

    def keep_only(self, paths: list[Path]) -> None:
        """Forget files that are gone, so the cache does not grow for ever."""
        wanted = {str(p) for p in paths}
        with self._lock:
            for gone in [p for p in self._entries if p not in wanted]:
                del self._entries[gone]
                self._changed = True

    def save(self) -> None:
        """Write the cache if anything changed; a cache that cannot be written is skipped."""
        if self.file is None or not self._changed:
            return
        partial = self.file.with_name(f"{self.file.name}.{os.getpid()}.partial")
        with self._lock:
            data = pickle.dumps((self.fingerprint, self._entries))
            self._changed = False
        with contextlib.suppress(OSError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            partial.replace(self.file)  # readers see the old file or the new, never half
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _stamp_of(path: Path, routine: ResolvedRoutine) -> Stamp | None:
    return stamp([path, *routine.includes], routine.translations)


def _read(file: Path, fingerprint: str) -> dict[str, Any]:
    try:
        found, entries = pickle.loads(file.read_bytes())
    except Exception:
        return {}
    return entries if found == fingerprint and isinstance(entries, dict) else {}
