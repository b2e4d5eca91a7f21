"""HiddenValuesNote: the canvas's word on values that had no room, never left out in silence."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from .fonts import font_at
from .i18n import tr, tr_noop
from .number_fit import sizes_down_to_floor

NOTE_PT = 11.0
MARGIN = 10
PADDING = 9  # the note's own padding and border, each side (see its style sheet)
LONG_TEXT = tr_noop("Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label "
                    "its edges, or read every value in the Weights tab", "NetworkCanvas")
SHORT_TEXT = tr_noop("Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab", "NetworkCanvas")
COUNT_TEXT = tr_noop("Hidden: {n}", "NetworkCanvas")


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
        `legends`: the long sentence, the short one, then just the count, each down to the
        floor size; where not even the count fits there, the count sits in the top right corner
        (beside the headers, above the targets' column). The tooltip always has the sentence."""
        self.setVisible(n > 0)
        if not n:
            return
        view = self.parentWidget()
        self.setToolTip(tr(LONG_TEXT, "NetworkCanvas").format(n=n))
        left = max((g.right() for g in legends), default=0) + MARGIN
        band = max((g.height() for g in legends), default=3 * self.fontMetrics().height())
        width = view.width() - left - MARGIN
        for text in (LONG_TEXT, SHORT_TEXT, COUNT_TEXT):
            for points in sizes_down_to_floor(NOTE_PT):
                self.setFont(font_at(view.font(), points * font_scale))
                self.setText(tr(text, "NetworkCanvas").format(n=n))
                longest = max(self.fontMetrics().horizontalAdvance(word) for word in self.text().split())
                if width >= longest + 2 * PADDING and self.heightForWidth(width) <= band:
                    height = self.heightForWidth(width)
                    self.setGeometry(left, view.height() - MARGIN - height, width, height)
                    self.raise_()
                    return
        self.adjustSize()  # the count alone, at the floor size, in the top right corner
        self.move(view.width() - self.width() - MARGIN, MARGIN)
        self.raise_()
