"""Hatchling build hook: compile the translations into the wheel.

resources/translations/<lang>/*.ts become acutimer/_data/translations/acutimer_<lang>.qm
(where acutimer/paths.py looks), made by pyside6-lrelease from the PySide6-Essentials
in the build requirements. The .qm files are build products and never committed.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations_tool(root: Path) -> Any:
    """tools/translations.py, loaded by path: tools/ is not a package."""
    spec = importlib.util.spec_from_file_location(
        "acutimer_translations", root / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        tool = _translations_tool(Path(self.root))
        out = Path(tempfile.mkdtemp(prefix="acutimer-qm-"))
        for qm in tool.release(out, tool.languages()):
            build_data["force_include"][str(qm)] = f"acutimer/_data/translations/{qm.name}"
