"""Loading routine files: checking them against the point library, resolving includes,
and the catalogue of built-in and custom routines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from acutimer.core.errors import DataError, Problem
from acutimer.core.model import KeyPath
from acutimer.core.points import PointLibrary
from acutimer.core.routine import (
    MAX_ICE_SECONDS,
    MAX_ROUTINE_SECONDS,
    EachSide,
    Include,
    PhaseKind,
    Routine,
    StepSpec,
)
from acutimer.core.sides import StepSide
from acutimer.core.validation import validate
from acutimer.core.yamlsource import SourceMap, load, read_text

POINTS_FILE = "points.yaml"
MAX_INCLUDE_DEPTH = 8


@dataclass(frozen=True)
class Block:
    """Steps done once (``each_side`` False) or on one side and then the other."""

    steps: tuple[StepSpec, ...]
    each_side: bool
    switch_seconds: float
    origin: Path | None = None
    """The routine file the steps come from (an included one for an include)."""


@dataclass(frozen=True)
class ResolvedRoutine:
    """A routine with its includes expanded into blocks, ready for the timeline."""

    routine: Routine
    path: Path
    blocks: tuple[Block, ...]
    cautions: tuple[str, ...]
    includes: tuple[Path, ...] = ()

    @property
    def id(self) -> str:
        return self.routine.id

    @property
    def title(self) -> str:
        return self.routine.title

    def point_codes(self) -> list[str]:
        codes: list[str] = []
        for block in self.blocks:
            for step in block.steps:
                if step.point and step.point not in codes:
                    codes.append(step.point)
        return codes


def block_seconds(block: Block) -> float:
    once = sum(sum(p.seconds for p in s.phases) * s.rounds for s in block.steps)
    return once * 2 + block.switch_seconds if block.each_side else once


def shown(path: Path) -> str:
    """How a file is named in messages: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_routine(path: Path, points: PointLibrary, root: Path | None = None) -> ResolvedRoutine:
    """Load ``path`` and everything it includes; DataError lists every problem found.

    ``root`` is the folder includes may not leave (default: the file's own folder).
    """
    name = shown(path)
    path = path.resolve()
    root = (root or path.parent).resolve()
    return _Loader(points, root).load(path, (), name)


class _IceRun:
    """Ice phases back to back, across rounds and steps: 20 minutes at most in all."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.longest = 0.0
        self.reported = False

    def too_long_after(self, blocks: list[Block]) -> bool:
        """Feed the blocks just added; True the first time the run passes 20 minutes."""
        for block in blocks:
            for _side in range(2 if block.each_side else 1):
                for step in block.steps:
                    for spec in step.phases * step.rounds:
                        self.seconds = (
                            self.seconds + spec.seconds if spec.kind is PhaseKind.ICE else 0.0
                        )
                        self.longest = max(self.longest, self.seconds)
        if self.longest > MAX_ICE_SECONDS and not self.reported:
            self.reported = True
            return True
        return False


@dataclass
class _Loader:
    points: PointLibrary
    root: Path

    def load(self, path: Path, chain: tuple[Path, ...], name: str = "") -> ResolvedRoutine:
        name = name or shown(path)
        data, source = load(read_text(path, name), name)
        try:
            routine = validate(Routine, data, source)
        except DataError as exc:
            # Report unknown points too, so the author fixes the file in one go.
            raise DataError(exc.problems + self._raw_point_problems(data, source)) from None
        blocks: list[Block] = []
        cautions: list[str] = list(routine.cautions)
        includes: list[Path] = []
        problems: list[Problem] = []
        ice = _IceRun()
        for index, item in enumerate(routine.steps):
            where = ("steps", index)
            ice_before = len(blocks)
            if isinstance(item, StepSpec):
                problems += self._check_point(item, (*where, "point"), source)
                blocks.append(
                    Block(
                        (item,), item.effective_side is StepSide.EACH, routine.switch_seconds, path
                    )
                )
            elif isinstance(item, EachSide):
                for j, step in enumerate(item.each_side.steps):
                    problems += self._check_point(
                        step, (*where, "each_side", "steps", j, "point"), source
                    )
                steps = tuple(item.each_side.steps)
                blocks.append(Block(steps, True, routine.switch_seconds, path))
            elif isinstance(item, Include):
                try:
                    included = self._include(item, (*where, "include"), source, (*chain, path))
                except DataError as exc:
                    problems += exc.problems
                    continue
                blocks += included.blocks
                includes += [included.path, *included.includes]
                cautions += [c for c in included.cautions if c not in cautions]
            if ice.too_long_after(blocks[ice_before:]):
                message = (
                    f"{ice.longest / 60:g} minutes of ice in a row: never more than 20 minutes "
                    "(1200 seconds) at a time; put a rest or another step between"
                )
                problems.append(source.problem(where, message))
        total = sum(block_seconds(b) for b in blocks)
        if total > MAX_ROUTINE_SECONDS:
            problems.append(
                source.problem(
                    ("steps",),
                    f"the routine lasts {total / 3600:.1f} hours; "
                    "a routine may last at most 4 hours",
                    at_key=True,
                )
            )
        if problems:
            raise DataError(problems)
        return ResolvedRoutine(routine, path, tuple(blocks), tuple(cautions), tuple(includes))

    def _check_point(self, step: StepSpec, where: KeyPath, source: SourceMap) -> list[Problem]:
        return self._check_code(step.point, where, source)

    def _check_code(self, code: object, where: KeyPath, source: SourceMap) -> list[Problem]:
        if not isinstance(code, str) or self.points.get(code) is not None:
            return []
        known = ", ".join(self.points.codes)
        return [source.problem(where, f"unknown point {code!r}; the library has {known}")]

    def _raw_point_problems(self, data: object, source: SourceMap) -> list[Problem]:
        """Unknown points in a document that did not pass the model."""
        items = data.get("steps") if isinstance(data, dict) else None
        problems: list[Problem] = []
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            problems += self._check_code(item.get("point"), ("steps", i, "point"), source)
            body = item.get("each_side")
            inner = body.get("steps") if isinstance(body, dict) else None
            for j, step in enumerate(inner if isinstance(inner, list) else []):
                if isinstance(step, dict):
                    where = ("steps", i, "each_side", "steps", j, "point")
                    problems += self._check_code(step.get("point"), where, source)
        return problems

    def _include(
        self, item: Include, where: KeyPath, source: SourceMap, chain: tuple[Path, ...]
    ) -> ResolvedRoutine:
        here = chain[-1].parent
        target = (here / item.include).resolve()
        if not target.is_relative_to(self.root):
            raise DataError(
                [
                    source.problem(
                        where, f"{item.include!r} is outside the routines folder {self.root}"
                    )
                ]
            )
        if target.name == POINTS_FILE:
            message = "points.yaml is the point library, not a routine"
            raise DataError([source.problem(where, message)])
        if target in chain:
            cycle = " -> ".join(p.name for p in (*chain[chain.index(target) :], target))
            raise DataError([source.problem(where, f"include cycle: {cycle}")])
        if len(chain) >= MAX_INCLUDE_DEPTH:
            raise DataError([source.problem(where, "includes nested too deeply (at most 8)")])
        if not target.is_file():
            message = f"no routine file {item.include!r} next to this one"
            raise DataError([source.problem(where, message)])
        try:
            return self.load(target, chain)
        except DataError as exc:
            raise DataError(
                [
                    source.problem(where, f"included file {item.include!r} has problems"),
                    *exc.problems,
                ]
            ) from None


@dataclass(frozen=True)
class Entry:
    """A routine file as the catalogue saw it: loaded, or with the problems that stop it."""

    path: Path
    source: Literal["builtin", "user"]
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
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.name != POINTS_FILE and p.is_file())


def scan(points: PointLibrary, builtin: Path, user: Path | None = None) -> list[Entry]:
    """Every routine in the built-in folder and the user's folder; a bad file never stops
    the others from loading, it comes back as an Entry with its problems."""
    entries: list[Entry] = []
    sources: Iterable[tuple[Path | None, Literal["builtin", "user"]]] = (
        (builtin, "builtin"),
        (user, "user"),
    )
    seen: dict[str, Entry] = {}
    for folder, kind in sources:
        if folder is None:
            continue
        for path in routine_files(folder):
            try:
                resolved = load_routine(path, points, folder)
            except DataError as exc:
                entries.append(Entry(path, kind, None, tuple(exc.problems)))
                continue
            if resolved.id in seen:
                other = seen[resolved.id].path
                problem = Problem(str(path), 1, 1, f"id {resolved.id!r} is already used by {other}")
                entries.append(Entry(path, kind, None, (problem,)))
                continue
            entry = Entry(path, kind, resolved)
            seen[resolved.id] = entry
            entries.append(entry)
    return entries
