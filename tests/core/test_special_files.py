"""Things in the routines folder that only look like routine files are listed as broken."""

from __future__ import annotations

import os
from pathlib import Path

from acutimer import paths
from acutimer.core.catalogue import scan
from tests.helpers.routines import shipped_points


def test_a_fifo_a_link_to_dev_zero_and_a_folder_are_broken_with_the_reason(
    tmp_path: Path,
) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it would block for ever
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "nowhere.yaml").symlink_to(tmp_path / "missing.yaml")

    entries = scan(shipped_points(), paths.routines_dir(), tmp_path)

    broken = {e.path.name: [p.message for p in e.problems] for e in entries if e.source == "user"}
    assert broken == {
        "folder.yaml": ["not a regular file: it is a folder"],
        "nowhere.yaml": ["cannot read the file: No such file or directory"],
        "pipe.yaml": ["not a regular file: it is a named pipe (FIFO)"],
        "zero.yaml": ["not a regular file: it is a device"],
    }
    assert all(e.ok for e in entries if e.source == "builtin")
