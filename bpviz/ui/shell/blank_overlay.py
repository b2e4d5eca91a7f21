"""BlankOverlay: a black screen laid over the window, so a class looks at the teacher instead.

It covers its parent completely, takes the keyboard while it shows, and the next key or click
(whatever it is) only takes it away: the key that un-blanks never also steps the lesson.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from bpviz.ui.widgets.cover_overlay import CoverOverlay


class BlankOverlay(CoverOverlay):
    """A black cover over `parent`; any key or click hides it again."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, QColor("#000000"))
        self.setObjectName("blank-overlay")
        self.setCursor(Qt.CursorShape.BlankCursor)
