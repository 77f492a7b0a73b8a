"""The command-line commands: list, validate, timeline, import and export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from acutimer import paths
from acutimer.core.catalogue import Entry, Origin, scan
from acutimer.core.errors import DataError, Problem
from acutimer.core.loader import ResolvedRoutine, load_routine
from acutimer.core.points import PointLibrary, load_points
from acutimer.core.sides import Side
from acutimer.core.timeline import Timeline, build_timeline, clock_text
from acutimer.core.translation import english_of, translations_of
from acutimer.core.yamlsource import load, read_text


def builtin_points() -> PointLibrary:
    return load_points(paths.points_file())


def catalogue(points: PointLibrary) -> list[Entry]:
    from acutimer.userdata import routine_cache, user_routines_dir

    return scan(points, paths.routines_dir(), user_routines_dir(), routine_cache())


def list_routines(as_json: bool) -> int:
    points = builtin_points()
    entries = catalogue(points)
    rows: list[dict[str, Any]] = []
    for entry in entries:
        if entry.routine is None:
            for problem in entry.problems:
                print(problem, file=sys.stderr)
            continue
        timeline = build_timeline(entry.routine, points)
        rows.append(
            {
                "id": entry.id,
                "title": entry.title,
                "seconds": timeline.seconds,
                "points": entry.routine.point_codes(),
                "source": entry.source.value,
                "path": str(entry.path),
            }
        )
    if as_json:
        print(json.dumps(rows, indent=2))
    else:
        width = max((len(r["id"]) for r in rows), default=0)
        for r in rows:
            codes = ", ".join(r["points"]) or "-"
            print(
                f"{r['id']:<{width}}  {clock_text(r['seconds']):>6}  {r['title']}  [{codes}]"
                + ("  (yours)" if r["source"] == Origin.USER.value else "")
            )
    return 0


def validate(targets: list[Path]) -> int:
    """Check each file; a routine or point library is checked with every translation
    beside it (``hand.de.yaml``), and a translation named alone against its English."""
    points: PointLibrary | None = None
    failed = False
    checked: set[Path] = set()
    for target in targets:
        files = [target] if english_of(target) else [target, *translations_of(target)]
        for file in files:
            if file.resolve() in checked:
                continue
            checked.add(file.resolve())
            english = english_of(file)
            source = english or file
            language = file.stem.rpartition(".")[2] if english else None
            try:
                if _is_point_library(source):
                    load_points(source, language)
                else:
                    if points is None:
                        points = builtin_points()
                    load_routine(source, points, language=language)
            except DataError as exc:
                failed = True
                for problem in exc.problems:
                    print(problem)
                continue
            print(f"{file}: ok")
    return 1 if failed else 0


def _is_point_library(path: Path) -> bool:
    if path.name == "points.yaml":
        return True
    try:
        data, _ = load(read_text(path), str(path))
    except DataError:
        return False
    return isinstance(data, dict) and "points" in data and "steps" not in data


def find_routine(ref: str, points: PointLibrary) -> ResolvedRoutine:
    """A routine by id (built-in or custom) or by file path."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return load_routine(candidate, points)
    for entry in catalogue(points):
        if entry.id == ref:
            if entry.routine is None:
                raise DataError(list(entry.problems))
            return entry.routine
    known = ", ".join(e.id for e in catalogue(points) if e.ok)
    raise DataError([_no_such(ref, known)])


def _no_such(ref: str, known: str) -> Problem:
    return Problem(ref, 1, 1, f"no routine with id or file {ref!r}; known ids: {known}")


def timeline(args: argparse.Namespace) -> int:
    points = builtin_points()
    routine = find_routine(args.routine, points)
    first_side = Side(args.first_side) if args.first_side else None
    if first_side is None:
        from acutimer.qt.settings import Settings

        first_side = Settings().first_side
    timeline = build_timeline(
        routine,
        points,
        first_side=first_side,
        pregnancy_safe=args.pregnancy,
        leave_out_cautions=args.pregnancy and args.leave_out_cautions,
    )
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2))
    else:
        print(format_timeline(timeline))
    return 0


def format_timeline(timeline: Timeline) -> str:
    lines = [f"{timeline.title} [{timeline.routine_id}]"]
    for phase in timeline.phases:
        side = phase.side.value if phase.side else ""
        where = " ".join(x for x in (phase.point or "", side) if x)
        rounds = f"round {phase.round}/{phase.rounds}" if phase.rounds > 1 else ""
        step = timeline.steps[phase.step]
        lines.append(
            f"  {clock_text(phase.start):>7}  {phase.kind.value:<8} {phase.seconds:>5g} s  "
            f"{where:<11} step {phase.step + 1}: {step.title}  {rounds}".rstrip()
        )
        if phase.halfway is not None:
            middle = phase.start + phase.seconds / 2
            lines.append(f"  {clock_text(middle):>7}  halfway: {phase.halfway.speech}")
    lines.append(f"Total {clock_text(timeline.seconds)} ({timeline.seconds:g} s)")
    for item in timeline.left_out:
        lines.append(f"Left out: {item.point} ({item.title}): {item.reason}")
    return "\n".join(lines)


def import_routines(files: list[Path], *, replace: bool) -> int:
    """Copy routine files into the user's folder: all of them, or none if one is broken."""
    from acutimer.routine_files import import_files
    from acutimer.userdata import user_routines_dir

    points = builtin_points()
    written = import_files(files, points, user_routines_dir(), catalogue(points), replace=replace)
    for path in written:
        print(f"imported {path}")
    return 0


def export_routine(ref: str, target: Path) -> int:
    from acutimer.routine_files import export

    routine = find_routine(ref, builtin_points())
    flattened = export(routine, target)
    print(f"wrote {target}" + (" (its includes are written out in it)" if flattened else ""))
    return 0
