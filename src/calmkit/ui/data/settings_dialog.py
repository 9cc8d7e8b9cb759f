"""Edit > Settings (Ctrl+,): how practice is counted and shown, how CalmKit looks, and
"Delete all my data".

Every widget only offers values the core accepts, so a setting can never be saved wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.i18n import QT_TRANSLATE_NOOP, translate
from calmkit.core.preferences import load_player_preferences, save_player_preferences
from calmkit.core.settings import (
    MAX_GOAL_MINUTES_PER_DAY,
    MAX_GRACE_DAYS,
    AppearanceSettings,
    PracticeSettings,
    load_appearance_settings,
    load_practice_settings,
    save_appearance_settings,
    save_practice_settings,
)
from calmkit.core.store import StorageError, Store
from calmkit.ui.widgets import theme
from calmkit.ui.widgets.window_keys import mark_keeps_work

log = logging.getLogger(__name__)

# The theme choices as a person reads them, in the order offered.
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the desktop"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast"),
}


class _HourBox(QSpinBox):
    """0-23 shown as a time of day: 04:00."""

    def textFromValue(self, value: int) -> str:
        return f"{value:02d}:00"

    def valueFromText(self, text: str) -> int:
        digits = text.split(":", 1)[0].strip()
        return int(digits) if digits.isdigit() else self.value()


def set_count_words(box: QSpinBox, counted: str) -> None:
    """Put the words of a counted text ("%n day(s)", translated for the box's value) around
    the number, as the box's prefix and suffix: other languages may put words first."""
    value = box.value()
    for number in (f"{value:,}", str(value)):  # English groups thousands, Qt's %n does not
        at = counted.find(number)
        if at >= 0:
            box.setPrefix(counted[:at])
            box.setSuffix(counted[at + len(number) :])
            return
    box.setPrefix("")  # a translation without the number: all of it after the number
    box.setSuffix(f" {counted}")


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _with_help(field: QWidget, text: str) -> QWidget:
    """A field with its explanation under it, as one cell of the form."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(theme.SPACE.xs)
    column.addWidget(field, alignment=Qt.AlignmentFlag.AlignLeft)
    column.addWidget(_help(text))
    cell.setFocusProxy(field)  # the label's Alt+key lands on the field itself
    return cell


class SettingsDialog(QDialog):
    """The practice settings as a page of a tabbed dialog, so other settings (e.g. sound) can
    join as pages of their own with add_page()."""

    DELETE_ALL = 2  # the dialog's result when "Delete all my data…" was chosen

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_keeps_work(self)  # the calm-down (F3) hides it and brings it back
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._store = store
        current, problems = load_practice_settings(store)
        appearance, appearance_problems = load_appearance_settings(store)
        problems += appearance_problems
        self.saved: PracticeSettings | None = None
        self._savers: list[Callable[[], None]] = []
        self.saved_appearance: AppearanceSettings | None = None

        self.day_start = _HourBox()
        self.day_start.setRange(0, 23)
        self.day_start.setWrapping(True)
        self.day_start.setAccessibleName(translate("SettingsDialog", "A new day starts at"))
        self.grace_days = QSpinBox()
        self.grace_days.setRange(0, MAX_GRACE_DAYS)
        self.grace_days.setAccessibleName(translate("SettingsDialog", "Grace days"))
        self.grace_days.valueChanged.connect(self._update_suffixes)
        # 0 stands for "no goal": QSpinBox shows its special text at the minimum.
        self.goal_minutes = QSpinBox()
        self.goal_minutes.setRange(0, MAX_GOAL_MINUTES_PER_DAY)
        self.goal_minutes.setSpecialValueText(translate("SettingsDialog", "No goal"))
        self.goal_minutes.setAccessibleName(translate("SettingsDialog", "Daily goal, minutes"))
        self.goal_minutes.valueChanged.connect(self._update_suffixes)
        self.goal_days = QSpinBox()
        self.goal_days.setRange(0, 7)
        self.goal_days.setSpecialValueText(translate("SettingsDialog", "No goal"))
        self.goal_days.setAccessibleName(translate("SettingsDialog", "Weekly goal, practice days"))
        self.goal_days.valueChanged.connect(self._update_suffixes)
        self.ask_distress = QCheckBox(
            translate("SettingsDialog", "Ask how anxious I feel before and after each session")
        )
        self.weekly_self_check = QCheckBox(translate("SettingsDialog", "Weekly anxiety self-check"))

        for box in (self.day_start, self.grace_days, self.goal_minutes, self.goal_days):
            # The numbers stay compact; the help texts beside them take the width.
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(theme.SPACE.l)
        form.addRow(
            translate("SettingsDialog", "A new &day starts at:"),
            _with_help(
                self.day_start,
                translate(
                    "SettingsDialog",
                    "Sessions before this hour count for the day before, so practice late at "
                    "night still counts for that evening.",
                ),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "G&race days:"),
            _with_help(
                self.grace_days,
                translate(
                    "SettingsDialog",
                    "Days without practice that keep a streak going. They do not add to it, "
                    "and a streak that ends is simply a fresh start.",
                ),
            ),
        )
        form.addRow(translate("SettingsDialog", "Daily &goal:"), self.goal_minutes)
        form.addRow(
            translate("SettingsDialog", "&Weekly goal:"),
            _with_help(
                self.goal_days,
                translate(
                    "SettingsDialog",
                    "Goals are shown as progress. Leave them at “No goal” if you prefer.",
                ),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "Ratings:"),
            _with_help(
                self.ask_distress,
                translate(
                    "SettingsDialog",
                    "A rating from 0 (completely calm) to 10 (the most anxious you have felt), "
                    "one key press, always skippable. It lets History show what helps you most.",
                ),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "Self-chec&k:"),
            _with_help(
                self.weekly_self_check,
                translate(
                    "SettingsDialog",
                    "Once a week a quiet line offers seven short questions about the last two "
                    "weeks (adapted from the GAD-7). It is a self-check, not a diagnosis. Off "
                    "unless you switch it on; Help > Anxiety self-check… works either way.",
                ),
            ),
        )

        practice = QWidget()
        practice_layout = QVBoxLayout(practice)
        if problems:
            heading = translate(
                "SettingsDialog",
                "Some saved settings could not be used, so their defaults are shown:",
            )
            notice = _help("\n".join([heading, *problems]))
            notice.setProperty("role", "notice-text")
            practice_layout.addWidget(notice)
        practice_layout.addLayout(form)
        practice_layout.addStretch(1)

        self.delete_button = QPushButton(translate("SettingsDialog", "Delete all my data…"))
        self.delete_button.setToolTip(
            translate(
                "SettingsDialog", "Remove your practice log, its backups and CalmKit's log files"
            )
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(lambda: self.done(self.DELETE_ALL))
        data = QWidget()
        data_layout = QVBoxLayout(data)
        data_layout.addWidget(
            _help(
                translate(
                    "SettingsDialog",
                    "Your practice log is kept only on this computer, at {path}. File > Export "
                    "history… saves a copy you can keep or import elsewhere.",
                ).format(path=store.path)
            )
        )
        data_row = QHBoxLayout()
        data_row.addWidget(self.delete_button)
        data_row.addStretch(1)
        data_layout.addLayout(data_row)
        data_layout.addStretch(1)

        self.pages = QTabWidget()
        self.pages.addTab(practice, translate("SettingsDialog", "&Practice"))
        self.pages.addTab(self._appearance_page(), translate("SettingsDialog", "Appeara&nce"))
        self.pages.addTab(data, translate("SettingsDialog", "Your d&ata"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        theme.page_margins(layout)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)

        self.show_settings(current)
        self.show_appearance(appearance, reduce_motion=load_player_preferences(store).reduce_motion)
        self.resize(600, self.sizeHint().height())  # every help text in full

    def _appearance_page(self) -> QWidget:
        self.theme_choice = QComboBox()
        for key, name in THEME_NAMES.items():
            self.theme_choice.addItem(translate("SettingsDialog", name), key)
        self.theme_choice.setAccessibleName(translate("SettingsDialog", "Theme"))
        self.reduce_motion = QCheckBox(translate("SettingsDialog", "Reduce motion"))
        self.reduce_motion.setAccessibleDescription(
            translate("SettingsDialog", "Nothing grows, shrinks or fades during sessions")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(theme.SPACE.l)
        form.addRow(
            translate("SettingsDialog", "&Theme:"),
            _with_help(
                self.theme_choice,
                translate(
                    "SettingsDialog",
                    "Following the desktop, CalmKit turns light or dark when your desktop does, "
                    "and uses high contrast when your desktop asks for it. High contrast puts "
                    "black text on white, with strong outlines.",
                ),
            ),
        )
        form.addRow(
            translate("SettingsDialog", "Motion:"),
            _with_help(
                self.reduce_motion,
                translate(
                    "SettingsDialog",
                    "The breathing guide fills a bar in place instead of a growing circle, and "
                    "the body map and reading text change without fading. R switches it during "
                    "a session too.",
                ),
            ),
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        return page

    def show_appearance(self, appearance: AppearanceSettings, *, reduce_motion: bool) -> None:
        self.theme_choice.setCurrentIndex(self.theme_choice.findData(appearance.theme))
        self.reduce_motion.setChecked(reduce_motion)

    def chosen_appearance(self) -> AppearanceSettings:
        return AppearanceSettings(theme=str(self.theme_choice.currentData()))

    def add_page(self, page: QWidget, title: str, save: Callable[[], None] | None = None) -> None:
        """Another page of settings; `save` is called with the practice settings' (its
        ValueError or StorageError keeps the dialog open with the reason)."""
        self.pages.addTab(page, title)
        if save is not None:
            self._savers.append(save)

    def show_settings(self, settings: PracticeSettings) -> None:
        self.day_start.setValue(settings.day_start_hour)
        self.grace_days.setValue(settings.grace_days)
        self.goal_minutes.setValue(settings.goal_minutes_per_day or 0)
        self.goal_days.setValue(settings.goal_days_per_week or 0)
        self.ask_distress.setChecked(settings.ask_distress)
        self.weekly_self_check.setChecked(settings.weekly_self_check)
        self._update_suffixes()

    def chosen(self) -> PracticeSettings:
        return PracticeSettings(
            day_start_hour=self.day_start.value(),
            grace_days=self.grace_days.value(),
            goal_minutes_per_day=self.goal_minutes.value() or None,
            goal_days_per_week=self.goal_days.value() or None,
            ask_distress=self.ask_distress.isChecked(),
            weekly_self_check=self.weekly_self_check.isChecked(),
        )

    def accept(self) -> None:
        try:
            settings = self.chosen()
            appearance = self.chosen_appearance()
            save_practice_settings(self._store, settings)
            for save in self._savers:
                save()
            save_appearance_settings(self._store, appearance)
            player = load_player_preferences(self._store)
            if player.reduce_motion != self.reduce_motion.isChecked():
                save_player_preferences(
                    self._store, player.with_changes(reduce_motion=self.reduce_motion.isChecked())
                )
        except (ValueError, StorageError) as error:
            log.warning("settings not saved: %s", error)
            QMessageBox.warning(
                self,
                translate("SettingsDialog", "Settings not saved"),
                translate("SettingsDialog", "The settings could not be saved: {problem}").format(
                    problem=error
                ),
            )
            return
        self.saved = settings
        self.saved_appearance = appearance
        super().accept()

    def _update_suffixes(self) -> None:
        grace, minutes, days = (
            self.grace_days.value(),
            self.goal_minutes.value(),
            self.goal_days.value(),
        )
        set_count_words(self.grace_days, translate("SettingsDialog", "%n day(s)", None, grace))
        set_count_words(
            self.goal_minutes, translate("SettingsDialog", "%n minute(s) a day", None, minutes)
        )
        set_count_words(
            self.goal_days,
            translate("SettingsDialog", "%n practice day(s) a week", None, days),
        )


class DeleteDataDialog(QDialog):
    """Lists what "Delete all my data" removes and asks for the word before doing it.

    Results: Accepted (delete), Rejected (keep everything) or EXPORT_FIRST.
    """

    EXPORT_FIRST = 2
    # The word to type, as in `calmkit delete-all-data`; in the interface's language.
    WORD = QT_TRANSLATE_NOOP("DeleteDataDialog", "delete")

    def __init__(self, files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DeleteDataDialog", "Delete all my data"))
        self.word = translate("DeleteDataDialog", self.WORD)
        intro = QLabel(
            translate(
                "DeleteDataDialog",
                "<p>This removes your whole practice log: every session, rating, note and "
                "self-check, your settings, its backups, and CalmKit's log files. "
                "<b>It cannot be undone.</b></p>"
                "<p>If you might want your history later, export it first; you can import the "
                "file again at any time.</p>",
            )
        )
        intro.setWordWrap(True)
        listing = QLabel("\n".join(files))
        listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listing.setProperty("role", "muted")
        listing.setWordWrap(True)
        listing.setAccessibleName(translate("DeleteDataDialog", "Files that will be removed"))
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.word)
        self.confirm.setAccessibleName(
            translate("DeleteDataDialog", "Type {word} to confirm").format(word=self.word)
        )
        self.confirm.textChanged.connect(self._update)
        confirm_label = QLabel(
            translate("DeleteDataDialog", "To remove them, type {word}:").format(
                word=f"<b>{self.word}</b>"
            )
        )
        confirm_label.setBuddy(self.confirm)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            translate("DeleteDataDialog", "&Export my history first…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.clicked.connect(lambda: self.done(self.EXPORT_FIRST))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("DeleteDataDialog", "&Keep my data"))
        self.delete_button = self.buttons.addButton(
            translate("DeleteDataDialog", "&Delete everything"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in (self.export_button, self.cancel_button):
            button.setAutoDefault(False)
        # Enter deletes only once the word is typed (the button is disabled until then), as
        # typing the word and Enter does on the command line.
        self.delete_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(translate("DeleteDataDialog", "These files will be removed:")))
        layout.addWidget(listing)
        layout.addSpacing(theme.SPACE.m)
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm)
        layout.addSpacing(theme.SPACE.s)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.confirm.setFocus()

    @property
    def confirmed(self) -> bool:
        return self.confirm.text().strip() == self.word

    def _update(self) -> None:
        self.delete_button.setEnabled(self.confirmed)

    def accept(self) -> None:
        if self.confirmed:  # the button is disabled otherwise; this guards Enter and scripts
            super().accept()
