"""The application context: the store, the catalog and the clock every view reads, and the
signals that say when they changed. Views connect once; nobody pushes reloads by hand."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from calmkit.core.clock import Clock
from calmkit.core.exercises import Catalog
from calmkit.core.preferences import (
    PlayerPreferences,
    load_player_preferences,
    save_player_preferences,
)
from calmkit.core.records import SessionRecord
from calmkit.core.store import StorageError, Store

if TYPE_CHECKING:  # read when a session asks, not at start-up
    from calmkit.core.selfcheck import CheckIn
    from calmkit.core.settings import PracticeSettings

log = logging.getLogger(__name__)
RETRY_SAVING_MS = 60_000


class AppContext(QObject):
    sessions_changed = Signal()  # sessions added, deleted, imported, re-rated or re-noted
    catalog_changed = Signal(object)  # the new Catalog
    settings_changed = Signal()  # practice settings (day start, goals, ratings...)
    store_replaced = Signal(object)  # the new Store, e.g. after "Delete all my data"
    checkins_changed = Signal()  # a self-check was saved, imported or snoozed
    self_check_requested = Signal()  # someone chose "Take the self-check" (a prompt, a menu)
    unsaved_saved = Signal()  # sessions kept in memory were saved after all, by a retry

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        clock: Clock,
        sounds_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        self.clock = clock
        self.sounds_dir = sounds_dir
        self._preferences = load_player_preferences(store)
        self.unsaved_sessions: list[SessionRecord] = []  # finished, not yet in the store
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_SAVING_MS)
        self._retry.timeout.connect(self._retry_saving)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def set_catalog(self, catalog: Catalog) -> None:
        if catalog is self._catalog:
            return
        self._catalog = catalog
        self.catalog_changed.emit(catalog)

    def replace_store(self, store: Store) -> None:
        """Everything reads `store` from now on (the old one was closed by its owner)."""
        self._store = store
        self._preferences = load_player_preferences(store)
        self.store_replaced.emit(store)
        self.sessions_changed.emit()
        self.settings_changed.emit()
        self.checkins_changed.emit()

    # --- what views and sessions write -------------------------------------------------------

    def add_session(self, record: SessionRecord) -> None:
        """Record a session. When the store cannot take it (a full disk, a read-only
        folder), the session is kept here and saved with the next one, at the next retry
        (every minute) or at quit, and the store's error (worded for a person) reaches the
        caller; a finished session is never silently dropped."""
        self.unsaved_sessions.append(record)
        self.save_unsaved_sessions()

    def save_unsaved_sessions(self) -> None:
        """Save the sessions kept in memory, oldest first; raises the store's error if any
        is still not saved (those stay kept)."""
        saved = 0
        try:
            while self.unsaved_sessions:
                record = self.unsaved_sessions[0]
                if self._store.session(record.id) is None:  # a retry after a lost answer
                    self._store.add_session(record)
                self.unsaved_sessions.pop(0)
                saved += 1
        finally:
            if saved:
                self.sessions_changed.emit()
            if self.unsaved_sessions:
                self._retry.start()
            else:
                self._retry.stop()

    def _retry_saving(self) -> None:
        try:
            self.save_unsaved_sessions()
        except StorageError as error:
            log.warning("%d finished sessions still unsaved: %s", len(self.unsaved_sessions), error)
        else:
            self.unsaved_saved.emit()

    def notify_sessions_changed(self) -> None:
        self.sessions_changed.emit()

    def add_checkin(self, checkin: CheckIn) -> None:
        """Keep a completed self-check; the store's error reaches the caller."""
        self._store.add_checkin(checkin)
        self.checkins_changed.emit()

    def notify_checkins_changed(self) -> None:
        self.checkins_changed.emit()

    def request_self_check(self) -> None:
        self.self_check_requested.emit()

    def notify_settings_changed(self) -> None:
        # Settings also writes a player preference (reduce motion): read them again.
        self._preferences = load_player_preferences(self._store)
        self.settings_changed.emit()

    @property
    def player_preferences(self) -> PlayerPreferences:
        return self._preferences

    def set_player_preferences(self, preferences: PlayerPreferences) -> None:
        """Remember how sessions look and sound; a failure to save is logged, not raised: a
        preference is not worth interrupting a session."""
        self._preferences = preferences
        try:
            save_player_preferences(self._store, preferences)
        except StorageError as error:
            log.warning("could not save preferences: %s", error)

    def use_player_preferences_for_this_run(self, preferences: PlayerPreferences) -> None:
        """Without saving them (the smoke test's: no countdown, no caution)."""
        self._preferences = preferences

    def practice_settings(self) -> PracticeSettings:
        from calmkit.core.settings import load_practice_settings

        settings, problems = load_practice_settings(self._store)
        for problem in problems:
            log.warning("%s", problem)
        return settings
