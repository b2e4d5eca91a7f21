"""BlankOverlay: a black screen laid over the window, so a class looks at the teacher instead.

It covers its parent completely, takes the keyboard while it shows, and the next key or click
(whatever it is) only takes it away: the key that un-blanks never also steps the lesson.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget


class BlankOverlay(QWidget):
    """A black cover over `parent`; any key or click hides it again."""

    dismissed = Signal()  # the overlay was taken away by a key or a click

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("blank-overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._focus_before: QWidget | None = None
        parent.installEventFilter(self)  # follow the parent's size
        self.hide()

    def cover(self) -> None:
        """Cover the parent in black and take the keyboard."""
        if self.isVisible():
            return
        focused = QApplication.focusWidget()
        self._focus_before = focused if focused is not None and focused is not self else None
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def uncover(self) -> None:
        """Hide the cover and give the keyboard back to the widget that had it."""
        if not self.isVisible():
            return
        self.hide()
        if self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before = None

    # -- events -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # While black, no key reaches the window's shortcuts: every key only un-blanks.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        event.accept()
        if not event.isAutoRepeat():
            self._dismiss()

    def mousePressEvent(self, event) -> None:
        event.accept()
        self._dismiss()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor("#000000"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def _dismiss(self) -> None:
        self.uncover()
        self.dismissed.emit()
