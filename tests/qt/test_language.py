"""Choosing and installing the user interface's language (acutimer/qt/language.py), and
the compiled translations a checkout makes on first use (acutimer/qt/translation_files.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from acutimer import paths
from acutimer.core.i18n import translate
from acutimer.qt import language, translation_files
from acutimer.qt.settings import Settings
from acutimer.ui.settings_dialog import SettingsDialog

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Probe</name>
    <message>
        <source>Pause</source>
        <translation>{word}</translation>
    </message>
    <message numerus="yes">
        <source>%n press(es)</source>
        <translation>
            <numerusform>%n Druck</numerusform>
            <numerusform>%n Drücke</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("preference", "desktop", "shown"),
    [
        ("", ["de-Latn-DE", "de-DE", "de"], "de"),
        ("", ["de-Latn-AT", "de-AT", "de-Latn", "de"], "de"),
        ("", ["fr-FR", "fr", "de-DE", "de"], "de"),  # LANGUAGE=fr:de, no French yet
        ("", ["fr-FR", "fr"], "en"),
        ("", ["C"], "en"),
        ("en", ["de-DE", "de"], "en"),
        ("de", ["en-US", "en"], "de"),
        ("xx", ["de-DE"], "de"),  # a choice no longer shipped follows the desktop
    ],
)
def test_choose_follows_the_setting_then_the_desktop(
    preference: str, desktop: list[str], shown: str
) -> None:
    assert language.choose(preference, desktop, ["en", "de"]) == shown


def test_languages_are_listed_by_their_own_names() -> None:
    assert language.available()[0] == "en"
    assert "de" in language.available()  # what resources/translations holds
    assert language.native_name("en") == "English"
    assert language.native_name("de") == "Deutsch"


def test_formats_follow_the_language_and_keep_the_desktops_country() -> None:
    assert language.formats_for("de", QLocale("de_AT")).name() == "de_AT"
    assert language.formats_for("en", QLocale("de_DE")).name() == "en_DE"
    assert language.formats_for("de", QLocale("en_US")).name() == "de_DE"


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout's translation sources with one German file, and no built .qm."""
    root = tmp_path / "translations"
    (root / "de").mkdir(parents=True)
    (root / "de" / "probe.ts").write_text(TS.format(word="Pause machen"), encoding="utf-8")
    monkeypatch.setattr(paths, "translation_sources_dir", lambda: root)
    monkeypatch.setattr(paths, "compiled_translations_dir", lambda: tmp_path / "none")
    return root


@pytest.fixture
def german(qapp: QApplication, sources: Path, tmp_path: Path) -> Iterator[language.Installed]:
    installed = language.install("de", cache=tmp_path / "cache")
    yield installed
    installed.remove()


def test_installed_language_translates_qt_and_core_text(german: language.Installed) -> None:
    assert language.current() == "de"
    assert QCoreApplication.translate("Probe", "Pause") == "Pause machen"
    assert translate("Probe", "Pause") == "Pause machen"
    assert translate("Probe", "%n press(es)", None, 1) == "1 Druck"
    assert translate("Probe", "%n press(es)", None, 3) == "3 Drücke"
    assert QLocale().language() == QLocale.Language.German
    # Qt's own words (standard buttons) come from Qt's German translation.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_removing_the_language_brings_english_back(german: language.Installed) -> None:
    german.remove()
    assert language.current() == "en"
    assert translate("Probe", "Pause") == "Pause"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_missing_translation_leaves_english_and_says_why(
    qapp: QApplication, sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = language.install("fr", cache=tmp_path / "cache")
    try:
        assert language.current() == "en"
        assert "no translation for 'fr'" in capsys.readouterr().err
    finally:
        installed.remove()


def test_checkout_compiles_once_and_again_after_an_edit(sources: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = translation_files.qm_file("de", cache)
    stamp = first.stat().st_mtime_ns
    os.utime(first, ns=(stamp - 10**9, stamp - 10**9))
    assert translation_files.qm_file("de", cache) == first  # from the cache
    assert first.stat().st_mtime_ns == stamp - 10**9
    (sources / "de" / "probe.ts").write_text(TS.format(word="Anhalten"), encoding="utf-8")
    second = translation_files.qm_file("de", cache)
    assert second != first
    assert list(cache.iterdir()) == [second]  # the stale one is gone


def test_built_translation_wins_over_the_sources(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = tmp_path / "built"
    built.mkdir()
    (built / "acutimer_de.qm").write_bytes(b"")
    monkeypatch.setattr(paths, "compiled_translations_dir", lambda: built)
    assert translation_files.shipped() == ["de"]
    assert translation_files.qm_file("de", tmp_path / "cache") == built / "acutimer_de.qm"


def test_settings_offer_the_languages_and_say_when_they_apply(
    qapp: QApplication, tmp_path: Path
) -> None:
    settings = Settings.at(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[:3] == ["System default", "English", "Deutsch"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(names.index("Deutsch"))
    assert not dialog.language_note.isHidden()
    assert "starts again" in dialog.language_note.text()
    dialog.accept()
    assert settings.language == "de"
    assert SettingsDialog(settings).language.currentText() == "Deutsch"
