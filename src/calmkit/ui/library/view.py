"""The exercise library: pick an exercise, read about it, choose a length, start."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.exercises import (
    Catalog,
    Exercise,
    PlanError,
    SessionLength,
    SessionPlan,
    kind_of,
    timeline_for,
)
from calmkit.core.i18n import translate
from calmkit.ui.library.programme import Programmes, StageChooser
from calmkit.ui.players import LibraryOptions, make_library_options
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.focus_order import follow_layout
from calmkit.ui.widgets.formatting import describe_length
from calmkit.ui.widgets.length_controls import LengthControls

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from calmkit.ui.context import AppContext


CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text of an exercise's card in the list
PROGRAMME_ROLE = Qt.ItemDataRole.UserRole + 2  # the programme id of a programme's card
CARD_MARGIN = 10


@dataclass
class MySection:
    """A heading in the list for some of the person's own exercises ("My patterns", "My
    scripts"), added by whoever manages them; the library only lists what `holds` accepts."""

    title: str
    holds: Callable[[Exercise], bool]
    empty_hint: str = ""  # under the heading while it has nothing
    mark: str = ""  # after the name on each of its cards ("my pattern")
    # Lines under the heading, e.g. the files that could not be used and why; its owner
    # changes them and then shows the catalog again.
    notes: list[str] = field(default_factory=list)


class ExerciseCardDelegate(QStyledItemDelegate):
    """Draws each exercise as a small card (bold name, summary, length), wrapped to the width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # A card's document by (text, font, theme), and its height at each width: Qt asks
        # for each size many times while the list is laid out, and reading the rich text
        # is slow; a new width only lays the same document out again.
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}
        self._heights: dict[tuple[str, str, int, int], float] = {}

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        font = self._view.font()
        key = (str(index.data(CARD_ROLE)), font.key(), id(theme.colours()))
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > 256:
                self._documents.clear()  # old texts
                self._heights.clear()
            document = QTextDocument()
            document.setDefaultFont(font)
            document.setDefaultStyleSheet(theme.rich_text_css())
            document.setHtml(key[0])
            self._documents[key] = document
        text_width = max(80, width - 2 * CARD_MARGIN)
        if document.textWidth() != text_width:
            document.setTextWidth(text_width)
        return document

    def _height(self, index: QModelIndex | QPersistentModelIndex, width: int) -> float:
        font = self._view.font()
        key = (str(index.data(CARD_ROLE)), font.key(), id(theme.colours()), width)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._document(index, width).size().height()
        return height

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)  # the background (see initStyleOption)
        document = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.translate(CARD_MARGIN, CARD_MARGIN)
        document.drawContents(painter)
        painter.restore()
        # The card the arrow keys are on, while the list has the keyboard: an outline, so it
        # shows apart from the selected card (a fill) and from a list that lost focus. (The
        # current row rather than option.state's State_HasFocus, which is set just then:
        # QStyle's enum classes would be built for it at start-up.)
        current = self._view.currentIndex()
        if self._view.hasFocus() and current.isValid() and index.row() == current.row():
            theme.draw_focus_ring(painter, option.rect)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the card is drawn in paint(); the plain text is for screen readers
        # paint() draws the theme's ring. (The flag's own type: importing QStyle for its name
        # would build QStyle's enum classes at start-up.)
        state = option.state
        option.state = state & ~type(state).State_HasFocus

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The list's inner width (option.rect is the viewport's, once the list has a size):
        # asking for viewport() itself makes PySide build a Python type for every widget class.
        width = option.rect.width() or self._view.contentsRect().width()
        height = self._height(index, width)
        return QSize(width, round(height) + 2 * CARD_MARGIN)


class LibraryView(QWidget):
    start_requested = Signal(str, object)  # exercise id, SessionPlan

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, fill: bool = True
    ) -> None:
        """fill=False leaves the list to the first set_catalog() (the main window's, once
        the sections are added), so that start-up fills it once."""
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.catalog = catalog = context.catalog
        # Added by whoever manages the person's own exercises (see add_my_section()).
        self.sections: list[MySection] = []
        self._options: dict[str, LibraryOptions | None] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(translate("LibraryView", "Exercises"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the cards on resize
        self.list.setItemDelegate(ExerciseCardDelegate(self.list))
        self.programmes = Programmes(context, self)
        self.programmes.read_after_painting(self)
        self._stage_chooser: StageChooser | None = None  # made when a programme is first shown
        if fill:
            self._fill_list()
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _item: self.start())

        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # names people type are not markup
        self.name.setWordWrap(True)  # a long name wraps instead of widening the window
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(translate("LibraryView", "About this exercise"))
        # Read-only text takes the keyboard only when there is something to scroll.
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.verticalScrollBar().rangeChanged.connect(self._details_scroll_changed)
        self.length_controls = LengthControls(self, translate("LibraryView", "Session length"))
        self.by_minutes = self.length_controls.by_minutes
        self.by_cycles = self.length_controls.by_cycles
        self.minutes = self.length_controls.minutes
        self.cycles = self.length_controls.cycles
        self.length_note = QLabel()
        self.length_note.setProperty("role", "muted")
        self.length_note.setWordWrap(True)
        self.length_controls.on_change(self._update_length_note)
        self.start_button = QPushButton(translate("LibraryView", "Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip(
            translate("LibraryView", "Start the selected exercise (Enter)")
        )
        self.start_button.clicked.connect(self.start)

        self.length_row = QWidget()  # hidden for kinds whose content sets the length
        length = QGridLayout(self.length_row)
        length.setContentsMargins(0, 0, 0, 0)
        length.addWidget(QLabel(translate("LibraryView", "Length:")), 0, 0)
        length.addWidget(self.by_minutes, 0, 1)
        length.addWidget(self.minutes, 0, 2)
        length.addWidget(self.by_cycles, 1, 1)
        length.addWidget(self.cycles, 1, 2)
        length.setColumnStretch(3, 1)
        # The details scroll as a whole when a kind's choices (muscle relaxation has many)
        # are taller than the window, so the window still fits a small screen; Start stays
        # in view below them.
        details_page = QWidget()
        details_page.setAutoFillBackground(False)
        right = self.details_column = QVBoxLayout(details_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.name)
        right.addWidget(self.details, stretch=1)
        right.addWidget(self.length_row)
        self.options_column = QVBoxLayout()
        right.addLayout(self.options_column)
        right.addWidget(self.length_note)
        self.details_scroll = QScrollArea()
        # A viewport of our own, set up as QScrollArea's (no background of its own): asking
        # for viewport() makes PySide build a Python type for every widget class (45 enum
        # classes, 3% of start-up).
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        viewport.setAutoFillBackground(False)
        self.details_scroll.setViewport(viewport)  # before the page goes into it
        self.details_scroll.setWidget(details_page)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_scroll.setMinimumHeight(120)
        self.start_row = QVBoxLayout()
        self.start_row.addWidget(self.details_scroll, stretch=1)
        self.start_row.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.l, theme.SPACE.l, theme.SPACE.l, theme.SPACE.s)
        layout.setSpacing(theme.SPACE.xl)
        self.list_column = QVBoxLayout()
        self.list_column.addWidget(self.list)
        layout.addLayout(self.list_column, stretch=2)
        layout.addLayout(self.start_row, stretch=3)
        self.follow_page_order()
        if fill and len(catalog):
            self.list.setCurrentRow(0)
        context.catalog_changed.connect(self.set_catalog)
        self.programmes.changed.connect(self._refresh_programmes)

    def follow_page_order(self) -> list[QWidget]:
        """Tab goes down the list's column, then down the details: the order on screen,
        whatever was added to either since."""
        chain = follow_layout(self.list_column, self.details_column)
        if chain:  # Start comes last, below the scrolling details
            QWidget.setTabOrder(chain[-1], self.start_button)
        return [*chain, self.start_button]

    def _details_scroll_changed(self, _minimum: int, maximum: int) -> None:
        policy = Qt.FocusPolicy.TabFocus if maximum > 0 else Qt.FocusPolicy.NoFocus
        if policy != self.details.focusPolicy():
            self.details.setFocusPolicy(policy)
            self.follow_page_order()

    def _add_item(self, exercise: Exercise, mark: str = "") -> None:
        if exercise.stage is not None:
            self._add_programme(exercise.stage.programme)
            return
        minutes = max(1, round(timeline_for(exercise).total / 60))
        item = QListWidgetItem(
            translate("LibraryView", "{name}. {summary} About {minutes} min.").format(
                name=exercise.name, summary=exercise.summary, minutes=minutes
            )
        )
        item.setData(Qt.ItemDataRole.UserRole, exercise.id)
        tag = f" <span class='accent'>· {escape(mark)}</span>" if mark else ""
        about = escape(translate("LibraryView", "About {minutes} min").format(minutes=minutes))
        item.setData(
            CARD_ROLE,
            f"<b>{escape(exercise.name)}</b>{tag}<br>{escape(exercise.summary)}"
            f"<br><span class='muted'>{about}</span>",
        )
        self.list.addItem(item)

    def selected(self) -> Exercise | None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None  # nothing, or a heading ("My patterns")
        return self.catalog.get(item.data(Qt.ItemDataRole.UserRole))

    def select(self, exercise_id: str) -> None:
        stage = next((e for e in self.catalog if e.id == exercise_id and e.stage), None)
        if stage is not None:
            self._choose_stage(stage)  # its programme's card now stands for it
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.setCurrentRow(row)

    def length(self) -> SessionLength:
        return self.length_controls.length()

    @property
    def options_panel(self) -> LibraryOptions | None:
        """The selected exercise's kind's own choices (None when its kind has none)."""
        exercise = self.selected()
        return None if exercise is None else self._options_for(exercise.kind)

    def _options_for(self, kind: str) -> LibraryOptions | None:
        if kind not in self._options:
            panel = make_library_options(kind, self)
            if panel is not None:
                panel.changed.connect(self._update_length_note)
                self.options_column.addWidget(panel.widget())
                self.follow_page_order()
            self._options[kind] = panel
        return self._options[kind]

    def plan(self) -> SessionPlan:
        exercise = self.selected()
        fixed = exercise is not None and kind_of(exercise.kind).fixed_length
        panel = self.options_panel
        options = panel.options() if panel is not None else {}
        return SessionPlan(None if fixed else self.length(), options)

    def start(self) -> None:
        exercise = self.selected()
        if exercise is not None:
            self.start_requested.emit(exercise.id, self.plan())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
            return
        super().keyPressEvent(event)

    def _show_details(self, row: int) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        self._show_programme(exercise)
        self.name.setText(exercise.name)
        kind = kind_of(exercise.kind)
        paragraphs = [f"<p>{p}</p>" for p in exercise.description.split("\n\n")]
        outline = kind.outline(exercise)
        if outline:
            label, _, rest = outline.partition(": ")
            shown = f"<b>{escape(label)}:</b> {escape(rest)}" if rest else escape(outline)
            paragraphs.insert(0, f"<p>{shown}</p>")
        if exercise.cautions:
            items = "".join(f"<li>{c}</li>" for c in exercise.cautions)
            heading = translate("LibraryView", "Take care")
            paragraphs.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        if exercise.sources:
            items = "".join(f"<li>{s}</li>" for s in exercise.sources)
            heading = translate("LibraryView", "Background")
            paragraphs.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        self.details.setHtml("".join(paragraphs))
        self.length_controls.set_unit(kind.unit)
        panel = self._options_for(exercise.kind)
        for other in self._options.values():
            if other is not None:
                other.widget().setVisible(other is panel)
        if panel is not None:
            panel.show_exercise(exercise)
        default = exercise.default_length
        self.length_row.setVisible(default is not None)
        if default is not None:
            ceiling = panel.max_cycles(exercise) if panel is not None else None
            self.cycles.setMaximum(ceiling or 1000)
            self.cycles.setValue(timeline_for(exercise).cycles)
            if default.minutes is not None:
                self.minutes.setValue(max(1, round(default.minutes)))
                self.by_minutes.setChecked(True)
            else:
                self.by_cycles.setChecked(True)
        self._update_length_note()

    def _update_length_note(self) -> None:
        exercise = self.selected()
        if exercise is None:
            return
        plan = self.plan()
        try:
            timeline = timeline_for(exercise, plan)
        except PlanError as error:
            # An option that cannot be (the kind's panel normally prevents it): say why here,
            # next to the choices, and keep Start from starting something else.
            self.length_note.setText(str(error))
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        kind = kind_of(exercise.kind)
        total = describe_length(timeline.total)
        lines = [
            translate("LibraryView", "About {total} in all.").format(total=total)
            if kind.fixed_length
            else translate("LibraryView", "Ends after a whole {unit}: {total} in all.").format(
                unit=kind.unit.singular, total=total
            )
        ]
        panel = self.options_panel
        if panel is not None:
            lines.extend(panel.notes(plan, timeline))
        if exercise.guidance:
            lines.append(exercise.guidance)
        self.length_note.setText(" ".join(lines))

    # --- programmes: one card per programme of stages, and its stage chooser -----------

    def _add_programme(self, programme: str) -> None:
        if self._programme_row(programme) is not None:
            return  # a later stage of a programme already shown
        item = QListWidgetItem()
        item.setData(PROGRAMME_ROLE, programme)
        self.list.addItem(item)
        self._show_programme_card(item)

    def _show_programme_card(self, item: QListWidgetItem) -> None:
        card = self.programmes.card(self.catalog, item.data(PROGRAMME_ROLE))
        item.setText(card.plain)
        item.setData(CARD_ROLE, card.rich)
        # selected() and start() read the id: the card stands for the stage shown.
        item.setData(Qt.ItemDataRole.UserRole, card.exercise_id)

    def _programme_row(self, programme: str) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PROGRAMME_ROLE) == programme:
                return row
        return None

    @property
    def stage_chooser(self) -> StageChooser:
        if self._stage_chooser is None:
            self._stage_chooser = StageChooser()
            self._stage_chooser.setVisible(False)
            self._stage_chooser.stage_chosen.connect(self._choose_stage)
            self.details_column.insertWidget(
                self.details_column.indexOf(self.name), self._stage_chooser
            )
            self.follow_page_order()
        return self._stage_chooser

    def _show_programme(self, exercise: Exercise) -> None:
        """The stage chooser, shown above the details of a stage of a programme."""
        if exercise.stage is None and self._stage_chooser is None:
            return
        self.stage_chooser.setVisible(exercise.stage is not None)
        # Under the programme's title, the stage's name is a heading, not a second title.
        role = "title" if exercise.stage is None else "heading"
        if self.name.property("role") != role:
            self.name.setProperty("role", role)
            self.name.style().unpolish(self.name)
            self.name.style().polish(self.name)
        if exercise.stage is not None:
            position = self.programmes.position(self.catalog, exercise.stage.programme)
            self.stage_chooser.show_position(position, exercise)

    def _choose_stage(self, exercise: Exercise) -> None:
        """Show `exercise`, a stage of a programme, on its programme's card and below it."""
        if exercise.stage is None:
            return
        self.programmes.choose(self.catalog, exercise)
        row = self._programme_row(exercise.stage.programme)
        item = None if row is None else self.list.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != exercise.id:
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            if row == self.list.currentRow():
                self._show_details(row)

    def _refresh_programmes(self) -> None:
        """Sessions changed: each card shows the new suggestion, and a shown chooser too."""
        current = self.list.currentRow()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PROGRAMME_ROLE) is None:
                continue
            before = item.data(Qt.ItemDataRole.UserRole)
            self._show_programme_card(item)
            if row == current:
                if item.data(Qt.ItemDataRole.UserRole) != before:
                    self._show_details(row)
                else:
                    exercise = self.selected()
                    if exercise is not None:
                        self._show_programme(exercise)

    # --- the person's own: sections under headings (My patterns, My scripts) -----------

    @property
    def has_my_section(self) -> bool:
        return bool(self.sections)

    def add_my_section(
        self, section: MySection, list_tools: list[QWidget], details_tools: QWidget | None
    ) -> None:
        """Show `section`'s heading and the tools that manage it (its owner, e.g. calmkit.ui.
        library.my_patterns, adds them; the library itself knows nothing of how they work)."""
        self.sections.append(section)
        for widget in list_tools:
            self.list_column.addWidget(widget)
        if details_tools is not None:
            self.details_column.insertWidget(
                self.details_column.indexOf(self.name) + 1, details_tools
            )
        self.follow_page_order()
        # The heading appears with the next set_catalog(): the section's owner reads its
        # exercises right away, and filling the list twice at start-up costs ~10 ms.

    def _fill_list(self) -> None:
        for exercise in self.catalog:
            if not exercise.made_by_person:
                self._add_item(exercise)
        listed: set[str] = set()
        for section in self.sections:
            mine = [e for e in self.catalog if e.made_by_person and section.holds(e)]
            mine = [e for e in mine if e.id not in listed]
            self._add_heading(section, empty=not mine)
            for exercise in mine:
                self._add_item(exercise, section.mark)
                listed.add(exercise.id)
        for exercise in self.catalog:  # the person's own that no section takes: still shown
            if exercise.made_by_person and exercise.id not in listed:
                self._add_item(exercise)

    def _add_heading(self, section: MySection, *, empty: bool) -> None:
        lines = ([section.empty_hint] if empty and section.empty_hint else []) + section.notes
        item = QListWidgetItem(" ".join([f"{section.title}.", *lines]))
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by arrows
        muted = "".join(f"<br><span class='muted'>{escape(line)}</span>" for line in lines)
        item.setData(
            CARD_ROLE,
            f"<b class='accent'>{escape(section.title)}</b>{muted}",
        )
        self.list.addItem(item)

    def set_catalog(
        self, catalog: Catalog, select: str | None = None, *, force: bool = False
    ) -> None:
        """Show `catalog` in place, keeping the selected exercise (or selecting `select`). The
        details and length controls refresh only when the selected exercise itself changed."""
        if catalog is self.catalog and select is None and not force:
            return  # already shown (the context repeats what the library was just given)
        before = self.selected()
        old_row = self.list.currentRow()
        wanted = select or (before.id if before is not None else None)
        self.catalog = catalog
        self.list.blockSignals(True)  # one refresh at the end, not one per rebuilt row
        try:
            self.list.clear()
            self._fill_list()
            row = next(
                (r for r in range(self.list.count()) if wanted and self._id_at(r) == wanted),
                min(max(old_row, 0), self.list.count() - 1),
            )
            while row > 0 and self._id_at(row) is None:
                row -= 1  # a removed last pattern: select the one above the heading
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        after = self.selected()
        if after is not None and (
            before is None or replace(after, order=0) != replace(before, order=0)
        ):
            self._show_details(row)
        elif after is not None:
            self._show_programme(after)  # the same stage, but its programme may have changed
        item = self.list.currentItem()
        if item is not None:
            self.list.scrollToItem(item)

    def _id_at(self, row: int) -> str | None:
        item = self.list.item(row)
        value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, str) else None
