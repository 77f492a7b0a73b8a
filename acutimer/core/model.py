"""Declared records: one declaration gives the loader, its messages and the JSON Schema.

A record is a frozen dataclass whose fields are made with ``declared(spec, ...)``: the
spec says what a value may be (text of at most 80 characters, a number above 0...),
in the words a routine author reads. ``check(Record, data)`` builds the record from
loaded YAML, or lists every issue with its place in the document; ``json_schema``
exports the same rules for editors.

Why not pydantic, which did this before: importing it and building the models held
about 21 MB of resident memory, a third of what the whole app may add to a bare Qt
window, for a dozen small records.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import math
import operator
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import MISSING, dataclass, fields
from types import GenericAlias
from typing import Any, ClassVar

from acutimer.core.errors import FileProblems
from acutimer.core.i18n import fill, translate

KeyPath = tuple[Hashable, ...]
"""Where a value sits in a loaded document: keys and list indexes, from the top."""


class IssueKind(enum.StrEnum):
    """What sort of issue: the words of a message depend on it."""

    VALUE = "value"
    """A value is wrong; the issue's ``message`` says it all."""
    MISSING = "missing"
    """A required key is absent; the path ends with its name."""
    UNKNOWN = "unknown"
    """The path ends with a key the record does not have; ``known`` lists those it has."""


@dataclass(frozen=True)
class Issue:
    """What is wrong at ``path`` in a document, before it is placed in a file."""

    path: KeyPath
    message: str
    kind: IssueKind = IssueKind.VALUE
    known: tuple[str, ...] = ()


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
"""What a spec returns for a value it reported an issue about."""


def shown(value: Any) -> str:
    """The offending value as an author would recognise it in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return FileProblems.tr("nothing", "what an empty value is called: '...; got nothing'")
    if isinstance(value, dict):
        return FileProblems.tr("a group of keys")
    if isinstance(value, list | tuple):
        return FileProblems.tr("a list")
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    return f"{value:g}" if isinstance(value, float) else str(value)


def _num(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _or_list(values: Sequence[Any]) -> str:
    words = [str(v) for v in values]
    if len(words) == 1:
        return words[0]
    return fill(FileProblems.tr("{some} or {last}"), some=", ".join(words[:-1]), last=words[-1])


def _amount(value: float, unit: str) -> str:
    """A limit with its unit: "3 seconds" (the only unit files have)."""
    if unit == "seconds" and float(value).is_integer():
        return FileProblems.tr("%n second(s)", "", int(value))
    if unit == "seconds":
        return fill(FileProblems.tr("{number} seconds"), number=_num(value))
    return f"{_num(value)} {unit}".strip()


class Spec:
    """What one value may be. ``check`` returns the value to keep, or INVALID after
    adding an issue; ``schema`` is the same rule as JSON Schema."""

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def python_type(self) -> Any:
        """The type of what ``check`` keeps: the record field's annotation must say it
        too (tests/core/test_model.py holds every shipped record to that)."""
        raise NotImplementedError

    def walk(self, value: Any, path: KeyPath) -> Iterator[Field]:
        """The fields of the records inside ``value``, valid or not (see ``fields_in``)."""
        return iter(())

    @staticmethod
    def fail(issues: list[Issue], path: KeyPath, message: str, value: Any = MISSING) -> Any:
        if value is not MISSING:
            got = FileProblems.tr("{problem}; got {value}", "the value found in the file")
            message = fill(got, problem=message, value=shown(value))
        issues.append(Issue(path, message))
        return INVALID


@dataclass(frozen=True)
class Text(Spec):
    """A string; surrounding white space is dropped (``strip``) before the length counts."""

    max_length: int = 2000
    min_length: int = 1
    strip: bool = True
    pattern: str | None = None
    pattern_words: str = ""
    """What the pattern asks for, in words: 'a WHO point code: ...' (English source,
    marked with QT_TRANSLATE_NOOP("FileProblems", ...) and translated when said)."""

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if not isinstance(value, str):
            return self.fail(issues, path, FileProblems.tr("should be text"), value)
        if self.strip:
            value = value.strip()
        if len(value) < self.min_length:
            return self.fail(issues, path, FileProblems.tr("must not be empty"))
        if len(value) > self.max_length:
            too_long = FileProblems.tr("is too long: at most %n character(s)", "", self.max_length)
            return self.fail(issues, path, too_long)
        if self.pattern is not None and not re.search(self.pattern, value):
            if self.pattern_words:
                words = translate("FileProblems", self.pattern_words)
            else:
                words = fill(FileProblems.tr("text matching {pattern}"), pattern=self.pattern)
            return self.fail(
                issues, path, fill(FileProblems.tr("should be {words}"), words=words), value
            )
        return value

    def python_type(self) -> Any:
        return str

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string", "maxLength": self.max_length}
        if self.min_length:
            out["minLength"] = self.min_length
        if self.pattern is not None:
            out["pattern"] = self.pattern
        return out


@dataclass(frozen=True)
class Number(Spec):
    """A finite number, whole or not; ``true`` and ``"30"`` are mistakes, not numbers.
    ``unit`` ("seconds") is said with the limits."""

    gt: float | None = None
    ge: float | None = None
    le: float | None = None
    unit: str = ""

    KIND: ClassVar[str] = "number"

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return self.fail(issues, path, FileProblems.tr("should be a number, like 30"), value)
        if not math.isfinite(value):
            message = FileProblems.tr("should be an ordinary number, like 30")
            return self.fail(issues, path, message, value)
        return self.bounded(float(value), value, path, issues)

    def bounded(self, kept: Any, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        """``kept`` if ``value`` is within the limits, else INVALID with the issue."""
        if self.gt is not None and not value > self.gt:
            message = fill(FileProblems.tr("must be more than {limit}"), limit=self._limit(self.gt))
            return self.fail(issues, path, message, value)
        if self.ge is not None and not value >= self.ge:
            message = fill(FileProblems.tr("must be at least {limit}"), limit=self._limit(self.ge))
            return self.fail(issues, path, message, value)
        if self.le is not None and not value <= self.le:
            message = fill(FileProblems.tr("must be at most {limit}"), limit=self._limit(self.le))
            return self.fail(issues, path, message, value)
        return kept

    def _limit(self, value: float) -> str:
        return _amount(value, self.unit)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        names = {"gt": "exclusiveMinimum", "ge": "minimum", "le": "maximum"}
        limits = {names[n]: getattr(self, n) for n in names if getattr(self, n) is not None}
        return {"type": self.KIND, **limits}

    def python_type(self) -> Any:
        return float


@dataclass(frozen=True)
class Whole(Number):
    """A whole number (``3``, not ``3.0``, ``"3"`` or ``true``)."""

    KIND: ClassVar[str] = "integer"

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fail(
                issues, path, FileProblems.tr("should be a whole number, like 3"), value
            )
        return self.bounded(value, value, path, issues)

    def python_type(self) -> Any:
        return int


@dataclass(frozen=True)
class Boolean(Spec):
    """``true`` or ``false``, nothing else (not 1, not "yes")."""

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if not isinstance(value, bool):
            return self.fail(issues, path, FileProblems.tr("should be true or false"), value)
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}

    def python_type(self) -> Any:
        return bool


@dataclass(frozen=True)
class OneOf(Spec):
    """One of a few values; Enum members (or a whole Enum) are written as their values
    and kept as members."""

    choices: tuple[Any, ...] | type[enum.Enum]
    bool_message: str = ""
    """Said instead for true/false, where YAML's true would look like a wrong number
    (English source marked with QT_TRANSLATE_NOOP("FileProblems", ...))."""

    def _pairs(self) -> list[tuple[Any, Any]]:
        """(the value as written in a file, the value kept) for every choice."""
        return [(c.value, c) if isinstance(c, enum.Enum) else (c, c) for c in self.choices]

    def _values(self) -> list[Any]:
        return [written for written, _kept in self._pairs()]

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if isinstance(value, bool) and self.bool_message:
            return self.fail(issues, path, translate("FileProblems", self.bool_message))
        for written, kept in self._pairs():
            if type(value) is type(written) and value == written:
                return kept
        choices = _or_list(self._values())
        return self.fail(
            issues,
            path,
            fill(FileProblems.tr("should be one of: {choices}"), choices=choices),
            value,
        )

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        values = self._values()
        out: dict[str, Any] = {"const": values[0]} if len(values) == 1 else {"enum": values}
        kinds = {"string" if isinstance(v, str) else "integer" for v in values}
        if len(kinds) == 1 and all(isinstance(v, str | int) for v in values):
            out["type"] = kinds.pop()
        return out

    def python_type(self) -> Any:
        return functools.reduce(operator.or_, {type(kept) for _written, kept in self._pairs()})


@dataclass(frozen=True)
class Nullable(Spec):
    """Nothing (a bare ``key:`` or no key at all), or a value of ``spec``."""

    spec: Spec

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        return None if value is None else self.spec.check(value, path, issues)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [self.spec.schema(defs), {"type": "null"}]}

    def python_type(self) -> Any:
        return self.spec.python_type() | None

    def walk(self, value: Any, path: KeyPath) -> Iterator[Field]:
        return self.spec.walk(value, path)


@dataclass(frozen=True)
class ListOf(Spec):
    """A YAML list of ``item``; ``pair=True`` keeps exactly two of them as a tuple."""

    item: Spec
    min_length: int = 0
    max_length: int | None = None
    pair: bool = False

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        if not isinstance(value, list):
            message = FileProblems.tr("should be a list (one '- ' line per item)")
            return self.fail(issues, path, message, value)
        low, high = (2, 2) if self.pair else (self.min_length, self.max_length)
        if len(value) < low:
            return self.fail(issues, path, FileProblems.tr("needs at least %n item(s)", "", low))
        if high is not None and len(value) > high:
            too_many = FileProblems.tr("has {count} items; at most %n allowed", "", high)
            return self.fail(issues, path, fill(too_many, count=len(value)))
        items = [self.item.check(v, (*path, i), issues) for i, v in enumerate(value)]
        if any(v is INVALID for v in items):
            return INVALID
        return tuple(items) if self.pair else items

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        low, high = (2, 2) if self.pair else (self.min_length, self.max_length)
        out: dict[str, Any] = {"type": "array", "items": self.item.schema(defs)}
        if low:
            out["minItems"] = low
        if high is not None:
            out["maxItems"] = high
        return out

    def python_type(self) -> Any:
        item = self.item.python_type()
        return GenericAlias(tuple, (item, item)) if self.pair else GenericAlias(list, (item,))

    def walk(self, value: Any, path: KeyPath) -> Iterator[Field]:
        for index, item in enumerate(value if isinstance(value, list) else []):
            yield from self.item.walk(item, (*path, index))


@dataclass(frozen=True)
class Nested(Spec):
    """A group of keys that makes one record of ``cls``."""

    cls: type

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        return check_record(self.cls, value, path, issues)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = self.cls.__name__
        if name not in defs:
            defs[name] = {}  # reserved first: a record may (indirectly) hold itself
            defs[name] = _record_schema(self.cls, defs)
        return {"$ref": f"#/$defs/{name}"}

    def python_type(self) -> Any:
        return self.cls

    def walk(self, value: Any, path: KeyPath) -> Iterator[Field]:
        return fields_in(self.cls, value, path)


@dataclass(frozen=True)
class Choice(Spec):
    """One of several records, picked by ``pick`` from the data (which keys it has)."""

    pick: Callable[[Any], type]
    options: tuple[type, ...]

    def check(self, value: Any, path: KeyPath, issues: list[Issue]) -> Any:
        return check_record(self.pick(value), value, path, issues)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [Nested(cls).schema(defs) for cls in self.options]}

    def python_type(self) -> Any:
        return functools.reduce(operator.or_, self.options)

    def walk(self, value: Any, path: KeyPath) -> Iterator[Field]:
        return fields_in(self.pick(value), value, path)


def declared(
    spec: Spec,
    description: str = "",
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    rule: Callable[[Any], str | None] | None = None,
) -> Any:
    """A record field: its spec, what it means (for the schema), its default if it
    may be left out, and a ``rule`` that returns a problem with a valid value or None."""
    metadata = {"spec": spec, "description": description, "rule": rule}
    return dataclasses.field(default=default, default_factory=default_factory, metadata=metadata)


def record(cls: type) -> type:
    """Make ``cls`` a frozen, keyword-only dataclass whose fields are ``declared``.

    A record may define ``rules(self)``, yielding ``(field name or None, message)`` for
    what concerns several fields at once; they run once every field is valid.
    """
    return dataclass(frozen=True, kw_only=True)(cls)


def keys(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Field:
    """One field's value as the file has it, whether or not it (or its record) is valid."""

    record: type
    name: str
    value: Any
    path: KeyPath


def fields_in(cls: type, data: Any, path: KeyPath = ()) -> Iterator[Field]:
    """Every field of every record in ``data``, read as the declaration of ``cls`` reads
    it: for checks that need more than one value (a point code against the library)
    and must run even where the document has other problems."""
    if not isinstance(data, dict):
        return
    for f in fields(cls):
        if f.name in data:
            where = (*path, f.name)
            yield Field(cls, f.name, data[f.name], where)
            yield from f.metadata["spec"].walk(data[f.name], where)


def check_record(cls: type, data: Any, path: KeyPath, issues: list[Issue]) -> Any:
    """A ``cls`` made from ``data``, or INVALID with every issue added to ``issues``."""
    if not isinstance(data, dict):
        message = (
            FileProblems.tr("should be a group of keys (key: value lines)")
            if path
            else FileProblems.tr("the file should be a set of keys (format, id, title...)")
        )
        return Spec.fail(issues, path, message, data)
    known = keys(cls)
    values: dict[str, Any] = {}
    valid = True
    for f in fields(cls):
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                missing = fill(FileProblems.tr("missing required key {key}"), key=repr(f.name))
                issues.append(Issue((*path, f.name), missing, IssueKind.MISSING))
                valid = False
            continue
        value = f.metadata["spec"].check(data[f.name], (*path, f.name), issues)
        rule = f.metadata["rule"]
        if value is not INVALID and rule is not None and (problem := rule(value)):
            value = Spec.fail(issues, (*path, f.name), problem)
        valid = valid and value is not INVALID
        values[f.name] = value
    for key in data:
        if key not in known:
            issues.append(Issue((*path, key), "", IssueKind.UNKNOWN, known))
            valid = False
    if not valid:
        return INVALID
    made = cls(**values)
    failed = False
    for name, message in _rules(made):
        issues.append(Issue((*path, name) if name else path, message))
        failed = True
    return INVALID if failed else made


def _rules(made: Any) -> Iterator[tuple[str | None, str]]:
    rules = getattr(made, "rules", None)
    return iter(rules()) if rules is not None else iter(())


def json_schema(cls: type, title: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document holding one ``cls``."""
    defs: dict[str, Any] = {}
    out: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    out |= _record_schema(cls, defs)
    out["title"] = title
    if defs:
        out["$defs"] = defs
    return out


def _record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = []
    for f in fields(cls):
        prop = f.metadata["spec"].schema(defs)
        if f.metadata["description"]:
            prop["description"] = f.metadata["description"]
        if f.default is not MISSING:
            prop["default"] = f.default.value if isinstance(f.default, enum.Enum) else f.default
        elif f.default_factory is MISSING:
            required.append(f.name)
        properties[f.name] = prop
    out: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "properties": properties,
        "additionalProperties": False,
    }
    if cls.__doc__:
        out["description"] = " ".join(cls.__doc__.split("\n\n")[0].split())
    if required:
        out["required"] = required
    return out
