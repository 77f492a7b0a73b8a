"""Where a step's pictures and markers go (acutimer/ui/diagram_geometry.py): numbers only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from acutimer.core.sides import Side
from acutimer.ui.diagram_geometry import fit_rect, map_mark, plan_panels
from tests.helpers.routines import shipped_points

POINTS = shipped_points()


def point(code: str):
    found = POINTS.get(code)
    assert found is not None
    return found


class Picture:
    """A picture 100 x 200 units whose marker frame is the box (10, 20)-(90, 180)."""

    view_box = QRectF(0, 0, 100, 200)
    frame = QRectF(10, 20, 80, 160)

    def to_view_box(self, x: float, y: float) -> QPointF:
        return QPointF(
            self.frame.x() + x * self.frame.width(), self.frame.y() + y * self.frame.height()
        )


# -- fit_rect ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outer", "expected"),
    [
        (QRectF(0, 0, 400, 400), QRectF(100, 0, 200, 400)),  # tall picture, square room
        (QRectF(0, 0, 100, 1000), QRectF(0, 400, 100, 200)),  # a narrow column
        (QRectF(50, 50, 100, 200), QRectF(50, 50, 100, 200)),  # exactly its size
    ],
)
def test_fit_rect_is_the_largest_centred_rectangle_of_the_same_shape(
    outer: QRectF, expected: QRectF
) -> None:
    fitted = fit_rect(outer, QRectF(0, 0, 1, 2))
    assert fitted == expected
    assert outer.contains(fitted)


def test_fit_rect_of_nothing_is_empty() -> None:
    assert fit_rect(QRectF(), QRectF(0, 0, 1, 2)).isEmpty()
    assert fit_rect(QRectF(0, 0, 10, 10), QRectF()).isEmpty()


# -- map_mark ---------------------------------------------------------------------------


def test_map_mark_scales_the_frame_into_the_target() -> None:
    target = QRectF(0, 0, 50, 100)  # half size
    assert map_mark(Picture(), target, False, 0, 0) == QPointF(5, 10)
    assert map_mark(Picture(), target, False, 1, 1) == QPointF(45, 90)
    assert map_mark(Picture(), target, False, 0.5, 0.5) == QPointF(25, 50)


def test_map_mark_on_a_mirrored_picture_flips_left_and_right_only() -> None:
    target = QRectF(100, 0, 50, 100)
    plain = map_mark(Picture(), target, False, 0.25, 0.75)
    mirrored = map_mark(Picture(), target, True, 0.25, 0.75)
    assert mirrored.y() == plain.y()
    assert mirrored.x() - target.left() == pytest.approx(target.right() - plain.x())


# -- plan_panels ------------------------------------------------------------------------


def test_a_trunk_point_on_both_sides_is_one_picture_with_two_mirrored_marks() -> None:
    bl23 = point("BL23")
    [panel] = plan_panels(bl23, Side.BOTH, [], drawn_side=Side.BOTH)
    assert (panel.mirrored, panel.caption) == (False, "")
    assert sorted(m.x for m in panel.marks) == pytest.approx(
        sorted([bl23.marker[0], 1 - bl23.marker[0]])
    )
    assert all(m.current for m in panel.marks)


@pytest.mark.parametrize(("side", "mirrored_x"), [(Side.LEFT, False), (Side.RIGHT, True)])
def test_a_trunk_point_on_one_side_has_one_mark_on_that_side(side: Side, mirrored_x: bool) -> None:
    gb30 = point("GB30")
    [panel] = plan_panels(gb30, side, [], drawn_side=Side.BOTH)
    [mark] = panel.marks
    assert mark.x == pytest.approx(1 - gb30.marker[0] if mirrored_x else gb30.marker[0])


def test_a_limb_point_on_both_sides_is_two_pictures_in_the_views_order() -> None:
    li4 = point("LI4")
    panels = plan_panels(li4, Side.BOTH, [], Side.RIGHT, pair_order=(Side.RIGHT, Side.LEFT))
    assert [(p.side, p.mirrored, p.caption) for p in panels] == [
        (Side.RIGHT, False, "right hand"),
        (Side.LEFT, True, "left hand"),
    ]


def test_other_points_on_the_same_view_are_dimmed_and_others_left_out() -> None:
    [panel] = plan_panels(point("BL40"), Side.LEFT, [point("BL39"), point("LI4")], Side.LEFT)
    assert [(m.code, m.current) for m in panel.marks] == [("BL39", False), ("BL40", True)]
    assert not panel.mirrored
