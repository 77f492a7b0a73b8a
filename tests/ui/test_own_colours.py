"""Widgets that choose their own colours (style sheets, the chart's series) follow high
contrast and light or dark: every pair meets WCAG AA, and turning high contrast on or
off restyles them (issue 19, item 2). tests/ui/test_contrast.py does the phase colours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from acutimer.history.store import HistoryStore
from acutimer.ui.contrast import (
    LARGE_MINIMUM,
    TEXT_MINIMUM,
    ContrastMode,
    contrast_ratio,
    high_contrast_palette,
)
from acutimer.ui.editor.fields import ProblemLabel, problem_colour
from acutimer.ui.editor.timeline_strip import strip_colours
from acutimer.ui.history_window import HistoryWindow, banner_style
from acutimer.ui.pain_chart import series_colours
from tests.ui.test_contrast import DARK_WINDOWS, LIGHT_WINDOWS


def plain(window: str) -> QPalette:
    """A desktop's palette: ``window`` behind everything, text in black or white."""
    background = QColor(window)
    ink = QColor("#000000" if background.lightness() >= 128 else "#ffffff")
    palette = QPalette(ink, background)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, background)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, ink)
    return palette


PALETTES = [
    *((f"normal {w}", plain(w), False) for w in LIGHT_WINDOWS + DARK_WINDOWS),
    ("high contrast light", high_contrast_palette(False), True),
    ("high contrast dark", high_contrast_palette(True), True),
]


def sheet_colours(sheet: str) -> tuple[QColor, QColor]:
    found = dict(re.findall(r"(background|color): (#[0-9a-f]{6})", sheet))
    return QColor(found["color"]), QColor(found["background"])


@pytest.mark.parametrize(
    ("palette", "high"), [p[1:] for p in PALETTES], ids=[p[0] for p in PALETTES]
)
def test_own_colours_meet_wcag_aa_in_every_palette(palette: QPalette, high: bool) -> None:
    low = []
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    before, after = series_colours(palette)
    for name, colour in (("before", before), ("after", after)):
        ratio = contrast_ratio(colour, base)
        if ratio < (TEXT_MINIMUM if high else LARGE_MINIMUM):  # parts of a graphic: 3:1
            low.append(f"chart's {name} markers on {base.name()}: {ratio:.2f}")
    for kind, colour in strip_colours(palette).items():
        ratio = contrast_ratio(colour, base)
        if ratio < (TEXT_MINIMUM if high else LARGE_MINIMUM):
            low.append(f"editor's timeline, {kind} on {base.name()}: {ratio:.2f}")
    problem = contrast_ratio(problem_colour(palette), window)
    if problem < TEXT_MINIMUM:
        low.append(f"an editor problem on {window.name()}: {problem:.2f}")
    words, box = sheet_colours(banner_style(palette))
    if contrast_ratio(words, box) < TEXT_MINIMUM:
        low.append(f"History's advice box: {contrast_ratio(words, box):.2f}")
    assert low == []
    assert before != after


@pytest.fixture
def desktop_palette() -> Iterator[None]:
    kept = QPalette(QGuiApplication.palette())
    yield
    QGuiApplication.setPalette(kept)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_turning_high_contrast_on_restyles_them_and_off_gives_them_back(
    qtbot: QtBot, tmp_path: Path, dark: bool, desktop_palette: None
) -> None:
    QGuiApplication.setPalette(plain(DARK_WINDOWS[3] if dark else LIGHT_WINDOWS[1]))
    history = HistoryWindow(HistoryStore(tmp_path / "history.sqlite3"))
    qtbot.addWidget(history)
    history.show()
    problem = ProblemLabel()
    qtbot.addWidget(problem)
    problem.show_messages(["must not be empty"])
    # A box styled with the palette's roles, as the end screen's card and the chosen
    # pain number are.
    holder = QWidget()
    qtbot.addWidget(holder)
    card = QFrame()
    card.setObjectName("card")
    card.setStyleSheet("QFrame#card { background: palette(base); }")
    card.setMinimumSize(40, 40)
    QVBoxLayout(holder).addWidget(card)
    holder.show()
    qtbot.waitExposed(holder)
    normal_sheet = history.advice.styleSheet()

    wanted = True
    contrast = ContrastMode(lambda: wanted)
    contrast.apply()
    high = high_contrast_palette(dark)
    paper, ink = high.color(QPalette.ColorRole.Window), high.color(QPalette.ColorRole.WindowText)
    # The new palette reaches the widgets through the event loop.
    qtbot.waitUntil(lambda: "border: 2px" in history.advice.styleSheet())
    words, box = sheet_colours(history.advice.styleSheet())
    assert (words, box) == (ink, paper)  # the palette's own black and white
    assert f"border: 2px solid {ink.name()}" in history.advice.styleSheet()
    chart = history.chart
    assert (chart.before.color(), chart.after.color()) == series_colours(high)
    assert contrast_ratio(chart.before.color(), paper) >= TEXT_MINIMUM
    assert chart.chart().backgroundBrush().color() == high.color(QPalette.ColorRole.Base)
    assert problem.styleSheet() == f"color: {problem_colour(high).name()};"
    qtbot.waitUntil(lambda: card.grab().toImage().pixelColor(20, 20) == paper)

    wanted = False
    contrast.apply()
    qtbot.waitUntil(lambda: history.advice.styleSheet() == normal_sheet)
    desktop_base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    qtbot.waitUntil(lambda: card.grab().toImage().pixelColor(20, 20) == desktop_base)
