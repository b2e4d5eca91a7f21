"""CoverOverlay: a widget laid over its whole parent that the next key or click takes away.

While it shows it holds the keyboard, and no key reaches the window's shortcuts: the key that
takes it away does nothing else (a first Space never also steps the lesson). The widget
that had the keyboard before gets it back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget


class CoverOverlay(QWidget):
    """Covers `parent`, painted in `backdrop`; subclasses add what shows on it."""

    dismissed = Signal()  # taken away by a key or a click

    def __init__(self, parent: QWidget, backdrop: QColor) -> None:
        super().__init__(parent)
        self.backdrop = backdrop
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus_before: QWidget | None = None
        parent.installEventFilter(self)  # follow the parent's size
        self.hide()

    def cover(self) -> None:
        """Cover the parent and take the keyboard."""
        if self.isVisible():
            return
        focused = QApplication.focusWidget()
        self._focus_before = focused if focused is not None and focused is not self else None
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def uncover(self) -> None:
        """Hide, and give the keyboard back to the widget that had it."""
        if not self.isVisible():
            return
        self.hide()
        if self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before = None

    def dismiss(self) -> None:
        """Take the cover away as a key or a click does, and say so."""
        if self.isVisible():
            self.uncover()
            self.dismissed.emit()

    # -- events -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # while covered, a key reaches no shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        event.accept()
        if not event.isAutoRepeat():
            self.dismiss()

    def mousePressEvent(self, event) -> None:
        event.accept()
        self.dismiss()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), self.backdrop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
