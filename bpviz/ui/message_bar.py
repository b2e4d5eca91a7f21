"""MessageBar: a band above the canvas that tells the person what went wrong, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

SHOW_MS = 10_000


class MessageBar(QWidget):
    """A dismissable, self-hiding message band; visible from the back of a room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#MessageBar { background: #fff3cd; border: 1px solid #e0b84c; border-radius: 4px; }"
                           "#MessageBar QLabel { color: #3d2e00; font-size: 12pt; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(22, 22))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show `text` for a while (it stays until dismissed if the pointer is over it)."""
        self.label.setText(text)
        self.show()
        self._timer.start(SHOW_MS)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
