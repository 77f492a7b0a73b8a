"""English plurals for counted text that has no translation.

Counted text is written Qt's way, ``"%n session(s)"``, and each language's translation
gives its own forms. English is the source and has no translation file, so Qt (and
``acutimer.core.i18n.english``) hands the source back with only ``%n`` filled in:
"1 session(s)". ``english_plural`` settles the "(s)" (or "(es)") the way English
counts; a translated text has none left and passes through unchanged.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\((e?s)\)")


def english_plural(text: str, n: int) -> str:
    """``text`` with each "(s)"/"(es)" kept for ``n`` other than 1 and dropped for 1."""
    return _MARK.sub(lambda m: "" if n == 1 else m.group(1), text)
