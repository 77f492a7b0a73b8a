"""Everything the point library says about a point, for the picker and during a session.

The notes say where the books and the WHO standard disagree; the cautions say when to
leave a point out. Both reach the person here, not only the first line of "finding".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acutimer.core.i18n import translate
from acutimer.core.points import CODES_LEGEND, Point
from acutimer.ui.safety_dialog import TextDialog


def point_html(point: Point, heading: str = "h3", *, cautions: bool = True) -> str:
    """The point's names, where it is, how to find and press it, its notes and cautions."""
    e = html.escape

    where, find, press = (
        QCoreApplication.translate("PointInfo", "Where:"),
        QCoreApplication.translate("PointInfo", "How to find it:"),
        QCoreApplication.translate("PointInfo", "How to press:"),
    )
    parts = [
        f"<{heading}>{e(point.display_code)} · {e(point.english)} "
        f"<small>({e(point.pinyin)})</small></{heading}>",
        f"<p><b>{where}</b> {e(point.location)}</p>",
        f"<p><b>{find}</b> {e(point.finding)}</p>",
        f"<p><b>{press}</b> {e(point.technique)}</p>",
    ]
    if point.notes:
        good = QCoreApplication.translate("PointInfo", "Good to know:")
        parts.append(f"<p><b>{good}</b> {e(point.notes)}</p>")
    if cautions and point.cautions:
        items = "".join(f"<li>{e(c.text)}</li>" for c in point.cautions)
        heading = QCoreApplication.translate("PointInfo", "Cautions:")
        parts.append(f"<p><b>{heading}</b></p><ul style='margin-top:0'>{items}</ul>")
    return "".join(parts)


def point_dialog(point: Point, parent: QWidget | None = None) -> TextDialog:
    """ "More about this point": the whole library entry, with the codes legend."""
    legend = html.escape(translate("Points", CODES_LEGEND))
    body = point_html(point, "h2") + f"<p><small>{legend}</small></p>"
    title = QCoreApplication.translate("PointInfo", "More about {point}")
    close = QCoreApplication.translate("PointInfo", "Close")
    return TextDialog(title.replace("{point}", point.display_code), body, close, parent)
