"""What a screen reader sees of acutimer, read over AT-SPI (run by tests/a11y).

Runs under the SYSTEM Python (Debian's python3-pyatspi), not the venv:

    /usr/bin/python3 atspi_probe.py UNTIL_NAME TIMEOUT_S [--pause]

Listens for announcements and, every 0.2 s, reads acutimer's tree of showing objects,
until an object named UNTIL_NAME is showing (or TIMEOUT_S pass). With --pause, presses
the toolbar's Pause button (through AT-SPI, as a screen reader user would) after the
first "Press" announcement, and the same button (now Go on) after the "Paused" one.
UNTIL_NAME may also begin an announcement: the tree is read once more, then it stops.
Prints one JSON object: ``seen`` (every showing [role, name, description] ever
read), ``headers`` (each showing table's name and its column headers' names),
``labels`` (each showing combo box's name, its current choice on Linux, and the
names of the labels it is labelled by),
``announcements`` and ``found`` (whether UNTIL_NAME appeared).
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

APP = "acutimer"


def showing(accessible) -> bool:
    try:
        return accessible.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(accessible, out: list, depth: int = 0) -> None:
    if depth > 40 or not showing(accessible):
        return
    try:
        out.append((accessible, accessible.getRoleName(), accessible.name, accessible.description))
        children = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            walk(child, out, depth + 1)


def column_headers(table) -> list[str]:
    try:
        found = table.queryTable()
        return [found.getColumnDescription(i) for i in range(found.nColumns)]
    except Exception:
        return []


def labelled_by(accessible) -> list[str]:
    try:
        return [
            relation.getTarget(i).name
            for relation in accessible.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            for i in range(relation.getNTargets())
        ]
    except Exception:
        return []


def app_roots():
    desktop = pyatspi.Registry.getDesktop(0)
    # The desktop's list of apps is cached too, and an app that joined the bus while the
    # probe was starting may be missing from it (seen on a loaded machine): ask afresh.
    desktop.set_cache_mask(Atspi.Cache.NONE)
    desktop.clearCache()
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP:
            # libatspi caches names, descriptions and states and would show the first
            # ones read: read afresh each time, as a screen reader does after an event.
            app.set_cache_mask(Atspi.Cache.NONE)
            app.clearCache()
            return [app.getChildAtIndex(j) for j in range(app.childCount)]
    return []


def main(until: str, timeout: float, pause: bool) -> int:
    seen: dict[tuple[str, str, str], None] = {}
    headers: dict[str, list[str]] = {}
    labels: dict[str, list[str]] = {}
    announcements: list[str] = []
    state = {"found": False, "pressed": "", "announced": False}
    pressed: list = []
    deadline = time.monotonic() + timeout

    def on_announcement(event) -> None:
        announcements.append(str(event.any_data))

    def press(prefix: str) -> None:
        for root in app_roots():
            nodes: list = []
            walk(root, nodes)
            for node, role, name, _description in nodes:
                if role == "push button" and name.startswith(prefix):
                    node.queryAction().doAction(0)
                    pressed.append(node)
                    state["pressed"] = prefix
                    return

    def poll() -> bool:
        nodes: list = []
        try:
            roots = app_roots()
        except Exception:  # the bus was busy: the next poll asks again
            roots = []
        for root in roots:
            walk(root, nodes)
        for node, role, name, description in nodes:
            seen[(role, name, description)] = None
            if role == "table":
                headers[name] = column_headers(node)
            elif role == "combo box":
                labels[name] = labelled_by(node)
            if name == until:
                state["found"] = True
        if any(line.startswith(until) for line in announcements):
            if state["announced"]:  # the tree has been read once since
                state["found"] = True
            state["announced"] = True
        if pause and not state["pressed"] and any(a.startswith("Press,") for a in announcements):
            press("Pause")
        elif pause and state["pressed"] == "Pause" and any("Paused" in a for a in announcements):
            pressed[0].queryAction().doAction(0)  # the same button, now "Go on"
            state["pressed"] = "Go on"
        if state["found"] or time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    GLib.timeout_add(200, poll)
    pyatspi.Registry.start()
    print(
        json.dumps(
            {
                "seen": [list(key) for key in seen],
                "headers": headers,
                "labels": labels,
                "announcements": announcements,
                **state,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]), "--pause" in sys.argv[3:]))
