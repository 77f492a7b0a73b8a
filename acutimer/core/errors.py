"""Problems a user can cause, reported as ``path:line:column: message``.

The message is in the app's language (made with ``FileProblems.tr`` when the problem
is found); the place stays ``path:line:column`` in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acutimer.core.i18n import Context

FileProblems = Context("FileProblems")
"""The words of every problem with a routine or point file (see acutimer.core.i18n)."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class DataError(Exception):
    """A routine or point file (or a set of them) could not be used.

    Carries every problem found, not just the first, so an author fixes a file in one go.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def problem_at_start(path: Path | str, message: str) -> Problem:
    """A problem with the file as a whole (too big, unreadable...)."""
    return Problem(str(path), 1, 1, message)
