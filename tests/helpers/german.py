"""The app in German for a test: the German translation compiled from the sources, Qt's
translator and the core's translate() installed, and German numbers and dates.

Stands in for the app's own start-up language choice (``acutimer.qt.language``) in the
tests of one area; every change is undone when the test ends. The .qm is compiled from
resources/translations/de/*.ts into a temporary folder, so a test reads exactly what the
build would ship.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from acutimer.core import i18n
from acutimer.qt.language import qt_translate
from tools import translations


def compile_german(folder: Path) -> Path:
    """acutimer_de.qm made from resources/translations/de/*.ts with lrelease."""
    (qm,) = translations.release(folder, ["de"])
    return qm


@contextmanager
def in_german(qm: Path) -> Iterator[None]:
    """German everywhere until the block ends; as before afterwards."""
    assert QCoreApplication.instance() is not None, "needs the qapp fixture"
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise AssertionError(f"{qm} is not a translation Qt can load")
    formats = QLocale()
    # i18n has no getter: the translator in use before (English, or whatever the app's
    # start-up installed for the whole test session) comes back afterwards.
    core_before = i18n._translator
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    i18n.use(qt_translate)
    try:
        yield
    finally:
        i18n.use(core_before)
        QLocale.setDefault(formats)
        QCoreApplication.removeTranslator(translator)


@contextmanager
def german(folder: Path) -> Iterator[None]:
    """German compiled into ``folder`` and installed until the block ends."""
    with in_german(compile_german(folder)):
        yield
