"""Read PDFs back with poppler's tools: the text, the page count and size, the pixels."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

TOOLS = ("pdftotext", "pdfinfo", "pdftoppm")


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before the builders would make a bare
    QGuiApplication (as the command line does), which the widget tests cannot use."""


@pytest.fixture
def poppler() -> Poppler:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (Debian: poppler-utils)"
        if os.environ.get("ACUTIMER_REQUIRE_POPPLER"):
            pytest.fail(reason)
        pytest.skip(reason)
    return Poppler()


class Poppler:
    """pdftotext, pdfinfo and pdftoppm on a file, their answers as Python values."""

    def text(self, pdf: Path, page: int | None = None) -> str:
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return _run("pdftotext", "-layout", *pages, str(pdf), "-")

    def info(self, pdf: Path) -> dict[str, str]:
        lines = _run("pdfinfo", str(pdf)).splitlines()
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}

    def pages(self, pdf: Path) -> int:
        return int(self.info(pdf)["Pages"])

    def page_size(self, pdf: Path) -> str:
        return self.info(pdf)["Page size"]

    def render(self, pdf: Path, out: Path, dpi: int = 40) -> list[QImage]:
        """Every page as a greyscale image."""
        _run("pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out / "page"))
        return [QImage(str(p)) for p in sorted(out.glob("page-*.png"))]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def ink(image: QImage, top: float = 1.0) -> float:
    """The share of the page (of its ``top`` part) that is not white (0: blank)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    grey = grey.copy(0, 0, grey.width(), int(grey.height() * top))
    dark = 0
    for y in range(grey.height()):
        row = grey.constScanLine(y).tobytes()[: grey.width()]
        dark += sum(1 for value in row if value < 200)
    return dark / (grey.width() * grey.height())
