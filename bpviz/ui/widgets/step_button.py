"""StepButton: a push button that drops its words, keeping its icon, when it is too narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class StepButton(QPushButton):
    """A push button that shows its icon alone when it is too narrow for its words too.

    Its minimum is the icon's size, so a narrow window (or a large font) squeezes the words
    out of the buttons rather than squeezing the bar off the screen; the tooltip still says
    what the button does and which keys do it.
    """

    def __init__(self, icon: QIcon, words: str, parent: QWidget | None = None) -> None:
        super().__init__(icon, words, parent)
        self._words = words
        # Preferred, not QPushButton's Minimum: the layout may shrink it down to the icon.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_words(self, words: str) -> None:
        self._words = words
        self.updateGeometry()
        self._fit()

    def sizeHint(self) -> QSize:
        return self._hint(self._words)

    def minimumSizeHint(self) -> QSize:
        return self._hint("")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        words = self._words if self.width() >= self._hint(self._words).width() else ""
        if self.text() != words:
            self.setText(words)

    def _hint(self, text: str) -> QSize:
        """Return the size QPushButton would ask for with `text` (as its own sizeHint does)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(text) if text else 0
        height = metrics.height()
        if not self.icon().isNull():
            width += self.iconSize().width() + (4 if text else 0)
            height = max(height, self.iconSize().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                             QSize(width, height), self)
