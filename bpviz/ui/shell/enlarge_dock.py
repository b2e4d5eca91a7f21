"""DockEnlarger: shows a dock large, floating over the window, and puts it back.

For the output map at a projector: the map keeps its square in the dock, which a 1280 × 720
screen makes small. Enlarged, the dock floats at most of the screen's height; a second press
(or the window's F7) docks it where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolButton

SCREEN_SHARE = 0.9  # of the screen's height the enlarged map takes


class DockEnlarger(QObject):
    """Toggle `dock` between its place in `window` and a large floating window; `button` says which."""

    def __init__(self, dock: QDockWidget, window: QMainWindow) -> None:
        super().__init__(window)
        self.dock, self.window = dock, window
        self.button = QToolButton()
        self.button.setAutoRaise(False)
        self.button.clicked.connect(self.toggle)
        dock.topLevelChanged.connect(self._show_state)
        self._show_state()

    @property
    def enlarged(self) -> bool:
        return self.dock.isFloating()

    def toggle(self) -> None:
        if self.dock.isFloating():
            self.dock.setFloating(False)
            return
        self.dock.show()
        self.dock.setFloating(True)
        screen = (self.window.screen() or self.dock.screen()).availableGeometry()
        height = int(screen.height() * SCREEN_SHARE)
        width = min(screen.width(), int(height * 1.2))  # the colour bar and legend beside the square
        self.dock.setGeometry(QRect(screen.x() + (screen.width() - width) // 2,
                                    screen.y() + (screen.height() - height) // 2, width, height))
        self.dock.raise_()

    def _show_state(self, *_) -> None:
        if self.dock.isFloating():
            self.button.setText(self.tr("⤡ Back in the window"))
            self.button.setToolTip(self.tr("Put the map back in its place in the window (F7)"))
        else:
            self.button.setText(self.tr("⤢ Enlarge"))
            self.button.setToolTip(self.tr("Show the map large, over the window (F7)"))
