"""The History view: every recorded session, newest first, read from the store page by page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import Catalog, UnknownExerciseError
from calmkit.core.records import SessionRecord
from calmkit.core.store import Store
from calmkit.ui.formatting import describe_length, local_datetime

PAGE_SIZE = 200  # rows read per fetch: a long history never loads all at once
AnyIndex = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    HEADERS = ("When", "Exercise", "Practised", "Planned", "Outcome")

    def __init__(self, store: Store, catalog: Catalog) -> None:
        super().__init__()
        self._store = store
        self._catalog = catalog
        self._rows: list[SessionRecord] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._store.count_sessions()
        self._rows = self._store.sessions(limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        more = self._store.sessions(limit=PAGE_SIZE, offset=len(self._rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = 0) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        record = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return local_datetime(record.started_at)
        if column == 1:
            return self._exercise_name(record.exercise_id)
        if column == 2:
            return describe_length(record.actual_seconds)
        if column == 3:
            return describe_length(record.planned_seconds)
        return "Completed" if record.completed else "Ended early"

    def _exercise_name(self, exercise_id: str) -> str:
        try:
            return self._catalog.get(exercise_id).name
        except UnknownExerciseError:
            return exercise_id  # e.g. an exercise from an import that this version lacks


class HistoryView(QWidget):
    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = SessionTableModel(store, catalog)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Past sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            "No sessions yet. Sessions appear here as soon as they finish or you stop them."
        )
        self.empty_label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        self._update_empty()

    def reload(self) -> None:
        self.model.reload()
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
