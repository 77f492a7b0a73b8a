"""A file built to be expensive is refused after a bounded amount of work, with a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from acutimer import paths
from acutimer.core import yamlsource
from acutimer.core.errors import DataError
from acutimer.core.yamlsource import MAX_NODES, load, read_text
from tests.helpers.routines import routine_text


def _message(text: str) -> str:
    with pytest.raises(DataError) as raised:
        load(text, "hostile.yaml")
    (problem,) = raised.value.problems
    return str(problem)


def test_half_a_million_numbers_in_one_flow_list_stop_at_the_node_limit() -> None:
    text = "steps: [" + ",".join(["1"] * 499_000) + "]\n"  # 998 KB, as in the fault run
    assert len(text) < yamlsource.MAX_FILE_BYTES
    # The mapping, its key and the list are three values; the number that makes
    # MAX_NODES + 1 is the one named.
    column = len("steps: [") + 1 + 2 * (MAX_NODES - 3)
    assert _message(text) == (
        f"hostile.yaml:1:{column}: more than 20,000 values in one file; no routine needs that many"
    )


def test_ten_thousand_steps_are_refused_at_the_node_limit_too() -> None:
    step = (
        "  - title: Step\n    instruction: Press.\n    phases:\n      - {kind: press, seconds: 1}\n"
    )
    message = _message(routine_text("steps:\n" + step * 10_000))
    assert message.startswith("hostile.yaml:") and "more than 20,000 values" in message


def _both(text: str) -> tuple[object, object]:
    fast = yamlsource._fast_node(text)
    assert fast is not None, "the fast path declined a valid file"
    fast_source = yamlsource.SourceMap("f")
    fast_data = yamlsource._build(fast[0], (), fast_source, fast[1], [])
    strict = yamlsource._StrictLoader(text)
    strict_source = yamlsource.SourceMap("f")
    strict_data = yamlsource._build(strict.get_single_node(), (), strict_source, strict, [])
    assert fast_data == strict_data
    assert fast_source == strict_source
    return fast_data, strict_data


@pytest.mark.parametrize("path", sorted(paths.routines_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_libyaml_reads_every_shipped_file_as_the_strict_loader_does(path: Path) -> None:
    _both(read_text(path))


@pytest.mark.parametrize(
    "text",
    [
        "title: 2024-05-01\nn: 0x1F\nyes: on\nf: 1e3\nempty:\nq: 'a: b'\n",
        "a: |\n  kept\n  lines\nb: >-\n  folded\n  text\n",
        "list:\n- 1\n-   - nested\n    - deeper\nflow: {a: [1, 2, {b: c}]}\n",
        "\ufeffbom: after the byte order mark\n",
    ],
)
def test_libyaml_and_the_strict_loader_agree_on_values_and_places(text: str) -> None:
    _both(text.removeprefix("\ufeff"))


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x\n", "a: [1, 2\n", "a: b\n---\nc: d\n"],
)
def test_anything_doubtful_goes_to_the_strict_loader(text: str) -> None:
    assert yamlsource._fast_node(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a: " + "[" * 50 + "]" * 50 + "\n", "nested more than 40 levels deep"),
        ("a: [" + "1, " * 19_999 + "1]\n", "more than 20,000 values in one file"),
    ],
)
def test_a_small_file_composed_at_once_still_gets_the_strict_loaders_limits(
    text: str, words: str
) -> None:
    with pytest.raises(DataError) as caught:
        yamlsource.load(text, "deep.yaml")
    assert words in str(caught.value)
