"""Import (menu, drop, command line) and export, and what a broken or clashing file does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acutimer import cli
from acutimer.ui.main_window import MainWindow
from tests.helpers.routines import routine_text
from tests.ui.editor.conftest import Answers

BROKEN = """\
format: 1
id: Bad Id
title: ""
summary: Broken.
audience: Nobody.
steps:
  - title: Press
    point: XX9
    instruction: Press.
    phases:
      - {kind: press, seconds: 0}
"""


def drop(window: MainWindow, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_a_good_file_dropped_on_the_window_is_copied_and_selected(
    window: MainWindow, tmp_path: Path, user_dir: Path, answers: Answers
) -> None:
    source = tmp_path / "from-my-physio.yaml"
    source.write_text("# a comment\n" + routine_text(routine_id="from-physio"), encoding="utf-8")
    drop(window, [source])
    assert answers.problems == []
    copied = user_dir / "from-physio.yaml"
    assert copied.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    assert window.picker.selected_id() == "from-physio"


def test_a_broken_file_shows_every_problem_and_is_not_copied(
    window: MainWindow, tmp_path: Path, user_dir: Path, answers: Answers
) -> None:
    source = tmp_path / "broken.yaml"
    source.write_text(BROKEN, encoding="utf-8")
    assert window.routine_menu.import_files([source]) == []
    shown = answers.problems[-1]
    for where in ("broken.yaml:2:5", "broken.yaml:3:8", "broken.yaml:8:12", "broken.yaml:11:32"):
        assert where in shown, shown
    assert list(user_dir.glob("*.yaml")) == []


def test_two_dropped_files_with_one_id_bring_the_first(
    window: MainWindow, tmp_path: Path, user_dir: Path, answers: Answers
) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(routine_text(routine_id="twin"), "utf-8")
    second.write_text(routine_text(routine_id="twin").replace("A test", "Another"), "utf-8")
    drop(window, [first, second])
    assert [p.name for p in user_dir.glob("*.yaml")] == ["twin.yaml"]
    assert "A test routine" in (user_dir / "twin.yaml").read_text(encoding="utf-8")
    assert "already brought the id 'twin'" in answers.problems[-1]


def test_a_clash_asks_before_replacing(
    window: MainWindow, tmp_path: Path, user_dir: Path, answers: Answers
) -> None:
    mine = user_dir / "mine.yaml"
    mine.write_text(routine_text(routine_id="mine"), encoding="utf-8")
    window.reload_routines()
    newer = tmp_path / "mine.yaml"
    newer.write_text(routine_text(routine_id="mine").replace("A test", "A newer"), "utf-8")
    answers.reply = False
    assert window.routine_menu.import_files([newer]) == []
    assert "already have a routine" in answers.questions[-1]
    assert "A test routine" in mine.read_text(encoding="utf-8")
    answers.reply = True
    assert window.routine_menu.import_files([newer]) == ["mine"]
    assert "A newer routine" in mine.read_text(encoding="utf-8")
    # A built-in is never replaced.
    builtin = tmp_path / "hand.yaml"
    builtin.write_text(routine_text(routine_id="hand-li4"), "utf-8")
    assert window.routine_menu.import_files([builtin]) == []
    assert "built-in routine" in answers.problems[-1]


def timeline_json(ref: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert cli.main(["timeline", ref, "--json", "--first-side", "left"]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_export_imported_elsewhere_gives_the_same_timeline(
    tmp_path: Path,
    user_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A routine of the user's that includes another of theirs, with its own switch time.
    (user_dir / "parts.yaml").write_text(
        routine_text(routine_id="parts").replace("format: 1", "format: 1\nswitch_seconds: 5"),
        "utf-8",
    )
    (user_dir / "whole.yaml").write_text(
        routine_text(
            "steps:\n  - include: parts.yaml\n  - include: parts.yaml\n", routine_id="whole"
        ),
        "utf-8",
    )
    expected = timeline_json("whole", capsys)
    shared = tmp_path / "shared.yaml"
    assert cli.main(["export", "whole", str(shared)]) == 0
    assert "include" not in shared.read_text(encoding="utf-8")

    # Another person's acutimer: an empty folder of their own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert cli.main(["import", str(shared)]) == 0
    assert timeline_json("whole", capsys) == expected
    assert (tmp_path / "elsewhere" / "acutimer" / "routines" / "whole.yaml").read_text(
        "utf-8"
    ) == shared.read_text("utf-8")


def test_an_exported_built_in_has_the_same_timeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "full.yaml"
    assert cli.main(["export", "full-session", str(target)]) == 0
    assert timeline_json(str(target), capsys) == timeline_json("full-session", capsys)


def test_the_command_line_copies_nothing_if_one_file_is_broken(
    tmp_path: Path, user_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(routine_text(routine_id="good"), "utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, "utf-8")
    assert cli.main(["import", str(good), str(broken)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 4
    assert all(line.startswith(str(broken) + ":") or "broken.yaml:" in line for line in errors)
    assert list(user_dir.glob("*.yaml")) == []
    assert cli.main(["import", str(good)]) == 0
    assert cli.main(["import", str(good)]) == 1  # the same id again
    assert "--replace" in capsys.readouterr().err
    assert cli.main(["import", "--replace", str(good)]) == 0
    assert [p.name for p in user_dir.glob("*.yaml")] == ["good.yaml"]


def test_a_routine_with_includes_is_imported_self_contained(
    window: MainWindow, tmp_path: Path, user_dir: Path
) -> None:
    (tmp_path / "part.yaml").write_text(routine_text(routine_id="part"), "utf-8")
    whole = tmp_path / "whole.yaml"
    whole.write_text(routine_text("steps:\n  - include: part.yaml\n", routine_id="whole"), "utf-8")
    assert window.routine_menu.import_files([whole]) == ["whole"]
    copied = (user_dir / "whole.yaml").read_text(encoding="utf-8")
    assert "include" not in copied and "Union Valley" in copied
    assert "includes written out" in window.statusBar().currentMessage()


def test_a_broken_file_of_ones_own_opens_in_the_editor_with_its_problems(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    (user_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window.reload_routines()
    assert window.picker.select("broken")  # a broken file is listed by its file name
    editor = window.routine_menu.edit_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    assert not editor.save_action.isEnabled()
    listed = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert any("unknown point 'XX9'" in line for line in listed)
    assert editor.routine_form.id.accessibleDescription().startswith("should be lowercase")


def test_no_two_commands_of_the_window_share_a_key(window: MainWindow) -> None:
    """A shared key triggers neither command (Qt calls it ambiguous)."""
    keys = [
        key.toString()
        for action in window.actions()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
