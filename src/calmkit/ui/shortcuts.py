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
    QLabel,
    QMenu,
    QMenuBar,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.ui.widgets.item_focus import outline_current_row

# Shift+/ on most keyboards; F1 stays Help now (crisis lines).
OVERVIEW_KEYS = ("?", "Shift+?")

Shortcut = tuple[str, str]  # keys as shown, what they do


# The tables are in English (a test checks their keys against the real bindings);
# overview_groups() translates each row where it is shown. The keys have a context of their
# own ("Space" the key, "Esc"), apart from the words saying what they do.
ANYWHERE: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "F1"),
        QT_TRANSLATE_NOOP("Shortcuts", "Help now: crisis lines, from any window"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "F3"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Calm down now: two minutes of slow breathing, then grounding"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "?"),
        QT_TRANSLATE_NOOP("Shortcuts", "This overview of the keys"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "The menus, and buttons with an underlined letter"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "The next or previous control"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the button that has the keyboard (Enter too)"),
    ),
)
EXERCISE_LIST: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Up, Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose an exercise"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start the chosen exercise"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Menu key, Shift+F10"),
        QT_TRANSLATE_NOOP("Shortcuts", "What can be done with the chosen exercise"),
    ),
)
BEFORE: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "0 to 9"),
        QT_TRANSLATE_NOOP("Shortcuts", "How anxious you feel (1 then 0 for 10)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Enter, S"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start without a rating"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the exercises, starting nothing"),
    ),
)
DURING: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pause or go on"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop; what you practised is kept"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Left, Right"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "The previous or next part (muscle relaxation and guided imagery)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Up, Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Volume"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "M"),
        QT_TRANSLATE_NOOP("Shortcuts", "Sound on or off"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "V"),
        QT_TRANSLATE_NOOP("Shortcuts", "Voice on or off"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "R"),
        QT_TRANSLATE_NOOP("Shortcuts", "A still bar instead of moving shapes"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "A"),
        QT_TRANSLATE_NOOP("Shortcuts", "Ambient sound on or off (guided imagery)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Shift+Up, Shift+Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Ambient sound volume"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Ctrl+Plus, Ctrl+Minus"),
        QT_TRANSLATE_NOOP("Shortcuts", "Larger or smaller text (guided imagery)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "F11"),
        QT_TRANSLATE_NOOP("Shortcuts", "Full screen"),
    ),
)
AFTER: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "0 to 9"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "How anxious you feel now (1 then 0 for 10); press again to change it"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "To the note"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Alt+B"),
        QT_TRANSLATE_NOOP("Shortcuts", "Correct the rating from before"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Enter, Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back to the exercises; the rating and note are kept"),
    ),
)
HISTORY: Sequence[Shortcut] = (
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Left, Right"),
        QT_TRANSLATE_NOOP("Shortcuts", "On the section tabs: the next or previous section"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Alt+O, P, D, C, S"),
        QT_TRANSLATE_NOOP("Shortcuts", "Overview, Practice, Distress, Self-check, Sessions"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Arrow keys, Home, End"),
        QT_TRANSLATE_NOOP("Shortcuts", "In a chart: from day to day or bar to bar, read aloud"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "Delete, Ctrl+Z"),
        QT_TRANSLATE_NOOP("Shortcuts", "In the sessions table: delete the chosen sessions, undo"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutKeys", "F2"),
        QT_TRANSLATE_NOOP("Shortcuts", "In the sessions table: edit the note"),
    ),
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
        # Here, not at the top: importing a Qt class builds its enum classes, and start-up
        # needs none of these.
        from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QTreeWidgetItem

        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setObjectName("page")
        intro = QLabel(
            translate(
                "ShortcutsDialog",
                "Everything in CalmKit can be done from the keyboard. These keys help.",
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setAccessibleDescription(
            translate("ShortcutsDialog", "Grouped by where they work. Arrow keys read on.")
        )
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "What they do")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        outline_current_row(self.tree)
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
        self.resize(760, 560)  # German descriptions are longer; still fits 800x600
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


def shown_rows(shortcuts: Iterable[Shortcut]) -> list[Shortcut]:
    """A table's rows in the language of the interface."""
    return [
        (translate("ShortcutKeys", keys), translate("Shortcuts", words))
        for keys, words in shortcuts
    ]


def overview_groups(
    menu_bar: QMenuBar, library_actions: Iterable[QAction]
) -> list[tuple[str, Sequence[Shortcut]]]:
    """Every group of the overview: the menus' keys from their actions (already in the
    interface's language), the rest listed."""
    listed = {keys for keys, _ in ANYWHERE}
    menus = [
        row
        for row in action_shortcuts(menu_actions(menu_bar))
        if not listed & set(row[0].split(", "))
    ]
    return [
        (translate("Shortcuts", "Anywhere"), [*shown_rows(ANYWHERE), *menus]),
        (
            translate("Shortcuts", "The exercise list"),
            [*shown_rows(EXERCISE_LIST), *action_shortcuts(library_actions)],
        ),
        (translate("Shortcuts", "Before a session"), shown_rows(BEFORE)),
        (translate("Shortcuts", "During a session"), shown_rows(DURING)),
        (translate("Shortcuts", "After a session"), shown_rows(AFTER)),
        (translate("Shortcuts", "History"), shown_rows(HISTORY)),
    ]
