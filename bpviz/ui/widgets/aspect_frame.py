"""AspectFrame: a plot with a locked aspect ratio, sized so its axes end where its view does."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


class AspectFrame(QWidget):
    """Holds `plot` centred. While the plot's view box keeps an aspect ratio, the plot takes
    the largest size at which the view box shows just the range asked of it, so in a tall or
    wide dock no axis runs on past the map into empty range; otherwise the plot fills the frame.
    """

    def __init__(self, plot: pg.PlotWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        plot.setParent(self)
        self.setAutoFillBackground(True)  # the margins in the plot's own colour
        self._sync_background()
        # Placing waits a pass of the event loop: the plot's layout must settle first, so the
        # room its axes, colour bar and legend take is known.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._place)
        vb = plot.plotItem.vb
        vb.sigStateChanged.connect(self._timer.start)
        vb.sigResized.connect(self._timer.start)

    def sizeHint(self):
        return self.plot.sizeHint()

    def minimumSizeHint(self):
        return self.plot.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._sync_background()

    def _sync_background(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, self.plot.backgroundBrush().color())
        self.setPalette(palette)

    def set_corner_widget(self, widget: QWidget) -> None:
        """Keep `widget` (e.g. an Enlarge button) in the frame's top right corner, over the margin."""
        self._corner = widget
        widget.setParent(self)
        widget.raise_()
        self._place()

    def _place(self) -> None:
        self.plot.setGeometry(self._plot_rect())
        corner = getattr(self, "_corner", None)
        if corner is not None:
            size = corner.sizeHint()
            corner.setGeometry(self.width() - size.width() - 4, 4, size.width(), size.height())
            corner.raise_()

    def _plot_rect(self) -> QRect:
        """Return where the plot goes: the whole frame, or the centred box of the view's ratio."""
        vb = self.plot.plotItem.vb
        locked = vb.state["aspectLocked"]
        full = self.rect()
        if not locked or vb.width() <= 1 or vb.height() <= 1:
            return full
        (x0, x1), (y0, y1) = vb.state["targetRange"]
        if x1 <= x0 or y1 <= y0:
            return full
        ratio = locked * (x1 - x0) / (y1 - y0)  # the view box's width over its height, as pyqtgraph fits it
        extra_w = self.plot.width() - vb.width()   # axes, colour bar, legend and margins
        extra_h = self.plot.height() - vb.height()
        box_w = min(full.width() - extra_w, (full.height() - extra_h) * ratio)
        if box_w <= 1:
            return full
        w = min(full.width(), round(box_w + extra_w))
        h = min(full.height(), round(box_w / ratio + extra_h))
        return QRect((full.width() - w) // 2, (full.height() - h) // 2, w, h)
