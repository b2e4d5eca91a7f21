"""AboutDialog: what bpviz is, its version and licence, and the versions of what it runs on."""

from __future__ import annotations

import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from bpviz import __version__
from bpviz.engine.files import paths

from bpviz.ui.shell.app_icon import app_icon

LICENCE_NAME = "MIT"
ICON_PIXELS = 96


def licence_text() -> str | None:
    """Return the full LICENSE text shipped with bpviz (repository or installed metadata), or None."""
    beside_code = paths.RESOURCES.parent / "LICENSE"
    if beside_code.is_file():
        return beside_code.read_text(encoding="utf-8")
    from importlib import metadata  # here, not at start-up: it costs a tenth of a second

    try:
        files = metadata.distribution("bpviz").files or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name.upper().startswith(("LICENSE", "LICENCE")):
            try:
                return file.read_text(encoding="utf-8")
            except OSError:
                continue
    return None


def component_versions() -> list[tuple[str, str]]:
    """Return (name, version) of Python, Qt, PySide6, numpy and pyqtgraph as they run now."""
    return [("Python", platform.python_version()), ("Qt", qVersion()), ("PySide6", PySide6.__version__),
            ("numpy", numpy.__version__), ("pyqtgraph", pyqtgraph.__version__)]


class AboutDialog(QDialog):
    """The icon, the version, the licence (its full text one click away) and the library versions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About bpviz"))
        self.icon_label = QLabel()
        self.icon_label.setPixmap(app_icon().pixmap(ICON_PIXELS, ICON_PIXELS))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(self.tr("bpviz {version}").format(version=__version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self.tr("Watch backpropagation work, neuron by neuron: the forward pass, the loss, "
                                 "the backward pass and the update, with every number the equations produce. "
                                 "Then train small networks live and watch the decision boundary form."))
        summary.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the {name} licence.").format(name=LICENCE_NAME))

        versions = QGridLayout()
        versions.setHorizontalSpacing(16)
        heading = QLabel(self.tr("Running on"))
        heading.setStyleSheet("font-weight: bold;")
        versions.addWidget(heading, 0, 0, 1, 2)
        self.version_labels: dict[str, str] = {}
        for row, (name, version) in enumerate(component_versions(), start=1):
            versions.addWidget(QLabel(name), row, 0)
            value = QLabel(version)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            versions.addWidget(value, row, 1)
            self.version_labels[name] = version
        versions.setColumnStretch(1, 1)

        self.licence_view = QPlainTextEdit(readOnly=True)
        self.licence_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_view.setPlainText(licence_text() or self.tr(
            "The licence text was not installed with this copy of bpviz. bpviz is under the {name} licence: "
            "anyone may use, copy, change and share it, keeping the copyright and permission notice.")
            .format(name=LICENCE_NAME))
        # The licence keeps its own line breaks: wide enough for its longest line, never rewrapped.
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        longest = max(self.licence_view.toPlainText().splitlines() or [""], key=len)
        self.licence_view.setMinimumWidth(QFontMetrics(self.licence_view.font()).horizontalAdvance(longest) + 40)
        self.licence_view.setMinimumHeight(220)
        self.licence_view.hide()
        self.licence_button = QPushButton(self.tr("Show the licence"))
        self.licence_button.setCheckable(True)
        self.licence_button.toggled.connect(self._on_licence_button_toggled)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        text.addWidget(licence)
        text.addSpacing(8)
        text.addLayout(versions)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addSpacing(12)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licence_view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _on_licence_button_toggled(self, shown: bool) -> None:
        self.licence_view.setVisible(shown)
        self.licence_button.setText(self.tr("Hide the licence") if shown else self.tr("Show the licence"))
        self.layout().activate()  # the new size hint now, not at the next event-loop pass
        self.adjustSize()
        self.resize(self.size().expandedTo(self.minimumSizeHint()))  # adjustSize stops at 2/3 of a small screen


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box over `parent` without blocking (it deletes itself once closed); return it."""
    dialog = AboutDialog(parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
