"""The compiled translation (``acutimer_<lang>.qm``) for a language, wherever acutimer runs.

An installed wheel carries the .qm files the build made (tools/hatch_build.py). A
checkout has only the Qt Linguist sources (resources/translations/<lang>/*.ts): they are
compiled on first use with the lrelease that comes with PySide6, into the user's cache
under a name that holds a hash of the sources, so an edited .ts is compiled again and an
unchanged one is read from the cache.
"""

from __future__ import annotations

import os
from pathlib import Path

from acutimer import paths


class TranslationMissing(Exception):
    """No .qm for the language, and none could be made; the message says why."""


def shipped() -> list[str]:
    """The languages with a translation (not English, the source), sorted by code."""
    compiled = paths.compiled_translations_dir()
    if compiled.is_dir():
        return sorted(p.stem.removeprefix("acutimer_") for p in compiled.glob("acutimer_*.qm"))
    sources = paths.translation_sources_dir()
    if not sources.is_dir():
        return []
    return sorted(p.name for p in sources.iterdir() if p.is_dir() and any(p.glob("*.ts")))


def qm_file(lang: str, cache: Path) -> Path:
    """The .qm for ``lang``: the built one, else compiled from the sources into ``cache``."""
    built = paths.compiled_translations_dir() / f"acutimer_{lang}.qm"
    if built.is_file():
        return built
    sources = sorted((paths.translation_sources_dir() / lang).glob("*.ts"))
    if not sources:
        raise TranslationMissing(f"acutimer has no translation for '{lang}'")
    # A checksum of the sources names the compiled file. CRC-32 from zlib (loaded with
    # PySide6 already), not hashlib: its libcrypto added 3.6 MB to every start-up in
    # German from a checkout; a cache key needs no cryptography.
    import zlib

    digest = 0
    for source in sources:
        digest = zlib.crc32(source.name.encode() + b"\0" + source.read_bytes() + b"\0", digest)
    target = cache / f"acutimer_{lang}-{digest:08x}.qm"
    if target.is_file():
        return target
    compile_qm(sources, target)
    for old in cache.glob(f"acutimer_{lang}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def compile_qm(sources: list[Path], target: Path) -> None:
    """lrelease ``sources`` into ``target``, which appears whole or not at all."""
    import subprocess
    import tempfile

    tool = lrelease()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run(
            [tool, "-silent", *map(str, sources), "-qm", partial],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise TranslationMissing(f"{tool} failed: {done.stderr.strip() or done.returncode}")
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)


def lrelease() -> str:
    """Qt's lrelease: the one inside PySide6 (pip's wheels), else one on PATH."""
    import shutil

    import PySide6

    beside = Path(PySide6.__file__).resolve().parent / "lrelease"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    for name in ("pyside6-lrelease", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise TranslationMissing("lrelease was not found (it comes with PySide6-Essentials)")
