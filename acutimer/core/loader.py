"""Loading a routine file: checking it against the point library and resolving its
includes into blocks of steps, ready for the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acutimer.core.errors import DataError, FileProblems, Problem
from acutimer.core.i18n import fill
from acutimer.core.ice import IceRun
from acutimer.core.model import KeyPath, fields_in
from acutimer.core.points import PointLibrary
from acutimer.core.routine import MAX_ROUTINE_SECONDS, EachSide, Include, Routine, StepSpec
from acutimer.core.sides import StepSide
from acutimer.core.translation import candidates, translate_routine
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
    translations: tuple[Path, ...] = ()
    """Where translations of it and its includes were looked for, found or not: a
    translation added, changed or removed there changes the routine (the scan cache)."""
    translated: bool = False
    """Some of its texts (or an included file's) come from a translation file."""

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


def load_routine(
    path: Path, points: PointLibrary, root: Path | None = None, language: str | None = None
) -> ResolvedRoutine:
    """Load ``path`` and everything it includes; DataError lists every problem found.

    ``root`` is the folder includes may not leave (default: the file's own folder).
    With a ``language`` (``"de"``, ``"de_DE"``), each file's texts come from its
    translation file for it where there is one (see core/translation.py); a problem in
    a translation file is a problem of the routine.
    """
    name = shown(path)
    path = path.resolve()
    root = (root or path.parent).resolve()
    return _Loader(points, root, language).load(path, (), name)


def load_routine_text(
    text: str, path: Path, points: PointLibrary, root: Path | None = None, name: str = ""
) -> ResolvedRoutine:
    """Check ``text`` as if it were the file ``path`` (which need not exist): the editor
    and import check exactly what they are about to write, with the loader's own rules."""
    path = path.resolve()
    root = (root or path.parent).resolve()
    return _Loader(points, root).load(path, (), name or shown(path), text=text)


@dataclass
class _Loader:
    points: PointLibrary
    root: Path
    language: str | None = None

    def load(
        self, path: Path, chain: tuple[Path, ...], name: str = "", text: str | None = None
    ) -> ResolvedRoutine:
        name = name or shown(path)
        data, source = load(read_text(path, name) if text is None else text, name)
        # Unknown points are found in the file as written, so they are reported with
        # the model's problems: the author fixes the file in one go.
        unknown = self._unknown_points(data, source)
        try:
            routine = validate(Routine, data, source)
        except DataError as exc:
            raise DataError(exc.problems + unknown) from None
        translations = list(candidates(path, self.language))
        problems: list[Problem] = list(unknown)
        translation = next((c for c in translations if c.exists()), None)
        translated = translation is not None
        if translation is not None:
            try:
                routine = translate_routine(routine, translation, shown(translation), path.name)
            except DataError as exc:
                problems += exc.problems
        blocks: list[Block] = []
        cautions: list[str] = list(routine.cautions)
        includes: list[Path] = []
        ice = IceRun()
        for index, item in enumerate(routine.steps):
            where = ("steps", index)
            ice_before = len(blocks)
            if isinstance(item, StepSpec):
                blocks.append(
                    Block(
                        (item,), item.effective_side is StepSide.EACH, routine.switch_seconds, path
                    )
                )
            elif isinstance(item, EachSide):
                steps = tuple(item.each_side.steps)
                switch = item.each_side.switch_seconds or routine.switch_seconds
                blocks.append(Block(steps, True, switch, path))
            elif isinstance(item, Include):
                try:
                    included = self._include(item, (*where, "include"), source, (*chain, path))
                except DataError as exc:
                    problems += exc.problems
                    continue
                blocks += included.blocks
                includes += [included.path, *included.includes]
                translations += included.translations
                translated = translated or included.translated
                cautions += [c for c in included.cautions if c not in cautions]
            if ice.too_long_after(blocks[ice_before:]):
                message = FileProblems.tr(
                    "{minutes} minutes of ice in a row: never more than 20 minutes "
                    "(1200 seconds) at a time; put a rest or another step between"
                )
                minutes = f"{ice.longest / 60:g}"
                problems.append(source.problem(where, fill(message, minutes=minutes)))
        total = sum(block_seconds(b) for b in blocks)
        if total > MAX_ROUTINE_SECONDS:
            message = FileProblems.tr(
                "the routine lasts {hours} hours; a routine may last at most 4 hours"
            )
            hours = f"{total / 3600:.1f}"
            problems.append(source.problem(("steps",), fill(message, hours=hours), at_key=True))
        if problems:
            raise DataError(problems)
        return ResolvedRoutine(
            routine,
            path,
            tuple(blocks),
            tuple(cautions),
            tuple(includes),
            tuple(translations),
            translated,
        )

    def _unknown_points(self, data: object, source: SourceMap) -> list[Problem]:
        """Every step's point that the library lacks, wherever the routine is invalid."""
        known = ", ".join(self.points.codes)
        message = FileProblems.tr("unknown point {point}; the library has {known}")
        return [
            source.problem(field.path, fill(message, point=repr(field.value), known=known))
            for field in fields_in(Routine, data)
            if field.record is StepSpec and field.name == "point"
            if isinstance(field.value, str) and self.points.get(field.value) is None
        ]

    def _include(
        self, item: Include, where: KeyPath, source: SourceMap, chain: tuple[Path, ...]
    ) -> ResolvedRoutine:
        here = chain[-1].parent
        target = (here / item.include).resolve()
        name = repr(item.include)
        if not target.is_relative_to(self.root):
            message = FileProblems.tr("{file} is outside the routines folder {folder}")
            raise DataError([source.problem(where, fill(message, file=name, folder=self.root))])
        if target.name == POINTS_FILE:
            message = FileProblems.tr("points.yaml is the point library, not a routine")
            raise DataError([source.problem(where, message)])
        if target in chain:
            cycle = " -> ".join(p.name for p in (*chain[chain.index(target) :], target))
            message = fill(FileProblems.tr("include cycle: {cycle}"), cycle=cycle)
            raise DataError([source.problem(where, message)])
        if len(chain) >= MAX_INCLUDE_DEPTH:
            message = FileProblems.tr("includes nested too deeply (at most 8)")
            raise DataError([source.problem(where, message)])
        if not target.is_file():
            message = fill(FileProblems.tr("no routine file {file} next to this one"), file=name)
            raise DataError([source.problem(where, message)])
        try:
            return self.load(target, chain)
        except DataError as exc:
            message = fill(FileProblems.tr("included file {file} has problems"), file=name)
            raise DataError([source.problem(where, message), *exc.problems]) from None
