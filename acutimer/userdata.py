"""The user's own folder (Qt's AppDataLocation): custom routines, later the history."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "acutimer"


def user_data_dir() -> Path:
    """``~/.local/share/acutimer`` on Linux (honours XDG_DATA_HOME); not created here."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def user_routines_dir(*, create: bool = False) -> Path:
    folder = user_data_dir() / "routines"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
