"""Check a loaded document against its record and place every issue in the file."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from acutimer.core.errors import DataError, FileProblems, Problem
from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill
from acutimer.core.model import INVALID, Issue, IssueKind, OneOf, Text, check_record
from acutimer.core.yamlsource import SourceMap

R = TypeVar("R")

FORMAT_VERSION = OneOf(
    (1,),
    bool_message=QT_TRANSLATE_NOOP(
        "FileProblems", "must be the number 1 (the file format version)"
    ),
)
"""The ``format:`` key every routine and point file starts with."""
TEXT = Text(max_length=2000)
"""A sentence or a paragraph, as both file formats hold many."""


def validate(cls: type[R], data: Any, source: SourceMap) -> R:
    """``cls`` built from ``data``, or a DataError listing every problem with its place."""
    issues: list[Issue] = []
    made = check_record(cls, data, (), issues)
    if made is INVALID:
        problems = [_problem(issue, source) for issue in _without_misspelt_missing(issues)]
        raise DataError(list(dict.fromkeys(problems)))
    assert isinstance(made, cls)
    return made


def _without_misspelt_missing(issues: list[Issue]) -> list[Issue]:
    """Drop "missing key 'seconds'" where the same mapping has 'sekonds': the did-you-mean
    hint on the unknown key already says it, and one mistake should give one line."""
    unknown: dict[tuple[Any, ...], list[str]] = {}
    for issue in issues:
        if issue.kind is IssueKind.UNKNOWN:
            unknown.setdefault(issue.path[:-1], []).append(str(issue.path[-1]))
    return [
        issue
        for issue in issues
        if not (
            issue.kind is IssueKind.MISSING
            and difflib.get_close_matches(
                str(issue.path[-1]), unknown.get(issue.path[:-1], []), n=1
            )
        )
    ]


def _dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problem(issue: Issue, source: SourceMap) -> Problem:
    path = issue.path
    if issue.kind is IssueKind.UNKNOWN:
        name, parent = path[-1], _dotted(path[:-1])
        close = difflib.get_close_matches(str(name), issue.known, n=1)
        if close and parent:
            words = FileProblems.tr("unknown key {key} in {parent}; did you mean {close}?")
        elif close:
            words = FileProblems.tr("unknown key {key}; did you mean {close}?")
        elif issue.known and parent:
            words = FileProblems.tr("unknown key {key} in {parent}; allowed here: {known}")
        elif issue.known:
            words = FileProblems.tr("unknown key {key}; allowed here: {known}")
        elif parent:
            words = FileProblems.tr("unknown key {key} in {parent}")
        else:
            words = FileProblems.tr("unknown key {key}")
        message = fill(
            words,
            key=repr(name),
            parent=parent,
            close=repr(close[0]) if close else "",
            known=", ".join(sorted(issue.known)),
        )
        return source.problem(path, message, at_key=True)
    if issue.kind is IssueKind.MISSING:
        path = path[:-1]  # the key is not in the file: point at the mapping that lacks it
    where = _dotted(path)
    return source.problem(path, f"{where}: {issue.message}" if where else issue.message)
