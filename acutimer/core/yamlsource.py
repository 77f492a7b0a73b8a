"""Safe YAML reading that remembers where every value came from.

Routine files come from other people, so this reader is strict: safe loading only,
one document, no aliases (an alias bomb cannot expand), no duplicate keys, UTF-8
only, and a size cap. Every value keeps its line and column so that a later check
(the models, the point library, includes) can point at the exact node.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from acutimer.core.errors import DataError, Problem, problem_at_start

MAX_FILE_BYTES = 1_000_000
"""Routine and point files are a few kilobytes; anything past 1 MB is a mistake or an attack."""

MAX_DEPTH = 40
"""Routines nest five or six levels; a thousand nested lists would overflow the stack."""

MAX_NODES = 20_000
"""A routine has about 70 values and the point library about 370; a file with more than
this is refused as soon as the count passes it, so no file can cost seconds to read."""

Key = tuple[Hashable, ...]


@dataclass
class SourceMap:
    """Where each value of a loaded document stands in its file (1-based)."""

    path: str
    values: dict[Key, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Key, tuple[int, int]] = field(default_factory=dict)

    def problem(self, where: Iterable[Hashable], message: str, *, at_key: bool = False) -> Problem:
        """A problem at the node ``where`` leads to, or at its nearest existing parent."""
        key: Key = tuple(where)
        while True:
            if at_key and key in self.keys:
                line, column = self.keys[key]
                break
            if key in self.values:
                line, column = self.values[key]
                break
            if not key:
                line, column = 1, 1
                break
            key = key[:-1]
            at_key = False
        return Problem(self.path, line, column, message)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases: no routine needs them, and they enable alias bombs.

    It also reads dates as plain text: no field is a date, and ``title: 2024-05-01`` is text.
    """

    # A class attribute, as PyYAML reads it (its stubs call it an instance variable,
    # so it cannot be marked ClassVar here).
    yaml_implicit_resolvers = {  # noqa: RUF012
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    depth = 0
    nodes = 0

    def _next_mark(self) -> Any:
        # The stubs leave Parser.peek_event unannotated.
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        return event.start_mark

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self._next_mark())
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(self._next_mark())
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooMany(self._next_mark())
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_FAST_LOADER: type[Any] | None = getattr(yaml, "CSafeLoader", None)


class _FastLoader(*((_FAST_LOADER,) if _FAST_LOADER else ())):  # type: ignore[misc]
    """libyaml's C parser with the strict loader's value rules (dates stay text).

    Its nodes carry line and column marks too. It has no hooks for the strict
    checks, so ``_fast_node`` first walks the file's events in C (aliases, depth, the
    node count) and hands anything doubtful to the strict pure-Python loader, which
    says exactly what is wrong.
    """

    yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers


class _TooMany(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


class _TooDeep(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


class _AliasFound(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


def _where(mark: Any) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def read_text(path: Path, name: str | None = None) -> str:
    """The file's text, or a DataError saying plainly why it cannot be read.

    ``name`` is how messages call the file (default: the path as given).
    """
    name = name or str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device (/dev/zero) would block or never end.
            raise DataError([problem_at_start(name, f"not a regular file: {_kind(info)}")])
        if info.st_size > MAX_FILE_BYTES:
            message = f"file is {info.st_size:,} bytes; routine files may be at most 1 MB"
            raise DataError([problem_at_start(name, message)])
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)  # the file may grow after stat()
    except OSError as exc:
        raise DataError([problem_at_start(name, f"cannot read the file: {exc.strerror}")]) from None
    return decode(raw, name)


def _kind(info: os.stat_result) -> str:
    if stat.S_ISDIR(info.st_mode):
        return "it is a folder"
    if stat.S_ISFIFO(info.st_mode):
        return "it is a named pipe (FIFO)"
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        return "it is a device"
    if stat.S_ISSOCK(info.st_mode):
        return "it is a socket"
    return "it is a special file"


def decode(raw: bytes, path: str) -> str:
    """UTF-8 text, or a problem that points at the first byte that is not."""
    if len(raw) > MAX_FILE_BYTES:
        raise DataError([problem_at_start(path, "file is larger than 1 MB")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DataError(
            [
                Problem(
                    path,
                    line,
                    column,
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                )
            ]
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise DataError([Problem(path, line, column, "binary data (a NUL byte) in a text file")])
    return text.removeprefix("\ufeff")


def load(text: str, path: str) -> tuple[Any, SourceMap]:
    """Parse one YAML document into plain Python data and its source map."""
    source = SourceMap(path)
    fast = _fast_node(text)
    if fast is not None:
        return _built(fast[0], source, fast[1])
    try:
        loader = _StrictLoader(text)  # the reader checks the first characters at once
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = f"control character U+{exc.character:04X} is not allowed in the text"
        raise DataError([Problem(path, line, column, message)]) from None
    except _AliasFound as exc:
        line, column = _where(exc.mark)
        raise DataError(
            [Problem(path, line, column, "aliases (*name) are not allowed; write the value out")]
        ) from None
    except _TooDeep as exc:
        line, column = _where(exc.mark)
        message = f"nested more than {MAX_DEPTH} levels deep; no routine needs that"
        raise DataError([Problem(path, line, column, message)]) from None
    except _TooMany as exc:
        line, column = _where(exc.mark)
        message = f"more than {MAX_NODES:,} values in one file; no routine needs that many"
        raise DataError([Problem(path, line, column, message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "invalid YAML"
        unclosed = _UNCLOSED.get(exc.context or "")
        if unclosed and exc.context_mark:
            # The parser notices at the end of the file; the author needs the opening.
            mark, what = exc.context_mark, f"{unclosed} is never closed ({what})"
        line, column = _where(mark) if mark else (1, 1)
        if what == "but found another document":
            what = "a file holds one routine: remove the '---' line and what follows it"
        elif "'\\t'" in what or "\t" in what:
            what += " (indent with spaces, not tabs)"
        raise DataError([Problem(path, line, column, f"YAML syntax: {what}")]) from None
    except yaml.YAMLError as exc:
        raise DataError([problem_at_start(path, f"YAML syntax: {exc}")]) from None
    return _built(node, source, loader)


def _built(node: Any, source: SourceMap, loader: Any) -> tuple[Any, SourceMap]:
    if node is None:
        raise DataError([problem_at_start(source.path, "the file is empty")])
    problems: list[Problem] = []
    data = _build(node, (), source, loader, problems)
    if problems:
        raise DataError(problems)
    return data, source


_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_OPEN_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _fast_node(text: str) -> tuple[Any, Any] | None:
    """The document's node tree and its loader, from libyaml; None when the strict
    loader must look instead (no libyaml, or anything it would refuse: aliases, deep
    nesting, too many values, control characters, a syntax error), so the messages
    users see are always the strict loader's."""
    if _FAST_LOADER is None or _NON_PRINTABLE.search(text):
        return None
    events = _FastLoader(text)
    try:
        nodes = depth = 0
        while events.check_event():
            event = events.get_event()
            if isinstance(event, yaml.AliasEvent):
                return None
            if isinstance(event, _NODE_EVENTS):
                nodes += 1
                if nodes > MAX_NODES:
                    return None
            if isinstance(event, _OPEN_EVENTS):
                depth += 1
                if depth > MAX_DEPTH:
                    return None
            elif isinstance(event, _CLOSE_EVENTS):
                depth -= 1
        loader = _FastLoader(text)
        try:
            return loader.get_single_node(), loader
        finally:
            loader.dispose()
    except yaml.YAMLError:
        return None
    finally:
        events.dispose()


_UNCLOSED = {
    "while parsing a flow sequence": "this '['",
    "while parsing a flow mapping": "this '{'",
    "while scanning a quoted scalar": "this quote",
}
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node: Any, key: Key, source: SourceMap, loader: Any, problems: list[Problem]) -> Any:
    source.values[key] = _where(node.start_mark)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        line, column = _where(node.start_mark)
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        message = f"unknown tag {tag!r}; write a plain value without '!'"
        problems.append(Problem(source.path, line, column, message))
        return None
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                line, column = _where(key_node.start_mark)
                problems.append(Problem(source.path, line, column, "keys must be plain words"))
                continue
            name = loader.construct_scalar(key_node)
            if name == "<<":
                line, column = _where(key_node.start_mark)
                message = "merge keys (<<) are not allowed"
                problems.append(Problem(source.path, line, column, message))
                continue
            if name in result:
                line, column = _where(key_node.start_mark)
                problems.append(Problem(source.path, line, column, f"duplicate key {name!r}"))
                continue
            source.keys[(*key, name)] = _where(key_node.start_mark)
            result[name] = _build(value_node, (*key, name), source, loader, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*key, index), source, loader, problems)
            for index, item in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        # Tags (!!float x, !custom, !!python/...) end here: plain values never fail.
        line, column = _where(node.start_mark)
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        if isinstance(exc, yaml.constructor.ConstructorError) and "constructor" in str(exc.problem):
            why = f"unknown tag {tag!r}; write a plain value without '!'"
        elif isinstance(exc, yaml.MarkedYAMLError):
            why = f"bad value: {exc.problem}"
        else:
            why = f"bad value {node.value!r} for the tag {tag!r}"
        problems.append(Problem(source.path, line, column, why))
        return None
