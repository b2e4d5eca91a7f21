"""HiddenValuesNote: the canvas's word on values that had no room, never left out in silence."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from .fonts import font_at
from .i18n import tr, tr_noop
from .number_fit import sizes_down_to_floor

NOTE_PT = 11.0
MARGIN = 10
LONG_TEXT = tr_noop("Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label "
                    "its edges, or read every value in the Weights tab", "NetworkCanvas")
SHORT_TEXT = tr_noop("Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab", "NetworkCanvas")


class HiddenValuesNote(QLabel):
    """A note over the canvas's viewport saying how many values are hidden and how to see them."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("hidden-values-note")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#hidden-values-note { background: #fff8e1; color: #1a1a1a;"
                           " border: 1px solid #c9a227; border-radius: 5px; padding: 4px 8px; }")
        self.hide()

    def show_count(self, n: int, legends: list[QRect], font_scale: float) -> None:
        """Show the note for `n` hidden values (hide it at 0) in the legends' band, right of
        `legends`: the long sentence, then the short one, each down to the floor size; where
        neither fits, above the legends across the viewport (never over the network's middle)."""
        self.setVisible(n > 0)
        if not n:
            return
        view = self.parentWidget()
        left = max((g.right() for g in legends), default=0) + MARGIN
        band = max((g.height() for g in legends), default=3 * self.fontMetrics().height())
        width = view.width() - left - MARGIN
        for text in (tr(LONG_TEXT, "NetworkCanvas"), tr(SHORT_TEXT, "NetworkCanvas")):
            for points in sizes_down_to_floor(NOTE_PT):
                self.setFont(font_at(view.font(), points * font_scale))
                self.setText(text.format(n=n))
                if width > 0 and self.heightForWidth(width) <= band:
                    height = self.heightForWidth(width)
                    self.setGeometry(left, view.height() - MARGIN - height, width, height)
                    self.raise_()
                    return
        width = view.width() - 2 * MARGIN
        height = self.heightForWidth(width)
        top = min((g.top() for g in legends), default=view.height() - MARGIN) - 6 - height
        self.setGeometry(MARGIN, top, width, height)
        self.raise_()
