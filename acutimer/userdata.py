"""The user's own folder (Qt's AppDataLocation): custom routines, later the history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from acutimer.identity import APP_NAME

if TYPE_CHECKING:
    from acutimer.core.scan_cache import ScanCache

__all__ = ["APP_NAME", "routine_cache", "user_data_dir", "user_routines_dir"]


def user_data_dir() -> Path:
    """``~/.local/share/acutimer`` on Linux (honours XDG_DATA_HOME); not created here.

    This is Qt's AppDataLocation for an app named "acutimer" with no organisation,
    spelt out so that it does not depend on what the running QApplication is called.
    """
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(location) / APP_NAME


def user_routines_dir(*, create: bool = False) -> Path:
    folder = user_data_dir() / "routines"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def routine_cache() -> ScanCache:
    """The cache of routine files read before, in ``~/.cache/acutimer`` (XDG_CACHE_HOME)."""
    from PySide6.QtCore import QStandardPaths

    from acutimer import paths
    from acutimer.core.scan_cache import ScanCache, code_fingerprint

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    file = Path(location) / APP_NAME / "routines.pickle"
    return ScanCache(file, code_fingerprint(paths.points_file()))
