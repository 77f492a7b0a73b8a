"""The command line's language: the window's choice (Settings, else the desktop's).

``start`` installs it as the app does (acutimer.qt.language): Qt's translators, the
core's translate() and QLocale's default, which needs a QCoreApplication (a
QGuiApplication for the PDF commands). Importing Qt costs a plain ``acutimer list``
about 0.1 s of its ~0.3 s, so when the answer can only be English (no settings file
names another language, and every locale variable Qt reads names English, C or POSIX)
Qt is not imported at all; any doubt goes through Qt, which makes the real choice.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from acutimer.identity import APP_NAME

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""What QLocale.system().uiLanguages() reads on Linux."""

_ENGLISH_OR_NONE = re.compile(r"(en([_.@-].*)?|C([_.@-].*)?|POSIX)?", re.IGNORECASE)
_LANGUAGE_LINE = re.compile(r"^\s*language\s*=\s*\"?([^\"\s]*)\"?\s*$", re.MULTILINE)


class Language:
    """The language a command shows: ``content`` is what the routine and point loaders
    are given (``"de_DE"``; None for English), ``remove`` undoes the installation (a
    command run inside another program's process, like the tests, leaves no trace)."""

    def __init__(self, content: str | None, remove: Callable[[], None] | None = None) -> None:
        self.content = content
        self._remove = remove

    def remove(self) -> None:
        if self._remove is not None:
            self._remove()
            self._remove = None


def start(*, gui: bool = False) -> Language:
    """Install the user's language for a command; ``gui`` for the commands that paint
    (fonts and SVG need a QGuiApplication; they pay for Qt in any case)."""
    if not gui and surely_english(os.environ):
        return Language(None)
    from PySide6.QtCore import QCoreApplication, QLocale

    from acutimer.qt import language
    from acutimer.qt.settings import Settings

    if gui:
        from acutimer.reports.output import gui_application

        gui_application()
    elif QCoreApplication.instance() is None:
        QCoreApplication([APP_NAME])
    installed = language.start(Settings().language)
    content = None if installed.lang == language.SOURCE else QLocale().name()
    return Language(content, installed.remove)


def surely_english(env: Mapping[str, str]) -> bool:
    """True when the window would certainly show English: the settings ask for no
    other language, and the desktop's locale variables name English or nothing."""
    for value in (env.get(name, "") for name in LOCALE_VARIABLES):
        if not all(_ENGLISH_OR_NONE.fullmatch(tag) for tag in value.split(":")):
            return False
    for file in settings_files(env):
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # no file (the usual case) or unreadable: QSettings reads nothing either
        if any(value not in ("", "en") for value in _LANGUAGE_LINE.findall(text)):
            return False
    return True


def settings_files(env: Mapping[str, str]) -> list[Path]:
    """Every file QSettings("acutimer", "acutimer") may read on Linux: the user's and the
    system's, the application's and the organisation's (both named acutimer)."""
    home = env.get("XDG_CONFIG_HOME", "")
    folders = [Path(home)] if home else []
    folders.append(Path.home() / ".config")
    folders += [Path(d) for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
    return [f for d in folders for f in (d / APP_NAME / f"{APP_NAME}.conf", d / f"{APP_NAME}.conf")]
