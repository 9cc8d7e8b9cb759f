"""Starting CalmKit when the person logs in: an XDG autostart entry
($XDG_CONFIG_HOME/autostart), which starts it hidden in the tray so that reminders can come.
Only an entry CalmKit wrote itself is ever removed."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from calmkit import APP_ID, APP_NAME
from calmkit.core.i18n import translate

ENTRY_NAME = f"{APP_ID}.desktop"
MARKER = "X-CalmKit-Autostart=true"
HIDDEN_FLAG = "--hidden"
# Characters that make the Desktop Entry spec ask for a quoted argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")) / ".config")
    return Path(config).expanduser() / "autostart" / ENTRY_NAME


def launch_command(executable: str, *, frozen: bool, data_dir: Path | None = None) -> list[str]:
    """How the login session starts this same CalmKit: the frozen bundle's program, or this
    Python running the package (an installed `calmkit` script needs the same interpreter)."""
    command = [executable] if frozen else [executable, "-m", "calmkit"]
    if data_dir is not None:  # a practice log kept somewhere of the person's choosing
        command += ["--data-dir", str(data_dir)]
    return [*command, HIDDEN_FLAG]


def _exec_argument(argument: str) -> str:
    if argument and not _RESERVED & set(argument) and "%" not in argument:
        return argument
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return f'"{quoted}"'


def desktop_entry(command: Sequence[str]) -> str:
    # The Exec value is a string value as well: its backslashes are escaped once more.
    exec_line = " ".join(_exec_argument(a) for a in command).replace("\\", "\\\\")
    # Written once, when the person turns it on: in the language they use CalmKit in then.
    comment = translate(
        "Autostart", "Waits quietly in the system tray, so your practice reminders can come"
    )
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            f"Comment={_one_line(comment)}",
            f"Exec={exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            MARKER,
            "",
        ]
    )


def _one_line(value: str) -> str:
    """A Desktop Entry string value: its escapes for line breaks and backslashes."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def autostart_enabled(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False
    return "Hidden=true" not in text.splitlines()


def set_autostart(path: Path, command: Sequence[str] | None) -> None:
    """Write the entry for `command`, or (None) remove CalmKit's own entry. An entry the
    person wrote by hand is left alone. OSError (a read-only home) reaches the caller."""
    if command is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(desktop_entry(command), encoding="utf-8")
        temporary.replace(path)
        return
    try:
        ours = MARKER in path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return
    if ours:
        path.unlink()
