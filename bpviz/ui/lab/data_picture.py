"""DataPicture: the data set alone (no network output under it), drawn off screen for a picture.

The points look as on the output map: classes in their colours (t = 0 orange, t = 1 blue),
regression targets on the diverging palette, training points filled and test points hollow.
For 1-D data the points are (x₁, t). The widget is never shown on screen; it is laid out at
the size asked and painted into a picture.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from bpviz.state import Document, ViewOptions

from bpviz.ui.look import notation, palette
from bpviz.ui.widgets.plain_text import escaped
from bpviz.ui.lab.boundary_plot import AXIS_PEN, POINT_EDGE, POINT_SIZE, class_colors
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr

SIZE = QSize(720, 640)  # screen pixels: a picture for a slide or a handout
MARGIN = 0.06         # share of the data's extent left free around the points


class DataPicture(pg.PlotWidget):
    """A plot of the document's data points with a legend, for exporting as a picture."""

    def __init__(self, doc: Document, options: ViewOptions, size: QSize = SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background=palette.BACKGROUND)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out and painted, never seen
        self.doc, self.options = doc, options
        item = self.plotItem
        item.setMenuEnabled(False)
        item.hideButtons()
        font = dock_font(QFont(), options.font_scale)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(AXIS_PEN)
            axis.setTextPen(palette.TEXT)
            axis.setTickFont(font)
        self.legend = pg.LegendItem(colCount=2, labelTextColor=palette.TEXT,
                                    labelTextSize=f"{font.pointSizeF():.1f}pt")
        item.layout.addItem(self.legend, 4, 1)  # under the x axis, as on the output map
        self._draw(font)
        self.resize(size)
        self.show()  # off screen: this lays the plot out at `size`
        self._fit()

    def _draw(self, font: QFont) -> None:
        data, item = self.doc.lab.dataset, self.plotItem
        one_d = data.X.shape[1] == 1
        names = [escaped(notation.input_name(n)) for n in data.input_names]  # axis titles are HTML
        style = {"font-size": f"{font.pointSizeF() * 1.15:.1f}pt", "color": palette.TEXT.name()}
        item.setLabel("bottom", names[0], **style)
        item.setLabel("left", tr("target t", "pictures") if one_d else names[1], **style)
        positions = (np.column_stack([data.X[:, 0], data.T[:, 0]]) if one_d
                     else np.asarray(data.X[:, :2], dtype=float))
        test = self.doc.lab.test_mask()
        size = POINT_SIZE * self.options.font_scale
        if data.kind == "classification":
            colours = class_colors(data.classes)
            colour_of = [colours[k] for k in data.labels]
        else:
            rgba = palette.diverging_rgba(data.T[:, 0], palette.symmetric_scale(data.T[:, 0]))
            colour_of = [QColor(*(int(v) for v in c)) for c in rgba]
        if len(data):
            train = ~test
            item.addItem(pg.ScatterPlotItem(pos=positions[train], size=size, pen=pg.mkPen(POINT_EDGE, width=1),
                                            brush=[pg.mkBrush(colour_of[i]) for i in np.nonzero(train)[0]]))
            item.addItem(pg.ScatterPlotItem(pos=positions[test], size=size, brush=pg.mkBrush(255, 255, 255, 200),
                                            pen=[pg.mkPen(colour_of[i], width=2.5) for i in np.nonzero(test)[0]]))
        item.getViewBox().setAspectLocked(not one_d)
        self._positions = positions
        self._fill_legend(size, test)

    def _fit(self) -> None:
        """Show every point, with a margin, once the plot has its final shape."""
        positions = self._positions
        if len(positions) == 0:
            return
        low, high = positions.min(axis=0), positions.max(axis=0)
        pad = (high - low) * MARGIN + 1e-9
        self.plotItem.getViewBox().setRange(xRange=(low[0] - pad[0], high[0] + pad[0]),
                                            yRange=(low[1] - pad[1], high[1] + pad[1]), padding=0)

    def _fill_legend(self, size: float, test: np.ndarray) -> None:
        data = self.doc.lab.dataset
        if data.kind == "classification":
            for k, colour in enumerate(class_colors(data.classes)):
                name = (tr("class {k} (t = {t})", "pictures").format(k=k + 1, t=k) if data.classes == 2
                        else tr("class {k}", "pictures").format(k=k + 1))
                self.legend.addItem(_sample(size, pg.mkBrush(colour), pg.mkPen(POINT_EDGE, width=1)), name)
        grey = palette.TEXT
        self.legend.addItem(_sample(size, pg.mkBrush(grey), pg.mkPen(POINT_EDGE, width=1)),
                            tr("train ({n})", "pictures").format(n=int((~test).sum())))
        self.legend.addItem(_sample(size, pg.mkBrush(255, 255, 255, 200), pg.mkPen(grey, width=2.5)),
                            tr("test ({n})", "pictures").format(n=int(test.sum())))


def _sample(size: float, brush, pen) -> pg.ScatterPlotItem:
    """Return a one-point item for a legend row (pyqtgraph's legend draws its symbol)."""
    return pg.ScatterPlotItem(size=size, brush=brush, pen=pen, symbol="o")
