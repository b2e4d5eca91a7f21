"""BoundaryPlot: the network's output over the input plane, with the data points on top.

The heatmap is what PlaneMaps computed, drawn with fixed colour levels so that training
changes the colours and never the scale. Clicks edit the data through the document: a left
click adds a point, a right click on a point removes it, Ctrl+click steps with that sample.
Redraws are throttled: many changes in one pass of the event loop make one redraw.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from bpviz.state import Document, ViewOptions
from bpviz.state.training.plane_maps import PlaneMaps

from bpviz.ui.widgets.redraw_timer import PLOT_INTERVAL_MS, RedrawTimer
from bpviz.ui.look import notation, palette
from bpviz.ui.widgets.plain_text import escaped
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.lab.boundary_pointer import PointerOnPoints
from bpviz.ui.lab.output_colours import class_colors, class_image, heatmap_table, level_image

POINT_SIZE = 11    # px, at font scale 1
RING_SIZE = 26
MARGIN_1D = 0.15   # share of the target range added above and below 1-D data

POINT_EDGE = QColor("#1b1b1b")  # a dark rim: a point stands out on its own class's colour
AXIS_PEN = palette.AXIS
CURVE = QColor("#5e3c99")  # purple: neither palette hue, so the curve never reads as a sign

# In English; the plot shows each through self.tr (context "BoundaryPlot").
MSG_OTHER_DIMENSIONS = tr_noop("This data has {d} inputs: the plot shows data with 1 or 2 inputs.", "BoundaryPlot")
MSG_NO_MAP = tr_noop("No output map: {problem}", "BoundaryPlot")
MSG_NO_DATA = tr_noop("No data yet: choose a data set in the Data panel.", "BoundaryPlot")
MSG_NOT_FINITE = tr_noop("The network's output is not a finite number: restore the last finite weights",
                         "BoundaryPlot")


class BoundaryPlot(PointerOnPoints, pg.PlotWidget):
    """The output of the network over the plane (or along x for 1-D data) and the data points."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, maps: PlaneMaps, options: ViewOptions,
                 draw_value: Callable[[], float] | None = None, parent: QWidget | None = None) -> None:
        """``draw_value`` says what a click adds (a class index or a target; the Data panel's choice)."""
        super().__init__(parent=parent, background=palette.BACKGROUND)
        self.doc, self.maps, self.options = doc, maps, options
        self.draw_value = draw_value or (lambda: 0)
        self._shown: np.ndarray | None = None       # the array the image shows
        self._positions = np.zeros((0, 2))           # each data point where it is drawn
        self._test = np.zeros(0, dtype=bool)         # which data points are held out
        self._counts = (0, 0)
        self._mode = "plane"
        self._curve_finite = True  # whether the 1-D curve has a finite point to draw
        self._dirty: set[str] = set()
        self._labels = ("x₁", "x₂")
        self._build()
        self._timer = RedrawTimer(self, self._redraw, PLOT_INTERVAL_MS)  # one redraw per change burst
        maps.changed.connect(self._on_maps_changed)
        doc.dataChanged.connect(self._on_data_changed)
        doc.structureChanged.connect(self._on_data_changed)
        doc.exampleChanged.connect(self._on_example_changed)
        options.changed.connect(self._on_options_changed)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._apply_fonts()
        self._dirty = {"data", "output", "selection"}
        self._redraw()

    # -- what tests and the window read ---------------------------------------------------------

    def heatmap(self) -> np.ndarray | None:
        """Return the array the image shows: output values (res, res), or RGBA for classes."""
        return self._shown

    def points_shown(self) -> tuple[int, int]:
        """Return (training points, test points) drawn."""
        return self._counts

    def redraw_pending(self) -> bool:
        """Return whether a change is waiting for the next redraw."""
        return bool(self._dirty)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        item = self.plotItem
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)  # a fixed view: no pan, zoom or auto-range jitter
        item.disableAutoRange()
        item.setContentsMargins(4, 12, 4, 4)  # room for the colour bar's top label
        for side in ("left", "bottom"):
            item.getAxis(side).setPen(AXIS_PEN)
            item.getAxis(side).setTextPen(palette.TEXT)

        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setZValue(-10)
        item.addItem(self.image_item)
        self.curve_item = pg.PlotCurveItem(pen=pg.mkPen(CURVE, width=3))
        self.curve_item.setZValue(5)
        item.addItem(self.curve_item)
        hover = pg.mkPen(palette.FOCUS, width=2)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", hoverable=True, hoverPen=hover,
                                                tip=self._tip)
        self.test_scatter = pg.ScatterPlotItem(symbol="o", hoverable=True, hoverPen=hover,
                                               tip=self._tip)
        self.selection_ring = pg.ScatterPlotItem(symbol="o", brush=None,
                                                 pen=pg.mkPen(palette.FOCUS, width=3))
        for z, scatter in enumerate((self.train_scatter, self.test_scatter, self.selection_ring)):
            scatter.setZValue(10 + z)
            item.addItem(scatter)
        self.note = pg.TextItem(color=palette.TEXT, fill=pg.mkBrush(255, 255, 255, 220),
                                border=pg.mkPen(AXIS_PEN), anchor=(0.5, 0.5))
        self.note.setZValue(20)
        item.addItem(self.note)

        table = heatmap_table()
        cmap = pg.ColorMap(np.linspace(0.0, 1.0, len(table)), table)
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=cmap, label=self.tr("network output y"),
                                          interactive=False, width=18, colorMapMenu=False)
        for side in ("left", "right", "top", "bottom"):
            self.colour_bar.getAxis(side).setPen(AXIS_PEN)
            self.colour_bar.getAxis(side).setTextPen(palette.TEXT)
        self.legend = pg.LabelItem("", justify="center")
        item.layout.addItem(self.legend, 4, 0, 1, 6)  # under the x axis: never over a data point
        self._bar_shown = False

    def _show_colour_bar(self, show: bool) -> None:
        if show == self._bar_shown:
            return
        layout = self.plotItem.layout
        if show:
            layout.addItem(self.colour_bar, 2, 5)
            layout.setColumnFixedWidth(4, 6)
        else:
            layout.removeItem(self.colour_bar)
            layout.setColumnFixedWidth(4, 0)
        self.colour_bar.setVisible(show)
        self._bar_shown = show

    # -- handlers -------------------------------------------------------------------------------

    def _on_maps_changed(self) -> None:
        self._mark("output")

    def _on_data_changed(self) -> None:
        self._mark("data")

    def _on_example_changed(self) -> None:
        self._mark("selection")

    def _on_options_changed(self) -> None:
        self._apply_fonts()
        self._mark("data")

    def _mark(self, what: str) -> None:
        self._dirty.add(what)
        self._timer.request()

    # -- drawing --------------------------------------------------------------------------------

    def _redraw(self) -> None:
        self._timer.stop()
        dirty, self._dirty = self._dirty, set()
        if "data" in dirty:
            self._draw_data()
        if dirty & {"data", "output"}:
            self._draw_output()
        if dirty & {"data", "selection"}:
            self._draw_selection()

    def _draw_data(self) -> None:
        """Lay out for the kind of data, fix the view range, and draw the points."""
        data = self.doc.lab.dataset
        d = 2 if data is None else data.X.shape[1]
        self._mode = {1: "curve", 2: "plane"}.get(d, "none")
        vb = self.plotItem.vb
        if self._mode == "curve":
            names = data.input_names
            self._labels = (escaped(notation.input_name(names[0])), self.tr("target t · output y"))
            lo, hi = self.maps.range_1d()
            t = data.T[:, 0] if len(data) else np.array([-1.0, 1.0])
            t_lo, t_hi = float(t.min()), float(t.max())
            pad = max(t_hi - t_lo, 1.0) * MARGIN_1D
            vb.setAspectLocked(False)
            vb.setRange(xRange=(lo, hi), yRange=(t_lo - pad, t_hi + pad), padding=0)
        else:
            names = data.input_names if data is not None and d == 2 else ("x1", "x2")
            self._labels = tuple(escaped(notation.input_name(name)) for name in names[:2])  # axis titles are HTML
            x0, x1, y0, y1 = self.maps.bounds()
            vb.setAspectLocked(True)
            vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._apply_labels()
        self._draw_points()

    def _draw_points(self) -> None:
        data = self.doc.lab.dataset
        if data is None or self._mode == "none" or len(data) == 0:
            self._positions, self._test = np.zeros((0, 2)), np.zeros(0, dtype=bool)
            for scatter in (self.train_scatter, self.test_scatter):
                scatter.setData(x=[], y=[])
            self._counts = (0, 0)
            self._draw_legend()
            return
        if self._mode == "curve":
            self._positions = np.column_stack([data.X[:, 0], data.T[:, 0]])
        else:
            self._positions = np.asarray(data.X[:, :2], dtype=float)
        self._test = self.doc.lab.test_mask()
        if data.kind == "classification":
            colours = class_colors(data.classes)
            fills = [pg.mkBrush(c) for c in colours]
            edges = [pg.mkPen(c, width=2.5) for c in colours]
            fill_of = [fills[k] for k in data.labels]
            edge_of = [edges[k] for k in data.labels]
        else:
            rgba = palette.diverging_rgba(data.T[:, 0], self._target_scale())
            fill_of = [pg.mkBrush(*c) for c in rgba]
            edge_of = [pg.mkPen(QColor(*(int(v) for v in c)), width=2.5) for c in rgba]
        size = POINT_SIZE * self.options.font_scale
        index = np.arange(len(data))
        train, test = ~self._test, self._test
        self.train_scatter.setData(
            pos=self._positions[train], data=index[train], size=size,
            brush=[fill_of[i] for i in index[train]], pen=pg.mkPen(POINT_EDGE, width=1))
        hollow = pg.mkBrush(255, 255, 255, 200)
        self.test_scatter.setData(
            pos=self._positions[test], data=index[test], size=size, brush=hollow,
            pen=[edge_of[i] for i in index[test]])
        self._counts = (int(train.sum()), int(test.sum()))
        self._draw_legend()

    def _target_scale(self) -> float:
        data = self.doc.lab.dataset
        if data is None or data.kind != "regression" or len(data) == 0:
            return 1.0
        return palette.symmetric_scale(data.T)

    def _colouring(self, outputs: int) -> tuple[str, float, float]:
        """Return ("levels", low, high) for one output shown on the palette, or ("classes", 0, 0)."""
        data, net = self.doc.lab.dataset, self.doc.network
        output = net.activations[net.L]
        if outputs > 1 and (output == "softmax" or (data is not None and data.kind == "classification")):
            return ("classes", 0.0, 0.0)
        if (data is not None and data.kind == "classification") or output == "sigmoid":
            return ("levels", 0.0, 1.0)  # grey at 0.5, the decision threshold
        scale = 1.0 if output == "tanh" else self._target_scale()
        return ("levels", -scale, scale)

    def _draw_output(self) -> None:
        if self._mode == "curve":
            self._show_image(None)
            curve = self.maps.curve()
            finite = True
            if curve is None:
                self.curve_item.setData([], [])
            else:
                x, y = np.asarray(curve[0], dtype=float), np.asarray(curve[1][:, 0], dtype=float)
                keep = np.isfinite(x) & np.isfinite(y)
                finite = bool(keep.any())
                # Only finite points reach pyqtgraph: a NaN or inf breaks its line drawing.
                self.curve_item.setData(x[keep], y[keep])
            self.curve_item.setVisible(finite)
            self._set_curve_finite(finite)
            self._set_note(self._problem_note(curve is None) or ("" if finite else self.tr(MSG_NOT_FINITE)))
            return
        self.curve_item.setVisible(False)
        self._set_curve_finite(True)
        out = self.maps.output() if self._mode == "plane" and self.maps.available() else None
        self._show_image(out)
        finite = out is None or bool(np.isfinite(out).all())
        self._set_note(self._problem_note(out is None) or ("" if finite else self.tr(MSG_NOT_FINITE)))

    def _set_curve_finite(self, finite: bool) -> None:
        if finite != self._curve_finite:
            self._curve_finite = finite
            self._draw_legend()

    def _show_image(self, out: np.ndarray | None) -> None:
        if out is None:
            self.image_item.setVisible(False)
            if self._shown is not None and self._shown.ndim == 3:
                self._shown = None
                self._draw_legend()
            self._shown = None
            self._show_colour_bar(False)
            return
        kind, low, high = self._colouring(out.shape[0])
        if kind == "classes":
            shown = class_image(out)
            self.image_item.setImage(shown, autoLevels=False, levels=(0, 255), lut=None)
        else:
            shown = out[0]
            if np.isfinite(shown).all():
                self.image_item.setImage(shown, autoLevels=False, levels=(low, high),
                                         lut=heatmap_table())
            else:  # coloured here, so NaN is a hatched grey rather than a hole or a crash
                self.image_item.setImage(level_image(shown, low, high), autoLevels=False,
                                         levels=(0, 255), lut=None)
            self.colour_bar.setLevels(low=low, high=high, update_items=False)
        x0, x1, y0, y1 = self.maps.bounds()
        self.image_item.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.image_item.setVisible(True)
        classes_before = self._shown is not None and self._shown.ndim == 3
        self._shown = shown
        self._show_colour_bar(kind == "levels")
        if classes_before != (kind == "classes"):
            self._draw_legend()

    def _problem_note(self, missing: bool) -> str:
        data = self.doc.lab.dataset
        if self._mode == "none":
            return self.tr(MSG_OTHER_DIMENSIONS).format(d=data.X.shape[1])
        if data is None:
            return self.tr(MSG_NO_DATA)
        if missing:
            return self.tr(MSG_NO_MAP).format(
                problem=self.doc.lab.data_problem() or self.tr("the network does not read this plane"))
        return ""

    def _set_note(self, text: str) -> None:
        self.note.setVisible(bool(text))
        if text:
            self.note.setText(text)
            self.note.setFont(dock_font(QFont(), self.options.font_scale))
            room = self.plotItem.vb.width() * 0.85 or 260.0  # 0 before the first layout
            self.note.textItem.setTextWidth(max(150.0, min(300 * self.options.font_scale, room)))
            (x0, x1), (y0, y1) = self.plotItem.vb.viewRange()
            self.note.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _draw_selection(self) -> None:
        """Ring the sample the step-through shows, when the example is that sample."""
        doc, data = self.doc, self.doc.lab.dataset
        i = doc.shown_data_index
        show = (data is not None and self._mode != "none" and 0 <= i < len(self._positions)
                and doc.lab.data_problem() is None)
        if show:
            x = doc.lab.network_inputs(data.X[i:i + 1])[0]
            show = (x.shape == doc.input.shape and np.allclose(x, doc.input)
                    and np.allclose(data.T[i], doc.target))
        if show:
            self.selection_ring.setData(pos=self._positions[i:i + 1],
                                        size=RING_SIZE * self.options.font_scale)
        else:
            self.selection_ring.setData(x=[], y=[])

    def _draw_legend(self) -> None:
        data = self.doc.lab.dataset
        classes, parts = [], []
        if data is not None and data.kind == "classification":
            colours = class_colors(data.classes)
            for k in range(data.classes):
                name = (self.tr("class {k} (t = {t})") if data.classes == 2 else
                        self.tr("class {k}") if k == 0 else "{k}").format(k=k + 1, t=k)
                classes.append(f'<span style="color:{colours[k].name()}">●</span>&nbsp;{name}')
        parts.append(f'<span style="color:{palette.TEXT.name()}">●</span>&nbsp;{self.tr("train")}')
        parts.append(f'<span style="color:{palette.TEXT.name()}">○</span>&nbsp;{self.tr("test")}')
        if self._mode == "curve" and self._curve_finite:
            parts.append(f'<span style="color:{CURVE.name()}">━</span>&nbsp;{self.tr("network y")}')
        lines = ["&nbsp;&nbsp; ".join(classes), "&nbsp;&nbsp; ".join(parts)]
        if self._shown is not None and self._shown.ndim == 3:
            lines.append(self.tr("background: the predicted class, greyer where unsure"))
        self.legend.setText("<br>".join(line for line in lines if line),
                            size=f"{self._points():.1f}pt", color=palette.TEXT.name())
        self.legend.setMinimumWidth(0)  # a long legend is cut at the edge; the plot keeps its size

    # -- fonts ----------------------------------------------------------------------------------

    def _points(self) -> float:
        return dock_font(QFont(), self.options.font_scale).pointSizeF()

    def _apply_fonts(self) -> None:
        font = dock_font(QFont(), self.options.font_scale)
        for side in ("left", "bottom"):
            self.plotItem.getAxis(side).setTickFont(font)
        self.colour_bar.axis.setTickFont(font)
        self.colour_bar.getAxis("left").setLabel(
            self.tr("network output y"), **{"font-size": f"{font.pointSizeF():.1f}pt", "color": palette.TEXT.name()})
        self._apply_labels()

    def _apply_labels(self) -> None:
        style = {"font-size": f"{self._points() * 1.15:.1f}pt", "color": palette.TEXT.name()}
        self.plotItem.setLabel("bottom", self._labels[0], **style)
        self.plotItem.setLabel("left", self._labels[1], **style)
