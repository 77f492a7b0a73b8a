"""A small picture of a routine's points, for the picker's details: every point of the
routine on its body diagram, drawn by the same canvas as the session view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import PointLibrary, View
from acutimer.ui.diagram_geometry import Mark, Panel
from acutimer.ui.diagram_view import DiagramCanvas

PANEL_HEIGHT = 190


def routine_panels(routine: ResolvedRoutine, points: PointLibrary) -> list[Panel]:
    """One panel per view the routine uses, each with all of its points on it."""
    by_view: dict[View, list[Mark]] = {}
    for code in routine.point_codes():
        point = points.get(code)
        if point is None:
            continue
        x, y = point.marker
        marks = by_view.setdefault(point.view, [])
        marks.append(Mark(code, x, y, current=True))
        if point.view.limb is None:  # the back: the point on both sides
            marks.append(Mark(code, 1 - x, y, current=True))
    return [Panel(view, None, False, "", tuple(marks)) for view, marks in by_view.items()]


def routine_picture(
    routine: ResolvedRoutine, points: PointLibrary, palette: QPalette, dpr: float = 1.0
) -> QPixmap | None:
    """The routine's points on their diagrams, about PANEL_HEIGHT pixels high; None when
    the routine has no points (an ice routine)."""
    panels = routine_panels(routine, points)
    if not panels:
        return None
    canvas = DiagramCanvas()
    canvas.setPalette(palette)
    canvas.compact = True
    canvas.set_pulse(False)
    canvas.show_panels(panels)
    width = sum(
        int(
            PANEL_HEIGHT
            * canvas.artwork(p.view).view_box.width()
            / canvas.artwork(p.view).view_box.height()
        )
        for p in panels
    )
    canvas.resize(width + 16 * len(panels), PANEL_HEIGHT)
    # Drawn on transparency, so it sits on the details' own background.
    pixmap = QPixmap(canvas.size() * dpr)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    canvas.render(pixmap, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    canvas.deleteLater()
    return pixmap
