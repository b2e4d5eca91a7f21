"""ReadingDialog: a long text (the keyboard shortcuts, say) in a window that scrolls instead of overflowing."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

SCREEN_SHARE = 0.8  # of the available screen height: never taller, however long the text


class ReadingDialog(QDialog):
    """Rich text in a scrolling, read-only view with one Close button, sized to the text."""

    def __init__(self, parent: QWidget | None, title: str, html: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(openExternalLinks=False)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Return a size showing the whole text when the screen allows, else SCREEN_SHARE of its height."""
        document = self.browser.document()
        document.setTextWidth(-1)  # the text's natural width, no wrapping
        width = int(document.idealWidth()) + 60
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.9))
        document.setTextWidth(width - 60)
        height = int(document.size().height()) + 110  # the button row and the margins
        if screen is not None and screen.height() > 0:
            height = min(height, int(screen.height() * SCREEN_SHARE))
        return QSize(max(width, 360), max(height, 200))
