"""Lay out HTML with vector drawings on paper pages, for a PDF file or a printer.

A page is a QTextDocument (headings, tables and paragraphs in HTML) with drawings
placed where the HTML says ``[[name]]``: each is painted with QPainter straight onto
the page (a chart, a body diagram), so it stays sharp at any zoom and on any printer.
Every page gets a footer (a line of text and "page N of M"). Qt only: no browser.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

DrawFn = Callable[[QPainter, QRectF], None]
MARGIN_MM = 14.0

# Where Letter paper is the custom (everywhere else takes A4).
_LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "HN", "NI", "PA", "DO", "PR"}
)


def paper_for(locale: QLocale | None = None, environ: Mapping[str, str] | None = None) -> QPageSize:
    """A4 or Letter, as the user's locale has it.

    LC_PAPER (glibc's paper size category) wins over the language locale when set,
    as it does for the rest of the desktop; "en_CA.UTF-8" names its territory "CA".
    """
    env = os.environ if environ is None else environ
    setting = env.get("LC_ALL") or env.get("LC_PAPER") or ""
    territory = _territory(setting)
    if not territory:
        locale = locale or QLocale.system()
        territory = QLocale.territoryToCode(locale.territory())
    letter = territory in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _territory(setting: str) -> str:
    name = setting.split(".")[0].split("@")[0]
    return name.split("_")[1].upper() if "_" in name else ""


def set_paper(device: QPagedPaintDevice, paper: QPageSize) -> None:
    device.setPageLayout(
        QPageLayout(
            paper,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


@dataclass(frozen=True)
class Drawing:
    """A picture in the flow of text: ``aspect`` is its height over its width, and
    ``width`` the share of the text width it takes."""

    draw: DrawFn
    aspect: float
    width: float = 1.0


@dataclass(frozen=True)
class Layout:
    """A document laid out for the page: how many pages it took, at what type size, and
    where each drawing goes (in document coordinates)."""

    document: QTextDocument
    page_height: float
    point_size: float
    drawings: tuple[tuple[Drawing, QRectF], ...]

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def lay_out(
    device: QPagedPaintDevice,
    html: str,
    drawings: dict[str, Drawing],
    *,
    footer_lines: int,
    max_pages: int,
    sizes: Sequence[float] = (10.5, 10.0, 9.5, 9.0, 8.5, 8.0),
) -> Layout:
    """Lay ``html`` out on ``device``'s pages at the largest type size that fits
    ``max_pages`` (the smallest size if none does).

    A drawing's place is held by a blank image of its size (PySide cannot register a
    QTextObjectInterface: Qt's qobject_cast to it fails on a Python class), and the
    drawing is painted over that place, as vectors, when the page is painted.
    """
    width = float(device.width())
    # Image sizes in HTML are CSS pixels (1/96 inch), which Qt scales to the device.
    scale = device.logicalDpiX() / 96.0
    for name, drawing in drawings.items():
        if f"[[{name}]]" not in html:
            raise ValueError(f"the page has no place for the drawing {name!r}")
        w = (width * drawing.width - 4) / scale
        tag = f"<img src='{_SCHEME}{name}' width='{w:.2f}' height='{w * drawing.aspect:.2f}'>"
        html = html.replace(f"[[{name}]]", tag)
    layout: Layout | None = None
    for size in sizes:
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        document.documentLayout().setPaintDevice(device)
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        # No "fi" ligatures: the PDF's text must search and copy as the letters typed.
        font.setFeature(QFont.Tag("liga"), 0)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(_STYLE)
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        for name in drawings:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"{_SCHEME}{name}"), blank
            )
        height = device.height() - footer_height(device, font, footer_lines)
        document.setPageSize(QSizeF(width, height))
        document.setHtml(html)
        document.pageCount()  # lays it out: the drawings' places are known from here
        placed = tuple((drawings[name], rect) for name, rect in _drawing_rects(document, scale))
        layout = Layout(document, height, size, placed)
        if document.pageCount() <= max_pages:
            return layout
    assert layout is not None
    return layout


_SCHEME = "drawing:"


def _drawing_rects(document: QTextDocument, scale: float) -> list[tuple[str, QRectF]]:
    """Where each placeholder image was laid out, in document coordinates."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(_SCHEME):
                image = fmt.toImageFormat()
                text_layout = block.layout()
                offset = fragment.position() - block.position()
                line = text_layout.lineForTextPosition(offset)
                if not line.isValid():  # not laid out: the caller lays out first
                    raise RuntimeError("the document was not laid out")
                origin = text_layout.position()
                # PySide returns (x, cursor position) here; the stubs say object.
                found_x: Any = line.cursorToX(offset)
                x = origin.x() + float(found_x[0])
                bottom = origin.y() + line.y() + line.ascent()
                w, h = image.width() * scale, image.height() * scale
                rect = QRectF(x, bottom - h, w, h)
                found.append((image.name().removeprefix(_SCHEME), rect))
            fragments += 1
        block = block.next()
    return found


def footer_height(device: QPagedPaintDevice, font: QFont, lines: int) -> float:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(_footer_font(font), device)
    return metrics.lineSpacing() * (lines + 0.8)


def _footer_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    return small


def paint_pages(device: QPagedPaintDevice, documents: Sequence[tuple[Layout, str]]) -> int:
    """Paint each laid-out document on ``device``, each starting on a new page, with its
    footer (and "page N of M" when it has more than one); returns the pages painted.

    One QPainter for everything: a QPdfWriter takes only one.
    """
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the pages could not be opened for painting")
    painted = 0
    try:
        for layout, footer in documents:
            document, height = layout.document, layout.page_height
            pages = document.pageCount()
            font = _footer_font(document.defaultFont())
            for index in range(pages):
                if painted:
                    device.newPage()
                painter.save()
                painter.translate(0, -index * height)
                page = QRectF(0, index * height, device.width(), height)
                document.drawContents(painter, page)
                for drawing, rect in layout.drawings:
                    if page.contains(rect.center()):
                        painter.save()
                        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                        drawing.draw(painter, rect)
                        painter.restore()
                painter.restore()
                number = _page_number(index + 1, pages) if pages > 1 else ""
                _paint_footer(painter, device, height, font, footer, number)
                painted += 1
    finally:
        painter.end()
    return painted


def _page_number(page: int, pages: int) -> str:
    text = QCoreApplication.translate("Pages", "Page {page} of {pages}")
    locale = QLocale()
    return text.replace("{page}", locale.toString(page)).replace("{pages}", locale.toString(pages))


def _paint_footer(
    painter: QPainter, device: QPagedPaintDevice, top: float, font: QFont, text: str, page: str
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#000000"), max(1.0, device.logicalDpiX() / 300)))
    gap = painter.fontMetrics().lineSpacing() * 0.4
    painter.drawLine(0, int(top + gap / 2), device.width(), int(top + gap / 2))
    area = QRectF(0, top + gap, device.width(), device.height() - top - gap)
    page_width = painter.fontMetrics().horizontalAdvance(page) + gap * 3
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(area.adjusted(0, 0, -page_width, 0), int(flags), text)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    painter.drawText(area, int(right), page)
    painter.restore()


# Black on white, rules and weight instead of colour: it must photocopy and fax.
_STYLE = """
h1 { font-size: 160%; margin: 0 0 2px 0; }
h2 { font-size: 118%; margin: 8px 0 2px 0; }
h3 { font-size: 105%; margin: 6px 0 2px 0; }
p { margin: 0 0 3px 0; }
table { border-collapse: collapse; margin: 2px 0 4px 0; }
th { text-align: left; font-weight: bold; padding: 1px 6px 1px 0; border-bottom: 1px solid black; }
td { padding: 1px 6px 1px 0; vertical-align: top; }
.num { text-align: right; }
.small { font-size: 88%; }
.box { border: 1px solid black; padding: 4px; }
"""


def html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
