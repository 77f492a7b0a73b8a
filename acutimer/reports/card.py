"""The routine card: one page per routine to keep beside you, or to show a clinician.

Its steps with their times and sides, the body diagrams with every point marked (the
same artwork and marker positions as the session screen, in black and grey), how to
find each point, and the cautions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPainterPath, QPen

from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import Point, PointLibrary, View
from acutimer.core.routine import PhaseKind
from acutimer.core.sides import Side
from acutimer.core.timeline import Timeline, TimelineStep, build_timeline, clock_text
from acutimer.reports.pages import Drawing, html_escape, lay_out, paint_pages
from acutimer.ui.diagram_geometry import Panel, fit_rect, map_mark, plan_panels
from acutimer.ui.diagram_view import load_artwork

# In English here; each is translated (context "RoutineCard") where it is printed.
FOOTER = QT_TRANSLATE_NOOP(
    "RoutineCard",
    "acutimer routine card. Self-care, not medical advice: press firmly but never so it "
    "hurts more, stop if pain gets worse, and see a doctor if back pain does not ease.",
)
GENERAL_CAUTIONS = (
    QT_TRANSLATE_NOOP(
        "RoutineCard",
        "Stop if the pain gets worse, spreads down a leg, or you feel numbness or weakness, "
        "and see a doctor.",
    ),
    QT_TRANSLATE_NOOP(
        "RoutineCard",
        "Never press on broken or inflamed skin, a bruise, a varicose vein or a fresh injury.",
    ),
    QT_TRANSLATE_NOOP(
        "RoutineCard",
        "If you are pregnant, ask your midwife or doctor first, and use Pregnancy mode.",
    ),
)
_SIDES = {
    Side.LEFT: QT_TRANSLATE_NOOP("RoutineCard", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("RoutineCard", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("RoutineCard", "both"),
}
_KINDS = {
    PhaseKind.PREPARE: QT_TRANSLATE_NOOP("RoutineCard", "prepare {time}"),
    PhaseKind.PRESS: QT_TRANSLATE_NOOP("RoutineCard", "press {time}"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("RoutineCard", "release {time}"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("RoutineCard", "rest {time}"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("RoutineCard", "hold {time}"),
    PhaseKind.MASSAGE: QT_TRANSLATE_NOOP("RoutineCard", "massage {time}"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("RoutineCard", "ice {time}"),
    PhaseKind.SWITCH: QT_TRANSLATE_NOOP("RoutineCard", "switch sides {time}"),
}
"""A phase on the card: "press 10 s"."""
_CAPTIONS = {
    None: QT_TRANSLATE_NOOP("RoutineCard", "back, both sides"),
    "hand": QT_TRANSLATE_NOOP("RoutineCard", "either hand"),
    "forearm": QT_TRANSLATE_NOOP("RoutineCard", "either forearm"),
    "foot": QT_TRANSLATE_NOOP("RoutineCard", "either foot"),
    "knee": QT_TRANSLATE_NOOP("RoutineCard", "either knee"),
}
"""Under each diagram: which side or limb it shows."""
# Grey and black only: a card is printed on whatever printer is at hand.
_PRINT_COLOURS = {"body": "#f1f1f1", "outline": "#3a3a3a", "landmark": "#9a9a9a"}
_INK = QColor("#000000")
_WHITE = QColor("#ffffff")
_COLUMNS = 4
_CELL_ASPECT = 1.15
_COMPACT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)


def render_cards(
    device: QPagedPaintDevice,
    routines: Sequence[ResolvedRoutine],
    points: PointLibrary,
    pregnancy_safe: bool = False,
) -> int:
    """Paint one card per routine on ``device``; returns the number of pages."""
    documents = []
    for routine in routines:
        timeline = build_timeline(routine, points, pregnancy_safe=pregnancy_safe)
        used = _points_in_order(timeline, points)
        views = _views(used)
        drawings = {"diagrams": _diagram_drawing(views)}
        layout = lay_out(
            device, card_html(routine, timeline, used), drawings, footer_lines=2, max_pages=1
        )
        if layout.pages > 1:  # a long routine: the short way to find each point, smaller
            html = card_html(routine, timeline, used, compact=True)
            drawings = {"diagrams": _diagram_drawing(views, shrink=0.8)}
            layout = lay_out(
                device, html, drawings, footer_lines=2, max_pages=1, sizes=_COMPACT_SIZES
            )
        documents.append((layout, _tr(FOOTER)))
    return paint_pages(device, documents)


def card_html(
    routine: ResolvedRoutine, timeline: Timeline, used: Sequence[Point], compact: bool = False
) -> str:
    r = routine.routine
    total = QCoreApplication.translate(
        "RoutineCard", "<b>Total time: {time}</b> (minutes:seconds)."
    ).replace("{time}", clock_text(timeline.seconds))
    steps = QCoreApplication.translate("RoutineCard", "Steps")
    parts = [
        f"<h1>{html_escape(r.title)}</h1>",
        f"<p>{html_escape(r.summary)} {total}</p>",
        f"<h2>{steps}</h2>",
        _steps_html(timeline),
    ]
    if timeline.left_out:
        left = "; ".join(f"{x.point} ({html_escape(x.reason)})" for x in timeline.left_out)
        said = QCoreApplication.translate("RoutineCard", "Left out in Pregnancy mode: {points}.")
        parts.append(f"<p class='small'>{said.replace('{points}', left)}</p>")
    if used:
        where = QCoreApplication.translate("RoutineCard", "Where the points are")
        finding = QCoreApplication.translate("RoutineCard", "How to find each point")
        parts += [f"<h2>{where}</h2>", "<p align='center'>[[diagrams]]</p>"]
        parts += [f"<h2>{finding}</h2>", _finding_html(used, compact)]
    cautions = QCoreApplication.translate("RoutineCard", "Cautions")
    parts += [f"<h2>{cautions}</h2>", _cautions_html(routine, used, compact)]
    return "".join(parts)


def _steps_html(timeline: Timeline) -> str:
    headings = (
        QCoreApplication.translate("RoutineCard", "Step"),
        QCoreApplication.translate("RoutineCard", "Point"),
        QCoreApplication.translate("RoutineCard", "Side"),
        QCoreApplication.translate("RoutineCard", "What to do"),
    )
    time = QCoreApplication.translate("RoutineCard", "Time")
    head = "".join(f"<th>{h}</th>" for h in headings)
    rows = [f"<tr><th>#</th>{head}<th class='num'>{time}</th></tr>"]
    for step in timeline.steps:
        point = step.point or "–"
        side = _tr(_SIDES[step.side]) if step.side is not None else "–"
        rows.append(
            f"<tr><td>{step.index + 1}</td><td>{html_escape(step.title)}</td><td>{point}</td>"
            f"<td>{side}</td><td>{html_escape(_timing(timeline, step))}</td>"
            f"<td class='num'>{clock_text(step.seconds)}</td></tr>"
        )
    return f"<table width='100%'>{''.join(rows)}</table>"


def _timing(timeline: Timeline, step: TimelineStep) -> str:
    """ "press 10 s, release 5 s; 3 rounds" from the step's first round."""
    phases = timeline.phases[step.first_phase : step.first_phase + step.phase_count]
    switch = [p for p in phases if p.kind is PhaseKind.SWITCH]
    working = [p for p in phases if p.kind is not PhaseKind.SWITCH]
    if not working:
        return QCoreApplication.translate("RoutineCard", "switch sides") if switch else ""
    first_round = [p for p in working if p.round == working[0].round]
    words = ", ".join(
        _tr(_KINDS[p.kind]).replace("{time}", _seconds(p.seconds)) for p in first_round
    )
    rounds = working[0].rounds
    text = words
    if rounds > 1:  # never one: no singular needed
        text = QCoreApplication.translate("RoutineCard", "{phases}; {rounds} rounds")
        text = text.replace("{phases}", words).replace("{rounds}", str(rounds))
    if switch:
        then = QCoreApplication.translate("RoutineCard", "switch sides ({time}), then {phases}")
        text = then.replace("{time}", _seconds(switch[0].seconds)).replace("{phases}", text)
    return text


def _seconds(seconds: float) -> str:
    if seconds < 120:
        text = QCoreApplication.translate("RoutineCard", "{n} s")
    else:
        text = QCoreApplication.translate("RoutineCard", "{n} min")
        seconds /= 60
    return text.replace("{n}", QLocale().toString(float(seconds), "g", 6))


def _tr(text: str) -> str:
    """``text``, marked with QT_TRANSLATE_NOOP above, in the app's language."""
    return QCoreApplication.translate("RoutineCard", text)


def _finding_html(used: Sequence[Point], compact: bool) -> str:
    items = []
    finding = QCoreApplication.translate("RoutineCard", "Finding it:")
    pressing = QCoreApplication.translate("RoutineCard", "Pressing:")
    for p in used:
        if compact:  # where it is and how to find it; the pressing is in the steps
            items.append(
                f"<p><b>{html_escape(p.display_code)} {html_escape(p.english)}</b>, "
                f"{html_escape(p.region)}. <i>{finding}</i> {html_escape(p.finding)}</p>"
            )
            continue
        items.append(
            f"<p><b>{html_escape(p.display_code)} {html_escape(p.english)}</b> "
            f"({html_escape(p.pinyin)}), {html_escape(p.region)}. {html_escape(p.location)} "
            f"<i>{finding}</i> {html_escape(p.finding)} <i>{pressing}</i> "
            f"{html_escape(p.technique)}</p>"
        )
    return "".join(items)


def _cautions_html(routine: ResolvedRoutine, used: Sequence[Point], compact: bool) -> str:
    lines: list[str] = list(routine.cautions)
    # The same caution on several points is said once, naming them all.
    codes: dict[str, list[str]] = {}
    for p in used:
        for caution in p.cautions:
            if caution.text not in lines:
                codes.setdefault(caution.text, []).append(p.code)
    lines += [f"{', '.join(points)}: {text}" for text, points in codes.items()]
    lines += [_tr(caution) for caution in GENERAL_CAUTIONS]
    if not compact:
        return _bullets(lines)
    half = (len(lines) + 1) // 2  # two columns: a long routine's cautions fit the page
    return (
        f"<table width='100%'><tr><td width='50%'>{_bullets(lines[:half])}</td>"
        f"<td width='50%'>{_bullets(lines[half:])}</td></tr></table>"
    )


def _bullets(lines: Sequence[str]) -> str:
    items = "".join(f"<li>{html_escape(line)}</li>" for line in lines)
    return f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"


# -- the diagrams -------------------------------------------------------------------------


def _points_in_order(timeline: Timeline, points: PointLibrary) -> list[Point]:
    seen: list[Point] = []
    for step in timeline.steps:
        point = points.get(step.point) if step.point else None
        if point is not None and point not in seen:
            seen.append(point)
    return seen


def _views(used: Sequence[Point]) -> list[Panel]:
    """One picture per view, with every point of the routine on it marked."""
    by_view: dict[View, list[Point]] = {}
    for point in used:
        by_view.setdefault(point.view, []).append(point)
    panels = []
    for view, on_it in by_view.items():
        art = load_artwork(view, _PRINT_COLOURS)
        side = Side.BOTH if view.limb is None else art.drawn_side
        (panel, *_rest) = plan_panels(on_it[0], side, on_it[1:], art.drawn_side, art.pair_order)
        caption = _tr(_CAPTIONS[view.limb])
        panels.append(Panel(view, panel.side, False, caption, panel.marks))
    return panels


def _diagram_drawing(panels: list[Panel], shrink: float = 1.0) -> Drawing:
    """Cells a quarter of the page wide (two quarters for a lone picture), at most
    about half the page's width tall, so the text still fits on the one page."""
    count = max(len(panels), 1)
    columns = min(count, _COLUMNS)
    rows = -(-count // columns)
    width = (0.45 if count == 1 else columns / _COLUMNS) * shrink
    aspect = min(rows * _CELL_ASPECT / columns, 0.55 / width)

    def draw(painter: QPainter, rect: QRectF) -> None:
        paint_diagrams(painter, rect, panels)

    return Drawing(draw, aspect, width)


def paint_diagrams(
    painter: QPainter, rect: QRectF, panels: Sequence[Panel]
) -> list[tuple[str, QPointF]]:
    """Each view in its own cell, the points as black dots with their codes; returns
    where each dot went."""
    drawn: list[tuple[str, QPointF]] = []
    if not panels:
        return drawn
    columns = min(len(panels), _COLUMNS)
    rows = -(-len(panels) // columns)
    cell_w, cell_h = rect.width() / columns, rect.height() / rows
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    font.setBold(True)
    painter.setFont(font)
    caption_h = painter.fontMetrics().lineSpacing() * 1.2
    for index, panel in enumerate(panels):
        row, column = divmod(index, columns)
        cell = QRectF(rect.x() + column * cell_w, rect.y() + row * cell_h, cell_w, cell_h)
        cell.adjust(cell_w * 0.04, 0, -cell_w * 0.04, -caption_h * 1.2)
        art = load_artwork(panel.view, _PRINT_COLOURS)
        target = fit_rect(cell, art.view_box)
        # As on the session screen: a dot a fortieth of the picture, whatever its size.
        radius = min(target.width(), target.height()) * 0.025
        art.renderer.render(painter, target)
        painter.setPen(QPen(_INK))
        below = QRectF(cell.x(), cell.bottom() + caption_h * 0.2, cell.width(), caption_h)
        painter.drawText(below, int(Qt.AlignmentFlag.AlignCenter), panel.caption)
        marks = sorted(panel.marks, key=lambda m: (m.y, m.x))
        dots = [map_mark(art, target, panel.mirrored, m.x, m.y) for m in marks]
        # A code must not cover another point's dot or code.
        taken = [QRectF(d.x() - radius, d.y() - radius, 2 * radius, 2 * radius) for d in dots]
        # The codes first, the dots over them: a code's white halo never hides a dot.
        labelled: set[str] = set()
        for mark, at in zip(marks, dots, strict=True):
            if mark.code not in labelled:  # a trunk point's two sides share one label
                labelled.add(mark.code)
                taken.append(_code(painter, mark.code, at, radius, taken))
        for mark, at in zip(marks, dots, strict=True):
            painter.setPen(QPen(_WHITE, radius * 0.3))
            painter.setBrush(_INK)
            painter.drawEllipse(at, radius, radius)
            drawn.append((mark.code, at))
    return drawn


def _code(painter: QPainter, code: str, at: QPointF, radius: float, taken: list[QRectF]) -> QRectF:
    """The code above its dot, or below, right or left where a neighbour's code is."""
    metrics = painter.fontMetrics()
    w, h = metrics.horizontalAdvance(code), metrics.ascent()
    gap = radius * 1.5
    places = [(-w / 2, -gap), (-w / 2, gap + h), (gap, h / 2), (-gap - w, h / 2)]
    places += [(dx, dy * 2.2) for dx, dy in places[:2]]  # further up or down

    def overlap(dx: float, dy: float) -> float:
        box = QRectF(at.x() + dx, at.y() + dy - h, w, h)
        return sum(_area(box.intersected(other)) for other in taken)

    dx, dy = min(places, key=lambda place: overlap(*place))  # the first free one, if any
    box = QRectF(at.x() + dx, at.y() + dy - h, w, h)
    path = QPainterPath()
    path.addText(box.left(), box.bottom(), painter.font(), code)
    halo = QPen(_WHITE, radius * 0.7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(halo)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_INK)
    painter.drawPath(path)
    return box


def _area(rect: QRectF) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)
