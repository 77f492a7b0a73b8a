"""The body diagrams: artwork, marker placement and the widget the session screen shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from acutimer import paths
from acutimer.core.catalogue import routine_files
from acutimer.core.points import Point, PointLibrary, View
from acutimer.core.sides import Side
from acutimer.ui.diagram_geometry import map_mark
from acutimer.ui.diagram_view import (
    SVG_COLOURS,
    Artwork,
    DiagramView,
    diagram_file,
    first_sentence,
    load_artwork,
)
from tests.helpers.routines import shipped_points, shipped_timeline

POINTS = shipped_points()
RENDER_HEIGHT = 600


@pytest.fixture
def library() -> PointLibrary:
    return POINTS


def body_image(art: Artwork, mirrored: bool) -> tuple[QImage, QRectF]:
    """Only the silhouette element, rendered where the full picture would put it."""
    box = art.view_box
    width = round(RENDER_HEIGHT * box.width() / box.height())
    target = QRectF(0, 0, width, RENDER_HEIGHT)
    image = QImage(width, RENDER_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    bounds = art.renderer.boundsOnElement("body")
    scale = RENDER_HEIGHT / box.height()
    placed = QRectF(
        (bounds.x() - box.x()) * scale,
        (bounds.y() - box.y()) * scale,
        bounds.width() * scale,
        bounds.height() * scale,
    )
    painter = QPainter(image)
    if mirrored:
        painter.translate(width, 0)
        painter.scale(-1, 1)
    art.renderer.render(painter, "body", placed)
    painter.end()
    return image, target


def is_body(image: QImage, at: QPointF, margin: int = 0) -> bool:
    """True if the silhouette covers ``at`` and every pixel within ``margin`` of it."""
    x, y = round(at.x()), round(at.y())
    for dx in range(-margin, margin + 1):
        for dy in range(-margin, margin + 1):
            px, py = x + dx, y + dy
            if not image.rect().contains(px, py) or image.pixelColor(px, py).alpha() < 200:
                return False
    return True


# -- the artwork ----------------------------------------------------------------------


@pytest.mark.parametrize("view", list(View), ids=lambda v: v.value)
def test_every_view_has_artwork_with_a_frame_and_a_silhouette(view: View) -> None:
    art = load_artwork(view)
    assert art.frame.width() > 0 and art.frame.height() > 0
    assert art.view_box.contains(art.frame), "the marker frame lies inside the picture"
    assert art.renderer.elementExists("body")
    assert art.drawn_side == ("both" if view.limb is None else art.drawn_side)
    assert (art.drawn_side == "both") == (view.limb is None)


@pytest.mark.parametrize("point", POINTS.points, ids=lambda p: p.code)
def test_every_point_names_a_view_that_is_drawn(point: Point) -> None:
    assert diagram_file(point.view).is_file()


@pytest.mark.parametrize("view", list(View), ids=lambda v: v.value)
def test_the_artwork_uses_only_the_colours_the_palette_replaces(view: View) -> None:
    text = diagram_file(view).read_text(encoding="utf-8").lower()
    used = set(re.findall(r"#[0-9a-f]{6}\b|#[0-9a-f]{3}\b", text))
    assert used <= set(SVG_COLOURS.values())
    assert not re.search(r"\b(fill|stroke)=\"(?!none|#)", text), "named colours escape recolouring"


@pytest.mark.parametrize("view", [v for v in View if v.limb], ids=lambda v: v.value)
def test_limb_artwork_has_no_text_because_it_is_mirrored(view: View) -> None:
    assert "<text" not in diagram_file(view).read_text(encoding="utf-8")


@pytest.mark.parametrize("point", POINTS.points, ids=lambda p: p.code)
@pytest.mark.parametrize("side", ["left", "right"])
def test_every_marker_falls_on_the_body(point: Point, side: str) -> None:
    art = load_artwork(point.view)
    if point.view.limb is None:
        x = point.marker[0] if side == "left" else 1 - point.marker[0]
        mirrored = False
    else:
        x = point.marker[0]
        mirrored = side != art.drawn_side
    image, target = body_image(art, mirrored)
    at = map_mark(art, target, mirrored, x, point.marker[1])
    assert is_body(image, at, margin=6), f"{point.code} {side} at {at} is off the silhouette"


@pytest.mark.parametrize("view", list(View), ids=lambda v: v.value)
def test_the_silhouette_check_can_fail(view: View) -> None:
    # The picture's top-left corner is background in every view.
    image, _ = body_image(load_artwork(view), mirrored=False)
    assert not is_body(image, QPointF(1, 1))


def test_trunk_landmarks_sit_where_the_reference_puts_them() -> None:
    """The trunk's L2 and iliac-crest lines are at the frame's y 0.51 and 0.60."""
    art = load_artwork(View.POSTERIOR_TRUNK)
    text = diagram_file(View.POSTERIOR_TRUNK).read_text(encoding="utf-8")
    levels = [float(y) for y in re.findall(r'<path d="M [\d.]+ ([\d.]+) L 410', text)]
    as_frame = [(y - art.frame.y()) / art.frame.height() for y in levels]
    assert as_frame == pytest.approx([0.51, 0.60], abs=0.005)


def art_point(art: Artwork, x: float, y: float) -> tuple[float, float]:
    """A marker's frame coordinates in the artwork's own units."""
    frame = art.frame
    return frame.x() + x * frame.width(), frame.y() + y * frame.height()


def test_gb30_is_a_third_of_the_way_from_the_trochanter_to_the_sacral_hiatus() -> None:
    # WHO p.186: one third of the way from the greater trochanter to the sacral hiatus.
    art = load_artwork(View.POSTERIOR_TRUNK)
    text = diagram_file(View.POSTERIOR_TRUNK).read_text(encoding="utf-8")
    cx, cy = (float(v) for v in re.search(r'<circle cx="([\d.]+)" cy="([\d.]+)"', text).groups())
    hiatus_y = float(re.search(r"L ([\d.]+) ([\d.]+) Q 218", text).group(2))
    hx = art.frame.center().x()
    gb30 = POINTS.get("GB30")
    x, y = art_point(art, *gb30.marker)
    along = (x - cx) / (hx - cx)
    assert along == pytest.approx(1 / 3, abs=0.03)
    assert y == pytest.approx(cy + (hiatus_y - cy) * along, abs=art.frame.height() * 0.02)
    assert gb30.marker[0] == pytest.approx(0.20, abs=0.01)


def test_li4_hugs_the_thumb_side_of_the_second_metacarpal() -> None:
    # WHO p.35: beside the middle of the 2nd metacarpal, on its thumb (radial) side.
    art = load_artwork(View.DORSAL_HAND)
    text = diagram_file(View.DORSAL_HAND).read_text(encoding="utf-8")
    bone = re.search(
        r'id="key-landmarks".*?<path d="M ([\d.]+) ([\d.]+) C [\d. ]+ ([\d.]+) ([\d.]+)"',
        text,
        re.S,
    )
    x0, y0, x1, y1 = (float(v) for v in bone.groups())
    x, y = art_point(art, *POINTS.get("LI4").marker)
    assert y0 < y < y1, "level with the shaft of the bone"
    bone_x = x0 + (x1 - x0) * (y - y0) / (y1 - y0)
    gap = bone_x - x
    assert 0 < gap < art.frame.width() * 0.085, f"{gap:.1f} units from the bone: mid-web"


# -- the widget -----------------------------------------------------------------------


@pytest.fixture
def view(qtbot: QtBot, library: PointLibrary) -> DiagramView:
    widget = DiagramView(library)
    qtbot.addWidget(widget)
    widget.resize(360, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def accent_at(widget: DiagramView, at: QPointF) -> bool:
    image = widget.canvas.grab().toImage()
    colour = image.pixelColor(round(at.x()), round(at.y()))
    return colour.red() > 180 and colour.green() < 160 and colour.blue() < 120


def current_positions(widget: DiagramView) -> list[QPointF]:
    return [pos for mark, pos in widget.canvas.mark_positions() if mark.current]


def test_a_limb_point_is_labelled_with_its_side_and_how_to_find_it(view: DiagramView) -> None:
    view.show_step("LI4", Side.LEFT)
    assert view.title() == "LI4 — left hand"
    assert view.finding() == first_sentence(POINTS.get("LI4").finding)
    assert view.finding().startswith("Press your thumb against the side of your index finger")


def test_the_label_gives_the_who_code_and_the_books_label(view: DiagramView) -> None:
    view.show_step("BL52", Side.BOTH)
    assert view.title() == "BL52 (B-47) — both sides"


def test_a_too_short_first_sentence_takes_the_next_one_along() -> None:
    assert first_sentence("Turn your palm up. Follow the line to the pulse. Press.") == (
        "Turn your palm up. Follow the line to the pulse."
    )


def test_the_current_point_is_drawn_where_the_library_puts_it(view: DiagramView) -> None:
    view.set_pulse(False)
    view.show_step("LI4", Side.RIGHT)
    [at] = current_positions(view)
    assert accent_at(view, at)


def test_both_sides_on_the_trunk_shows_two_mirrored_markers(view: DiagramView) -> None:
    view.show_step("BL23", Side.BOTH)
    left, right = sorted(current_positions(view), key=QPointF.x)
    assert left.y() == pytest.approx(right.y())
    middle = view.canvas.panel_rects()[0].center().x()
    assert middle - left.x() == pytest.approx(right.x() - middle, abs=1.0)
    assert all(accent_at(view, at) for at in (left, right))


@pytest.mark.parametrize(("side", "on_left"), [(Side.LEFT, True), (Side.RIGHT, False)])
def test_one_side_on_the_trunk_shows_only_that_sides_marker(
    view: DiagramView, side: Side, on_left: bool
) -> None:
    # A back view: the subject's left is on the picture's left.
    view.show_step("GB30", side)
    [at] = current_positions(view)
    middle = view.canvas.panel_rects()[0].center().x()
    assert (at.x() < middle) is on_left
    assert view.title() == f"GB30 (G-30) — {side} side"


def test_the_left_hand_is_the_mirror_of_the_right(view: DiagramView) -> None:
    view.show_step("LI4", Side.RIGHT)
    [right] = current_positions(view)
    rect = view.canvas.panel_rects()[0]
    view.show_step("LI4", Side.LEFT)
    [left] = current_positions(view)
    assert left.x() - rect.left() == pytest.approx(rect.right() - right.x(), abs=1.0)
    # On a right hand seen from the back the thumb, and LI4 beside it, is on the left.
    assert right.x() < rect.center().x() < left.x()
    assert [p.caption for p in view.canvas.panels()] == [""]  # the side is the heading
    assert view.side_text() == "LEFT hand"


def test_both_hands_shows_two_hands_with_their_captions(view: DiagramView) -> None:
    view.show_step("LI4", Side.BOTH)
    assert [p.caption for p in view.canvas.panels()] == ["left hand", "right hand"]
    assert view.title() == "LI4 — both hands"
    assert len(current_positions(view)) == 2


def test_other_points_of_the_step_are_shown_dimmed(view: DiagramView) -> None:
    view.show_step("BL40", Side.LEFT, others=["BL39", "LI4"])
    marks = {m.code: m for m, _ in view.canvas.mark_positions()}
    assert set(marks) == {"BL40", "BL39"}, "a point on another view is left out"
    assert marks["BL40"].current and not marks["BL39"].current


def test_clear_shows_nothing_and_stops_the_pulse(view: DiagramView) -> None:
    view.show_step("KI1", Side.LEFT)
    assert view.canvas.is_pulsing()
    view.clear()
    assert view.title() == "" and view.finding() == ""
    assert view.canvas.mark_positions() == []
    assert not view.canvas.is_pulsing()


def test_the_pulse_runs_only_while_shown_and_wanted(view: DiagramView) -> None:
    view.show_step("LU6", Side.LEFT)
    assert view.canvas.is_pulsing()
    view.hide()
    assert not view.canvas.is_pulsing()
    view.show()
    assert view.canvas.is_pulsing()
    view.set_pulse(False)
    assert not view.canvas.is_pulsing()


def test_an_unknown_point_is_a_clear_error(view: DiagramView) -> None:
    with pytest.raises(KeyError, match="ZZ9"):
        view.show_step("ZZ9", Side.LEFT)


@pytest.mark.parametrize("size", [(140, 200), (360, 520), (900, 700), (500, 260)])
@pytest.mark.parametrize("point", POINTS.points, ids=lambda p: p.code)
def test_every_point_renders_at_several_sizes(
    view: DiagramView, point: Point, size: tuple[int, int]
) -> None:
    view.resize(*size)
    for side in Side:
        view.show_step(point.code, side)
        image = view.grab().toImage()
        assert not image.isNull()
        positions = current_positions(view)
        assert positions
        canvas = view.canvas.rect()
        assert all(canvas.contains(at.toPoint()) for at in positions)
        for rect in view.canvas.panel_rects():
            assert rect.height() <= canvas.height() + 0.5 and rect.width() <= canvas.width() + 0.5


def test_the_diagram_grows_with_the_window(view: DiagramView) -> None:
    view.show_step("BL53", Side.BOTH)
    view.resize(300, 400)
    small = view.canvas.panel_rects()[0]
    view.resize(700, 900)
    large = view.canvas.panel_rects()[0]
    assert large.height() > small.height() * 1.8


def test_the_art_follows_a_dark_palette(view: DiagramView) -> None:
    view.set_pulse(False)
    view.show_step("BL40", Side.LEFT)
    rect = view.canvas.panel_rects()[0]
    probe = QPointF(rect.center().x(), rect.top() + rect.height() * 0.8)
    light = view.canvas.grab().toImage().pixelColor(probe.toPoint())
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    view.setPalette(palette)
    dark = view.canvas.grab().toImage().pixelColor(probe.toPoint())
    assert light.lightness() > 160
    assert dark.lightness() < 100


@pytest.mark.parametrize("file", routine_files(paths.routines_dir()), ids=lambda p: p.stem)
def test_every_step_of_every_routine_shows_its_point(view: DiagramView, file) -> None:
    timeline = shipped_timeline(file.name)
    steps = [s for s in timeline.steps if s.point]
    for step in steps:
        view.show_step(step.point, step.side, [s.point for s in steps if s is not step])
        point = POINTS.get(step.point)
        assert view.title().startswith(point.display_code)
        if step.side is not None:
            assert str(step.side) in view.title()
        currents = current_positions(view)
        expected = 2 if step.side == "both" else 1
        assert len(currents) == expected
