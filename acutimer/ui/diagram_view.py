"""Body diagrams: where the current point is, on which side, and how to find it.

The artwork in ``resources/diagrams/<view>.svg`` holds no markers; this module draws
them from the point library, so a routine author adds a point without touching an SVG.
Each SVG declares, in one place:

- ``id="frame"``: the rectangle that a point's marker (x, y in 0..1) maps onto;
- ``id="body"``: the silhouette fill (the tests check every marker falls on it);
- ``data-drawn-side`` on the root element: the side a limb is drawn as ("left" or
  "right"; the other side is its mirror image), or "both" for the trunk;
- ``data-pair-order`` (optional): "right left" where the view faces the person (a palm-up
  forearm, a sole), so that both limbs stand where a viewer would see them.

The SVGs are painted in three fixed colours, the light-palette roles in ``SVG_COLOURS``;
they are swapped for colours derived from the widget's palette, so the same art reads
on light and dark themes. Limb SVGs hold no text, because they are mirrored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.points import Point, PointLibrary, View
from acutimer.core.sides import Side
from acutimer.core.timeline import side_words
from acutimer.paths import resource
from acutimer.ui.diagram_geometry import Mark, Panel, fit_rect, map_mark, plan_panels
from acutimer.ui.text_size import desktop_text_pixels

#: The colours the SVGs are drawn in (the light palette), by role.
SVG_COLOURS = {"body": "#ece3da", "outline": "#6e625a", "landmark": "#a89a8f"}

_SKIN = QColor("#d9b8a0")
_ACCENT_LIGHT = QColor("#d9480f")
_ACCENT_DARK = QColor("#ff8a5c")
_PULSE_PERIOD_MS = 2400
_PULSE_INTERVAL_MS = 66  # 15 frames a second, and only while a point is shown
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def diagram_file(view: View) -> Path:
    """The SVG file that draws ``view``."""
    return resource("diagrams", f"{view.value}.svg")


def first_sentence(text: str, at_least: int = 40) -> str:
    """The opening of ``text`` shown under the picture: its first sentence, or as many
    as it takes to say something useful ("Turn your palm up." alone does not)."""
    sentences = _SENTENCE_END.split(text.strip())
    out = sentences[0]
    for sentence in sentences[1:]:
        if len(out) >= at_least:
            break
        out = f"{out} {sentence}"
    return out


DIAGRAM_NAME = QT_TRANSLATE_NOOP(
    "DiagramView", "Diagram: {point} ({english}) on the {region}, {side}"
)
"""The body diagram as a screen reader names it."""


def side_heading(point: Point, side: Side | None) -> str:
    """The big words over the picture: "RIGHT hand", "BOTH feet", "LEFT side", or ""."""
    phrase = side_words(point, side)
    if not phrase:
        return ""
    first, _, rest = phrase.partition(" ")
    return f"{first.upper()} {rest}"


def step_title(point: Point, side: Side | None) -> str:
    """The label under the picture: "LI4 — left hand", "BL52 (B-47) — both sides"."""
    phrase = side_words(point, side)
    return f"{point.display_code} — {phrase}" if phrase else point.display_code


@dataclass(frozen=True, eq=False)
class Artwork:
    """One view's SVG, recoloured, with its marker frame and the side it is drawn as."""

    view: View
    renderer: QSvgRenderer
    frame: QRectF
    drawn_side: Side
    pair_order: tuple[Side, Side] = (Side.LEFT, Side.RIGHT)

    @property
    def view_box(self) -> QRectF:
        return self.renderer.viewBoxF()

    def to_view_box(self, x: float, y: float) -> QPointF:
        """A marker's frame coordinates (0..1) in the SVG's own units."""
        return QPointF(
            self.frame.x() + x * self.frame.width(), self.frame.y() + y * self.frame.height()
        )


def load_artwork(view: View, colours: dict[str, str] | None = None) -> Artwork:
    """Read a view's SVG; ``colours`` maps the roles of ``SVG_COLOURS`` to new colours."""
    path = diagram_file(view)
    data = path.read_bytes()
    root = ElementTree.fromstring(data)
    drawn = root.get("data-drawn-side", "")
    if drawn not in {side.value for side in Side}:
        raise ValueError(f"{path}: the root element needs data-drawn-side left, right or both")
    drawn_side = Side(drawn)
    words = root.get("data-pair-order", "left right").split()
    if sorted(words) != ["left", "right"]:
        raise ValueError(f'{path}: data-pair-order must be "left right" or "right left"')
    pair = (Side(words[0]), Side(words[1]))
    text = data.decode("utf-8")
    for role, colour in (colours or {}).items():
        text = re.sub(re.escape(SVG_COLOURS[role]), colour, text, flags=re.IGNORECASE)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"{path}: not a valid SVG")
    for element in ("frame", "body"):
        if not renderer.elementExists(element):
            raise ValueError(f'{path}: no element with id="{element}"')
    frame = renderer.boundsOnElement("frame")
    return Artwork(view, renderer, frame, drawn_side, pair)


def palette_colours(palette: QPalette) -> dict[str, str]:
    """The SVG colour roles for ``palette``: a warm body tone and greys from its text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    body = _mix(window, _SKIN, 0.2 if dark else 0.4)
    return {
        "body": body.name(),
        "outline": _mix(body, text, 0.6).name(),
        "landmark": _mix(body, text, 0.33 if dark else 0.3).name(),
    }


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class DiagramCanvas(QWidget):
    """Paints the body diagram(s) of a step and their markers; the current one pulses.

    The artwork is rendered once per size and palette into a pixmap; the pulse only
    repaints the small area around the current markers, 15 times a second.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._panels: list[Panel] = []
        self._artworks: dict[View, Artwork] = {}
        self._background: QPixmap | None = None
        self._pulse_enabled = True
        self.compact = False
        """Small markers without a halo, for a thumbnail of many points at once."""
        self._pulse_timer = QTimer(self)
        self._pulse_timer.setInterval(_PULSE_INTERVAL_MS)
        self._pulse_timer.timeout.connect(self.on_pulse)
        self._pulse_clock = QElapsedTimer()

    # -- what to show -------------------------------------------------------------

    def show_panels(self, panels: list[Panel]) -> None:
        self._panels = panels
        self._background = None
        self._pulse_clock.start()
        self._update_pulse()
        self.update()

    def panels(self) -> list[Panel]:
        return list(self._panels)

    def artwork(self, view: View) -> Artwork:
        """The view's artwork in this widget's palette colours (loaded once)."""
        if view not in self._artworks:
            self._artworks[view] = load_artwork(view, palette_colours(self.palette()))
        return self._artworks[view]

    def set_pulse(self, enabled: bool) -> None:
        """Pulse the current marker's ring (True) or keep it still (False)."""
        self._pulse_enabled = enabled
        self._update_pulse()
        self.update()

    def is_pulsing(self) -> bool:
        return self._pulse_timer.isActive()

    # -- geometry -----------------------------------------------------------------

    def panel_rects(self) -> list[QRectF]:
        """Where each panel's artwork is drawn, keeping its proportions."""
        if not self._panels:
            return []
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        caption = QFontMetricsF(self._caption_font()).height() + 4
        gap = 12.0 if len(self._panels) > 1 else 0.0
        width = (area.width() - gap * (len(self._panels) - 1)) / len(self._panels)
        rects = []
        for i, panel in enumerate(self._panels):
            column = QRectF(
                area.x() + i * (width + gap), area.y() + caption, width, area.height() - caption
            )
            rects.append(fit_rect(column, self.artwork(panel.view).view_box))
        return rects

    def mark_positions(self) -> list[tuple[Mark, QPointF]]:
        """Every marker with its position in widget coordinates."""
        out = []
        for panel, rect in zip(self._panels, self.panel_rects(), strict=True):
            art = self.artwork(panel.view)
            out += [(m, map_mark(art, rect, panel.mirrored, m.x, m.y)) for m in panel.marks]
        return out

    def marker_radius(self) -> float:
        """The same size on every view, growing with the widget within limits; big
        enough (with its halo) to find at a glance from the sofa."""
        if self.compact:
            return max(3.5, min(7.0, min(self.width(), self.height()) * 0.03))
        return max(8.0, min(24.0, min(self.width(), self.height()) * 0.045))

    # -- Qt overrides ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(300, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(90, 120)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._artworks.clear()
            self._background = None
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_pulse()

    def hideEvent(self, event: QHideEvent) -> None:
        self._pulse_timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._panels:
            return
        dpr = self.devicePixelRatioF()
        if self._background is None or self._background.devicePixelRatio() != dpr:
            self._background = self._render_background(dpr)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_marks(painter)
        painter.end()

    # -- painting -------------------------------------------------------------------

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        # Grows with the picture, never below the desktop's text size.
        smallest = desktop_text_pixels()
        grown = min(max(28, smallest), int(min(self.width(), self.height()) * 0.04))
        font.setPixelSize(max(smallest, grown))
        font.setBold(True)
        return font

    def _render_background(self, dpr: float) -> QPixmap:
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self._caption_font()
        painter.setFont(font)
        caption_height = QFontMetricsF(font).height()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(_mix(self.palette().color(QPalette.ColorRole.Window), text, 0.75))
        for panel, rect in zip(self._panels, self.panel_rects(), strict=True):
            painter.save()
            painter.setClipRect(rect)
            if panel.mirrored:
                painter.translate(rect.left() + rect.right(), 0)
                painter.scale(-1, 1)
            self.artwork(panel.view).renderer.render(painter, rect)
            painter.restore()
            above = QRectF(rect.x(), rect.y() - caption_height - 2, rect.width(), caption_height)
            if panel.caption:
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, panel.caption)
            elif panel.view.limb is None:
                # A back view: say which side is which, as the subject's own sides.
                left = QCoreApplication.translate("DiagramView", "left", "the person's own side")
                right = QCoreApplication.translate("DiagramView", "right", "the person's own side")
                painter.drawText(above, Qt.AlignmentFlag.AlignLeft, left)
                painter.drawText(above, Qt.AlignmentFlag.AlignRight, right)
        painter.end()
        return pixmap

    def _paint_marks(self, painter: QPainter) -> None:
        radius = self.marker_radius()
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        accent = _ACCENT_DARK if dark else _ACCENT_LIGHT
        colours = palette_colours(palette)
        body, dim = QColor(colours["body"]), QColor(colours["outline"])
        marks = self.mark_positions()
        font = QFont(self.font())
        font.setPixelSize(max(10, int(radius * 1.1)))
        painter.setFont(font)
        for mark, pos in (mp for mp in marks if not mp[0].current):
            painter.setPen(QPen(dim, max(1.5, radius * 0.25)))
            painter.setBrush(body)
            painter.drawEllipse(pos, radius * 0.75, radius * 0.75)
            self._paint_code(painter, mark.code, pos, radius, dim, body)
        phase = self._pulse_phase()
        for _mark, pos in (mp for mp in marks if mp[0].current):
            if self.compact:
                painter.setPen(QPen(body, max(1.0, radius * 0.3)))
                painter.setBrush(accent)
                painter.drawEllipse(pos, radius, radius)
                continue
            ring = QColor(accent)
            ring.setAlphaF(0.55 * (1 - phase) if self.is_pulsing() else 0.5)
            painter.setPen(QPen(ring, max(1.5, radius * 0.28)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = 1.5 + 1.3 * phase if self.is_pulsing() else 1.8
            painter.drawEllipse(pos, radius * grow, radius * grow)
            painter.setPen(QPen(body, max(1.5, radius * 0.3)))
            painter.setBrush(accent)
            painter.drawEllipse(pos, radius, radius)

    @staticmethod
    def _paint_code(
        painter: QPainter, code: str, pos: QPointF, radius: float, ink: QColor, halo: QColor
    ) -> None:
        path = QPainterPath()
        metrics = QFontMetricsF(painter.font())
        width = metrics.horizontalAdvance(code)
        path.addText(pos.x() - width / 2, pos.y() - radius * 1.3, painter.font(), code)
        painter.setPen(
            QPen(halo, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPath(path)

    # -- the pulse ------------------------------------------------------------------

    def _pulse_phase(self) -> float:
        if not self.is_pulsing():
            return 0.0
        # A ripple: the ring grows and fades, easing out, then starts again.
        t = (self._pulse_clock.elapsed() % _PULSE_PERIOD_MS) / _PULSE_PERIOD_MS
        return 1 - (1 - t) ** 2

    def _update_pulse(self) -> None:
        wanted = (
            self._pulse_enabled
            and self.isVisible()
            and any(m.current for p in self._panels for m in p.marks)
        )
        if wanted and not self._pulse_timer.isActive():
            self._pulse_timer.start()
        elif not wanted:
            self._pulse_timer.stop()

    def on_pulse(self) -> None:
        reach = self.marker_radius() * 3.2
        for mark, pos in self.mark_positions():
            if mark.current:
                self.update(
                    QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach).toAlignedRect()
                )


class DiagramView(QWidget):
    """The body map of the session screen.

    ``show_step`` shows where a step's point is and on which side, with the step's
    other points dimmed: the side in big letters ("RIGHT hand"), the label ("LI4 —
    right hand") and one line on how to find it. The words grow with the view.
    """

    def __init__(self, points: PointLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points = points
        self._side = QLabel(self)
        self._side.setObjectName("diagramSide")
        self._side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._side.setWordWrap(True)
        self._side.setAccessibleName(self.tr("Side"))
        self._canvas = DiagramCanvas(self)
        self._title = QLabel(self)
        self._title.setObjectName("diagramTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._finding = QLabel(self)
        self._finding.setObjectName("diagramFinding")
        self._finding.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._finding.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.addWidget(self._side)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._title)
        layout.addWidget(self._finding)
        self._scale_fonts()

    @property
    def canvas(self) -> DiagramCanvas:
        return self._canvas

    def title(self) -> str:
        return self._title.text()

    def finding(self) -> str:
        return self._finding.text()

    def side_text(self) -> str:
        """The big line over the picture: "RIGHT hand", or "First: RIGHT hand"."""
        return self._side.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        # Like the countdown, the words follow the view's size, so they stay readable
        # from the sofa in a big window and in lying-down mode.
        size = max(min(self.height(), int(self.width() * 1.4)), 200)
        for label, share, smallest, bold in (
            (self._side, 0.075, 18, True),
            (self._title, 0.04, 13, True),
            (self._finding, 0.036, 13, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(int(size * share), smallest, desktop_text_pixels()))
            font.setBold(bold)
            label.setFont(font)

    def show_step(
        self,
        point_code: str | None,
        side: Side | None,
        others: Sequence[str] = (),
        *,
        lead: str = "",
    ) -> None:
        """Show ``point_code`` on ``side`` (None: no side is given); ``lead`` ("First",
        "Next") says it is a point still to come."""
        if point_code is None:
            self.clear()
            return
        point = self._point(point_code)
        other_points = [self._point(code) for code in others]
        art = self._canvas.artwork(point.view)
        panels = plan_panels(point, side, other_points, art.drawn_side, art.pair_order)
        self._canvas.show_panels(panels)
        heading = side_heading(point, side) or point.display_code
        led = self.tr("{lead}: {side}").replace("{lead}", lead).replace("{side}", heading)
        self._side.setText(led if lead else heading)
        self._title.setText(step_title(point, side))
        self._finding.setText(first_sentence(point.finding))
        self._finding.setToolTip(point.finding)
        where = side_words(point, side) or self.tr("either side")
        # The picture in words, for someone who cannot see it.
        self._canvas.setAccessibleName(
            self.tr(DIAGRAM_NAME)
            .replace("{point}", point.display_code)
            .replace("{english}", point.english)
            .replace("{region}", point.region)
            .replace("{side}", where)
        )
        self._canvas.setAccessibleDescription(f"{point.location} {point.finding}")

    def clear(self) -> None:
        """Show no point (a step without one, or between routines)."""
        self._canvas.show_panels([])
        self._side.clear()
        self._title.clear()
        self._finding.clear()
        self._finding.setToolTip("")
        self._canvas.setAccessibleName("")
        self._canvas.setAccessibleDescription("")

    def set_pulse(self, enabled: bool) -> None:
        self._canvas.set_pulse(enabled)

    def _point(self, code: str) -> Point:
        point = self._points.get(code)
        if point is None:
            raise KeyError(f"the point library has no point {code!r}")
        return point
