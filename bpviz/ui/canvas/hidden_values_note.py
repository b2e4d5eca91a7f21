"""HiddenValuesNote: the canvas's word on values that had no room, never left out in silence."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from bpviz.ui.look.fonts import font_at
from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.look.number_fit import sizes_down_to_floor

NOTE_PT = 11.0
MARGIN = 10
PADDING = 9  # the note's own padding and border, each side (see its style sheet)
LONG_TEXT = tr_noop("Values with no room at this size: {n}. Zoom in (Ctrl +), focus a neuron to label "
                    "its edges, or read every value in the Weights tab", "NetworkCanvas")
SHORT_TEXT = tr_noop("Hidden: {n}. Zoom in (Ctrl +) or see the Weights tab", "NetworkCanvas")
COUNT_TEXT = tr_noop("Hidden: {n}", "NetworkCanvas")
EDGES_LONG = tr_noop("Edges drawn: the strongest {drawn:,} of {all:,} (each layer its share); the Weights "
                     "tab lists every one.", "NetworkCanvas")
EDGES_SHORT = tr_noop("{drawn:,} of {all:,} edges drawn", "NetworkCanvas")


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

    def show_count(self, n: int, legends: list[QRect], font_scale: float,
                   edges_drawn: tuple[int, int] | None = None) -> None:
        """Show the note for `n` hidden values and, for a large network, how many of its edges
        are drawn (`edges_drawn`: drawn, all), in the legends' band, right of `legends`: the long
        sentences, the short ones, then just the counts, each down to the floor size; where not
        even those fit there, they sit in the top right corner (beside the headers, above the
        targets' column). Hidden when there is nothing to say. The tooltip has the sentences."""
        self.setVisible(n > 0 or edges_drawn is not None)
        if not self.isVisible():
            return
        view = self.parentWidget()

        def words(values_text: str, edges_text: str) -> str:
            parts = [tr(values_text, "NetworkCanvas").format(n=n)] if n else []
            if edges_drawn is not None:
                parts.append(tr(edges_text, "NetworkCanvas").format(drawn=edges_drawn[0], all=edges_drawn[1]))
            return " · ".join(parts)

        self.setToolTip(words(LONG_TEXT, EDGES_LONG))
        left = max((g.right() for g in legends), default=0) + MARGIN
        band = max((g.height() for g in legends), default=3 * self.fontMetrics().height())
        width = view.width() - left - MARGIN
        for text, edges_text in ((LONG_TEXT, EDGES_LONG), (SHORT_TEXT, EDGES_SHORT), (COUNT_TEXT, EDGES_SHORT)):
            for points in sizes_down_to_floor(NOTE_PT):
                self.setFont(font_at(view.font(), points * font_scale))
                self.setText(words(text, edges_text))
                longest = max(self.fontMetrics().horizontalAdvance(word) for word in self.text().split())
                if width >= longest + 2 * PADDING and self.heightForWidth(width) <= band:
                    height = self.heightForWidth(width)
                    self.setGeometry(left, view.height() - MARGIN - height, width, height)
                    self.raise_()
                    return
        self.adjustSize()  # the count alone, at the floor size, in the top right corner
        self.move(view.width() - self.width() - MARGIN, MARGIN)
        self.raise_()
