"""The person's own breathing patterns in the library: make, edit, duplicate, delete (with
undo) and reorder them, each change saved to the store at once and shown in place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from calmkit.core.exercises import Catalog, Exercise
from calmkit.core.exercises.breathing import BreathingContent
from calmkit.core.exercises.breathing.custom import (
    DEFAULT_LENGTH,
    CustomPattern,
    UnknownCustomPatternError,
    add_custom_pattern,
    catalog_with_custom,
    copy_name,
    custom_exercises,
    delete_custom_pattern,
    is_custom_id,
    reorder_custom_patterns,
    restore_custom_pattern,
    saved_patterns,
    snap_to_steps,
    update_custom_pattern,
)
from calmkit.core.i18n import translate
from calmkit.core.store import StorageError, Store
from calmkit.ui.library.view import MySection
from calmkit.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:  # the editor loads when first opened: start-up shows only the list
    from calmkit.ui.context import AppContext
    from calmkit.ui.library.pattern_editor import PatternDraft, PatternEditor
    from calmkit.ui.library.view import LibraryView

log = logging.getLogger(__name__)


class MyPatterns(QObject):
    """Owns the pattern actions and their buttons; the LibraryView places the buttons."""

    notice = Signal(str)  # a short message for the status bar

    def __init__(self, library: LibraryView, context: AppContext) -> None:
        super().__init__(library)
        self._library = library
        self._context = context
        self._store = context.store
        self._saved: dict[str, CustomPattern] = {}
        self._reported: set[str] = set()
        self._undo_id: str | None = None
        self.editor: PatternEditor | None = None

        self.new_action = self._action(
            translate("MyPatterns", "&New pattern…"), ["Ctrl+N"], self.new_pattern
        )
        self.edit_action = self._action(
            translate("MyPatterns", "&Edit…"), ["F2", "Ctrl+E"], self.edit_selected
        )
        self.duplicate_action = self._action(
            translate("MyPatterns", "&Duplicate"), ["Ctrl+D"], self.duplicate_selected
        )
        self.delete_action = self._action(
            translate("MyPatterns", "De&lete"), ["Del"], self.delete_selected
        )
        self.undo_action = self._action(
            translate("MyPatterns", "&Undo delete"), ["Ctrl+Z"], self.undo_delete
        )
        self.move_up_action = self._action(
            translate("MyPatterns", "Move &up"), ["Alt+Up"], lambda: self.move_selected(-1)
        )
        self.move_down_action = self._action(
            translate("MyPatterns", "Move do&wn"), ["Alt+Down"], lambda: self.move_selected(1)
        )
        self.new_action.setToolTip(
            translate("MyPatterns", "Make a breathing pattern of your own (Ctrl+N)")
        )
        self.edit_action.setToolTip(translate("MyPatterns", "Change this pattern (F2)"))
        self.delete_action.setToolTip(
            translate("MyPatterns", "Delete this pattern; you can undo it (Delete)")
        )
        self.move_up_action.setToolTip(translate("MyPatterns", "Move up in My patterns (Alt+Up)"))
        self.move_down_action.setToolTip(
            translate("MyPatterns", "Move down in My patterns (Alt+Down)")
        )
        actions = [
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.undo_action,
        ]
        # Shortcuts work anywhere in the library; the list's context menu (right click or the
        # Menu key) offers the same actions.
        library.addActions(actions)
        library.list.addActions(actions)
        library.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.new_button = self._button(self.new_action, translate("MyPatterns", "New pattern…"))
        self.move_up_button = self._button(self.move_up_action, "↑")
        self.move_down_button = self._button(self.move_down_action, "↓")
        self.edit_button = self._button(self.edit_action, translate("MyPatterns", "Edit…"))
        self.duplicate_button = self._button(
            self.duplicate_action, translate("MyPatterns", "Duplicate")
        )
        self.delete_button = self._button(self.delete_action, translate("MyPatterns", "Delete"))
        for button in (self.move_up_button, self.move_down_button):
            button.setFixedWidth(44)

        self.list_tools = QWidget()
        row = QHBoxLayout(self.list_tools)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.move_up_button)
        row.addWidget(self.move_down_button)

        self.pattern_tools = QWidget()
        row = QHBoxLayout(self.pattern_tools)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)

        self.undo_bar = UndoBar(
            self.undo_action.trigger,
            self.undo_action.toolTip(),
            translate("MyPatterns", "Dismiss (the pattern stays deleted)"),
        )
        self.undo_bar.dismissed.connect(self._forget_undo)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.undo_button

        library.list.currentRowChanged.connect(lambda _row: self.update_actions())
        context.store_replaced.connect(self.set_store)
        self.section = MySection(
            translate("MyPatterns", "My patterns"),
            lambda exercise: is_custom_id(exercise.id),
            translate("MyPatterns", "Patterns you make appear here. New pattern: Ctrl+N."),
            mark=translate("MyPatterns", "my pattern"),
        )
        library.add_my_section(self.section, [self.undo_bar, self.list_tools], self.pattern_tools)
        self.update_actions()

    def _action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._library)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcutVisibleInContextMenu(True)  # even where the desktop hides them
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _button(action: QAction, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    # --- reading -----------------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Use another practice log (after "Delete all my data" opened a fresh one)."""
        self._store = store
        self._reported.clear()
        self._forget_undo()  # an undo must never write into the new log
        if self.editor is not None:
            self.editor.done(QDialog.DialogCode.Rejected)  # its pattern is gone
        self.reload()

    def reload(self, select: str | None = None) -> Catalog:
        """Read the patterns from the store, refresh the library in place (keeping the
        selection, or selecting `select`), and say so to whoever shows the catalog."""
        try:
            saved = saved_patterns(self._store)
        except StorageError as error:
            # The bundled exercises still work; what was shown stays as it was.
            log.error("could not read the saved patterns: %s", error)
            self.notice.emit(
                translate(
                    "MyPatterns", "Your own patterns could not be read just now: {error}"
                ).format(error=error)
            )
            self._library.set_catalog(self._library.catalog, force=True)  # the heading
            return self._library.catalog
        self._saved = {p.id: p for p in saved.active}
        catalog = catalog_with_custom(self._library.catalog, saved.active, saved.deleted_names)
        self._library.set_catalog(catalog, select=select)
        self._context.set_catalog(catalog)  # the history and new sessions follow it
        fresh = [s for s in saved.skipped if s.pattern_id not in self._reported]
        for skipped in fresh:
            log.warning("%s", skipped)
            self._reported.add(skipped.pattern_id)
        if len(fresh) == 1:
            self.notice.emit(str(fresh[0]))
        elif fresh:
            count = len(fresh)  # a plain name: lupdate reads only those as the count
            self.notice.emit(
                translate(
                    "MyPatterns",
                    "%n of your saved patterns could not be used and were skipped; they are "
                    "still in the practice log, unchanged. Details are in the log file.",
                    None,
                    count,
                )
            )
        self.update_actions()
        return catalog

    def _mine(self) -> list[Exercise]:
        return custom_exercises(self._library.catalog)

    def _selected_custom(self) -> CustomPattern | None:
        exercise = self._library.selected()
        if exercise is None or not is_custom_id(exercise.id):
            return None
        return self._saved.get(exercise.id)

    def update_actions(self) -> None:
        exercise = self._library.selected()
        custom = self._selected_custom()
        ids = [e.id for e in self._mine()]
        place = ids.index(custom.id) if custom is not None else -1
        self.edit_action.setEnabled(custom is not None)
        self.delete_action.setEnabled(custom is not None)
        copyable = exercise is not None and isinstance(exercise.content, BreathingContent)
        self.duplicate_action.setEnabled(copyable)
        # Only breathing patterns can be made one's own: for other kinds the button is gone,
        # not greyed out for no visible reason.
        self.duplicate_button.setVisible(copyable)
        self.move_up_action.setEnabled(place > 0)
        self.move_down_action.setEnabled(0 <= place < len(ids) - 1)
        self.undo_action.setEnabled(self._undo_id is not None)
        self.edit_button.setVisible(custom is not None)
        self.delete_button.setVisible(custom is not None)
        if custom is None:
            self.duplicate_button.setText(translate("MyPatterns", "Make my own copy"))
            self.duplicate_button.setToolTip(
                translate(
                    "MyPatterns",
                    "Copy this exercise into My patterns, where you can change it (Ctrl+D)",
                )
            )
        else:
            self.duplicate_button.setText(translate("MyPatterns", "Duplicate"))
            self.duplicate_button.setToolTip(
                translate("MyPatterns", "Make a copy of this pattern to vary (Ctrl+D)")
            )

    # --- changes -----------------------------------------------------------------------------

    def new_pattern(self) -> None:
        from calmkit.ui.library.pattern_editor import PatternEditor

        def save(draft: PatternDraft) -> None:
            saved = add_custom_pattern(self._store, draft.name, draft.pattern, draft.default_length)
            self.reload(select=saved.id)

        self._open_editor(
            PatternEditor(
                save,
                title=translate("MyPatterns", "New breathing pattern"),
                taken_names=[p.name for p in self._saved.values()],
                parent=self._library,
            )
        )

    def edit_selected(self) -> None:
        custom = self._selected_custom()
        if custom is None:
            return
        from calmkit.ui.library.pattern_editor import PatternEditor

        def save(draft: PatternDraft) -> None:
            update_custom_pattern(
                self._store, custom.id, draft.name, draft.pattern, draft.default_length
            )
            self.reload(select=custom.id)

        self._open_editor(
            PatternEditor(
                save,
                title=translate("MyPatterns", "Edit “{name}”").format(name=custom.name),
                name=custom.name,
                pattern=custom.pattern,
                default_length=custom.default_length,
                taken_names=[p.name for p in self._saved.values() if p.id != custom.id],
                parent=self._library,
            )
        )

    def _open_editor(self, editor: PatternEditor) -> None:
        if self.editor is not None:
            return
        self.editor = editor

        def closed() -> None:
            self.editor = None
            editor.deleteLater()
            self._library.list.setFocus()

        editor.finished.connect(closed)
        editor.open()

    def duplicate_selected(self) -> None:
        exercise = self._library.selected()
        if exercise is None or not isinstance(exercise.content, BreathingContent):
            return
        custom = self._selected_custom()
        taken = [p.name for p in self._saved.values()]
        if custom is not None:
            name, pattern, after = copy_name(custom.name, taken), custom.pattern, custom.id
        else:
            # A bundled exercise may use finer timings (5.45 s); the copy takes the nearest
            # half seconds, which the editor can then change.
            name, pattern, after = copy_name(exercise.name, taken), exercise.content.pattern, None
            pattern = snap_to_steps(pattern)
        self._change(
            lambda: (
                add_custom_pattern(
                    self._store,
                    name,
                    pattern,
                    exercise.default_length or DEFAULT_LENGTH,
                    after=after,
                ).id
            ),
            translate("MyPatterns", "Made a copy: “{name}”. Press F2 to change it.").format(
                name=name
            ),
        )

    def delete_selected(self) -> None:
        custom = self._selected_custom()
        if custom is None:
            return
        ids = [e.id for e in self._mine()]
        place = ids.index(custom.id)
        rest = ids[:place] + ids[place + 1 :]
        # Select the pattern that takes its place, else the one before, else the last preset.
        neighbour = rest[min(place, len(rest) - 1)] if rest else None

        def delete() -> str | None:
            delete_custom_pattern(self._store, custom.id)
            self._undo_id = custom.id
            self.undo_bar.announce(
                translate("MyPatterns", "Deleted “{name}”.").format(name=custom.name)
            )
            return neighbour

        self._change(delete)

    def undo_delete(self) -> None:
        pattern_id = self._undo_id
        if pattern_id is None:
            return
        before = self._library.catalog.name_of(pattern_id)

        def restore() -> str:
            restored = restore_custom_pattern(self._store, pattern_id)
            self._forget_undo()
            if restored.name != before:
                self.notice.emit(
                    translate("MyPatterns", "Brought back as “{name}”: the name was taken.").format(
                        name=restored.name
                    )
                )
            return restored.id

        self._change(restore)

    def move_selected(self, offset: int) -> None:
        custom = self._selected_custom()
        if custom is None:
            return
        ids = [e.id for e in self._mine()]
        place = ids.index(custom.id)
        other = place + offset
        if not 0 <= other < len(ids):
            return
        # The two swap the places they hold; whichever is first in the list goes first.
        pair = [custom.id, ids[other]] if offset < 0 else [ids[other], custom.id]

        def move() -> str:
            reorder_custom_patterns(self._store, pair)
            return custom.id

        self._change(move)

    def _forget_undo(self) -> None:
        self._undo_id = None
        self.undo_bar.hide()
        self.undo_action.setEnabled(False)

    def _change(self, change: Callable[[], str | None], done: str = "") -> None:
        """Run one store change (it returns the id to select), then show the result; a failure
        is explained, not hidden."""
        from PySide6.QtWidgets import QMessageBox  # only for a failure (its enum classes)

        try:
            select = change()
        except UnknownCustomPatternError:
            # Changed elsewhere meanwhile (another CalmKit window): show what is there now.
            self.reload()
            self.notice.emit(
                translate(
                    "MyPatterns", "That pattern is no longer there; the list has been refreshed."
                )
            )
            return
        except StorageError as error:
            log.exception("could not change the saved patterns")
            QMessageBox.warning(
                self._library,
                translate("MyPatterns", "Your patterns were not changed"),
                translate("MyPatterns", "CalmKit could not write to {path}:\n{error}").format(
                    path=self._store.path, error=error
                ),
            )
            return
        except ValueError as error:
            # A rule broken by a row edited outside CalmKit (e.g. a skipped pattern holds the
            # copy's name): nothing was written.
            log.warning("a pattern change was refused: %s", error)
            QMessageBox.warning(
                self._library, translate("MyPatterns", "Your patterns were not changed"), str(error)
            )
            return
        self.reload(select=select)
        self._library.list.setFocus()
        if done:
            self.notice.emit(done)
