"""DivergenceBanner: a red band saying that training blew up, with the way back.

Shown in the Train panel when the loss or a weight became infinite or NaN: the trainer's
message (where, and that α is too large), and a button that puts back the last finite
weights. It grows the panel rather than squeezing its siblings: the panel scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QStyle, QVBoxLayout, QWidget

from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.widgets.plain_text import plain_label

RESTORE_TIP = tr_noop("Put back the last weights that were all finite numbers, then try a smaller α",
                      "DivergenceBanner")


class DivergenceBanner(QFrame):
    """The divergence message, white on red, over a Restore button that calls `restore`."""

    def __init__(self, restore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DivergenceBanner")
        self.setStyleSheet("#DivergenceBanner { background: #b2182b; border-radius: 4px; }"
                           "#DivergenceBanner QLabel { color: white; }")
        self.label = plain_label(QLabel())
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                          self.tr("Restore last finite weights"))
        self.restore_button.setToolTip(self.tr(RESTORE_TIP))
        self.restore_button.setSizePolicy(QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Fixed)
        self.restore_button.clicked.connect(restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.label)
        layout.addWidget(self.restore_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.show()

    def set_panel_font(self, font: QFont) -> None:
        """Take the panel's font: a style-sheeted widget does not follow its parent's."""
        for widget in (self, self.label, self.restore_button):
            widget.setFont(font)
