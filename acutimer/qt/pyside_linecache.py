"""Keep PySide6's import hook from holding the source text of every module.

Once PySide6 is imported, its ``__feature__`` import hook asks of every module imported
after it whether the source mentions "PySide6" (``shibokensupport.feature``), and it
asks through ``inspect.getsource``, which leaves the whole text in ``linecache`` for
good: 3.9 MB of the app's peak memory for its ~100 modules, measured with
benchmarks/startup.py. The same question, answered by reading the file without
caching it, costs nothing that stays.
"""

from __future__ import annotations

import linecache
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers: does the module's source mention PySide6?"""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built-in, extension or frozen: PySide6 finds no source either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def keep_sources_out_of_linecache() -> bool:
    """Answer PySide6's question without caching; False if this PySide6 asks another way.

    Call it right after the first PySide6 import, before the app's own imports.
    """
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    linecache.clearcache()  # what it kept before now, for the few modules imported so far
    return True
