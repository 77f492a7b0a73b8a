"""Routine and point texts in other languages: a translation file beside each English file.

``hand.de.yaml`` beside ``hand.yaml`` (and ``points.de.yaml`` beside ``points.yaml``)
holds the German words of that file and nothing else: no numbers, durations, phases,
sides or point codes, so the timing can never drift from the English. Its keys follow
the English file so that a translator can find each text, and a reordered file keeps
its translation:

- a routine: ``title``, ``summary``, ``audience``, ``cautions`` (a list, in the English
  order) and ``steps``, keyed by each step's English title (a second step with the same
  title is ``"Rest (2)"``), each with ``title``, ``instruction`` and ``phases``: the
  texts of the phases that have their own, keyed by kind (``massage``, ``press (2)``);
- the point library: ``points``, keyed by WHO code, each with ``english`` (the name in
  this language), ``region``, ``location``, ``finding``, ``technique``, ``notes`` and
  ``cautions``, keyed by flag (``pregnancy-caution``).

A text left out stays English. A key the English file has no text for, or a value that
is not text, is an error at its line and column: the translation is stale or mistyped,
and a reader must never be shown words meant for another step.

Which file is used: for the language ``de_AT``, ``hand.de_AT.yaml`` if it exists, else
``hand.de.yaml``, else none. Adding a language is adding files.
"""

from __future__ import annotations

import dataclasses
import difflib
import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from acutimer.core.errors import DataError, Problem
from acutimer.core.model import INVALID, Issue, KeyPath, ListOf, Nullable, Spec, shown
from acutimer.core.points import Caution, Point, PointLibrary
from acutimer.core.routine import EachSide, PhaseSpec, Routine, StepSpec
from acutimer.core.yamlsource import SourceMap, load, read_text

R = TypeVar("R")

LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
"""A language as file names carry it: ``de``, or with a country, ``de_AT`` (QLocale's
``name()``)."""

NEVER_TRANSLATED = frozenset(
    {
        "format", "id", "switch_seconds", "point", "side", "rounds", "optional", "kind",
        "seconds", "include", "each_side", "code", "label", "pinyin", "sides", "view",
        "marker", "who_page", "max_hold", "flag",
    }
)  # fmt: skip
"""Keys of the English files that hold no words: they always come from the English."""


def languages(language: str | None) -> list[str]:
    """The file-name tags to try for a UI language, most specific first:
    ``"de_AT.UTF-8"`` -> ``["de_AT", "de"]``; none for English-only ``C`` or nothing."""
    if not language:
        return []
    tag = language.split(".")[0].split("@")[0].replace("-", "_")
    tags = [tag, tag.split("_")[0]]
    return [t for t in dict.fromkeys(tags) if LANGUAGE.match(t)]


def candidates(path: Path, language: str | None) -> tuple[Path, ...]:
    """Where the translation of ``path`` into ``language`` may be, in the order tried."""
    return tuple(path.with_name(f"{path.stem}.{tag}{path.suffix}") for tag in languages(language))


def translation_for(path: Path, language: str | None) -> Path | None:
    """The translation file of ``path`` for ``language`` that exists, if any."""
    return next((c for c in candidates(path, language) if c.exists()), None)


def english_of(path: Path) -> Path | None:
    """The English file ``path`` translates, when its name says so (``hand.de.yaml``)
    and that file is beside it; None for any other file."""
    stem, dot, tag = path.stem.rpartition(".")
    if not (dot and stem and LANGUAGE.match(tag)):
        return None
    english = path.with_name(stem + path.suffix)
    return english if english.exists() else None


def translations_of(path: Path) -> list[Path]:
    """Every translation file beside ``path``, for the validator."""
    found = path.parent.glob(f"{glob.escape(path.stem)}.*{path.suffix}")
    return sorted(p for p in found if english_of(p) == path)


Targets = dict[KeyPath, Spec]
"""Every text of an English file a translation may give, by its key path in the
translation, with the spec it is checked with (the English field's)."""


def numbered(names: Iterable[str]) -> list[str]:
    """Keys for items named by ``names``: the name, and ``"name (2)"`` for its second use
    (not ``#2``, which YAML would read as a comment)."""
    names = list(names)
    used = set(names)
    seen: dict[str, int] = {}
    keys = []
    for name in names:
        if name not in seen:
            seen[name] = 1
            keys.append(name)
            continue
        while True:
            seen[name] += 1
            key = f"{name} ({seen[name]})"
            if key not in used:
                break
        used.add(key)
        keys.append(key)
    return keys


def text_spec(record: type, name: str) -> Spec:
    """The spec the English file's field is checked with (its length limit...); for a
    list of texts, that of one item."""
    spec: Spec = next(f for f in dataclasses.fields(record) if f.name == name).metadata["spec"]
    if isinstance(spec, Nullable):
        spec = spec.spec
    return spec.item if isinstance(spec, ListOf) else spec


def _steps(routine: Routine) -> list[StepSpec]:
    """Every step in file order, those of each_side blocks included."""
    steps: list[StepSpec] = []
    for item in routine.steps:
        if isinstance(item, StepSpec):
            steps.append(item)
        elif isinstance(item, EachSide):
            steps += item.each_side.steps
    return steps


def _phase_keys(step: StepSpec) -> list[str]:
    return numbered(phase.kind.value for phase in step.phases)


def routine_targets(routine: Routine) -> Targets:
    """Every text of a routine a translation may give, by its key path there."""
    targets: Targets = {}
    for name in ("title", "summary", "audience"):
        targets[(name,)] = text_spec(Routine, name)
    caution = text_spec(Routine, "cautions")
    for index in range(len(routine.cautions)):
        targets[("cautions", index)] = caution
    steps = _steps(routine)
    for key, step in zip(numbered(s.title for s in steps), steps, strict=True):
        targets[("steps", key, "title")] = text_spec(StepSpec, "title")
        targets[("steps", key, "instruction")] = text_spec(StepSpec, "instruction")
        for phase_key, phase in zip(_phase_keys(step), step.phases, strict=True):
            if phase.text is not None:
                targets[("steps", key, "phases", phase_key)] = text_spec(PhaseSpec, "text")
    return targets


POINT_TEXTS = ("english", "region", "location", "finding", "technique", "notes")


def point_targets(library: PointLibrary) -> Targets:
    """Every text of the point library a translation may give, by its key path there."""
    targets: Targets = {}
    for point in library.points:
        for name in POINT_TEXTS:
            if getattr(point, name) is not None:
                targets[("points", point.code, name)] = text_spec(Point, name)
        for flag in numbered(c.flag.value for c in point.cautions):
            targets[("points", point.code, "cautions", flag)] = text_spec(Caution, "text")
    return targets


def translate_routine(routine: Routine, file: Path, name: str, english: str) -> Routine:
    """``routine`` with the texts of the translation ``file`` (called ``name`` in
    messages; ``english`` names the English file); DataError lists every problem."""
    texts = read_translation(file, name, english, routine_targets(routine))
    steps = _steps(routine)
    new: dict[int, StepSpec] = {}
    for key, step in zip(numbered(s.title for s in steps), steps, strict=True):
        here = ("steps", key)
        phases = [
            _with(phase, text=texts.get((*here, "phases", phase_key), phase.text))
            for phase_key, phase in zip(_phase_keys(step), step.phases, strict=True)
        ]
        new[id(step)] = _with(
            step,
            title=texts.get((*here, "title"), step.title),
            instruction=texts.get((*here, "instruction"), step.instruction),
            phases=phases,
        )
    items: list[Any] = []
    for item in routine.steps:
        if isinstance(item, StepSpec):
            items.append(new[id(item)])
        elif isinstance(item, EachSide):
            body = _with(item.each_side, steps=[new[id(s)] for s in item.each_side.steps])
            items.append(_with(item, each_side=body))
        else:
            items.append(item)
    return _with(
        routine,
        title=texts.get(("title",), routine.title),
        summary=texts.get(("summary",), routine.summary),
        audience=texts.get(("audience",), routine.audience),
        cautions=[texts.get(("cautions", i), c) for i, c in enumerate(routine.cautions)],
        steps=items,
    )


def translate_points(library: PointLibrary, file: Path, name: str, english: str) -> PointLibrary:
    """``library`` with the texts of the translation ``file``; DataError lists every problem."""
    texts = read_translation(file, name, english, point_targets(library))
    points = []
    for point in library.points:
        here = ("points", point.code)
        flags = numbered(c.flag.value for c in point.cautions)
        cautions = [
            _with(c, text=texts.get((*here, "cautions", flag), c.text))
            for flag, c in zip(flags, point.cautions, strict=True)
        ]
        words = {n: texts[(*here, n)] for n in POINT_TEXTS if (*here, n) in texts}
        points.append(_with(point, **words, cautions=cautions))
    return _with(library, points=points)


def read_translation(file: Path, name: str, english: str, targets: Targets) -> dict[KeyPath, str]:
    """The texts a translation file gives, checked against the English file's
    ``targets``; DataError with every problem at its line and column."""
    data, source = load(read_text(file, name), name)
    reader = _Reader(source, english, targets, [], {})
    reader.node((), data)
    if reader.problems:
        raise DataError(reader.problems)
    return reader.texts


@dataclass
class _Reader:
    source: SourceMap
    english: str
    targets: Targets
    problems: list[Problem]
    texts: dict[KeyPath, str]

    def children(self, where: KeyPath) -> list[Any]:
        """The keys (or list indexes) the English has texts for just below ``where``."""
        depth = len(where)
        return list(
            dict.fromkeys(p[depth] for p in self.targets if len(p) > depth and p[:depth] == where)
        )

    def node(self, where: KeyPath, value: Any) -> None:
        spec = self.targets.get(where)
        if spec is not None:
            self.text(where, value, spec)
            return
        known = self.children(where)
        if known and isinstance(known[0], int):
            if not isinstance(value, list):
                self.fail(where, f"should be a list, one text per item{_got(value)}")
                return
            for index, item in enumerate(value):
                if index in known:
                    self.node((*where, index), item)
                else:
                    count = len(known)
                    message = (
                        f"{self.english} has {count} item{'s' if count != 1 else ''} in "
                        f"{_dotted(where)}, so there is no item {index + 1} to translate"
                    )
                    self.problems.append(self.source.problem((*where, index), message))
            return
        if not isinstance(value, dict):
            self.fail(where, f"should be a group of keys{_got(value)}")
            return
        for key, item in value.items():
            if key in known:
                self.node((*where, key), item)
            else:
                self.problems.append(self.unknown((*where, key), [str(k) for k in known]))

    def text(self, where: KeyPath, value: Any, spec: Spec) -> None:
        issues: list[Issue] = []
        made = spec.check(value, where, issues)
        if made is INVALID:
            for issue in issues:
                self.fail(where, issue.message)
        else:
            self.texts[where] = made

    def fail(self, where: KeyPath, message: str) -> None:
        self.problems.append(self.source.problem(where, f"{_dotted(where)}: {message}"))

    def unknown(self, where: KeyPath, known: list[str]) -> Problem:
        key, parent = str(where[-1]), where[:-1]
        place = f" in {_dotted(parent)}" if parent else ""
        if key in NEVER_TRANSLATED:
            message = (
                f"{key!r}{place} is never translated: numbers, ids, sides, phases and point "
                f"codes always come from {self.english}; give only texts"
            )
        elif not known:
            message = f"unknown key {key!r}{place}: {self.english} has no text to translate here"
        else:
            message = f"unknown key {key!r}{place}: {self.english} has no such text"
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            if close:
                message += f"; did you mean {close[0]!r}?"
            elif len(known) <= 8:
                message += f"; allowed here: {', '.join(known)}"
        return self.source.problem(where, message, at_key=True)


def _with(made: R, **changes: Any) -> R:
    """``dataclasses.replace`` for records (mypy cannot see that ``@record`` makes a
    dataclass)."""
    return dataclasses.replace(made, **changes)  # type: ignore[type-var]


def _dotted(path: KeyPath) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        elif re.fullmatch(r"[\w-]+", str(part)):
            text += f".{part}" if text else str(part)
        else:
            text += f"[{str(part)!r}]"
    return text


def _got(value: Any) -> str:
    return f"; got {shown(value)}"
