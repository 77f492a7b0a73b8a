"""Turn pydantic's validation errors into line-numbered problems a person can act on."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from acutimer.core.errors import DataError, Problem
from acutimer.core.yamlsource import Key, SourceMap

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, source: SourceMap) -> M:
    """``model`` built from ``data``, or a DataError listing every problem with its place."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(error, data, source, model) for error in exc.errors()]
        raise DataError(_unique(problems)) from None


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    return [p for p in problems if not (p in seen or seen.add(p))]


def _follow(loc: tuple[Any, ...], data: Any) -> Key:
    """The part of pydantic's ``loc`` that exists in the document.

    pydantic puts union tags and validator names into ``loc``; they are not in the file,
    so they are skipped.
    """
    path: list[Any] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            path.append(part)
            current = current[part]
        elif (
            isinstance(current, list)
            and isinstance(part, int)
            and not isinstance(part, bool)
            and 0 <= part < len(current)
        ):
            path.append(part)
            current = current[part]
    return tuple(path)


def _dotted(path: Key) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problem(error: Any, data: Any, source: SourceMap, model: type[BaseModel]) -> Problem:
    loc = tuple(error["loc"])
    path = _follow(loc, data)
    kind = error["type"]
    where = _dotted(path)
    prefix = f"{where}: " if where else ""
    if kind == "missing":
        field = loc[-1] if loc else "?"
        return source.problem(path, f"{prefix}missing required key {field!r}".lstrip())
    if kind == "extra_forbidden":
        name = path[-1] if path else loc[-1]
        parent = _dotted(path[:-1])
        known = _known_keys(model, path[:-1], data)
        hint = ""
        close = difflib.get_close_matches(str(name), known, n=1)
        if close:
            hint = f"; did you mean {close[0]!r}?"
        elif known:
            hint = f"; allowed here: {', '.join(sorted(known))}"
        place = f" in {parent}" if parent else ""
        return source.problem(path, f"unknown key {name!r}{place}{hint}", at_key=True)
    message = str(error["msg"])
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return source.problem(path, f"{prefix}{message}")


def _known_keys(model: type[BaseModel], parent: Key, data: Any) -> list[str]:
    """Keys the model accepts at ``parent`` (best effort, for a did-you-mean hint)."""
    current: Any = model
    node = data
    for part in parent:
        node = node[part] if isinstance(node, dict | list) else None
        if isinstance(part, int):
            continue
        current = _field_model(current, part, node)
        if current is None:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _field_model(model: Any, name: Any, node: Any) -> Any:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return None
    for field_name, info in model.model_fields.items():
        if name in (field_name, info.alias):
            return _inner_model(info.annotation, node)
    return None


def _inner_model(annotation: Any, node: Any) -> Any:
    """The model class inside ``list[X]``, ``X | None`` or a union, picked by the data."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    args = [a for a in getattr(annotation, "__args__", ()) if a is not type(None)]
    sample = node[0] if isinstance(node, list) and node else node
    candidates = [_inner_model(a, sample) for a in args]
    candidates = [c for c in candidates if c is not None]
    if isinstance(sample, dict):
        for c in candidates:
            required = {f.alias or n for n, f in c.model_fields.items() if f.is_required()}
            if required and required <= set(sample):
                return c
    return candidates[0] if candidates else None
