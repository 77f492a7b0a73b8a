"""Where acutimer's data lives, from a checkout and from an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    """The folder holding routines/ and resources/.

    In a wheel they are packaged inside acutimer/_data; in a checkout (or an editable
    install) they stand at the top of the repository, beside the package.
    """
    bundled = _PACKAGE / "_data"
    if (bundled / "routines").is_dir():
        return bundled
    return _PACKAGE.parent


def routines_dir() -> Path:
    return _data_root() / "routines"


def points_file() -> Path:
    return routines_dir() / "points.yaml"


def schema_dir() -> Path:
    return routines_dir() / "schema"


def resources_dir() -> Path:
    return _data_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def compiled_translations_dir() -> Path:
    """Where the build put ``acutimer_<lang>.qm`` (inside the wheel); absent in a checkout,
    where acutimer/qt/language.py compiles the sources below on first use instead."""
    return _PACKAGE / "_data" / "translations"


def translation_sources_dir() -> Path:
    """``resources/translations/<lang>/<area>.ts``: the Qt Linguist sources."""
    return resources_dir() / "translations"
