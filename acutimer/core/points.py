"""The point library: where each acupressure point is and how to find it safely.

The models here are the one declaration of ``routines/points.yaml``: the loader, the
JSON Schema shipped beside it and the documentation all come from them.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from acutimer.core.errors import DataError
from acutimer.core.validation import FormatVersion, validate
from acutimer.core.yamlsource import load, read_text

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}[0-9]{1,2}$")]


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
    """Machine-readable cautions; the app acts on some of them (pregnancy-safe mode)."""

    PREGNANCY_FORBIDDEN = "pregnancy-forbidden"
    PREGNANCY_CAUTION = "pregnancy-caution"
    LIGHT_PRESSURE = "light-pressure"
    VARICOSE_VEINS = "varicose-veins"
    BLOOD_CLOT = "blood-clot"
    NERVE_PAIN = "nerve-pain"
    NOT_ON_SPINE = "not-on-spine"
    RECENT_INJURY = "recent-injury"


class Caution(BaseModel):
    """One caution about a point: a flag for the app and a sentence for the person."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    flag: Flag
    text: Text


class Point(BaseModel):
    """An acupressure point, with WHO code first and the popular books' label beside it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code = Field(description="WHO standard code, e.g. BL52")
    label: Annotated[str, StringConstraints(max_length=20)] | None = Field(
        None, description="The label popular acupressure books use, e.g. B-47, if it differs"
    )
    pinyin: Text
    english: Text
    region: Text = Field(description="Where on the body, in two or three words")
    location: Text = Field(description="Where the point is, in plain words")
    finding: Text = Field(description="How to find it with finger-widths and landmarks")
    technique: Text = Field(description="How to press it")
    sides: Literal["bilateral"] = "bilateral"
    view: View
    marker: tuple[float, float] = Field(
        description=(
            "x, y in 0..1, origin top-left. Trunk views: the subject's left-side point in a "
            "back view (the right one is mirrored, x' = 1 - x). Limb views: the limb frame, "
            "inner edge x=0 to outer edge x=1, the same numbers for either side."
        )
    )
    who_page: int | None = Field(None, ge=1, le=400, description="Page in WHO's 2008 standard")
    cautions: list[Caution] = Field(default_factory=list)
    notes: Text | None = Field(None, description="Uncertainties about the location, said openly")

    @field_validator("marker")
    @classmethod
    def _inside_frame(cls, value: tuple[float, float]) -> tuple[float, float]:
        if not all(0.0 <= v <= 1.0 for v in value):
            raise ValueError("marker coordinates must be between 0 and 1")
        return value

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


class PointLibrary(BaseModel):
    """The file ``points.yaml``: every point a routine may name."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"title": "acutimer point library"},
    )

    format: FormatVersion
    points: list[Point] = Field(min_length=1)

    def get(self, code: str) -> Point | None:
        return next((p for p in self.points if p.code == code), None)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.points]


def load_points(path: Path) -> PointLibrary:
    """Load and check a point library; DataError lists every problem with its place."""
    data, source = load(read_text(path), str(path))
    library = validate(PointLibrary, data, source)
    seen: dict[str, int] = {}
    problems = []
    for index, point in enumerate(library.points):
        if point.code in seen:
            problems.append(
                source.problem(("points", index, "code"), f"point {point.code} is listed twice")
            )
        seen[point.code] = index
    if problems:
        raise DataError(problems)
    return library
