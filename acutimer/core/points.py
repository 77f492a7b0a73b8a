"""The point library: where each acupressure point is and how to find it safely.

The models here are the one declaration of ``routines/points.yaml``: the loader, the
JSON Schema shipped beside it and the documentation all come from them.
"""

from __future__ import annotations

import enum
from pathlib import Path

from acutimer.core.errors import DataError, FileProblems
from acutimer.core.i18n import QT_TRANSLATE_NOOP, fill
from acutimer.core.model import (
    ListOf,
    Nested,
    Nullable,
    Number,
    OneOf,
    Text,
    Whole,
    declared,
    record,
)
from acutimer.core.validation import FORMAT_VERSION, TEXT, validate
from acutimer.core.yamlsource import load, read_text

CODE = Text(
    max_length=10,
    strip=False,
    pattern=r"^[A-Z]{2}[0-9]{1,2}$",
    pattern_words=QT_TRANSLATE_NOOP(
        "FileProblems", "a WHO point code: two capital letters and a number (like BL23)"
    ),
)

CODES_LEGEND = QT_TRANSLATE_NOOP(
    "Points",
    "Point codes: the WHO code comes first; a code in brackets is the older numbering of "
    "popular acupressure books, which differs for some points. For example, the books' "
    "B-53 is BL39 behind the knee, not BL53 on the buttock.",
)
"""Said wherever codes are first shown, since "BL53 (B-48)" and "BL39 (B-53)" collide
(show it through ``translate("Points", CODES_LEGEND)``)."""


class View(enum.StrEnum):
    """A body diagram. Trunk views show both sides at once; limb views show one limb."""

    POSTERIOR_TRUNK = "posterior-trunk"
    DORSAL_HAND = "dorsal-hand"
    ANTERIOR_FOREARM = "anterior-forearm"
    DORSAL_FOOT = "dorsal-foot"
    PLANTAR_FOOT = "plantar-foot"
    POSTERIOR_KNEE = "posterior-knee"

    @property
    def limb(self) -> str | None:
        """The body part a limb view shows ("hand"), or None for the trunk."""
        return _LIMBS.get(self)


_LIMBS = {
    View.DORSAL_HAND: "hand",
    View.ANTERIOR_FOREARM: "forearm",
    View.DORSAL_FOOT: "foot",
    View.PLANTAR_FOOT: "foot",
    View.POSTERIOR_KNEE: "knee",
}


class Flag(enum.StrEnum):
    """Machine-readable cautions; the app acts on some of them (pregnancy mode)."""

    PREGNANCY_FORBIDDEN = "pregnancy-forbidden"
    PREGNANCY_CAUTION = "pregnancy-caution"
    LIGHT_PRESSURE = "light-pressure"
    VARICOSE_VEINS = "varicose-veins"
    BLOOD_CLOT = "blood-clot"
    NERVE_PAIN = "nerve-pain"
    NOT_ON_SPINE = "not-on-spine"
    RECENT_INJURY = "recent-injury"


@record
class Caution:
    """One caution about a point: a flag for the app and a sentence for the person."""

    flag: Flag = declared(OneOf(Flag))
    text: str = declared(TEXT)


def _inside_frame(marker: tuple[float, float]) -> str | None:
    if all(0.0 <= v <= 1.0 for v in marker):
        return None
    return FileProblems.tr("marker coordinates must be between 0 and 1")


@record
class Point:
    """An acupressure point, with WHO code first and the popular books' label beside it."""

    code: str = declared(CODE, "WHO standard code, e.g. BL52")
    label: str | None = declared(
        Nullable(Text(max_length=20, strip=False)),
        "The label popular acupressure books use, e.g. B-47, if it differs",
        default=None,
    )
    pinyin: str = declared(TEXT)
    english: str = declared(TEXT)
    region: str = declared(TEXT, "Where on the body, in two or three words")
    location: str = declared(TEXT, "Where the point is, in plain words")
    finding: str = declared(TEXT, "How to find it with finger-widths and landmarks")
    technique: str = declared(TEXT, "How to press it")
    sides: str = declared(OneOf(("bilateral",)), default="bilateral")
    view: View = declared(OneOf(View))
    marker: tuple[float, float] = declared(
        ListOf(Number(), pair=True),
        "x, y in 0..1, origin top-left. Trunk views: the subject's left-side point in a "
        "back view (the right one is mirrored, x' = 1 - x). Limb views: the limb frame, "
        "inner edge x=0 to outer edge x=1, the same numbers for either side.",
        rule=_inside_frame,
    )
    who_page: int | None = declared(
        Nullable(Whole(ge=1, le=400)), "Page in WHO's 2008 standard", default=None
    )
    cautions: list[Caution] = declared(ListOf(Nested(Caution)), default_factory=list)
    max_hold: int | None = declared(
        Nullable(Whole(ge=1, le=600, unit="seconds")),
        "The longest one press or hold on this point may last with +15 s added, in seconds; "
        "a routine's own press is never cut short. Equal to the routine's press time means "
        "no extra time (the light-pressure points behind the knee).",
        default=None,
    )
    notes: str | None = declared(
        Nullable(TEXT), "Uncertainties about the location, said openly", default=None
    )

    @property
    def display_code(self) -> str:
        """ "BL52 (B-47)" where the books' label differs, else just "BL52"."""
        plain = self.code.replace("-", "")
        if self.label and self.label.replace("-", "") != plain:
            return f"{self.code} ({self.label})"
        return self.code

    @property
    def spoken_code(self) -> str:
        """The code spelled so speech engines read it well: "L I 4"."""
        letters = "".join(c for c in self.code if c.isalpha())
        digits = "".join(c for c in self.code if c.isdigit())
        return f"{' '.join(letters)} {digits}"

    def flagged(self, flag: Flag) -> list[Caution]:
        return [c for c in self.cautions if c.flag == flag]


@record
class PointLibrary:
    """The file ``points.yaml``: every point a routine may name."""

    format: int = declared(FORMAT_VERSION, "File format version")
    points: list[Point] = declared(ListOf(Nested(Point), min_length=1))

    def get(self, code: str) -> Point | None:
        return next((p for p in self.points if p.code == code), None)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.points]


def load_points(path: Path, language: str | None = None) -> PointLibrary:
    """Load and check a point library; DataError lists every problem with its place.

    With a ``language``, the texts come from its translation file where there is one
    (``points.de.yaml``, see core/translation.py)."""
    data, source = load(read_text(path), str(path))
    library = validate(PointLibrary, data, source)
    seen: dict[str, int] = {}
    problems = []
    for index, point in enumerate(library.points):
        if point.code in seen:
            message = fill(FileProblems.tr("point {code} is listed twice"), code=point.code)
            problems.append(source.problem(("points", index, "code"), message))
        seen[point.code] = index
    if problems:
        raise DataError(problems)
    # Here, not at the top: translation.py builds on this module's records.
    from acutimer.core.translation import translate_points, translation_for

    translation = translation_for(path, language)
    if translation is not None:
        library = translate_points(library, translation, str(translation), path.name)
    return library
