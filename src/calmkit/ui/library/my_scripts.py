"""The person's own script files in the library: listed under "My scripts", read again when
the folder changes, with the files that cannot be used named in plain words.

A file of one's own never replaces or changes a bundled exercise: the catalog refuses it
(calmkit.core.exercises.catalog) and it is listed as skipped, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from calmkit.core.exercises import Catalog, ExerciseFileError, load_catalog
from calmkit.core.i18n import translate
from calmkit.resources import exercise_dirs
from calmkit.ui.library.view import MySection

if TYPE_CHECKING:
    from calmkit.ui.context import AppContext
    from calmkit.ui.library.view import LibraryView

log = logging.getLogger(__name__)

# An editor's save comes as several changes (a temporary file, a rename, the write): read
# the folder once they have settled, not half-way through a file.
RELOAD_DELAY_MS = 400


class MyScripts(QObject):
    """Owns the "My scripts" section, the folder's watcher and the menu item to open it."""

    notice = Signal(str)  # a short message for the status bar
    reloaded = Signal(object)  # the Catalog with the folder's scripts as they are now

    def __init__(
        self,
        library: LibraryView,
        context: AppContext,
        folder: Path,
        bundled_folders: Callable[[], Iterable[Path]] = exercise_dirs,
    ) -> None:
        super().__init__(library)
        self._library = library
        self._context = context
        self.folder = folder
        self._bundled_folders = bundled_folders
        self._reported: set[str] = set()
        self.section = MySection(
            translate("MyScripts", "My scripts"),
            lambda exercise: exercise.own,
            translate("MyScripts", "Put script files in {folder}; see the README.").format(
                folder=folder
            ),
            mark=translate("MyScripts", "my script"),
        )
        library.add_my_section(self.section, [], None)
        self.open_folder_action = QAction(
            translate("MyScripts", "&Open my scripts folder…"), library
        )
        self.open_folder_action.setToolTip(
            translate(
                "MyScripts",
                "Open the folder where your own script files go; they appear under My scripts",
            )
        )
        self.open_folder_action.triggered.connect(self.open_folder)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._watcher.fileChanged.connect(self._folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RELOAD_DELAY_MS)
        self._settle.timeout.connect(self.reload)
        self._watch()
        # The catalog the app started with already holds the folder's scripts (the command
        # line read it): only its problems are shown here, under the heading.
        own_problems = [p for p in context.catalog.problems if self._is_own(p)]
        self._show_problems(own_problems, tell=False)

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> Catalog:
        """Read the folder again and show its scripts in place of the ones shown, keeping the
        bundled exercises and the patterns; say so to whoever shows the catalog."""
        self._settle.stop()
        fresh = load_catalog(self._bundled_folders(), own_folders=[self.folder])
        current = self._library.catalog
        kept = tuple(e for e in current if not e.own)
        own_problems = [p for p in fresh.problems if self._is_own(p)]
        others = tuple(p for p in current.problems if not self._is_own(p))
        catalog = replace(
            current,
            exercises=(*kept, *(e for e in fresh if e.own)),
            problems=(*others, *own_problems),
        )
        self._show_problems(own_problems, tell=True)
        self._library.set_catalog(catalog, force=True)
        self._context.set_catalog(catalog)  # the history and new sessions follow it
        self._watch()
        self.reloaded.emit(catalog)
        return catalog

    def _is_own(self, problem: ExerciseFileError) -> bool:
        """A problem of this folder's files (named "scripts/x.toml"), or of the folder."""
        source = problem.source
        return source.startswith(f"{self.folder.name}/") or source == str(self.folder)

    def _show_problems(self, problems: list[ExerciseFileError], *, tell: bool) -> None:
        self.section.notes = [
            translate("MyScripts", "Skipped {problem}").format(problem=p) for p in problems
        ]
        fresh = [p for p in problems if str(p) not in self._reported]
        self._reported = {str(p) for p in problems}  # fixed and broken again: told again
        for problem in fresh:
            log.warning("skipped a script file: %s", problem)
        if not tell or not fresh:
            return
        if len(fresh) == 1:
            self.notice.emit(translate("MyScripts", "Skipped {problem}").format(problem=fresh[0]))
        else:
            count = len(fresh)  # a plain name: lupdate reads only those as the count
            self.notice.emit(
                translate(
                    "MyScripts",
                    "%n of your script files could not be used and were skipped; My scripts "
                    "lists them with the reasons.",
                    None,
                    count,
                )
            )

    # --- the folder ----------------------------------------------------------------------

    def _watch(self) -> None:
        """Follow the folder and each script file in it; before the folder exists, the folder
        it will be made in."""
        wanted: list[str] = []
        if self.folder.is_dir():
            wanted.append(str(self.folder))
            try:
                wanted += [str(p) for p in sorted(self.folder.glob("*.toml")) if p.is_file()]
            except OSError as error:  # the catalog names the problem; nothing to follow
                log.warning("cannot list %s: %s", self.folder, error)
        elif self.folder.parent.is_dir():
            wanted.append(str(self.folder.parent))
        watched = set(self._watcher.directories()) | set(self._watcher.files())
        gone = [path for path in watched if path not in wanted]
        new = [path for path in wanted if path not in watched]
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    def _folder_changed(self, path: str) -> None:
        if path == str(self.folder.parent) and not self.folder.is_dir():
            return  # something else changed in the data folder
        self._settle.start()  # again: the last change starts the wait afresh

    def open_folder(self) -> None:
        """Make the folder if needed and open it in the file manager."""
        # Here, not at the top: importing a Qt class builds its enum classes at start-up.
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(
                self._library,
                translate("MyScripts", "Your scripts folder could not be made"),
                translate("MyScripts", "CalmKit could not make {folder}:\n{reason}").format(
                    folder=self.folder, reason=error.strerror or error
                ),
            )
            return
        self._watch()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            # No file manager to hand it to: the place is what the person needs to know.
            QMessageBox.information(
                self._library,
                translate("MyScripts", "Your scripts folder"),
                translate(
                    "MyScripts",
                    "Put your script files in {folder}. The README says how to write one.",
                ).format(folder=self.folder),
            )
