"""Where the pages go: a PDF file, or a printer chosen in the system's print dialog.

The builders paint on any QPagedPaintDevice, so the same code fills a QPdfWriter
(``write_pdf``, used by the command line without a window) and a QPrinter
(``acutimer.ui.printables``, from the window's menus).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageSize, QPdfWriter

from acutimer.identity import APP_NAME
from acutimer.reports.pages import paper_for, set_paper

Render = Callable[[QPagedPaintDevice], int]
"""Paints every page on the device and returns how many there were."""

PDF_DPI = 300


def gui_application() -> QGuiApplication:
    """The running application, or an offscreen one for the command line: fonts and
    SVG need a QGuiApplication, but no window is ever shown."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([APP_NAME])
    assert isinstance(app, QGuiApplication)
    return app


def write_pdf(path: Path, render: Render, title: str, paper: QPageSize | None = None) -> int:
    """Write the pages to ``path`` (replacing it only once all is written); returns
    the number of pages. Raises OSError when the file cannot be written."""
    gui_application()
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        # Ours first: an unwritable place is an OSError that names why, where Qt's
        # painter would only warn and draw nowhere.
        partial.open("wb").close()
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        set_paper(writer, paper or paper_for())
        pages = render(writer)
        del writer  # closes the file
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(f"{path} could not be written")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages
