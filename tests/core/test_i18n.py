"""The core's translation hook: English without a translator, plain English plurals,
and the rules that keep every counted text visible to pyside6-lupdate."""

from __future__ import annotations

import importlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from acutimer.core import i18n
from acutimer.core.i18n import Context, english, fill, translate
from acutimer.core.timeline import duration_words

ROOT = Path(__file__).resolve().parents[2]
MINE = ("cli", "core", "editor")
"""The translation areas these rules are held for here (tools/translations.py AREAS)."""


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    i18n.use(None)


def test_english_plurals_are_made_from_the_source_text() -> None:
    assert english("C", "%n second(s)", None, 1) == "1 second"
    assert english("C", "%n second(s)", None, 0) == "0 seconds"
    assert english("C", "%n match(es) of %n", None, 2) == "2 matches of 2"
    assert english("C", "no count (here)") == "no count (here)"


def test_durations_read_as_plain_english_without_a_translator() -> None:
    assert [duration_words(s) for s in (1, 30, 60, 90, 150)] == [
        "1 second",
        "30 seconds",
        "1 minute",
        "1 minute 30 seconds",
        "2 minutes 30 seconds",
    ]


def test_a_translator_without_the_text_still_gives_plain_english_plurals() -> None:
    # What QCoreApplication.translate does for a text it has no translation of.
    i18n.use(lambda context, text, comment, n: text.replace("%n", str(n)))
    assert translate("C", "%n round(s)", "", 3) == "3 rounds"
    assert translate("C", "%n round(s)", "", 1) == "1 round"


def test_a_translation_is_used_as_it_is() -> None:
    i18n.use(lambda context, text, comment, n: f"[{context}] {text}".replace("%n", str(n)))
    assert translate("C", "%n round(s)", "", 3) == "[C] 3 round(s)"
    assert Context("StepLabels").tr("%n round(s)", "", 2) == "[StepLabels] 2 round(s)"


def test_fill_leaves_unknown_names_and_stray_braces_alone() -> None:
    assert (
        fill("this '{' is never closed ({problem})", problem="x") == "this '{' is never closed (x)"
    )
    assert fill("{Dauer} und {duration}", duration="5") == "{Dauer} und 5"


def _sources() -> list[Path]:
    return sorted((ROOT / "acutimer").rglob("*.py"))


def test_every_context_object_is_named_like_its_context() -> None:
    """pyside6-lupdate files ``NAME.tr(...)`` under the context NAME: the object behind
    NAME must look its texts up under that same name, or they are never found."""
    used = 0
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        for name, context in re.findall(r"^(\w+) = Context\(\"(\w+)\"\)", text, re.MULTILINE):
            assert name == context, f"{path}: {name} = Context({context!r})"
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            assert getattr(importlib.import_module(module), name) == Context(name)
            used += 1
    assert used >= 4


def test_no_counted_translate_call_that_lupdate_would_misread() -> None:
    """``translate(context, text, comment, n)`` with a name for n is not extracted as a
    plural (lupdate takes the name for the old "encoding" argument), and with ``int(n)``
    it is not extracted at all: counted texts use ``Context.tr`` instead."""
    call = re.compile(r'\btranslate\(\s*"[^"]*",\s*"[^"]*",\s*(?:"[^"]*"|None),\s*[A-Za-z_]')
    offenders = [
        str(path.relative_to(ROOT))
        for path in _sources()
        if path.parts[-2] in ("core", "editor") and path.name != "i18n.py"
        if call.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def _messages(area: str) -> list[tuple[str, str, list[str]]]:
    root = ET.parse(ROOT / "resources" / "translations" / "de" / f"{area}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            out.append((name, message.findtext("source") or "", forms))
    return out


@pytest.mark.parametrize("area", MINE)
def test_every_german_text_is_there_and_keeps_its_placeholders(area: str) -> None:
    messages = _messages(area)
    assert messages
    for context, source, forms in messages:
        for form in forms:
            assert form.strip(), f"{area}: {context}: {source!r} is not translated"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                f"{area}: {context}: {source!r} -> {form!r}"
            )
            assert form.count("&") == source.count("&"), (context, source, form)
