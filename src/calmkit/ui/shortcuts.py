"""The keyboard shortcuts overview (? or Help > Keyboard shortcuts): every key CalmKit
answers to, by where it works.

The menu and library keys are read from their actions, so the overview can never promise a
key that is not bound; the session and rating keys are listed here, and a test checks them
against the keys the session shell really binds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Shift+/ on most keyboards; F1 stays Help now (crisis lines).
OVERVIEW_KEYS = ("?", "Shift+?")

Shortcut = tuple[str, str]  # keys as shown, what they do

ANYWHERE: Sequence[Shortcut] = (
    ("F1", "Help now: crisis lines, from any window"),
    ("F3", "Calm down now: two minutes of slow breathing, then grounding"),
    ("?", "This overview of the keys"),
    ("Alt + underlined letter", "The menus, and buttons with an underlined letter"),
    ("Tab, Shift+Tab", "The next or previous control"),
    ("Space", "Press the button that has the keyboard (Enter too)"),
)
EXERCISE_LIST: Sequence[Shortcut] = (
    ("Up, Down", "Choose an exercise"),
    ("Enter", "Start the chosen exercise"),
    ("Menu key, Shift+F10", "What can be done with the chosen exercise"),
)
BEFORE: Sequence[Shortcut] = (
    ("0 to 9", "How anxious you feel (1 then 0 for 10)"),
    ("Enter, S", "Start without a rating"),
    ("Esc", "Back to the exercises, starting nothing"),
)
DURING: Sequence[Shortcut] = (
    ("Space", "Pause or go on"),
    ("Esc", "Stop; what you practised is kept"),
    ("Left, Right", "The previous or next part (muscle relaxation and guided imagery)"),
    ("Up, Down", "Volume"),
    ("M", "Sound on or off"),
    ("V", "Voice on or off"),
    ("R", "A still bar instead of moving shapes"),
    ("A", "Ambient sound on or off (guided imagery)"),
    ("Shift+Up, Shift+Down", "Ambient sound volume"),
    ("Ctrl+Plus, Ctrl+Minus", "Larger or smaller text (guided imagery)"),
    ("F11", "Full screen"),
)
AFTER: Sequence[Shortcut] = (
    ("0 to 9", "How anxious you feel now (1 then 0 for 10); press again to change it"),
    ("Tab", "To the note"),
    ("Alt+B", "Correct the rating from before"),
    ("Enter, Esc", "Back to the exercises; the rating and note are kept"),
)
HISTORY: Sequence[Shortcut] = (
    ("Left, Right", "On the section tabs: the next or previous section"),
    ("Alt+O, P, D, C, S", "Overview, Practice, Distress, Self-check, Sessions"),
    ("Arrow keys, Home, End", "In a chart: from day to day or bar to bar, read aloud"),
    ("Delete, Ctrl+Z", "In the sessions table: delete the chosen sessions, undo"),
    ("F2", "In the sessions table: edit the note"),
)

# How a few keys are written above, against how Qt names them (checked by a test).
WRITTEN_AS = {
    "Ctrl++": "Ctrl+Plus",
    "Ctrl+=": "Ctrl+Plus",
    "Ctrl+-": "Ctrl+Minus",
    "Return": "Enter",
}


def listed_keys(shortcuts: Iterable[Shortcut]) -> set[str]:
    """Each single key or combination named in `shortcuts`."""
    return {key for keys, _ in shortcuts for key in keys.split(", ")}


def shown_key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def action_shortcuts(actions: Iterable[QAction]) -> list[Shortcut]:
    """(keys, words) of each action with a shortcut, as its menu shows it."""
    found: list[Shortcut] = []
    for action in actions:
        keys = [shown_key(k) for k in action.shortcuts() if not k.isEmpty()]
        text = action.text()
        if "\t" in text:  # a key shown by the menu but bound elsewhere (F1)
            text, shown = text.split("\t", 1)
            keys = keys or [shown]
        if keys and action.isVisible():
            found.append((", ".join(keys), text.replace("&", "").rstrip("…")))
    return found


def menu_actions(menu_bar: QMenuBar) -> list[QAction]:
    """The menu bar's actions, submenus flattened, in menu order."""
    found: list[QAction] = []

    def walk(actions: Iterable[QAction]) -> None:
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu.actions())
            elif not action.isSeparator():
                found.append(action)

    walk(menu_bar.actions())
    return found


class ShortcutsDialog(QDialog):
    """The overview, grouped by where the keys work; it does not block the window behind."""

    def __init__(
        self,
        groups: Sequence[tuple[str, Sequence[Shortcut]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("page")
        intro = QLabel("Everything in CalmKit can be done from the keyboard. These keys help.")
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setAccessibleDescription("Grouped by where they work. Arrow keys read on.")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "What they do"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        for title, shortcuts in groups:
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for keys, words in shortcuts:
                group.addChild(QTreeWidgetItem([keys, words]))
            group.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, stretch=1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.tree.setFocus()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, words) of every row, for tests and for reading aloud."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                assert child is not None
                found.append((group.text(0), child.text(0), child.text(1)))
        return found


def overview_groups(
    menu_bar: QMenuBar, library_actions: Iterable[QAction]
) -> list[tuple[str, Sequence[Shortcut]]]:
    """Every group of the overview: the menus' keys from their actions, the rest listed."""
    listed = {keys for keys, _ in ANYWHERE}
    menus = [
        row
        for row in action_shortcuts(menu_actions(menu_bar))
        if not listed & set(row[0].split(", "))
    ]
    return [
        ("Anywhere", [*ANYWHERE, *menus]),
        ("The exercise list", [*EXERCISE_LIST, *action_shortcuts(library_actions)]),
        ("Before a session", BEFORE),
        ("During a session", DURING),
        ("After a session", AFTER),
        ("History", HISTORY),
    ]
