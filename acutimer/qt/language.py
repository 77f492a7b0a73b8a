"""The language of the user interface, chosen once at start-up before any window exists.

Settings holds the person's choice ("" follows the desktop: LANGUAGE, LC_ALL,
LC_MESSAGES and LANG, as QLocale.system().uiLanguages() reads them). The first of those
that acutimer ships is installed: Qt's translator with acutimer_<lang>.qm and Qt's own
qtbase_<lang>.qm (standard buttons, text-field menus), QLocale.setDefault for numbers,
dates and times, and the Qt-free core's translate(). Every window builds its text once,
so a new choice applies the next time acutimer starts.

Whoever needs the language (the voice, the routine texts) asks ``current()``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from acutimer.core import i18n
from acutimer.identity import APP_NAME
from acutimer.qt import translation_files

SOURCE = "en"
"""The language the source text is written in: always available, needs no translator."""

_current = SOURCE
_through_qt = False  # whether the core's translate() goes through Qt's translators


def current() -> str:
    """The language code the user interface shows ("en", "de"), for voices and content."""
    return _current


def available() -> list[str]:
    """Every language acutimer can show, English first."""
    return [SOURCE, *(lang for lang in translation_files.shipped() if lang != SOURCE)]


def native_name(lang: str) -> str:
    """A language by its own name, as its speakers look for it in a list ("Deutsch")."""
    if lang == SOURCE:
        return "English"  # QLocale says "American English"
    name = QLocale(lang).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else lang


def choose(preference: str, ui_languages: Sequence[str], offered: Sequence[str]) -> str:
    """The language to show: the preference if offered, else the desktop's first language
    that is ("de-AT" finds "de"), else English."""
    if preference in offered:
        return preference
    for tag in ui_languages:
        exact = tag.replace("-", "_")
        base = exact.split("_")[0].lower()
        for candidate in (exact, base):
            if candidate in offered:
                return candidate
    return SOURCE


def formats_for(lang: str, system: QLocale) -> QLocale:
    """Numbers and dates: the desktop's own locale when it speaks ``lang`` (de_AT stays
    de_AT), else ``lang`` with the desktop's country (English in Germany: en_DE, 24-hour
    clock), else plain ``lang``.

    By its name, not the system locale itself: that one is named from LANGUAGE but
    answers day and month names from LC_TIME, so ``LANGUAGE=de`` on an English or C
    locale printed "Mon, 04.03.2024" in a German report."""
    language = QLocale(lang).language()
    if system.language() == language:
        return QLocale(system.name())
    local = QLocale(language, system.territory())
    return local if local.language() == language else QLocale(lang)


class Installed:  # not a dataclass: dataclasses adds 3 ms to start-up
    """What ``install`` put in place; ``remove`` brings back what was there before
    (tests: a German window inside a suite that runs in English)."""

    def __init__(self, lang: str, before: tuple[str, QLocale, bool]) -> None:
        self.lang = lang
        self.translators: list[QTranslator] = []
        self.before = before
        """The language, the default locale and whether Qt's translate served the core."""

    def remove(self) -> None:
        global _current, _through_qt
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        _current, locale, _through_qt = self.before
        QLocale.setDefault(locale)
        i18n.use(qt_translate if _through_qt else None)


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(lang: str, cache: Path | None = None) -> Installed:
    """Show the user interface in ``lang`` from now on (call before building windows).

    A translation that cannot be loaded leaves English, with a line on stderr. English
    needs no translator: the source is English, and acutimer.core.i18n makes its plurals.
    """
    global _current, _through_qt
    cache = cache or cache_dir()
    installed = Installed(SOURCE, before=(_current, QLocale(), _through_qt))
    mine = _load(lang, cache) if lang != SOURCE else None
    if mine is None:
        lang = SOURCE
    else:
        installed.translators.append(mine)
        qt_own = QTranslator(QCoreApplication.instance())  # Qt's words: standard buttons
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            installed.translators.append(qt_own)
    for translator in installed.translators:
        QCoreApplication.installTranslator(translator)
    i18n.use(qt_translate)
    _through_qt = True
    installed.lang = _current = lang
    QLocale.setDefault(formats_for(lang, QLocale.system()))
    return installed


def _load(lang: str, cache: Path) -> QTranslator | None:
    """acutimer's translator for ``lang``; None, said on stderr, when it cannot load."""
    try:
        qm = translation_files.qm_file(lang, cache)
        translator = QTranslator(QCoreApplication.instance())
        if not translator.load(str(qm)):
            raise translation_files.TranslationMissing(f"{qm} is not a translation file")
    except (OSError, translation_files.TranslationMissing) as exc:
        print(f"acutimer: showing English: {exc}", file=sys.stderr)
        return None
    return translator


def start(preference: str) -> Installed:
    """Install the language the settings ask for ("" follows the desktop)."""
    return install(choose(preference, QLocale.system().uiLanguages(), available()))


def cache_dir() -> Path:
    """``~/.cache/acutimer/translations``: translations compiled in a checkout."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location) / APP_NAME / "translations"
