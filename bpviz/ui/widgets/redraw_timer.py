"""RedrawTimer: one redraw however many changes arrive, and no more often than a view needs."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Plots (axes, images, curves) cost far more to paint than the canvas; while training sends
# changes continuously they redraw at most this often, leaving the time to training.
PLOT_INTERVAL_MS = 150


class RedrawTimer(QTimer):
    """A single-shot timer that calls `redraw` on the next pass of the event loop, or, if the
    last redraw was less than `min_interval_ms` ago, once that interval is over.

    A widget that is not shown (a hidden dock, a closed window) is not redrawn: the redraw
    waits until it is shown again.
    """

    def __init__(self, parent: QObject, redraw: Callable[[], None], min_interval_ms: int = 0) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(0)
        self.min_interval_ms = min_interval_ms
        self._last = 0.0
        self.timeout.connect(self._on_timeout)
        self._redraw = redraw
        self._waiting_for_show = False
        parent.installEventFilter(self)

    def request(self) -> None:
        """Ask for a redraw; asking again before it happens changes nothing."""
        if self.isActive():
            return
        since = (time.perf_counter() - self._last) * 1000
        self.start(int(max(0.0, self.min_interval_ms - since)))

    @property
    def waiting_for_show(self) -> bool:
        """Whether a redraw came due while the widget was hidden, and waits for it to be shown."""
        return self._waiting_for_show

    def _on_timeout(self) -> None:
        parent = self.parent()
        if isinstance(parent, QWidget) and not parent.isVisible():
            self._waiting_for_show = True
            return
        self._last = time.perf_counter()
        self._redraw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._waiting_for_show:
            self._waiting_for_show = False
            self.request()
        return False
