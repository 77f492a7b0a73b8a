"""Where the pictures and markers of a body diagram go: pure geometry, no painting.

``plan_panels`` decides the pictures for a step (one trunk, or a limb per side) and
the marks on each; ``fit_rect`` and ``map_mark`` place them in a widget's rectangle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF

from acutimer.core.points import Point, View
from acutimer.core.sides import Side
from acutimer.core.timeline import side_words


class Framed(Protocol):
    """A picture with a marker frame (an Artwork): its own units, and a frame point in them."""

    @property
    def view_box(self) -> QRectF: ...

    def to_view_box(self, x: float, y: float) -> QPointF: ...


@dataclass(frozen=True)
class Mark:
    """A marker to draw: a point at frame coordinates, current or dimmed."""

    code: str
    x: float
    y: float
    current: bool


@dataclass(frozen=True)
class Panel:
    """One picture in the canvas: a view, mirrored or not, with its caption and marks."""

    view: View
    side: Side | None
    mirrored: bool
    caption: str
    marks: tuple[Mark, ...]


def plan_panels(
    point: Point,
    side: Side | None,
    others: Iterable[Point],
    drawn_side: Side,
    pair_order: tuple[Side, Side] = (Side.LEFT, Side.RIGHT),
) -> list[Panel]:
    """The pictures for a step: one trunk, or one limb per side (two for both)."""
    same_view = [p for p in others if p.view == point.view and p.code != point.code]
    if point.view.limb is None:
        return [Panel(point.view, side, False, "", _trunk_marks(point, side, same_view))]
    sides: list[Side | None] = list(pair_order) if side is Side.BOTH else [side]
    marks = tuple(Mark(p.code, *p.marker, current=False) for p in same_view)
    marks += (Mark(point.code, *point.marker, current=True),)
    # One picture needs no caption: the side stands in big letters above it.
    return [
        Panel(
            point.view,
            s,
            s is not None and s != drawn_side,
            side_words(point, s) if len(sides) > 1 else "",
            marks,
        )
        for s in sides
    ]


def _trunk_marks(point: Point, side: Side | None, others: list[Point]) -> tuple[Mark, ...]:
    # A trunk marker is the left-side position; the right side is its mirror, x' = 1 - x.
    def sided(p: Point, current: bool) -> list[Mark]:
        x, y = p.marker
        xs = {Side.LEFT: [x], Side.RIGHT: [1 - x]}.get(side or Side.BOTH, [x, 1 - x])
        return [Mark(p.code, sx, y, current) for sx in xs]

    marks = [m for p in others for m in sided(p, False)]
    return (*marks, *sided(point, True))


def fit_rect(outer: QRectF, size: QRectF) -> QRectF:
    """The largest rectangle of ``size``'s aspect centred in ``outer``."""
    if size.isEmpty() or outer.isEmpty():
        return QRectF()
    scale = min(outer.width() / size.width(), outer.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(outer.center().x() - w / 2, outer.center().y() - h / 2, w, h)


def map_mark(art: Framed, target: QRectF, mirrored: bool, x: float, y: float) -> QPointF:
    """Where a mark at frame (x, y) lands in widget coordinates."""
    box = art.view_box
    v = art.to_view_box(x, y)
    px = target.x() + (v.x() - box.x()) / box.width() * target.width()
    py = target.y() + (v.y() - box.y()) / box.height() * target.height()
    if mirrored:
        px = target.left() + target.right() - px
    return QPointF(px, py)
