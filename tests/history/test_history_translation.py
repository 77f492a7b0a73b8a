"""The German translation of the history area: complete, up to date with the sources,
and every placeholder, plural form and shortcut carried over."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from acutimer.history.plurals import english_plural
from tools import translations

HISTORY_TS = translations.TRANSLATIONS / "de" / "history.ts"
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def messages(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, plural) for every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if plural else []
            texts = forms if plural else [translation.text or ""]
            if translation.get("type") == "unfinished":
                texts = []
            found.append((name, message.findtext("source") or "", texts, plural))
    return found


def test_every_text_of_the_history_area_is_translated() -> None:
    found = messages(HISTORY_TS)
    assert len(found) > 200
    unfinished = [(c, s) for c, s, texts, _ in found if not texts or not all(texts)]
    assert unfinished == []
    # German has two plural forms: one, and everything else.
    assert all(len(texts) == 2 for _, _, texts, plural in found if plural)


def test_a_translation_keeps_the_placeholders_and_the_shortcut() -> None:
    wrong = []
    for context, source, texts, _ in messages(HISTORY_TS):
        for text in texts:
            same_places = sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source))
            # One & for a keyboard shortcut where the English has one ("&nbsp;" is HTML).
            shortcuts = [t.replace("&nbsp;", "").count("&") for t in (text, source)]
            if not same_places or shortcuts[0] != shortcuts[1]:
                wrong.append((context, source, text))
    assert wrong == []


def test_the_translation_has_every_text_the_sources_have(tmp_path: Path) -> None:
    """A new text in the history area needs its German before it is merged."""
    copy = tmp_path / "history.ts"
    shutil.copy(HISTORY_TS, copy)
    sources = [str(p) for p in translations.area_files()["history"]]
    subprocess.run(
        [translations.tool("lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    now = {(c, s) for c, s, _, _ in messages(copy)}
    before = {(c, s) for c, s, _, _ in messages(HISTORY_TS)}
    assert now - before == set(), "run: python tools/translations.py update de"
    assert before - now == set(), "texts no longer in the sources: update the .ts"


def test_english_plurals_without_a_translation() -> None:
    assert english_plural("1 session(s) this week", 1) == "1 session this week"
    assert english_plural("3 session(s), %n press(es)", 3) == "3 sessions, %n presses"
    assert english_plural("0 page(s)", 0) == "0 pages"
    assert english_plural("3 Sitzungen (Ziel 3)", 3) == "3 Sitzungen (Ziel 3)"
