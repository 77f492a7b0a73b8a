"""The user's routine files: import, export, save and delete, for the command line and
the window alike. Nothing here imports widgets; the caller asks the questions.

Every file is checked by the loader (``load_routine_text``) as it will stand in the
user's folder before a byte is written, and written atomically, so a half-written or
broken file never reaches the picker.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from acutimer.core.catalogue import Entry, Origin
from acutimer.core.errors import DataError, Problem, problem_at_start
from acutimer.core.i18n import translate
from acutimer.core.loader import ResolvedRoutine, load_routine, load_routine_text, shown
from acutimer.core.points import PointLibrary
from acutimer.core.routine_doc import flatten, to_yaml
from acutimer.core.yamlsource import read_text

DELETED = "deleted"
"""Subfolder of the user's routines that deleted files are moved to (never read)."""


@dataclass(frozen=True)
class Checked:
    """A routine file that passed every check, and the text the user's folder will get."""

    source: Path
    text: str
    routine: ResolvedRoutine
    flattened: bool
    """Its includes were replaced by their steps (the copy must stand on its own)."""

    @property
    def id(self) -> str:
        return self.routine.id


def self_contained(resolved: ResolvedRoutine) -> tuple[str, bool]:
    """The routine as one file, in the words it was read in: its own text if it includes
    nothing and was not translated (comments kept), else a flattened copy (a copy of a
    built-in routine customised in German is German). The bool says whether it was
    flattened."""
    if not resolved.includes and not resolved.translated:
        return read_text(resolved.path), False
    return to_yaml(flatten(resolved)), True


def check_import(path: Path, points: PointLibrary, user_dir: Path) -> Checked:
    """``path`` checked as a routine to copy into ``user_dir``; DataError lists every
    problem with its line and column."""
    resolved = load_routine(path, points)
    text, flattened = self_contained(resolved)
    name = shown(path)
    routine = load_routine_text(text, user_dir / path.name, points, user_dir, name=name)
    return Checked(path, text, routine, flattened)


def clash(checked: Checked, entries: list[Entry]) -> Entry | None:
    """The catalogued routine that has the same id, if any."""
    return next((e for e in entries if e.ok and e.id == checked.id), None)


def builtin_clash(checked: Checked, entries: list[Entry]) -> Problem | None:
    """A built-in routine is never replaced: a clash with one is a problem of the file."""
    other = clash(checked, entries)
    if other is None or other.source is not Origin.BUILTIN:
        return None
    return problem_at_start(
        shown(checked.source),
        translate(
            "RoutineFiles",
            "the built-in routine '{title}' has the id '{id}'; give yours another id "
            "(the line 'id:')",
        )
        .replace("{title}", other.title)
        .replace("{id}", checked.id),
    )


def install(checked: Checked, user_dir: Path, replacing: Entry | None = None) -> Path:
    """Write ``checked`` into ``user_dir`` as ``<id>.yaml``; ``replacing`` (a routine of
    the user's with the same id) is moved to the deleted folder. The new file's path."""
    user_dir.mkdir(parents=True, exist_ok=True)
    ensure_schema(user_dir)
    keep = replacing.path if replacing is not None and replacing.source is Origin.USER else None
    target = free_name(user_dir, checked.id, allow=keep)
    if keep is not None and keep != target:
        move_to_deleted(keep, user_dir)
    write_atomically(target, checked.text)
    return target


def free_name(folder: Path, routine_id: str, allow: Path | None = None) -> Path:
    """``<id>.yaml`` in ``folder``, or ``<id>-2.yaml``... if another file has that name
    (a broken file of the user's is never overwritten)."""
    for n in range(1, 1000):
        name = f"{routine_id}.yaml" if n == 1 else f"{routine_id}-{n}.yaml"
        path = folder / name
        if not path.exists() or (allow is not None and path.resolve() == allow.resolve()):
            return path
    raise DataError(
        [problem_at_start(folder, translate("RoutineFiles", "too many files with the same name"))]
    )


def write_atomically(path: Path, text: str) -> None:
    """Write all of ``text`` or nothing: a crash never leaves half a routine."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".saving-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def ensure_schema(user_dir: Path) -> None:
    """Put the JSON Schema beside the user's routines, where their schema comment
    (``schema/routine.schema.json``) points, so a text editor checks them too."""
    from acutimer.core.schema import export

    folder = user_dir / "schema"
    folder.mkdir(exist_ok=True)
    for name, text in export().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_atomically(path, text)


def move_to_deleted(path: Path, user_dir: Path) -> Path:
    """Move a user's routine file out of the picker's sight, but not out of existence."""
    folder = user_dir / DELETED
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    n = 2
    while target.exists():
        target = folder / f"{path.stem}-{n}{path.suffix}"
        n += 1
    path.replace(target)
    return target


def delete(entry: Entry, user_dir: Path) -> Path:
    """Delete one of the user's routines (moved to ``deleted/``); built-ins never."""
    if entry.source is not Origin.USER:
        raise DataError(
            [
                problem_at_start(
                    entry.path, translate("RoutineFiles", "built-in routines cannot be deleted")
                )
            ]
        )
    return move_to_deleted(entry.path, user_dir)


def export(resolved: ResolvedRoutine, target: Path) -> bool:
    """Write ``resolved`` to ``target`` as one file another acutimer imports as it is.
    True if its includes were flattened into it."""
    text, flattened = self_contained(resolved)
    try:
        write_atomically(target, text)
    except OSError as exc:
        message = translate("RoutineFiles", "cannot write the file: {reason}").replace(
            "{reason}", str(exc.strerror)
        )
        raise DataError([problem_at_start(shown(target), message)]) from None
    return flattened


def import_files(
    files: list[Path],
    points: PointLibrary,
    user_dir: Path,
    entries: list[Entry],
    *,
    replace: bool = False,
) -> list[Path]:
    """Check every file, then copy them all, or none if any has a problem (DataError
    with all of them). A routine of the user's with the same id is replaced only with
    ``replace``."""
    problems: list[Problem] = []
    checked: list[Checked] = []
    for path in files:
        try:
            item = check_import(path, points, user_dir)
        except DataError as exc:
            problems += exc.problems
            continue
        if (problem := builtin_clash(item, entries)) is not None:
            problems.append(problem)
        elif (other := clash(item, entries)) is not None and not replace:
            problems.append(
                problem_at_start(
                    shown(path),
                    f"you already have a routine with the id {item.id!r} ({other.path}); "
                    "use --replace to replace it",
                )
            )
        elif any(c.id == item.id for c in checked):
            problems.append(
                problem_at_start(
                    shown(path),
                    translate("RoutineFiles", "two files have the id '{id}'").replace(
                        "{id}", item.id
                    ),
                )
            )
        checked.append(item)
    if problems:
        raise DataError(problems)
    return [install(item, user_dir, clash(item, entries)) for item in checked]
