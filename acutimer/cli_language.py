"""The command line's language: the window's choice (Settings, else the desktop's).

``start`` makes the same choice as the app (acutimer.qt.language.choose) and installs
it the same way: Qt's translators, the core's translate() and QLocale's default. Only
a translation needs a QCoreApplication (Qt installs translators into one), so English
for the text commands creates none: they stay as light as before (QtCore is imported
for the user's folders anyway), and a command run inside another program's process
(the tests) leaves no application behind. The PDF commands always get their
QGuiApplication (fonts, SVG) and the window's number and date formats.
"""

from __future__ import annotations

from collections.abc import Callable

from acutimer.identity import APP_NAME


class Language:
    """The language a command shows: ``content`` is what the routine and point loaders
    are given (``"de_DE"``; None for English), ``remove`` undoes the installation."""

    def __init__(self, content: str | None, remove: Callable[[], None] | None = None) -> None:
        self.content = content
        self._remove = remove

    def remove(self) -> None:
        if self._remove is not None:
            self._remove()
            self._remove = None


def start(*, gui: bool = False) -> Language:
    """Install the user's language for a command; ``gui`` for the commands that paint."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from acutimer.qt import language
    from acutimer.qt.settings import Settings

    preference = Settings().language
    lang = language.choose(preference, QLocale.system().uiLanguages(), language.available())
    if lang == language.SOURCE and not gui:
        return Language(None)  # the core's translate() speaks English without Qt
    if gui:
        from acutimer.reports.output import gui_application

        gui_application()
    elif QCoreApplication.instance() is None:
        QCoreApplication([APP_NAME])
    installed = language.install(lang)
    content = None if installed.lang == language.SOURCE else QLocale().name()
    return Language(content, installed.remove)
