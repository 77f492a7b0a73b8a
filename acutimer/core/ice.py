"""The ice rule across steps: ice phases back to back never add up to over 20 minutes.

A single phase is checked by its record (PhaseSpec); a run of ice can cross rounds,
steps and included files, so the loader feeds it the blocks as it builds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from acutimer.core.routine import MAX_ICE_SECONDS, PhaseKind

if TYPE_CHECKING:
    from acutimer.core.loader import Block


class IceRun:
    """Ice phases back to back, across rounds and steps: 20 minutes at most in all."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.longest = 0.0
        self.reported = False

    def too_long_after(self, blocks: list[Block]) -> bool:
        """Feed the blocks just added; True the first time the run passes 20 minutes."""
        for block in blocks:
            for _side in range(2 if block.each_side else 1):
                for step in block.steps:
                    for spec in step.phases * step.rounds:
                        self.seconds = (
                            self.seconds + spec.seconds if spec.kind is PhaseKind.ICE else 0.0
                        )
                        self.longest = max(self.longest, self.seconds)
        if self.longest > MAX_ICE_SECONDS and not self.reported:
            self.reported = True
            return True
        return False
