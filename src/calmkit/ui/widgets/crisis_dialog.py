"""Help now (F1): the emergency number and the crisis lines for the person's region first, a
region chooser, and an international directory for everywhere else."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmkit.core.crisis import (
    NOT_A_SERVICE,
    NOT_ONLY_FOR_SUICIDE,
    CrisisLine,
    CrisisResources,
    HelpGuide,
)
from calmkit.core.i18n import translate
from calmkit.ui.widgets import theme

ELSEWHERE = ""  # the chooser's "Somewhere else" entry, remembered as such


class CrisisDialog(QDialog):
    """Shows Help now for one region at a time; `region_chosen` says when the person picks
    another one (ELSEWHERE for "Somewhere else"), so it can be remembered."""

    region_chosen = Signal(str)

    def __init__(
        self,
        resources: CrisisResources,
        region: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.resources = resources
        self.setWindowTitle(translate("CrisisDialog", "Help now"))
        self.setObjectName("page")  # the app's calm background, whatever the desktop theme
        use_app_colours(self)

        self.emergency = QLabel()
        self.emergency.setWordWrap(True)
        self.emergency.setProperty("role", "heading")
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.region = QComboBox()
        for code, name in resources.region_names():
            self.region.addItem(name, code)
        self.region.addItem(translate("CrisisDialog", "Somewhere else"), ELSEWHERE)
        self.region.setAccessibleName(translate("CrisisDialog", "Your region"))
        chooser_label = QLabel(translate("CrisisDialog", "&Your region:"))
        chooser_label.setBuddy(self.region)
        chooser = QHBoxLayout()
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.region, 1)

        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        # Links take the palette of the desktop, not the widget's: say their colour here.
        self.text.document().setDefaultStyleSheet(theme.rich_text_css())
        self.text.setAccessibleName(translate("CrisisDialog", "Crisis lines"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("CrisisDialog", "Close"))

        layout = QVBoxLayout(self)
        theme.page_margins(layout)
        layout.addWidget(self.emergency)
        layout.addLayout(chooser)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

        self.guide = resources.guide(None)
        self.show_region(region)
        self.region.currentIndexChanged.connect(self._chosen)
        theme.signals().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        self.text.document().setDefaultStyleSheet(theme.rich_text_css())
        self.show_region(self.guide.region)

    def show_region(self, region: str | None) -> None:
        """Show Help now for `region` (a code; None or unknown: somewhere else)."""
        self.guide = self.resources.guide(region)
        index = self.region.findData(self.guide.region or ELSEWHERE)
        self.region.blockSignals(True)
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self.emergency.setText(escape(self.guide.emergency_sentence))
        self.text.setHtml(guide_html(self.guide, self.resources))

    def _chosen(self, index: int) -> None:
        code = str(self.region.itemData(index))
        self.show_region(code or None)
        self.region_chosen.emit(code)


def use_app_colours(widget: QWidget) -> None:
    """The theme's colours for every part, so a desktop theme's palette can never put its
    text colour on our background; they follow when the theme changes."""
    theme.keep_palette(widget)
    # The combo box's list opens in a window of its own: give it the same colours.
    widget.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)


def _crisis_text(text: str) -> str:
    """Text of calmkit.core.crisis (its notes, the directory's words, country names) in the
    person's language: that module marks its own texts in its context; the crisis file's are
    localised with the file."""
    return translate("Crisis", text)


def guide_html(guide: HelpGuide, resources: CrisisResources) -> str:
    parts: list[str] = []
    if guide.built_in:
        unread = translate(
            "CrisisGuide",
            "The list of crisis lines could not be read, so only emergency numbers are "
            "shown here. Details are in the log.",
        )
        parts.append(f"<p>{escape(unread)}</p>")
    if guide.local_lines:
        title = translate("CrisisGuide", "In {place}").format(place=guide.place)
        parts.append(f"<h3>{escape(title)}</h3>")
        parts.extend(_line_html(line, resources, big=True) for line in guide.local_lines)
    elif guide.missing_sentence:
        parts.append(f"<p>{escape(guide.missing_sentence)} {_directory_html(guide)}</p>")
    parts.append(f"<p><b>{escape(_crisis_text(NOT_ONLY_FOR_SUICIDE))}</b></p>")
    if not guide.missing_sentence:
        elsewhere = escape(translate("CrisisGuide", "Somewhere else? {directory}"))
        parts.append(f"<p>{elsewhere.format(directory=_directory_html(guide))}</p>")
    if guide.other_lines:
        title = (
            translate("CrisisGuide", "Other countries")
            if guide.local_lines
            else translate("CrisisGuide", "Crisis lines by country")
        )
        parts.append(f"<h3>{escape(title)}</h3>")
        parts.extend(_line_html(line, resources, big=False) for line in guide.other_lines)
    parts.append(f"<p class='muted'>{escape(_crisis_text(NOT_A_SERVICE))}</p>")
    checked = translate("CrisisGuide", "Numbers last checked {date}.").format(
        date=guide.last_checked_text
    )
    parts.append(f"<p class='muted'><i>{escape(checked)}</i></p>")
    return "".join(parts)


def _directory_html(guide: HelpGuide) -> str:
    directory = guide.directory
    link = f"<a href='{escape(directory.url)}'>{escape(directory.name)}</a>"
    words = escape(translate("CrisisGuide", "{name} ({address}) {what_it_offers}."))
    return words.format(
        name=link,
        address=escape(directory.address),
        what_it_offers=escape(_crisis_text(directory.text)),
    )


def _line_html(line: CrisisLine, resources: CrisisResources, *, big: bool) -> str:
    countries = ", ".join(escape(_crisis_text(resources.regions.get(c, c))) for c in line.countries)
    hours = " · " + escape(translate("CrisisGuide", "open 24/7")) if line.open_24_7 else ""
    contact_class = "contact-big" if big else "contact"
    where = "" if big else f"{countries}: "
    site = line.source.removeprefix("https://").removeprefix("www.").rstrip("/")
    return (
        f"<p class='line'>{where}<b>{escape(line.name)}</b>{hours}<br>"
        f"<span class='{contact_class}'>{escape(line.how_to_reach)}</span><br>"
        f"<a href='{escape(line.source)}'>{escape(site)}</a></p>"
    )
