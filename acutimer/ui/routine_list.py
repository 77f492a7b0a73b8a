"""How the routine list is ordered and worded: by purpose, with the body area in words.

Quick routines come first (shortest first), then the longer ones by body area, head of
the list being the back, then the full session; your own routines follow, and files
that need fixing come last. The list says where on the body; point codes stay in the
details.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from acutimer.core.catalogue import Entry, Origin
from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.loader import ResolvedRoutine
from acutimer.core.points import PointLibrary, View
from acutimer.core.routine import PhaseKind

QUICK_SECONDS = 180.0
"""A routine this short or shorter is a quick one."""


class Purpose(enum.IntEnum):
    """The list's sections, in the order they are shown."""

    QUICK = 0
    AREA = 1
    FULL = 2
    YOURS = 3
    BROKEN = 4


HEADINGS = {
    Purpose.QUICK: QT_TRANSLATE_NOOP("RoutineList", "Quick (3 minutes or less)"),
    Purpose.AREA: QT_TRANSLATE_NOOP("RoutineList", "By body area"),
    Purpose.FULL: QT_TRANSLATE_NOOP("RoutineList", "The full session"),
    Purpose.YOURS: QT_TRANSLATE_NOOP("RoutineList", "Your routines"),
    Purpose.BROKEN: QT_TRANSLATE_NOOP("RoutineList", "Need fixing"),
}
"""English, marked for translation: show them through ``heading``."""


def heading(section: Purpose) -> str:
    return QCoreApplication.translate("RoutineList", HEADINGS[section])


_VIEW_ORDER = (
    View.POSTERIOR_TRUNK,
    View.POSTERIOR_KNEE,
    View.PLANTAR_FOOT,
    View.DORSAL_FOOT,
    View.ANTERIOR_FOREARM,
    View.DORSAL_HAND,
)
_CODES_IN_TITLE = re.compile(r"\s*\([A-Z]{1,3}\d+(?:\s*,\s*[A-Z]{1,3}\d+)*\)\s*$")


def purpose(entry: Entry, seconds: float) -> Purpose:
    """Which section an entry belongs in (``seconds``: the routine's length as it runs)."""
    if entry.routine is None:
        return Purpose.BROKEN
    if entry.source is Origin.USER:
        return Purpose.YOURS
    if entry.routine.includes:
        return Purpose.FULL
    return Purpose.QUICK if seconds <= QUICK_SECONDS else Purpose.AREA


def area_words(
    routine: ResolvedRoutine,
    points: PointLibrary,
    codes: Iterable[str] | None = None,
    most: int = 3,
) -> str:
    """Where on the body, in words: "low back", "back of the knee", "low back, buttock,
    hand and more", or "an ice pack, no pressing" for an ice routine. ``codes``: the
    points that stay (pregnancy mode may leave some out); all of them by default."""
    regions: list[str] = []
    for code in routine.point_codes() if codes is None else codes:
        point = points.get(code)
        if point is not None and point.region not in regions:
            regions.append(point.region)
    if not regions:
        kinds = {phase.kind for block in routine.blocks for s in block.steps for phase in s.phases}
        if PhaseKind.ICE in kinds:
            return QCoreApplication.translate("RoutineList", "an ice pack, no pressing")
        return QCoreApplication.translate("RoutineList", "no points to press")
    if len(regions) > most:
        more = QCoreApplication.translate("RoutineList", "{regions} and more")
        return more.replace("{regions}", ", ".join(regions[:most]))
    return ", ".join(regions)


def list_title(title: str) -> str:
    """The title without a trailing list of codes: "Hand (LI4)" reads "Hand"."""
    return _CODES_IN_TITLE.sub("", title) or title


def area_rank(routine: ResolvedRoutine, points: PointLibrary) -> int:
    """Where the routine's first point is, head of the list first (no point: last)."""
    for code in routine.point_codes():
        point = points.get(code)
        if point is not None:
            return _VIEW_ORDER.index(point.view) if point.view in _VIEW_ORDER else len(_VIEW_ORDER)
    return len(_VIEW_ORDER) + 1


def ordered(
    entries: Iterable[Entry], seconds: dict[str, float], points: PointLibrary
) -> list[tuple[Purpose, list[Entry]]]:
    """The sections that have entries, each in its order."""
    sections: dict[Purpose, list[Entry]] = {}
    for entry in entries:
        sections.setdefault(purpose(entry, seconds.get(entry.id, 0.0)), []).append(entry)

    def key(entry: Entry) -> tuple[float, int, str]:
        routine = entry.routine
        length = seconds.get(entry.id, 0.0)
        rank = area_rank(routine, points) if routine else 0
        which = purpose(entry, length)
        if which is Purpose.QUICK:
            return (length, rank, entry.title)
        return (float(rank), 0, entry.title)

    return [(p, sorted(sections[p], key=key)) for p in sorted(sections)]
