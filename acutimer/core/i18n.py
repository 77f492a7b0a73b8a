"""Translatable text in the core, which never imports Qt.

Core code writes ``translate("Context", "English text")`` exactly as Qt code calls
``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts both alike into
``resources/translations/*.ts`` (see tools/translations.py). lupdate's Python reader
marks plural forms only for ``self.tr(text, "", n)``: a ``%n`` text passed through
``translate`` gets a single form (and one whose count is a keyword or attribute is not
extracted at all), so counted sentences belong in Qt code, or in separate one/many
sentences here. Text that must exist before
a language is chosen (module constants) is marked with ``QT_TRANSLATE_NOOP`` and passed
through ``translate`` where it is shown.

Until the Qt layer installs Qt's translator (``use``), text stays English: the command
line, the tests of the core and a missing translation all read the source text, with
``%n`` replaced by the count as Qt would.

Like gettext's and Qt's own, the translator is one per process: the language is a
property of the running app, not of any one object.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "Translator", "english", "translate", "use"]

Translator = Callable[[str, str, "str | None", int], str]
"""``(context, source text, disambiguation, n) -> text``, QCoreApplication.translate's shape."""


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` replaced by the count."""
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = english


def use(translator: Translator | None) -> None:
    """Make ``translate`` use ``translator`` from now on (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language, looked up under ``context``."""
    return _translator(context, text, disambiguation, n)


# Upper case: the name pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it yet (module constants)."""
    return text
