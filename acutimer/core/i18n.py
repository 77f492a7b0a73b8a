"""Translatable text in the core, which never imports Qt.

Core code writes ``translate("Context", "English text")`` exactly as Qt code calls
``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts both alike into
``resources/translations/*.ts`` (see tools/translations.py). Text that must exist
before a language is chosen (module constants) is marked with ``QT_TRANSLATE_NOOP`` and
passed through ``translate`` where it is shown.

Until the Qt layer installs Qt's translator (``use``), text stays English: the command
line, the tests of the core and a missing translation all read the source text, with
``%n`` replaced by the count as Qt would.

Like gettext's and Qt's own, the translator is one per process: the language is a
property of the running app, not of any one object.

Counted text ("%n second(s)") is written ``DURATION.tr("%n second(s)", "", n)`` with a
``Context`` named like its variable: pyside6-lupdate marks ``translate(context, text,
comment, n)`` as plural only when the count is a literal number (it takes a fourth
name for the old "encoding" argument, and drops the message for ``int(n)``), while it
reads ``NAME.tr(text, comment, n)`` as plural under the context ``NAME``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["QT_TRANSLATE_NOOP", "Context", "Translator", "english", "fill", "translate", "use"]

Translator = Callable[[str, str, "str | None", int], str]
"""``(context, source text, disambiguation, n) -> text``, QCoreApplication.translate's shape."""


_PLURAL_ENDING = re.compile(r"(?<=\w)\((\w{1,3})\)")
"""The "(s)" of "second(s)": English source text names its plural this way."""


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` replaced by the count and the English plural
    made: "%n second(s)" reads "1 second", "2 seconds"."""
    if n < 0:
        return text
    return _PLURAL_ENDING.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


_translator: Translator = english


def use(translator: Translator | None) -> None:
    """Make ``translate`` use ``translator`` from now on (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language, looked up under ``context``."""
    found = _translator(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        # Not translated (English, or a language without this text): Qt gives the
        # source back as it is, "1 second(s)"; say it in plain English instead.
        return english(context, text, disambiguation, n)
    return found


def fill(text: str, **values: object) -> str:
    """``text`` with each ``{name}`` replaced by its value.

    Not ``str.format``: a translation with a mistyped name, or a text with a brace of
    its own ("this '{' is never closed"), must still show, not raise."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


@dataclass(frozen=True)
class Context:
    """The texts of one context, for counted text: ``DURATION.tr("%n second(s)", "", n)``.

    The variable must be named like the context (``DURATION = Context("DURATION")``):
    that name is what pyside6-lupdate records (tests/core/test_i18n.py checks it).
    """

    name: str

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


# Upper case: the name pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it yet (module constants)."""
    return text
