"""The catalogue: every routine in the built-in folder and the user's own folder."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from acutimer.core.errors import DataError, FileProblems, Problem
from acutimer.core.i18n import fill
from acutimer.core.loader import POINTS_FILE, ResolvedRoutine, load_routine
from acutimer.core.points import PointLibrary
from acutimer.core.scan_cache import ScanCache
from acutimer.core.translation import english_of


class Origin(enum.StrEnum):
    """Where a routine file comes from: shipped with the app, or the user's own folder."""

    BUILTIN = "builtin"
    USER = "user"


@dataclass(frozen=True)
class Entry:
    """A routine file as the catalogue saw it: loaded, or with the problems that stop it."""

    path: Path
    source: Origin
    routine: ResolvedRoutine | None
    problems: tuple[Problem, ...] = ()

    @property
    def id(self) -> str:
        return self.routine.id if self.routine else self.path.stem

    @property
    def title(self) -> str:
        return self.routine.title if self.routine else self.path.name

    @property
    def ok(self) -> bool:
        return self.routine is not None


def routine_files(folder: Path) -> list[Path]:
    """Every ``*.yaml`` name in ``folder`` but the point library and translations
    (``hand.de.yaml`` beside ``hand.yaml``): files, and also what only looks like one (a
    folder, a FIFO, a link to a device or to nowhere), which the loader then reports as
    broken with the reason instead of skipping it unseen."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.glob("*.yaml") if p.name != POINTS_FILE and english_of(p) is None
    )


def scan(
    points: PointLibrary,
    builtin: Path,
    user: Path | None = None,
    cache: ScanCache | None = None,
    language: str | None = None,
) -> list[Entry]:
    """Every routine in the built-in folder and the user's folder; a bad file never stops
    the others from loading, it comes back as an Entry with its problems. Texts are in
    ``language`` where a routine has a translation for it (else English).

    With a ``cache``, files unchanged since it was saved are not read again (and the
    cache is saved with what this scan read)."""
    entries: list[Entry] = []
    sources = ((builtin, Origin.BUILTIN), (user, Origin.USER))
    seen: dict[str, Entry] = {}
    listed: list[Path] = []
    for folder, kind in sources:
        if folder is None:
            continue
        for path in routine_files(folder):
            listed.append(path)
            resolved = cache.get(path, language) if cache is not None else None
            if resolved is None:
                try:
                    resolved = load_routine(path, points, folder, language)
                except DataError as exc:
                    entries.append(Entry(path, kind, None, tuple(exc.problems)))
                    continue
                if cache is not None:
                    cache.put(path, resolved, language)
            if resolved.id in seen:
                other = seen[resolved.id].path
                message = FileProblems.tr("id {id} is already used by {file}")
                problem = Problem(str(path), 1, 1, fill(message, id=repr(resolved.id), file=other))
                entries.append(Entry(path, kind, None, (problem,)))
                continue
            entry = Entry(path, kind, resolved)
            seen[resolved.id] = entry
            entries.append(entry)
    if cache is not None:
        if user is not None:  # a scan of the built-in folder alone is not the whole list
            cache.keep_only(listed)
        cache.save()
    return entries
