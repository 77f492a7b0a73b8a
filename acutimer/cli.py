"""The ``acutimer`` command: list, validate and inspect routines, or open the window.

Only argparse is imported here; each command imports what it needs, so opening the
window does not pay for the routine models first.
"""

from __future__ import annotations

import argparse
import datetime
import pathlib
import sys
from collections.abc import Sequence

from acutimer import __version__
from acutimer.core.sides import FIRST_SIDES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acutimer",
        description="A calm guide through self-acupressure routines for back pain. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"acutimer {__version__}")
    parser.add_argument(
        "--routine", metavar="ID", help="open the window with this routine selected"
    )
    parser.add_argument("--start", action="store_true", help="start the routine at once")
    parser.add_argument(
        "--start-last",
        action="store_true",
        help="open the window with the last routine ready to start",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="run without a window, for plan-day reminders (started at login when they are on)",
    )
    parser.add_argument(
        "--speed",
        type=_positive,
        default=1.0,
        metavar="N",
        help="run time N times faster, to preview a routine (default 1)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list built-in and custom routines")
    listing.add_argument("--json", action="store_true", help="print JSON")

    desktop = commands.add_parser(
        "desktop", help="put the launcher and icons into your desktop's menu, or take them out"
    )
    desktop.add_argument("action", choices=("install", "uninstall"))

    check = commands.add_parser("validate", help="check routine files and point libraries")
    check.add_argument("paths", nargs="+", type=pathlib.Path, metavar="PATH")

    timeline = commands.add_parser("timeline", help="show every phase of a routine")
    timeline.add_argument("routine", metavar="ROUTINE", help="a routine id or a file path")
    timeline.add_argument("--json", action="store_true", help="print JSON")
    timeline.add_argument(
        "--first-side",
        choices=[side.value for side in FIRST_SIDES],
        default=None,
        help="the side that hurts more goes first (default: the app's setting, else left)",
    )
    timeline.add_argument(
        "--pregnancy",
        "--pregnancy-safe",
        dest="pregnancy",
        action="store_true",
        help="pregnancy mode: leave out points never pressed in pregnancy",
    )
    timeline.add_argument(
        "--leave-out-cautions",
        action="store_true",
        help="with --pregnancy: also leave out points with a pregnancy caution",
    )
    sharing = commands.add_parser("import", help="copy routine files into your routines")
    sharing.add_argument("files", nargs="+", type=pathlib.Path, metavar="FILE")
    sharing.add_argument(
        "--replace", action="store_true", help="replace your routine that has the same id"
    )
    export = commands.add_parser("export", help="write a routine as one file to share")
    export.add_argument("routine", metavar="ID")
    export.add_argument("file", type=pathlib.Path, metavar="FILE")
    _printables(commands)
    _remote_commands(commands)
    return parser


def _printables(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report", help="save a report of your plan and pain ratings as a PDF, for a clinician"
    )
    report.add_argument("--pdf", type=pathlib.Path, required=True, metavar="FILE")
    report.add_argument("--from", dest="first", type=_day, metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=_day, metavar="DATE", help="YYYY-MM-DD")
    card = commands.add_parser("card", help="save routine cards (one page each) as a PDF")
    card.add_argument("routines", nargs="+", metavar="ID", help="routine ids or files")
    card.add_argument("--pdf", type=pathlib.Path, required=True, metavar="FILE")
    card.add_argument(
        "--pregnancy",
        action="store_true",
        help="pregnancy mode: leave out the points it leaves out",
    )


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-04") from None


def _remote_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands sent to the running acutimer (for desktop shortcuts)."""
    from acutimer.dbus.protocol import VERB_HELP

    for verb, text in VERB_HELP.items():
        commands.add_parser(verb.value, help=f"{text}, in the running acutimer")
    status = commands.add_parser("status", help="where the running acutimer's routine is")
    status.add_argument("--json", action="store_true", help="print JSON")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("the speed must be above 0 and at most 1000")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # Plain `acutimer`: building the parser and its subcommands would put 2-4 ms
        # before the window's first paint, to parse nothing.
        from acutimer.app import end_process, run

        end_process(run())
    args = _parser().parse_args(argv)
    if args.command is None:
        from acutimer.app import end_process, run

        end_process(
            run(
                routine=args.routine,
                start=args.start,
                speed=args.speed,
                background=args.background,
                start_last=args.start_last,
            )
        )
    from acutimer.dbus.protocol import COMMANDS, Verb

    if args.command in COMMANDS:
        from acutimer.dbus import client

        if args.command == "status":
            return client.status(args.json)
        return client.control(Verb(args.command))
    from acutimer import cli_language

    language = cli_language.start(gui=args.command in PAINTING)
    try:
        return _run(args, language.content)
    finally:
        language.remove()


PAINTING = ("report", "card")
"""The commands that make PDFs: they need a QGuiApplication (fonts, SVG)."""


def _run(args: argparse.Namespace, language: str | None) -> int:
    """A local command, its words and the routines' texts in ``language``'s."""
    from acutimer import commands
    from acutimer.core.errors import DataError

    try:
        match args.command:
            case "list":
                return commands.list_routines(args.json, language)
            case "validate":
                return commands.validate(args.paths)
            case "desktop":
                return _desktop(args.action)
            case "import":
                return commands.import_routines(args.files, replace=args.replace)
            case "export":
                return commands.export_routine(args.routine, args.file)
            case "report":
                from acutimer.reports import commands as printables

                return printables.report(args.pdf, args.first, args.last)
            case "card":
                from acutimer.reports import commands as printables

                return printables.card(args.routines, args.pdf, args.pregnancy, language)
            case _:
                return commands.timeline(args, language)
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def _desktop(action: str) -> int:
    from acutimer.desktop import files

    try:
        report = files.install() if action == "install" else files.uninstall()
    except OSError as exc:
        from acutimer.core.i18n import fill, translate

        words = translate("CommandLine", "acutimer {command}: {problem}", "a command that failed")
        print(fill(words, command=f"desktop {action}", problem=exc), file=sys.stderr)
        return 1
    print("\n".join(report))
    return 0
