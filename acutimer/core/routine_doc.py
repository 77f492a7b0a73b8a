"""A routine as a document (the plain data of its YAML file) and back to tidy YAML.

The editor and import/export work on the document, the data exactly as the file holds
it; the loader (``library.load_routine_text``) stays the one judge of what is valid.
Here: writing a document as tidy YAML in the built-in files' layout, patching the
values of a hand-written file in place so its comments and key order survive, and
flattening a routine with includes into one self-contained document.

Why a patch and not a round-trip YAML library (ruamel.yaml): the edits the editor makes
to an existing file are mostly changed values, which a patch of the value's characters
handles while leaving every other byte alone; what it cannot patch (steps added,
removed or moved) is rewritten, and the editor says so before saving. This keeps
routine files on one YAML reader (PyYAML, already strict and source-mapped) and the
app free of a second parser with a different idea of YAML.
"""

from __future__ import annotations

import dataclasses
import enum
import textwrap
from typing import Any

import yaml

from acutimer.core.loader import ResolvedRoutine
from acutimer.core.routine import Routine, StepSpec

SCHEMA_COMMENT = "# yaml-language-server: $schema=schema/routine.schema.json"
WIDTH = 88
"""Lines are folded near this width, as in the built-in files."""

ROUTINE_KEYS = (
    "format",
    "id",
    "title",
    "summary",
    "audience",
    "cautions",
    "switch_seconds",
    "steps",
)
STEP_KEYS = ("title", "point", "side", "rounds", "optional", "instruction", "phases")
PHASE_KEYS = ("kind", "seconds", "text")
GROUP_KEYS = ("switch_seconds", "steps")

Doc = dict[str, Any]
DocPath = tuple[Any, ...]


def field_default(record: type, name: str) -> Any:
    """The default of a record's field, as the model declares it."""
    return next(f.default for f in dataclasses.fields(record) if f.name == name)


# -- writing --------------------------------------------------------------------------


def to_yaml(doc: Doc) -> str:
    """``doc`` as tidy YAML with the schema comment first, keys in the usual order."""
    out = [SCHEMA_COMMENT]
    _mapping(doc, 0, out, ROUTINE_KEYS)
    return "\n".join(out) + "\n"


def _ordered(data: dict[str, Any], order: tuple[str, ...]) -> list[str]:
    return [k for k in order if k in data] + [k for k in data if k not in order]


def _order_for(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, dict) and "kind" in value:
        return PHASE_KEYS
    if key == "each_side":
        return GROUP_KEYS
    return STEP_KEYS


def _mapping(
    data: dict[str, Any],
    indent: int,
    out: list[str],
    order: tuple[str, ...],
    first: str | None = None,
) -> None:
    """Block mapping lines; ``first`` prefixes the first line (a list item's "- ")."""
    pad = " " * indent
    for n, key in enumerate(_ordered(data, order)):
        lead = first if n == 0 and first is not None else pad
        value = data[key]
        if isinstance(value, dict):
            out.append(f"{lead}{key}:")
            _mapping(value, indent + 2, out, _order_for(key, value))
        elif isinstance(value, list) and value:
            out.append(f"{lead}{key}:")
            _sequence(value, indent + 2, out, phases=key == "phases")
        else:
            _scalar_line(f"{lead}{key}:", value, indent + 2, out)


def _sequence(items: list[Any], indent: int, out: list[str], *, phases: bool) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and phases and _fits_flow(item, indent):
            out.append(f"{pad}- {flow(item)}")
        elif isinstance(item, dict) and item:
            order = PHASE_KEYS if phases else STEP_KEYS
            _mapping(item, indent + 2, out, order, first=f"{pad}- ")
        elif isinstance(item, list) and item:
            out.append(f"{pad}-")
            _sequence(item, indent + 2, out, phases=False)
        else:
            _scalar_line(f"{pad}-", item, indent + 2, out)


def _fits_flow(item: dict[str, Any], indent: int) -> bool:
    simple = all(not isinstance(v, dict | list) for v in item.values())
    return simple and indent + 2 + len(flow(item)) <= WIDTH


def flow(value: Any) -> str:
    """``value`` written on one line, safe inside ``{...}`` and ``[...]`` as well."""
    if isinstance(value, dict):
        inner = ", ".join(f"{scalar(k, True)}: {flow(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value, True)


def scalar(value: Any, in_flow: bool = False) -> str:
    """One scalar as YAML that reads back as the same value (``in_flow``: inside
    ``{...}`` or ``[...]``, where a comma ends a plain value)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if in_flow:
        dumped = yaml.safe_dump([text], default_flow_style=True, width=10**9, allow_unicode=True)
        plain = dumped.strip()[1:-1]
    else:
        dumped = yaml.safe_dump(text, width=10**9, allow_unicode=True)
        plain = dumped.removesuffix("\n").removesuffix("\n...")
    if "\n" in plain or plain.startswith(("'", '"')):
        # JSON's double-quoted strings are YAML's too, and stay on one line.
        return double_quoted(text)
    return plain


def double_quoted(text: str) -> str:
    """A double-quoted YAML string on one line; what may not stand raw is escaped."""
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    out = [escapes.get(c) or (c if c.isprintable() else f"\\U{ord(c):08x}") for c in text]
    return '"' + "".join(out) + '"'


def _foldable(text: str) -> bool:
    """Text that a folded block (``>-``) gives back unchanged once wrapped at spaces."""
    return (
        text == text.strip()
        and "\n" not in text
        and "  " not in text
        and "\t" not in text
        and all(c.isprintable() for c in text)
    )


def _scalar_line(lead: str, value: Any, indent: int, out: list[str]) -> None:
    if isinstance(value, list | dict):  # an empty one
        out.append(f"{lead} {flow(value)}")
        return
    text = scalar(value)
    if (
        isinstance(value, str)
        and len(lead) + 1 + len(text) > WIDTH
        and _foldable(value)
        and " " in value
    ):
        out.append(f"{lead} >-")
        out += [" " * indent + line for line in _wrap(value, WIDTH - indent)]
        return
    out.append(f"{lead} {text}")


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(
        text, max(width, 20), break_long_words=False, break_on_hyphens=False, expand_tabs=False
    )


# -- patching a hand-written file -------------------------------------------------------

_FastSafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML has it: the patch runs on every keystroke in the editor, and the
pure-Python parser takes ~40 ms for the largest routine. The strict reader that judges
a file (yamlsource) is unchanged."""


def patch(text: str, old: Doc, new: Doc) -> str | None:
    """``text`` (whose data is ``old``) changed to hold ``new``, touching only the values
    that differ; None when the change is more than new values (keys or items added,
    removed or moved), which only a rewrite can make."""
    changes: list[tuple[DocPath, Any]] = []
    if not _diff(old, new, (), changes):
        return None
    if not changes:
        return text
    try:
        root = yaml.compose(text, Loader=_FastSafeLoader)
    except yaml.YAMLError:
        return None
    spans = []
    for path, value in changes:
        found = _node(root, path)
        if found is None or not isinstance(found[0], yaml.ScalarNode):
            return None
        node, key_column, in_flow = found
        replacement = _replacement(node, value, key_column, in_flow)
        spans.append((node.start_mark.index, node.end_mark.index, replacement))
    for start, end, replacement in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    try:
        if yaml.load(text, Loader=_FastSafeLoader) != new:
            return None
    except yaml.YAMLError:
        return None
    return text


def _diff(old: Any, new: Any, path: DocPath, changes: list[tuple[DocPath, Any]]) -> bool:
    """Add to ``changes`` each value that differs; False if the shape differs."""
    if isinstance(old, dict) and isinstance(new, dict):
        if list(old) != list(new):
            return False
        return all(_diff(old[k], new[k], (*path, k), changes) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return False
        return all(
            _diff(a, b, (*path, i), changes) for i, (a, b) in enumerate(zip(old, new, strict=True))
        )
    if isinstance(old, dict | list) or isinstance(new, dict | list):
        return False
    if old != new or (type(old) is not type(new) and not _same_number(old, new)):
        changes.append((path, new))
    return True


def _same_number(a: Any, b: Any) -> bool:
    numbers = (int, float)
    return all(isinstance(x, numbers) and not isinstance(x, bool) for x in (a, b)) and a == b


def _node(root: Any, path: DocPath) -> tuple[Any, int, bool] | None:
    """The node at ``path``, the column of the key that holds it, and whether it stands
    inside a flow collection (``{...}``, ``[...]``)."""
    node, column, in_flow = root, 0, False
    for part in path:
        in_flow = in_flow or bool(getattr(node, "flow_style", False))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    node, column = value_node, key_node.start_mark.column
                    break
            else:
                return None
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return None
            node = node.value[part]
            column = node.start_mark.column - 2
        else:
            return None
    return node, column, in_flow


def _replacement(node: Any, value: Any, key_column: int, in_flow: bool) -> str:
    if node.style in (">", "|"):
        # A block scalar's span runs to the end of its last line.
        indent = key_column + 2
        if isinstance(value, str) and _foldable(value) and value:
            lines = _wrap(value, WIDTH - indent)
            return ">-\n" + "".join(" " * indent + line + "\n" for line in lines)
        return scalar(value) + "\n"
    return scalar(value, in_flow)


# -- flattening -------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def step_doc(step: StepSpec) -> Doc:
    """A step as its file writes it, leaving out what is the default."""
    out: Doc = {"title": step.title}
    if step.point is not None:
        out["point"] = _plain(step.point)
    if step.side is not None:
        out["side"] = _plain(step.side)
    if step.rounds != 1:
        out["rounds"] = step.rounds
    if step.optional:
        out["optional"] = True
    out["instruction"] = step.instruction
    out["phases"] = []
    for phase in step.phases:
        item: Doc = {"kind": _plain(phase.kind), "seconds": _plain(phase.seconds)}
        if phase.text is not None:
            item["text"] = phase.text
        out["phases"].append(item)
    return out


def flatten(resolved: ResolvedRoutine) -> Doc:
    """One self-contained document: every include replaced by the steps it brings,
    its cautions merged, each part keeping its own switch time."""
    routine: Routine = resolved.routine
    doc: Doc = {
        "format": 1,
        "id": routine.id,
        "title": routine.title,
        "summary": routine.summary,
        "audience": routine.audience,
    }
    if resolved.cautions:
        doc["cautions"] = list(resolved.cautions)
    default_switch = field_default(Routine, "switch_seconds")
    if routine.switch_seconds != default_switch:
        doc["switch_seconds"] = _plain(routine.switch_seconds)
    steps: list[Doc] = []
    for block in resolved.blocks:
        same_switch = block.switch_seconds == routine.switch_seconds
        if not block.each_side or (len(block.steps) == 1 and same_switch):
            steps += [step_doc(step) for step in block.steps]
            continue
        group: Doc = {"steps": [step_doc(step) for step in block.steps]}
        if not same_switch:
            group = {"switch_seconds": _plain(block.switch_seconds), **group}
        steps.append({"each_side": group})
    doc["steps"] = steps
    return doc
