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

from acutimer.core.errors import DataError, FileProblems, Problem, problem_at_start
from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill, translate

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
            raise DataError([problem_at_start(name, _not_regular(info))])
        if info.st_size > MAX_FILE_BYTES:
            message = FileProblems.tr("file is {size} bytes; routine files may be at most 1 MB")
            size = f"{info.st_size:,}"
            raise DataError([problem_at_start(name, fill(message, size=size))])
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)  # the file may grow after stat()
    except OSError as exc:
        message = fill(FileProblems.tr("cannot read the file: {reason}"), reason=exc.strerror)
        raise DataError([problem_at_start(name, message)]) from None
    return decode(raw, name)


def _not_regular(info: os.stat_result) -> str:
    if stat.S_ISDIR(info.st_mode):
        return FileProblems.tr("not a regular file: it is a folder")
    if stat.S_ISFIFO(info.st_mode):
        return FileProblems.tr("not a regular file: it is a named pipe (FIFO)")
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        return FileProblems.tr("not a regular file: it is a device")
    if stat.S_ISSOCK(info.st_mode):
        return FileProblems.tr("not a regular file: it is a socket")
    return FileProblems.tr("not a regular file: it is a special file")


def decode(raw: bytes, path: str) -> str:
    """UTF-8 text, or a problem that points at the first byte that is not."""
    if len(raw) > MAX_FILE_BYTES:
        raise DataError([problem_at_start(path, FileProblems.tr("file is larger than 1 MB"))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        message = FileProblems.tr("not UTF-8 text (byte {byte}); save the file as UTF-8")
        byte = f"0x{raw[exc.start]:02x}"
        raise DataError([Problem(path, line, column, fill(message, byte=byte))]) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = FileProblems.tr("binary data (a NUL byte) in a text file")
        raise DataError([Problem(path, line, column, message)])
    return text.removeprefix("\ufeff")


def load(text: str, path: str) -> tuple[Any, SourceMap]:
    """Parse one YAML document into plain Python data and its source map."""
    source = SourceMap(path)
    fast = _fast_node(text)
    if fast is not None:
        try:
            return _built(fast[0], source, fast[1])
        except _Refused:
            source = SourceMap(path)  # the strict loader says where and why
    try:
        loader = _StrictLoader(text)  # the reader checks the first characters at once
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        message = FileProblems.tr("control character {code} is not allowed in the text")
        code = f"U+{exc.character:04X}"
        raise DataError([Problem(path, line, column, fill(message, code=code))]) from None
    except _AliasFound as exc:
        line, column = _where(exc.mark)
        message = FileProblems.tr("aliases (*name) are not allowed; write the value out")
        raise DataError([Problem(path, line, column, message)]) from None
    except _TooDeep as exc:
        line, column = _where(exc.mark)
        message = FileProblems.tr("nested more than {levels} levels deep; no routine needs that")
        raise DataError([Problem(path, line, column, fill(message, levels=MAX_DEPTH))]) from None
    except _TooMany as exc:
        line, column = _where(exc.mark)
        message = FileProblems.tr(
            "more than {count} values in one file; no routine needs that many"
        )
        count = f"{MAX_NODES:,}"
        raise DataError([Problem(path, line, column, fill(message, count=count))]) from None
    except yaml.MarkedYAMLError as exc:
        raise DataError([_syntax_problem(exc, path)]) from None
    except yaml.YAMLError as exc:
        message = fill(FileProblems.tr("YAML syntax: {problem}"), problem=exc)
        raise DataError([problem_at_start(path, message)]) from None
    return _built(node, source, loader)


def _syntax_problem(exc: yaml.MarkedYAMLError, path: str) -> Problem:
    """PyYAML's complaint, placed where the author can fix it. Its own words (English,
    from PyYAML) stay inside ours."""
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or FileProblems.tr("invalid YAML")
    unclosed = _UNCLOSED.get(exc.context or "")
    if unclosed and exc.context_mark:
        # The parser notices at the end of the file; the author needs the opening.
        mark, what = exc.context_mark, fill(translate("FileProblems", unclosed), problem=what)
    if what == "but found another document":
        what = FileProblems.tr(
            "a file holds one routine: remove the '---' line and what follows it"
        )
    elif "'\\t'" in what or "\t" in what:
        what = fill(FileProblems.tr("{problem} (indent with spaces, not tabs)"), problem=what)
    line, column = _where(mark) if mark else (1, 1)
    return Problem(
        path, line, column, fill(FileProblems.tr("YAML syntax: {problem}"), problem=what)
    )


def _built(node: Any, source: SourceMap, loader: Any) -> tuple[Any, SourceMap]:
    if node is None:
        raise DataError([problem_at_start(source.path, FileProblems.tr("the file is empty"))])
    problems: list[Problem] = []
    data = _build(node, (), source, loader, problems)
    if problems:
        raise DataError(problems)
    return data, source


_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_OPEN_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


class _Refused(Exception):
    """The fast path met what only the strict loader may judge (too deep, too many)."""


def _fast_node(text: str) -> tuple[Any, Any] | None:
    """The document's node tree and its loader, from libyaml; None when the strict
    loader must look instead (no libyaml, or anything it would refuse: aliases, deep
    nesting, too many values, control characters, a syntax error), so the messages
    users see are always the strict loader's.

    A file that could hold aliases or more values than allowed is first read as events
    and counted, before anything is built from it. Others (every real routine: a few
    KB, no '*') are composed at once, which halves the time per file; ``_build`` then
    stops at the depth and count limits (``_Refused``), and libyaml itself stops at a
    nesting of 1,000 levels.
    """
    if _FAST_LOADER is None or _NON_PRINTABLE.search(text):
        return None
    if len(text) > MAX_NODES or "*" in text:
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
        except yaml.YAMLError:
            return None
        finally:
            events.dispose()
    loader = _FastLoader(text)
    try:
        return loader.get_single_node(), loader
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


_UNCLOSED = {
    "while parsing a flow sequence": QT_TRANSLATE_NOOP(
        "FileProblems", "this '[' is never closed ({problem})"
    ),
    "while parsing a flow mapping": QT_TRANSLATE_NOOP(
        "FileProblems", "this '{' is never closed ({problem})"
    ),
    "while scanning a quoted scalar": QT_TRANSLATE_NOOP(
        "FileProblems", "this quote is never closed ({problem})"
    ),
}
"""PyYAML's context -> our words (English source: translated where used)."""
_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node: Any, key: Key, source: SourceMap, loader: Any, problems: list[Problem]) -> Any:
    # Never true after the strict loader, which refuses such a file while composing.
    if len(key) > MAX_DEPTH or len(source.values) >= MAX_NODES:
        raise _Refused
    source.values[key] = _where(node.start_mark)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        line, column = _where(node.start_mark)
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        message = fill(
            FileProblems.tr("unknown tag {tag}; write a plain value without '!'"), tag=repr(tag)
        )
        problems.append(Problem(source.path, line, column, message))
        return None
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                line, column = _where(key_node.start_mark)
                message = FileProblems.tr("keys must be plain words")
                problems.append(Problem(source.path, line, column, message))
                continue
            name = loader.construct_scalar(key_node)
            if name == "<<":
                line, column = _where(key_node.start_mark)
                message = FileProblems.tr("merge keys (<<) are not allowed")
                problems.append(Problem(source.path, line, column, message))
                continue
            if name in result:
                line, column = _where(key_node.start_mark)
                message = fill(FileProblems.tr("duplicate key {key}"), key=repr(name))
                problems.append(Problem(source.path, line, column, message))
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
            why = fill(
                FileProblems.tr("unknown tag {tag}; write a plain value without '!'"), tag=repr(tag)
            )
        elif isinstance(exc, yaml.MarkedYAMLError):
            why = fill(FileProblems.tr("bad value: {problem}"), problem=exc.problem)
        else:
            why = fill(
                FileProblems.tr("bad value {value} for the tag {tag}"),
                value=repr(node.value),
                tag=repr(tag),
            )
        problems.append(Problem(source.path, line, column, why))
        return None
