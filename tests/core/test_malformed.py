"""Malformed routine and point files, each through the real command line.

Every case must give exit code 1 and ``path:line:column: message`` lines, with the line
of the offending node, and no traceback.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from acutimer import cli, paths
from tests.helpers.routines import ONE_STEP, line_of, routine_text, write


@dataclass(frozen=True)
class Case:
    """A broken file, the text on the line the problem must point at, and words it must say."""

    name: str
    content: str | bytes
    at: str | int  # a piece of text on the offending line, or the line number itself
    says: str
    file_name: str = "broken.yaml"


def step(phases: str = "[{kind: press, seconds: 10}]", extra: str = "") -> str:
    return (
        "steps:\n"
        "  - title: Union Valley\n"
        "    point: LI4\n"
        f"{extra}"
        "    instruction: Squeeze the web of the hand.\n"
        f"    phases: {phases}\n"
    )


ALIAS_BOMB = (
    "format: 1\n"
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
)
FIVE_HOURS = "steps:\n" + "".join(
    f"  - title: Hold {n}\n    instruction: Hold.\n    phases: [{{kind: hold, seconds: 3600}}]\n"
    for n in range(5)
)
POINTS_HEAD = "format: 1\npoints:\n"
POINT = """\
  - code: {code}
    pinyin: Hegu
    english: Union Valley
    region: hand
    location: In the web of the hand.
    finding: Squeeze thumb and finger together.
    technique: Squeeze the web.
    view: dorsal-hand
    marker: {marker}
"""

CASES = [
    Case(
        "yaml-syntax",
        routine_text("steps:\n  - title: a: b\n"),
        "title: a: b",
        "YAML syntax: mapping values are not allowed",
    ),
    Case(
        "unclosed-bracket",
        routine_text(step("[{kind: press, seconds: 10}")),
        "phases: [",
        "YAML syntax: this '[' is never closed",
    ),
    Case(
        "unclosed-quote",
        routine_text().replace("A test routine", '"A test routine'),
        '"A test',
        "YAML syntax: this quote is never closed",
    ),
    Case(
        "tab-indent",
        routine_text(ONE_STEP).replace("    instruction", "\tinstruction"),
        "\tinstruction",
        "indent with spaces, not tabs",
    ),
    Case(
        "seconds-is-a-word",
        routine_text(step("[{kind: press, seconds: ten}]")),
        "ten",
        "seconds: should be a number, like 30; got 'ten'",
    ),
    Case(
        "seconds-is-true",
        routine_text(step("[{kind: press, seconds: true}]")),
        "true",
        "should be a number",
    ),
    Case(
        "rounds-is-a-word",
        routine_text(step(extra="    rounds: many\n")),
        "rounds",
        "rounds: should be a whole number",
    ),
    Case(
        "title-is-a-list",
        routine_text(step()).replace("title: Union Valley", "title: [a, b]"),
        "title: [a, b]",
        "title: should be text; got a list",
    ),
    Case(
        "optional-is-maybe",
        routine_text(step(extra="    optional: maybe\n")),
        "optional",
        "should be true or false; got 'maybe'",
    ),
    Case("steps-is-text", routine_text("steps: press hard\n"), "steps:", "steps: should be a list"),
    Case(
        "missing-instruction",
        routine_text(step()).replace("    instruction: Squeeze the web of the hand.\n", ""),
        "- title",
        "steps[0]: missing required key 'instruction'",
    ),
    Case(
        "missing-audience",
        routine_text().replace("audience: Nobody in particular.\n", ""),
        1,
        "missing required key 'audience'",
    ),
    Case("no-phases", routine_text(step("[]")), "phases", "phases: needs at least 1 item"),
    Case(
        "unknown-top-key",
        routine_text() + "author: me\n",
        "author",
        "unknown key 'author'; allowed here:",
    ),
    Case(
        "misspelt-step-key",
        routine_text(step(extra="    rouns: 3\n")),
        "rouns",
        "unknown key 'rouns' in steps[0]; did you mean 'rounds'?",
    ),
    Case(
        "unknown-point",
        routine_text(step()).replace("point: LI4", "point: LI44"),
        "LI44",
        "unknown point 'LI44'; the library has BL23",
    ),
    Case(
        "unknown-phase-kind",
        routine_text(step("[{kind: squeeze, seconds: 10}]")),
        "squeeze",
        "should be one of: prepare, press, release, rest, hold, massage or ice",
    ),
    Case(
        "zero-seconds",
        routine_text(step("[{kind: press, seconds: 0}]")),
        "seconds: 0",
        "must be more than 0 seconds; got 0",
    ),
    Case(
        "negative-seconds",
        routine_text(step("[{kind: press, seconds: -5}]")),
        "seconds: -5",
        "must be more than 0 seconds; got -5",
    ),
    Case(
        "huge-seconds",
        routine_text(step("[{kind: press, seconds: 90000}]")),
        "90000",
        "must be at most 3600 seconds; got 90000",
    ),
    Case(
        "nan-seconds",
        routine_text(step("[{kind: press, seconds: .nan}]")),
        ".nan",
        "should be an ordinary number",
    ),
    Case(
        "ice-over-20-minutes",
        routine_text(
            "steps:\n  - title: Ice\n    instruction: Ice it.\n    phases:\n"
            "      - kind: ice\n        seconds: 1500\n"
        ),
        "seconds: 1500",
        "ice for 1500 seconds (25 minutes) is too long",
    ),
    Case(
        "routine-over-4-hours",
        routine_text(FIVE_HOURS),
        "steps:",
        "the routine lasts 5.0 hours; a routine may last at most 4 hours",
    ),
    Case(
        "zero-rounds",
        routine_text(step(extra="    rounds: 0\n")),
        "rounds: 0",
        "rounds: must be at least 1; got 0",
    ),
    Case(
        "switch-too-short",
        routine_text().replace("steps:", "switch_seconds: 1\nsteps:"),
        "switch_seconds",
        "switch_seconds: must be at least 3 seconds",
    ),
    Case(
        "side-without-point",
        routine_text(
            "steps:\n  - title: Rest\n    side: both\n    instruction: Rest.\n"
            "    phases: [{kind: rest, seconds: 5}]\n"
        ),
        "- title: Rest",
        "side 'both' needs a point",
    ),
    Case(
        "bad-id",
        routine_text(routine_id="My Routine"),
        "id:",
        "id: should be lowercase letters and digits",
    ),
    Case(
        "format-2",
        routine_text().replace("format: 1", "format: 2"),
        "format",
        "format: should be one of: 1; got 2",
    ),
    Case("alias-bomb", ALIAS_BOMB, "b: &b", "aliases (*name) are not allowed"),
    Case("merge-key", routine_text() + "<<: {x: 1}\n", "<<", "merge keys (<<) are not allowed"),
    Case(
        "python-tag",
        "format: 1\nid: !!python/object/apply:os.system [echo hi]\n",
        "!!python",
        "unknown tag '!!python/object/apply:os.system'",
    ),
    Case(
        "bad-float-tag",
        routine_text(step("[{kind: press, seconds: !!float ten}]")),
        "!!float",
        "bad value 'ten' for the tag '!!float'",
    ),
    Case(
        "duplicate-key",
        routine_text().replace("title: A", "title: B\ntitle: A"),
        "title: A",
        "duplicate key 'title'",
    ),
    Case(
        "two-documents",
        routine_text() + "---\nformat: 1\n",
        "---",
        "a file holds one routine: remove the '---' line",
    ),
    Case("empty-file", "", 1, "the file is empty"),
    Case("only-comments", "# nothing yet\n\n", 1, "the file is empty"),
    Case(
        "a-list-not-a-routine",
        "- press\n- release\n",
        1,
        "the file should be a set of keys (format, id, title...); got a list",
    ),
    Case(
        "latin-1",
        routine_text().replace("A test routine", "Café").encode("latin-1"),
        "title: Caf",
        "not UTF-8 text (byte 0xe9)",
    ),
    Case("binary-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "not UTF-8 text (byte 0x89)"),
    Case(
        "nul-byte",
        routine_text().replace("Used by", "Used\x00by").encode(),
        "summary",
        "binary data (a NUL byte)",
    ),
    Case(
        "five-megabytes",
        "# " + "x" * 5_000_000 + "\n",
        1,
        "file is 5,000,003 bytes; routine files may be at most 1 MB",
    ),
    Case(
        "points-duplicate-code",
        POINTS_HEAD
        + POINT.format(code="LI4", marker="[0.3, 0.7]")
        + POINT.format(code="LI4", marker="[0.3, 0.7]"),
        ("- code: LI4", 2),
        "point LI4 is listed twice",
        "points.yaml",
    ),
    Case(
        "points-bad-code-and-marker",
        POINTS_HEAD + POINT.format(code="li-4", marker="[1.5, 0]"),
        "code: li-4",
        "should be a WHO point code",
        "points.yaml",
    ),
]


def run_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = cli.main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out.splitlines()


def parse(line: str, path: Path) -> tuple[int, int, str]:
    match = re.match(rf"^{re.escape(str(path.resolve()))}:(\d+):(\d+): (.+)$", line)
    assert match, f"not 'path:line:column: message': {line!r}"
    return int(match[1]), int(match[2]), match[3]


def expected_line(case: Case) -> int:
    if isinstance(case.at, int):
        return case.at
    text = case.content if isinstance(case.content, str) else case.content.decode("latin-1")
    if isinstance(case.at, tuple):
        return line_of(text, *case.at)
    return line_of(text, case.at)


def test_there_are_at_least_25_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_malformed_file_gives_one_line_numbered_problem(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, case.file_name, case.content)
    code, lines = run_validate(path, capsys)
    assert code == 1
    problems = [parse(line, path) for line in lines]
    wanted = expected_line(case)
    hits = [(line, msg) for line, _, msg in problems if case.says in msg]
    assert hits, f"no problem says {case.says!r}: {lines}"
    assert hits[0][0] == wanted, f"{hits[0][1]!r} is on line {hits[0][0]}, expected {wanted}"


def test_column_points_at_the_offending_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = routine_text(step("[{kind: press, seconds: -5}]"))
    path = write(tmp_path, "negative.yaml", text)
    _, [line] = run_validate(path, capsys)
    row, column, _ = parse(line, path)
    assert text.splitlines()[row - 1][column - 1 :].startswith("-5}")


def test_all_problems_of_a_file_are_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = routine_text(
        "steps:\n"
        "  - title: Union Valley\n"
        "    point: LI44\n"
        "    instruction: Squeeze.\n"
        "    phases:\n"
        "      - {kind: press, seconds: 0}\n"
        "      - {kind: release, sekonds: 5}\n"
    )
    path = write(tmp_path, "three.yaml", text)
    code, lines = run_validate(path, capsys)
    assert code == 1
    problems = [parse(line, path) for line in lines]
    assert [row for row, _, _ in problems] == [
        line_of(text, "LI44"),
        line_of(text, "seconds: 0"),
        line_of(text, "sekonds"),
    ]
    messages = " | ".join(m for _, _, m in problems)
    assert "unknown point 'LI44'" in messages
    assert "must be more than 0 seconds" in messages
    assert "unknown key 'sekonds'" in messages


def test_include_cycle_points_at_both_includes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = routine_text("steps:\n  - include: second.yaml\n", routine_id="first")
    second = routine_text(ONE_STEP + "  - include: first.yaml\n", routine_id="second")
    path = write(tmp_path, "first.yaml", first)
    other = write(tmp_path, "second.yaml", second)
    code, lines = run_validate(path, capsys)
    assert code == 1
    assert parse(lines[0], path)[0] == line_of(first, "include: second.yaml")
    row, _, message = parse(lines[1], other)
    assert row == line_of(second, "include: first.yaml")
    assert message == "include cycle: first.yaml -> second.yaml -> first.yaml"


def test_include_outside_the_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    write(tmp_path, "elsewhere.yaml", routine_text(routine_id="elsewhere"))
    text = routine_text(
        "steps:\n  - include: ../elsewhere.yaml\n  - include: /etc/hostname\n"
        "  - include: missing.yaml\n"
    )
    path = write(folder, "main.yaml", text)
    code, lines = run_validate(path, capsys)
    assert code == 1
    problems = [parse(line, path) for line in lines]
    assert [(row, msg.split(" is ")[0]) for row, _, msg in problems[:2]] == [
        (line_of(text, "../elsewhere"), "'../elsewhere.yaml'"),
        (line_of(text, "/etc/hostname"), "'/etc/hostname'"),
    ]
    assert all("outside the routines folder" in m for _, _, m in problems[:2])
    assert problems[2][0] == line_of(text, "missing.yaml")
    assert "no routine file 'missing.yaml'" in problems[2][2]


def test_shipped_files_validate_with_exit_code_0(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(paths.routines_dir().glob("*.yaml"))
    assert cli.main(["validate", *map(str, files)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{f}: ok" for f in files]


def test_one_bad_file_among_good_ones_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, "bad.yaml", routine_text(step("[{kind: press, seconds: 0}]")))
    good = paths.routines_dir() / "hand.yaml"
    assert cli.main(["validate", str(bad), str(good)]) == 1
    out = capsys.readouterr().out
    assert f"{good}: ok" in out and f"{bad.resolve()}:" in out


def test_validate_in_a_subprocess_prints_problems_and_exits_1(tmp_path: Path) -> None:
    text = routine_text(step("[{kind: ice, seconds: 1500}]"))
    path = write(tmp_path, "ice.yaml", text)
    done = subprocess.run(
        [sys.executable, "-m", "acutimer", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    row, _, message = parse(done.stdout.strip(), path)
    assert row == line_of(text, "1500")
    assert message.startswith("steps[0].phases[0].seconds: ice for 1500 seconds")
