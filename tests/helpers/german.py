"""The German translation installed for a test, as the app installs its language:
Qt's translator for the widgets and the same lookup for the core (acutimer.core.i18n).

The .qm is compiled from resources/translations/de/*.ts into a temporary folder, so
a test reads exactly what the build would ship.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from acutimer.core import i18n
from tools.translations import release


@contextmanager
def german(folder: Path) -> Iterator[None]:
    """German everywhere until the block ends; English again afterwards."""
    assert QCoreApplication.instance() is not None, "needs the qapp fixture"
    [qm] = release(folder, ["de"])
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} did not load"
    QCoreApplication.installTranslator(translator)
    i18n.use(QCoreApplication.translate)
    try:
        yield
    finally:
        i18n.use(None)
        QCoreApplication.removeTranslator(translator)
