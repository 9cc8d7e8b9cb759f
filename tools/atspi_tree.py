"""Print what a screen reader sees of a running CalmKit: its AT-SPI accessibility tree, and
every control in it that has no name. Exit status 1 when one has none.

Run with the system Python, which has the AT-SPI bindings (Debian: python3-pyatspi), while
CalmKit runs with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on the same D-Bus session; the README's
"Accessibility" section has the whole sequence, under Xvfb too.

    python3 tools/atspi_tree.py [--app calmkit] [--wait 20] [--unnamed-only]
    python3 tools/atspi_tree.py --listen 25     print what CalmKit announces for 25 s

tools/check_accessibility.sh runs the whole check.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from typing import Any

try:
    import pyatspi  # type: ignore[import-not-found]  # the system's, not the venv's
except ImportError:  # pragma: no cover - depends on the machine
    sys.exit("tools/atspi_tree.py needs the AT-SPI bindings: apt-get install python3-pyatspi")

# The roles a person operates; each needs a name a screen reader can say.
INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "spin button",
    "slider",
    "combo box",
    "text",
    "entry",
    "password text",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "menu item",
}


def find_app(name: str, wait_s: float) -> Any:
    """The desktop's application called `name`, waiting up to `wait_s` seconds for it."""
    deadline = time.monotonic() + wait_s
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and (app.name or "").lower() == name.lower():
                return app
        if time.monotonic() > deadline:
            names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
            sys.exit(f"no application called {name!r} on the accessibility bus; found {names}")
        time.sleep(0.5)


def walk(node: Any, depth: int = 0) -> Iterator[tuple[int, Any]]:
    yield depth, node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def showing(node: Any) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def listen(app_name: str, seconds: float) -> int:
    """Print each announcement `app_name` makes (what a screen reader would say) for
    `seconds`, with the seconds since listening began."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    start = time.monotonic()

    def heard(event: Any) -> None:
        host = event.host_application
        if host is not None and (host.name or "").lower() == app_name.lower():
            print(f"{time.monotonic() - start:6.1f} s  {event.any_data}", flush=True)

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="calmkit", help="the application's name on the bus")
    parser.add_argument("--wait", type=float, default=20.0, help="seconds to wait for it")
    parser.add_argument("--unnamed-only", action="store_true", help="print only the problems")
    parser.add_argument("--listen", type=float, metavar="SECONDS", help="print announcements")
    args = parser.parse_args()
    if args.listen:
        return listen(args.app, args.listen)

    app = find_app(args.app, args.wait)
    unnamed = []
    count = 0
    for depth, node in walk(app):
        role = node.getRoleName()
        name = (node.name or "").strip()
        if not args.unnamed_only:
            description = (node.description or "").strip()
            extra = f" — {description}" if description else ""
            print(f"{'  ' * depth}{role}: {name!r}{extra}")
        if role in INTERACTIVE_ROLES and showing(node):
            count += 1
            if not name:
                unnamed.append(f"{role} under {node.parent.getRoleName()} {node.parent.name!r}")
    print(f"\n{count} controls on screen, {len(unnamed)} without a name")
    for problem in unnamed:
        print(f"  unnamed: {problem}")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
