"""The command-line commands: list, validate, timeline, import and export.

Their words go through the core's translate() (no Qt here: ``acutimer list`` in English
never imports it); ``language`` is the content language acutimer.cli_language chose
(``"de_DE"``; None for English), given to the routine and point loaders.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from acutimer import paths
from acutimer.core.catalogue import Entry, Origin, scan
from acutimer.core.errors import DataError, Problem
from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from acutimer.core.loader import ResolvedRoutine, load_routine
from acutimer.core.points import PointLibrary, load_points
from acutimer.core.routine import PhaseKind
from acutimer.core.sides import Side
from acutimer.core.timeline import Timeline, build_timeline, clock_text
from acutimer.core.translation import english_of, translations_of
from acutimer.core.yamlsource import load, read_text

# The timeline's columns: short lower-case words, one per phase kind and side, as a
# reader scans a table (the window's banner words are capitals, its spoken ones phrases).
KIND_WORDS = {
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("CommandLine", "prepare"),
    PhaseKind.PRESS: QT_TRANSLATE_NOOP("CommandLine", "press"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("CommandLine", "release"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("CommandLine", "rest"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("CommandLine", "hold"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("CommandLine", "massage"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("CommandLine", "ice"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("CommandLine", "switch"),
}
SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("CommandLine", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("CommandLine", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("CommandLine", "both"),
}


def builtin_points(language: str | None = None) -> PointLibrary:
    return load_points(paths.points_file(), language)


def catalogue(points: PointLibrary, language: str | None = None) -> list[Entry]:
    from acutimer.userdata import routine_cache, user_routines_dir

    return scan(points, paths.routines_dir(), user_routines_dir(), routine_cache(), language)


def list_routines(as_json: bool, language: str | None = None) -> int:
    """Every routine, one line each (or JSON: ids, seconds and codes; titles in the
    language, like the window's list)."""
    points = builtin_points(language)
    entries = catalogue(points, language)
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
        yours = translate(
            "CommandLine", "{line}  (yours)", "a routine the person wrote or imported"
        )
        for r in rows:
            codes = ", ".join(r["points"]) or "-"
            line = f"{r['id']:<{width}}  {clock_text(r['seconds']):>6}  {r['title']}  [{codes}]"
            print(fill(yours, line=line) if r["source"] == Origin.USER.value else line)
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
            print(fill(translate("CommandLine", "{file}: ok"), file=file))
    return 1 if failed else 0


def _is_point_library(path: Path) -> bool:
    if path.name == "points.yaml":
        return True
    try:
        data, _ = load(read_text(path), str(path))
    except DataError:
        return False
    return isinstance(data, dict) and "points" in data and "steps" not in data


def find_routine(ref: str, points: PointLibrary, language: str | None = None) -> ResolvedRoutine:
    """A routine by id (built-in or custom) or by file path, its texts in ``language``."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return load_routine(candidate, points, language=language)
    entries = catalogue(points, language)
    for entry in entries:
        if entry.id == ref:
            if entry.routine is None:
                raise DataError(list(entry.problems))
            return entry.routine
    known = ", ".join(e.id for e in entries if e.ok)
    raise DataError([_no_such(ref, known)])


def _no_such(ref: str, known: str) -> Problem:
    message = translate("CommandLine", "no routine with id or file {ref}; known ids: {known}")
    return Problem(ref, 1, 1, fill(message, ref=repr(ref), known=known))


def timeline(args: argparse.Namespace, language: str | None = None) -> int:
    points = builtin_points(language)
    routine = find_routine(args.routine, points, language)
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
    """The phases as a table a person reads: start, kind, length, where, step."""
    step_words = translate("CommandLine", "step {number}: {title}")
    round_words = translate("CommandLine", "round {round}/{rounds}")
    halfway = translate(
        "CommandLine", "halfway: {speech}", "the cue spoken halfway through a long phase"
    )
    rows = []
    for phase in timeline.phases:
        side = translate("CommandLine", SIDE_WORDS[phase.side]) if phase.side else ""
        where = " ".join(x for x in (phase.point or "", side) if x)
        rows.append((phase, translate("CommandLine", KIND_WORDS[phase.kind]), where))
    # Columns as wide as their longest word ("vorbereiten", "BL53 beidseits").
    kinds = max((len(kind) for _, kind, _ in rows), default=0)
    wheres = max((len(where) for _, _, where in rows), default=0)
    kinds, wheres = max(kinds, 8), max(wheres, 11)
    lines = [f"{timeline.title} [{timeline.routine_id}]"]
    for phase, kind, where in rows:
        step = fill(step_words, number=phase.step + 1, title=timeline.steps[phase.step].title)
        rounds = fill(round_words, round=phase.round, rounds=phase.rounds)
        lines.append(
            f"  {clock_text(phase.start):>7}  {kind:<{kinds}} {phase.seconds:>5g} s  "
            f"{where:<{wheres}} {step}  {rounds if phase.rounds > 1 else ''}".rstrip()
        )
        if phase.halfway is not None:
            middle = phase.start + phase.seconds / 2
            said = fill(halfway, speech=phase.halfway.speech)
            lines.append(f"  {clock_text(middle):>7}  {said}")
    total = translate("CommandLine", "Total {clock} ({seconds} s)")
    lines.append(fill(total, clock=clock_text(timeline.seconds), seconds=f"{timeline.seconds:g}"))
    left_out = translate(
        "CommandLine", "Left out: {point} ({title}): {reason}", "a step pregnancy mode leaves out"
    )
    for item in timeline.left_out:
        lines.append(fill(left_out, point=item.point, title=item.title, reason=item.reason))
    return "\n".join(lines)


def import_routines(files: list[Path], *, replace: bool) -> int:
    """Copy routine files into the user's folder: all of them, or none if one is broken."""
    from acutimer.routine_files import import_files
    from acutimer.userdata import user_routines_dir

    points = builtin_points()
    written = import_files(files, points, user_routines_dir(), catalogue(points), replace=replace)
    for path in written:
        print(fill(translate("CommandLine", "imported {file}"), file=path))
    return 0


def export_routine(ref: str, target: Path) -> int:
    from acutimer.routine_files import export

    routine = find_routine(ref, builtin_points())
    flattened = export(routine, target)
    if flattened:
        print(
            fill(
                translate("CommandLine", "wrote {file} (its includes are written out in it)"),
                file=target,
            )
        )
    else:
        print(fill(translate("CommandLine", "wrote {file}"), file=target))
    return 0
