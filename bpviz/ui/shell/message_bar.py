"""MessageBar: a band above the canvas that tells the person what went wrong, in words.

A message may carry one action (a button beside the text, e.g. "Copy details" after an
unexpected error). Such a message stays until dismissed: the person needs time to act on it.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from bpviz.ui.widgets.plain_text import plain_label

SHOW_MS = 10_000


class MessageAction(NamedTuple):
    """A button offered with a message: its label, what it does, and its label once done."""

    text: str
    run: Callable[[], None]
    done_text: str = ""


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
        self.label = plain_label(QLabel())  # messages quote file names and data: never HTML
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.action_button.font()
        font.setPointSize(12)  # as big as the message beside it
        self.action_button.setFont(font)
        self.action_button.clicked.connect(self._on_action_clicked)
        self.action_button.hide()
        self._action: MessageAction | None = None
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, action: MessageAction | None = None) -> None:
        """Show `text` for a while; with an `action`, show its button too and stay until dismissed."""
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(action.text)
            self._timer.stop()
        else:
            self._timer.start(SHOW_MS)
        self.show()

    def end_warning(self) -> None:
        """Hide a passing warning (the person has moved on); a message with an action stays."""
        if self._action is None:
            self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _on_action_clicked(self) -> None:
        action = self._action
        if action is None:
            return
        action.run()
        if action.done_text:
            self.action_button.setText(action.done_text)
