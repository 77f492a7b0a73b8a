"""The routine file format (``format: 1``): the one declaration of what a routine may say.

A routine is a list of items. An item is a step (one point, or none for ice and
preparation), an ``each_side`` block (its steps done on one side, then the other, with
a switch between), or an ``include`` of another routine file from the same folder.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)

from acutimer.core.validation import FormatVersion

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
RoutineId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]

MAX_PHASE_SECONDS = 3600
"""No single phase lasts over an hour: a typo like ``seconds: 6000`` is caught."""
MAX_ICE_SECONDS = 20 * 60
"""Ice is never left on for more than 20 minutes (skin damage)."""
MAX_ROUTINE_SECONDS = 4 * 3600


class PhaseKind(enum.StrEnum):
    """What the person does during a phase. ``switch`` is added by the timeline, never written."""

    PREPARE = "prepare"
    PRESS = "press"
    RELEASE = "release"
    REST = "rest"
    HOLD = "hold"
    MASSAGE = "massage"
    ICE = "ice"
    SWITCH = "switch"


WRITABLE_KINDS = tuple(k.value for k in PhaseKind if k is not PhaseKind.SWITCH)


class PhaseSpec(BaseModel):
    """One timed part of a step: press 10 s, release 5 s..."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal[WRITABLE_KINDS]  # type: ignore[valid-type]
    # strict: YAML's true/false and quoted "30" are mistakes, not 1 and 30 seconds.
    seconds: float = Field(
        gt=0,
        le=MAX_PHASE_SECONDS,
        strict=True,
        allow_inf_nan=False,
        description="How long, in seconds",
    )
    text: Text | None = Field(None, description="What to do; defaults to the step's instruction")

    @field_validator("seconds")
    @classmethod
    def _ice_limit(cls, value: float, info: ValidationInfo) -> float:
        if info.data.get("kind") == PhaseKind.ICE and value > MAX_ICE_SECONDS:
            raise ValueError(
                f"ice for {value:g} seconds ({value / 60:.3g} minutes) is too long: never "
                "more than 20 minutes (1200 seconds) at a time"
            )
        return value


class StepSpec(BaseModel):
    """One step: a point (or none), which side(s), and the phases, repeated ``rounds`` times."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Title
    point: Annotated[str, StringConstraints(max_length=10)] | None = Field(
        None, description="WHO code of the point from points.yaml, or none for ice or rest"
    )
    side: Literal["each", "both", "none"] | None = Field(
        None,
        description=(
            "each: one side, then the other; both: both sides at once (two thumbs); "
            "none: no side. Default: each for a point, none without one"
        ),
    )
    rounds: int = Field(1, ge=1, le=20, strict=True)
    optional: bool = Field(
        False, strict=True, description="The step may be skipped; the window says so"
    )
    instruction: Text
    phases: list[PhaseSpec] = Field(min_length=1, max_length=20)

    @model_validator(mode="after")
    def _side_fits_point(self) -> StepSpec:
        if self.point is None and self.side not in (None, "none"):
            raise ValueError(f"side {self.side!r} needs a point; a step without one has no side")
        if self.point is not None and self.side == "none":
            raise ValueError("every point is on both sides of the body: use side each or both")
        return self

    @property
    def effective_side(self) -> str:
        if self.side is not None:
            return self.side
        return "none" if self.point is None else "each"


class EachSideBody(BaseModel):
    """Steps done on the first side, then all of them again on the other side."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    steps: list[StepSpec] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _only_sided_steps(self) -> EachSideBody:
        for step in self.steps:
            if step.effective_side != "each":
                raise ValueError(
                    f"step {step.title!r} is inside each_side, so it must be side: each"
                )
        return self


class EachSide(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    each_side: EachSideBody


class Include(BaseModel):
    """All the steps of another routine file, by its path relative to this one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    include: Annotated[str, StringConstraints(min_length=1, max_length=200)] = Field(
        description="Another routine file in the same folder, e.g. hand.yaml"
    )


def _item_tag(value: Any) -> str:
    if isinstance(value, dict):
        if "include" in value:
            return "include"
        if "each_side" in value:
            return "each_side"
    elif isinstance(value, BaseModel):
        return {Include: "include", EachSide: "each_side"}.get(type(value), "step")
    return "step"


Item = Annotated[
    Annotated[StepSpec, Tag("step")]
    | Annotated[EachSide, Tag("each_side")]
    | Annotated[Include, Tag("include")],
    Discriminator(_item_tag),
]


class Routine(BaseModel):
    """A routine file: what it is, who it is for, its cautions and its steps."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"title": "acutimer routine"},
    )

    format: FormatVersion
    id: RoutineId = Field(description="Unique short name, e.g. hand-li4")
    title: Title
    summary: Text
    audience: Text = Field(description="Who the routine is for")
    cautions: list[Text] = Field(default_factory=list)
    switch_seconds: float = Field(
        10,
        ge=3,
        le=60,
        strict=True,
        allow_inf_nan=False,
        description="Time given to change sides between each-side steps",
    )
    steps: list[Item] = Field(min_length=1, max_length=100)
