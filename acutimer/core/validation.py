"""Turn pydantic's validation errors into line-numbered problems a person can act on."""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, Field, ValidationError

from acutimer.core.errors import DataError, Problem
from acutimer.core.yamlsource import Key, SourceMap

M = TypeVar("M", bound=BaseModel)


def _not_a_bool(value: Any) -> Any:
    if isinstance(value, bool):  # YAML's true would otherwise pass as 1
        raise ValueError("must be the number 1 (the file format version)")
    return value


FormatVersion = Annotated[
    Literal[1], BeforeValidator(_not_a_bool), Field(description="File format version")
]
"""The ``format:`` key every routine and point file starts with."""


def validate(model: type[M], data: Any, source: SourceMap) -> M:
    """``model`` built from ``data``, or a DataError listing every problem with its place."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = _without_misspelt_missing(exc.errors())
        problems = [_problem(error, data, source, model) for error in errors]
        raise DataError(_unique(problems)) from None


def _without_misspelt_missing(errors: list[Any]) -> list[Any]:
    """Drop "missing key 'seconds'" where the same mapping has 'sekonds': the did-you-mean
    hint on the unknown key already says it, and one mistake should give one line."""
    unknown: dict[tuple[Any, ...], list[str]] = {}
    for error in errors:
        if error["type"] == "extra_forbidden" and error["loc"]:
            unknown.setdefault(tuple(error["loc"][:-1]), []).append(str(error["loc"][-1]))
    return [
        error
        for error in errors
        if not (
            error["type"] == "missing"
            and error["loc"]
            and difflib.get_close_matches(
                str(error["loc"][-1]), unknown.get(tuple(error["loc"][:-1]), []), n=1
            )
        )
    ]


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
        if (isinstance(current, dict) and part in current) or (
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
    return source.problem(path, f"{prefix}{_plain(error, bool(path))}")


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


PATTERN_WORDS = {
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "lowercase letters and digits, words joined by single hyphens "
    "(like hand-li4)",
    r"^[A-Z]{2}[0-9]{1,2}$": "a WHO point code: two capital letters and a number (like BL23)",
}


def _shown(value: Any) -> str:
    """The offending value as an author would recognise it in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a group of keys"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    return f"{value:g}" if isinstance(value, float) else str(value)


def _plain(error: Any, has_place: bool) -> str:
    """pydantic's message for ``error`` in words a routine author uses."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = f"; got {_shown(error.get('input'))}"
    loc = error.get("loc") or ("",)
    unit = " seconds" if str(loc[-1]).endswith("seconds") else ""
    match kind:
        case "float_type" | "float_parsing":
            return "should be a number, like 30" + got
        case "int_type" | "int_parsing" | "int_from_float":
            return "should be a whole number, like 3" + got
        case "finite_number":
            return "should be an ordinary number, like 30" + got
        case "bool_type" | "bool_parsing":
            return "should be true or false" + got
        case "string_type":
            return "should be text" + got
        case "list_type" | "tuple_type":
            return "should be a list (one '- ' line per item)" + got
        case "dict_type" | "model_type" | "model_attributes_type":
            if not has_place:
                return "the file should be a set of keys (format, id, title...)" + got
            return "should be a group of keys (key: value lines)" + got
        case "greater_than":
            return f"must be more than {_num(ctx['gt'])}{unit}" + got
        case "greater_than_equal":
            return f"must be at least {_num(ctx['ge'])}{unit}" + got
        case "less_than":
            return f"must be less than {_num(ctx['lt'])}{unit}" + got
        case "less_than_equal":
            return f"must be at most {_num(ctx['le'])}{unit}" + got
        case "too_short":
            needed = ctx.get("min_length", 1)
            return f"needs at least {needed} item{'s' if needed != 1 else ''}"
        case "too_long":
            return f"has {ctx.get('actual_length')} items; at most {ctx.get('max_length')} allowed"
        case "string_too_short":
            return "must not be empty"
        case "string_too_long":
            return f"is too long: at most {ctx['max_length']} characters"
        case "string_pattern_mismatch":
            pattern = ctx.get("pattern", "")
            wanted = PATTERN_WORDS.get(pattern, f"text matching {pattern}")
            return f"should be {wanted}" + got
        case "literal_error" | "enum":
            expected = str(ctx.get("expected", "")).replace("'", "")
            return f"should be one of: {expected}" + got
    message = str(error["msg"])
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")


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
