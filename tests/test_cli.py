"""The ``acutimer`` command line: list, validate and timeline, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from acutimer import cli, paths
from acutimer.userdata import user_routines_dir
from tests.helpers.routines import ONE_STEP, line_of, routine_text, write

BUILTIN_IDS = {
    "lower-back",
    "hips",
    "buttocks",
    "ice",
    "hand-li4",
    "forearm-lu6",
    "feet-top",
    "feet-soles",
    "behind-knees",
    "full-session",
}


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's custom-routine folder, <XDG_DATA_HOME>/<app name>/routines, in tmp_path.

    The app name is "acutimer" when the command runs on its own; under pytest-qt another
    test's QApplication may already have named the process, so the folder is asked for.
    """
    data_home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    folder = user_routines_dir(create=True)
    assert folder.parent.parent == data_home and folder.name == "routines"
    return folder


def test_the_user_folder_follows_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_routines_dir() == tmp_path / "acutimer" / "routines"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    return json.loads(out)


def test_list_json_gives_every_builtin_routine_with_its_length_and_points(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_json(capsys, "list", "--json")
    assert isinstance(rows, list)
    for row in rows:
        assert set(row) == {"id", "title", "seconds", "points", "source", "path"}
        assert row["source"] == "builtin"
        assert Path(row["path"]).parent == paths.routines_dir()
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == BUILTIN_IDS
    hand = by_id["hand-li4"]
    # 10 s prepare + 3 x (10 + 5) + 5 s switch + 3 x (10 + 5)
    assert (hand["title"], hand["seconds"], hand["points"]) == ("Hand (LI4)", 105, ["LI4"])
    assert by_id["lower-back"]["points"] == ["BL23", "BL52"]
    assert by_id["ice"]["points"] == []
    assert by_id["full-session"]["points"] == [
        "BL23",
        "BL52",
        "BL53",
        "GB30",
        "BL40",
        "BL39",
        "LI4",
    ]


def test_a_custom_routine_is_listed_as_the_users(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = write(user_folder, "evening.yaml", routine_text(routine_id="my-evening"))
    rows = run_json(capsys, "list", "--json")
    [row] = [r for r in rows if r["source"] == "user"]
    assert row == {
        "id": "my-evening",
        "title": "A test routine",
        "seconds": 15.0 * 2 + 10,
        "points": ["LI4"],
        "source": "user",
        "path": str(mine),
    }
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert [line for line in out.splitlines() if "(yours)" in line] == [
        "my-evening      0:40  A test routine  [LI4]  (yours)"
    ]


def test_an_invalid_custom_routine_is_reported_and_skipped(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = routine_text(ONE_STEP.replace("seconds: 10", "seconds: -10"), routine_id="broken")
    broken = write(user_folder, "broken.yaml", text)
    write(user_folder, "good.yaml", routine_text(routine_id="good"))
    write(user_folder, "clash.yaml", routine_text(routine_id="hand-li4"))
    code, out, err = run(capsys, "list", "--json")
    assert code == 0
    ids = {row["id"] for row in json.loads(out)}
    assert ids == BUILTIN_IDS | {"good"}
    problems = err.splitlines()
    assert len(problems) == 2
    assert any(
        p.startswith(f"{broken}:{line_of(text, 'seconds: -10')}:") and "more than 0" in p
        for p in problems
    )
    assert any("clash.yaml:1:1: id 'hand-li4' is already used by" in p for p in problems)


def test_timeline_json_gives_every_phase_with_its_start(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "timeline", "hand-li4", "--json")
    assert set(data) == {"id", "seconds", "phases", "left_out"}
    assert (data["id"], data["seconds"], data["left_out"]) == ("hand-li4", 105, [])
    phases = data["phases"]
    for phase in phases:
        assert set(phase) == {
            "start",
            "seconds",
            "kind",
            "point",
            "side",
            "step",
            "round",
            "rounds",
            "text",
            "halfway",
        }
    clock = 0
    for phase in phases:
        assert phase["start"] == clock
        clock += phase["seconds"]
    assert clock == data["seconds"]
    table = [(p["kind"], p["seconds"], p["point"], p["side"], p["round"]) for p in phases]
    presses = [(k, s, pt, side) for k, s, pt, side, _ in table if k == "press"]
    assert table[0] == ("prepare", 10, None, None, 1)
    assert presses == [("press", 10, "LI4", "left")] * 3 + [("press", 10, "LI4", "right")] * 3
    assert table[7] == ("switch", 5, "LI4", "right", 1)
    assert [p["round"] for p in phases if p["kind"] == "release"] == [1, 2, 3, 1, 2, 3]


def test_timeline_first_side_right_starts_on_the_right(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "timeline", "forearm-lu6", "--json", "--first-side", "right")
    sides = [p["side"] for p in data["phases"] if p["kind"] == "press"]
    assert sides == ["right"] * 4 + ["left"] * 4
    assert data["seconds"] == 15 + 2 * 4 * 90 + 10 + 900


def test_timeline_pregnancy_safe_leaves_out_ki1_and_says_why(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "timeline", "feet-soles", "--json", "--pregnancy-safe")
    assert [p["point"] for p in data["phases"] if p["point"]] == []
    [left_out] = data["left_out"]
    assert left_out["point"] == "KI1" and "pregnancy" in left_out["reason"]
    code, out, _ = run(capsys, "timeline", "feet-soles", "--pregnancy-safe")
    assert code == 0
    assert "Left out: KI1 (Gushing Spring): Never press this point in pregnancy" in out


def test_timeline_text_shows_each_phase_and_the_total(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "timeline", "hips")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Hips (BL53) [hips]"
    assert lines[2].split()[:6] == ["0:15", "press", "60", "s", "BL53", "both"]
    assert lines[-1] == "Total 1:25 (85 s)"


def test_timeline_of_a_file_path_and_of_a_custom_id(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(user_folder, "mine.yaml", routine_text(routine_id="mine"))
    by_path = run_json(capsys, "timeline", str(path), "--json")
    by_id = run_json(capsys, "timeline", "mine", "--json")
    assert by_path == by_id
    assert by_id["seconds"] == 40


def test_timeline_of_an_unknown_routine_names_the_known_ones(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "timeline", "nope")
    assert (code, out) == (1, "")
    assert err.startswith("nope:1:1: no routine with id or file 'nope'; known ids: ")
    assert "hand-li4" in err


def test_timeline_of_a_broken_file_reports_its_problems(
    user_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = routine_text(ONE_STEP.replace("LI4", "LI44"))
    path = write(tmp_path, "broken.yaml", text)
    code, out, err = run(capsys, "timeline", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}:{line_of(text, 'LI44')}:12: unknown point 'LI44'")


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["frobnicate"],
        ["timeline"],
        ["timeline", "hand-li4", "--first-side", "up"],
        ["list", "--yaml"],
        ["--speed", "0"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2_with_a_usage_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: acutimer")
    assert "error:" in err


def test_validate_accepts_every_shipped_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(p) for p in sorted(paths.routines_dir().glob("*.yaml"))]
    code, out, err = run(capsys, "validate", *files)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"{f}: ok" for f in files]


def test_validate_checks_the_translations_beside_a_routine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "mine.yaml", routine_text())
    write(tmp_path, "mine.de.yaml", "title: Meine Übung\n")
    broken = write(tmp_path, "mine.fr.yaml", "title: Ma routine\nsteps:\n  Union Vally: {}\n")
    code, out, err = run(capsys, "validate", str(path))
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{path}: ok",
        f"{tmp_path / 'mine.de.yaml'}: ok",
        f"{broken}:3:3: unknown key 'Union Vally' in steps: mine.yaml has no such text; "
        "did you mean 'Union Valley'?",
    ]
    code, out, err = run(capsys, "validate", str(broken))  # named on its own
    assert code == 1 and out.startswith(f"{broken}:3:3: unknown key 'Union Vally'")


def test_validate_checks_a_translation_of_the_point_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = write(tmp_path, "points.yaml", paths.points_file().read_text(encoding="utf-8"))
    german = write(tmp_path, "points.de.yaml", "points:\n  LI4:\n    english: Hegu\n    view: x\n")
    code, out, err = run(capsys, "validate", str(library))
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{library}: ok",
        f"{german}:4:5: 'view' in points.LI4 is never translated: numbers, ids, sides, "
        "phases and point codes always come from points.yaml; give only texts",
    ]
