"""Routine cards: one page per routine, with its steps, diagrams, finding and cautions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from acutimer import cli
from acutimer.commands import builtin_points, find_routine
from acutimer.core.timeline import build_timeline
from acutimer.reports.card import _points_in_order, _views, paint_diagrams, render_cards
from acutimer.reports.output import write_pdf

from .conftest import Poppler, ink

ROUTINES = ("lower-back", "hand-li4", "full-session")


def _cards(tmp_path: Path, *ids: str) -> Path:
    points = builtin_points()
    routines = [find_routine(i, points) for i in ids]
    out = tmp_path / "cards.pdf"
    paper = QPageSize(QPageSize.PageSizeId.A4)
    write_pdf(out, lambda d: render_cards(d, routines, points), "cards", paper)
    return out


def test_one_page_per_routine_none_blank(tmp_path: Path, poppler: Poppler) -> None:
    out = _cards(tmp_path, *ROUTINES)

    assert poppler.pages(out) == len(ROUTINES)  # the 29-minute full session too
    assert poppler.page_size(out).startswith("595 x 842 pts")
    for page in poppler.render(out, tmp_path):
        assert ink(page, top=0.85) > 0.02  # above the footer


def test_a_card_has_the_steps_times_sides_finding_and_cautions(
    tmp_path: Path, poppler: Poppler
) -> None:
    out = _cards(tmp_path, *ROUTINES)
    lower, hand, full = (" ".join(poppler.text(out, n).split()) for n in (1, 2, 3))

    assert "Lower back (BL23, BL52)" in lower and "Total time: 2:35" in lower
    assert "2 Kidney Shu, both sides BL23 both press 60 s, release 10 s 1:10" in lower
    assert "BL23 (B-23) Kidney Shu (Shenshu), low back." in lower and "Finding it:" in lower
    assert "Press the muscle beside the spine, never the spine itself." in lower
    assert "back, both sides" in lower  # the diagram's caption
    assert "2 Union Valley LI4 left press 10 s, release 5 s; 3 rounds 0:45" in hand
    assert "3 Union Valley LI4 right switch sides (5 s), then press 10 s" in hand
    assert "Not in pregnancy, because the hand point (LI4) is traditionally avoided then." in hand
    assert "Total time: 28:55" in full and "GB30 (G-30) Jumping Circle" in full
    assert "ice 15 min" in full and "either knee" in full
    for page in (lower, hand, full):
        assert "not medical advice" in page and "see a doctor" in page


@pytest.mark.parametrize("routine", ROUTINES)
def test_every_point_is_marked_on_its_diagram(routine: str) -> None:
    points = builtin_points()
    timeline = build_timeline(find_routine(routine, points), points)
    used = _points_in_order(timeline, points)
    panels = _views(used)
    assert {m.code for p in panels for m in p.marks} == {p.code for p in used}
    image = QImage(1200, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    area = QRectF(0, 0, 1200, 500)
    drawn = paint_diagrams(painter, area, panels)
    painter.end()
    assert sorted(code for code, _ in drawn) == sorted(m.code for p in panels for m in p.marks)
    for code, at in drawn:
        assert area.contains(at), code
        assert QColor(image.pixel(at.toPoint())).lightness() < 60, f"{code} has no dot"
    # Off the dots, the picture is mostly white paper and light grey skin.
    assert 0.01 < ink(image) < 0.5


def test_the_command_line_writes_cards_and_names_an_unknown_routine(
    tmp_path: Path, poppler: Poppler, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    assert cli.main(["card", "hand-li4", "lower-back", "--pdf", str(out)]) == 0
    assert poppler.pages(out) == 2
    assert cli.main(["card", "no-such-routine", "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert "no routine with id or file 'no-such-routine'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
