"""Random and mutated documents reach the loader: only our own DataError may come out."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acutimer import paths
from acutimer.core.catalogue import routine_files
from acutimer.core.errors import DataError
from acutimer.core.loader import load_routine
from acutimer.core.points import load_points
from tests.helpers.routines import shipped_points

SHIPPED = {p.name: p.read_text(encoding="utf-8") for p in routine_files(paths.routines_dir())}
POINTS_TEXT = paths.points_file().read_text(encoding="utf-8")
POINTS = shipped_points()
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["LI4", "XX1", "press", "ice", "each", "both", "hand.yaml", "../x.yaml"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped routines, so mutated includes find real files."""
    target = tmp_path_factory.mktemp("routines")
    for path in routine_files(paths.routines_dir()):
        shutil.copy(path, target / path.name)
    return target


def only_data_errors(load: Callable[[], object]) -> None:
    try:
        load()
    except DataError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message and "\n" not in problem.message


def containers(data: Any, where: tuple = ()) -> list[tuple]:
    """Paths of every dict and list inside ``data``."""
    found = []
    if isinstance(data, dict | list):
        found.append(where)
        items = data.items() if isinstance(data, dict) else enumerate(data)
        for key, value in items:
            found += containers(value, (*where, key))
    return found


def at(data: Any, where: tuple) -> Any:
    for key in where:
        data = data[key]
    return data


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """A shipped document with a few values, keys or types changed."""
    data = yaml.safe_load(text)
    for _ in range(draw(st.integers(1, 4))):
        node = at(data, draw(st.sampled_from(containers(data))))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
            match draw(st.sampled_from(["replace", "delete", "add", "rename"])):
                case "replace":
                    node[key] = draw(values)
                case "delete":
                    del node[key]
                case "add":
                    node[draw(st.text(max_size=10))] = draw(values)
                case "rename":
                    node[draw(st.text(min_size=1, max_size=10))] = node.pop(key)
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if draw(st.booleans()):
                node[index] = draw(values)
            else:
                node.append(node[index] if draw(st.booleans()) else draw(values))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@st.composite
def spliced(draw: st.DrawFn, text: str) -> str:
    """A shipped document with characters cut out or pasted in: broken YAML of every kind."""
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 20)))
        insert = draw(st.text(alphabet=" \t\n:-[]{}&*!|>'\"#%@`,?0123456789abc", max_size=8))
        text = text[:start] + insert + text[end:]
    return text


def routine_documents() -> st.SearchStrategy[str]:
    shipped = st.sampled_from(sorted(SHIPPED.values()))
    return st.one_of(
        shipped.flatmap(mutated),
        shipped.flatmap(spliced),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
    )


@FUZZ
@given(document=routine_documents())
def test_a_mutated_or_random_routine_gives_only_data_errors(folder: Path, document: str) -> None:
    path = folder / "mutant.yaml"
    path.write_text(document, encoding="utf-8")
    only_data_errors(lambda: load_routine(path, POINTS))


@FUZZ
@given(raw=st.binary(max_size=300))
def test_random_bytes_give_only_data_errors(folder: Path, raw: bytes) -> None:
    path = folder / "bytes.yaml"
    path.write_bytes(raw)
    only_data_errors(lambda: load_routine(path, POINTS))
    only_data_errors(lambda: load_points(path))


@FUZZ
@given(document=st.one_of(mutated(POINTS_TEXT), spliced(POINTS_TEXT)))
def test_a_mutated_point_library_gives_only_data_errors(folder: Path, document: str) -> None:
    path = folder / "points-mutant.yaml"
    path.write_text(document, encoding="utf-8")
    only_data_errors(lambda: load_points(path))


def test_the_mutator_really_breaks_documents(folder: Path) -> None:
    """Guard against a fuzzer that only ever produces valid files."""
    path = folder / "seconds.yaml"
    data = yaml.safe_load(SHIPPED["hand.yaml"])
    data["steps"][1]["phases"][0]["seconds"] = "ten"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(DataError):
        load_routine(path, POINTS)
