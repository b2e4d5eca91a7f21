"""TrainingCurves: loss, accuracy and per-layer gradient size, epoch by epoch, as training runs.

The curves are drawn from the document's record of epochs (doc.epochs) and nothing else.
Training records hundreds of epochs a second, so a record only marks the curves dirty; a
zero-interval timer owned by the widget redraws them once per pass of the event loop.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedLayout, QTabWidget, QVBoxLayout, QWidget,
)

from bpviz.state import Document, ViewOptions

from .redraw_timer import PLOT_INTERVAL_MS, RedrawTimer
from . import palette
from .fonts import dock_font
from .plot_axes import show_plain_values
from .i18n import tr_noop

TRAIN = QColor("#0072b2")  # Okabe–Ito blue, solid: the training set
TEST = QColor("#d55e00")   # Okabe–Ito vermillion, dashed: the held-out test set
# Okabe and Ito's qualitative set (yellow left out: too faint on white), one colour per layer.
LAYER_COLOURS = tuple(QColor(c) for c in ("#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                          "#e69f00", "#56b4e9", "#000000"))
# More layers than that: a sequential ramp (viridis without its faint yellow end), deep to shallow.
RAMP = tuple(QColor(c) for c in ("#440154", "#3b528b", "#21918c", "#5ec962", "#a0c000"))
AXIS_PEN = QColor("#808080")

# In English; TrainingCurves shows each through self.tr.
GRADIENT_HINT = tr_noop("Vanishing gradients: make the network deep (4+ hidden layers), choose sigmoid "
                        "and press Play. The first layers' curves lie far below the last: they hardly "
                        "learn. With ReLU the curves stay close.", "TrainingCurves")
NO_ACCURACY = tr_noop("Accuracy counts right answers, so it applies to classification. This data set "
                      "is regression: read the loss instead.", "TrainingCurves")
LOSS_TIP = tr_noop("The loss L after each epoch, averaged over the set. With an L1 or L2 weight penalty "
                   "(Train panel) the curve includes the penalty: L + λ Σ|w| or L + ½ λ Σ w²", "TrainingCurves")
MIN_PLOT_HEIGHT = 140  # px: a short dock scrolls the tab rather than squeezing a plot flat
HOVER_HINT = tr_noop("Point at a curve to read its values", "TrainingCurves")
NEEDS_HIDDEN = tr_noop("The network has no hidden layer: add one in the Network panel first", "TrainingCurves")


def layer_colours(L: int) -> list[QColor]:
    """Return one colour per layer 1..L: Okabe–Ito for up to 7 layers, else a viridis ramp."""
    if L <= len(LAYER_COLOURS):
        return list(LAYER_COLOURS[:L])
    stops = np.array([[c.red(), c.green(), c.blue()] for c in RAMP], dtype=float)
    at = np.linspace(0, len(RAMP) - 1, L)
    rgb = [stops[int(np.floor(a))] + (a - np.floor(a)) * (stops[min(int(np.floor(a)) + 1, len(RAMP) - 1)]
                                                           - stops[int(np.floor(a))]) for a in at]
    return [QColor(*(int(round(v)) for v in c)) for c in rgb]


def _scrolling(page: QWidget) -> QScrollArea:
    """Return `page` in a frameless scroll area: a short dock scrolls the tab, never squeezes it."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class _LogAxis(pg.AxisItem):
    """A log axis that labels only 1, 2 and 5 times a power of ten, so its labels never crowd."""

    def logTickStrings(self, values, scale, spacing):
        strings = super().logTickStrings(values, scale, spacing)
        mantissas = [10 ** (v - np.floor(v)) for v in values]
        return [text if min(abs(m - k) for k in (1, 2, 5, 10)) < 1e-6 else ""
                for text, m in zip(strings, mantissas)]


class _CurvePlot(pg.PlotWidget):
    """One plot of values per epoch, a legend under the x axis and a line following the pointer."""

    def __init__(self, y_label: str, log_y: bool = False) -> None:
        axes = {"left": _LogAxis("left")} if log_y else None
        super().__init__(background=palette.BACKGROUND, axisItems=axes)
        self.y_label, self.log_y = y_label, log_y
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.spans: dict[str, pg.PlotDataItem] = {}  # each curve's least-to-greatest strokes (thinned runs)
        self.labels: dict[str, str] = {}  # each curve's name in the legend and the readout
        self.values: dict[str, np.ndarray] = {}
        self.x = np.zeros(0)
        item = self.plotItem
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLogMode(y=log_y)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(AXIS_PEN)
            axis.setTextPen(palette.TEXT)
            show_plain_values(axis)  # "(x0.001)" beside a loss puzzles more than it helps
        self.legend = pg.LegendItem(colCount=3, labelTextColor=palette.TEXT,
                                    brush=pg.mkBrush(255, 255, 255, 0))
        item.layout.addItem(self.legend, 4, 1)  # under the x axis: never over a curve
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.HOVER, width=1,
                                                             style=Qt.PenStyle.DashLine))
        self.cursor.hide()
        item.addItem(self.cursor, ignoreBounds=True)

    def set_curves(self, curves: list[tuple[str, str, QColor, Qt.PenStyle]], points: float) -> None:
        """Make one curve per (name, label, colour, style), replacing the old ones and the legend.

        The name keys the curve's values; the label is what the legend shows.
        """
        for curve in [*self.curves.values(), *self.spans.values()]:
            self.plotItem.removeItem(curve)
        self.legend.clear()
        self.curves, self.spans, self.labels = {}, {}, {}
        for name, label, colour, style in curves:
            curve = self.plotItem.plot(pen=pg.mkPen(colour, width=2.5, style=style), name=None,
                                       connect="finite")
            faint = QColor(colour)
            faint.setAlpha(120)
            self.spans[name] = self.plotItem.plot(pen=pg.mkPen(faint, width=1.5), name=None, connect="pairs")
            self.curves[name], self.labels[name] = curve, label
            self.legend.addItem(curve, label)
        self.set_fonts(points)
        self._fit_legend()

    def set_fonts(self, points: float) -> None:
        font = QFont()
        font.setPointSizeF(points)
        style = {"font-size": f"{points * 1.1:.1f}pt", "color": palette.TEXT.name()}
        for side in ("left", "bottom"):
            self.plotItem.getAxis(side).setTickFont(font)
        self.plotItem.setLabel("bottom", self.tr("epoch"), **style)
        self.plotItem.setLabel("left", self.y_label, **style)
        self.legend.setLabelTextSize(f"{points:.1f}pt")
        for sample, label in self.legend.items:
            label.setText(label.text, size=f"{points:.1f}pt", color=palette.TEXT.name())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "legend"):  # pyqtgraph resizes once while it builds, before the legend
            self._fit_legend()

    def _fit_legend(self) -> None:
        """Lay the legend out in as many columns as the width holds (all on one row if they fit)."""
        n = max(1, len(self.curves))
        points = float(str(self.legend.labelTextSize()).rstrip("pt"))
        per_entry = 11 * points  # px: the line sample and "layer 12" at that size
        columns = int(max(1, min(n, (self.width() - 60) // per_entry)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def set_values(self, x: np.ndarray, values: dict[str, np.ndarray],
                   spans: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        """Show values[name] over epochs x, and where a record stands for several epochs (a
        thinned run) a stroke from the least to the greatest of them (spans[name]), so no dip
        or peak that happened is lost. Non-finite (and, on a log axis, non-positive) values are
        skipped: only finite points reach pyqtgraph, whose drawing a NaN or inf can break."""
        self.x, self.values = x, values
        for name, curve in self.curves.items():
            y = np.asarray(values.get(name, np.full(len(x), np.nan)), dtype=float)
            keep = self._drawable(x, y)
            curve.setData(x[keep], y[keep]) if keep.any() else curve.setData([], [])
            low, high = (spans or {}).get(name, (None, None))
            if low is None:
                self.spans[name].setData([], [])
                continue
            with np.errstate(invalid="ignore"):
                keep = self._drawable(x, low) & self._drawable(x, high) & (high > low)
            pairs = np.column_stack([low[keep], high[keep]]).ravel()
            self.spans[name].setData(np.repeat(x[keep], 2), pairs) if keep.any() else self.spans[name].setData([], [])

    def _drawable(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Return which points pyqtgraph can draw: finite, and positive on a log axis."""
        with np.errstate(invalid="ignore"):
            return np.isfinite(x) & np.isfinite(y) & ((y > 0) if self.log_y else True)

    def nearest(self, x_view: float) -> int | None:
        """Return the index of the recorded epoch nearest to x (in view coordinates), or None."""
        if len(self.x) == 0:
            return None
        k = int(np.clip(np.searchsorted(self.x, x_view), 1, len(self.x) - 1)) if len(self.x) > 1 else 0
        if len(self.x) > 1 and abs(self.x[k - 1] - x_view) <= abs(self.x[k] - x_view):
            k -= 1
        return k


class TrainingCurves(QWidget):
    """Loss, accuracy and the gradient size of each layer per epoch, in three tabs."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self.redraw_count = 0
        self._layers = -1  # how many layers the gradient curves are made for
        self._table = np.zeros((0, 5))  # doc.epochs as rows, kept between redraws (see _rows)
        self._low = self._high = np.zeros((0, 4))  # each row's least and greatest measures
        self._last_row_of = None        # the EpochStats of the table's last row
        self._dirty = True
        self._build()
        self._timer = RedrawTimer(self, self._redraw, PLOT_INTERVAL_MS)  # one redraw per change burst
        doc.epochsChanged.connect(self._schedule)
        doc.structureChanged.connect(self._schedule)
        doc.dataChanged.connect(self._schedule)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._redraw()

    # -- what tests and the window read ----------------------------------------------------------

    @property
    def plots(self) -> dict[str, _CurvePlot]:
        return {"loss": self.loss_plot, "accuracy": self.accuracy_plot, "gradients": self.gradient_plot}

    def points(self, plot: str, curve: str) -> tuple[np.ndarray, np.ndarray]:
        """Return the (epochs, values) curve `curve` of `plot` draws ("loss", "train"), before any log."""
        x, y = self.plots[plot].curves[curve].getOriginalDataset()
        return (np.zeros(0), np.zeros(0)) if x is None else (x, y)

    def redraw_pending(self) -> bool:
        return self._dirty

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        solid, dashed = Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine
        sets = [("train", self.tr("train"), TRAIN, solid), ("test", self.tr("test"), TEST, dashed)]
        self.loss_plot = _CurvePlot(self.tr("loss L"))
        self.loss_plot.setToolTip(self.tr(LOSS_TIP))
        self.loss_plot.set_curves(sets, 10)
        self.accuracy_plot = _CurvePlot(self.tr("accuracy"))
        self.accuracy_plot.set_curves(sets, 10)
        self.accuracy_plot.plotItem.enableAutoRange(y=False)
        self.accuracy_plot.setYRange(0, 1.0, padding=0.04)
        self.accuracy_plot.plotItem.getAxis("left").setTicks(
            [[(v, f"{100 * v:.0f} %") for v in (0.0, 0.25, 0.5, 0.75, 1.0)], []])
        self.gradient_plot = _CurvePlot(self.tr("RMS of ∂L/∂W"), log_y=True)

        self.accuracy_note = QLabel(self.tr(NO_ACCURACY))
        self.accuracy_note.setWordWrap(True)
        self.accuracy_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        accuracy_page = QWidget()
        self._accuracy_stack = QStackedLayout(accuracy_page)
        self._accuracy_stack.addWidget(self.accuracy_plot)
        self._accuracy_stack.addWidget(self.accuracy_note)

        self.sigmoid_button = QPushButton(self.tr("All hidden sigmoid"))
        self.sigmoid_button.setToolTip(self.tr("Make every hidden layer sigmoid (one undoable edit), then press Play"))
        self.sigmoid_button.clicked.connect(lambda: self._set_hidden("sigmoid"))
        self.relu_button = QPushButton(self.tr("All hidden ReLU"))
        self.relu_button.setToolTip(self.tr("Make every hidden layer ReLU (one undoable edit), then press Play"))
        self.relu_button.clicked.connect(lambda: self._set_hidden("relu"))
        self.gradient_hint = QLabel(self.tr(GRADIENT_HINT))
        self.gradient_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sigmoid_button)
        buttons.addWidget(self.relu_button)
        gradient_page = QWidget()
        page = QVBoxLayout(gradient_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.gradient_plot, 1)
        page.addWidget(self.gradient_hint)
        page.addLayout(buttons)

        for plot in (self.loss_plot, self.accuracy_plot, self.gradient_plot):
            plot.setMinimumHeight(MIN_PLOT_HEIGHT)
        self.accuracy_note.setMinimumHeight(MIN_PLOT_HEIGHT)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self.loss_plot), self.tr("Loss"))
        self.tabs.addTab(_scrolling(accuracy_page), self.tr("Accuracy"))
        self.tabs.addTab(_scrolling(gradient_page), self.tr("Gradients"))
        self.tabs.setTabToolTip(0, self.tr("The loss after each epoch, on the training and the test set"))
        self.tabs.setTabToolTip(1, self.tr("The share of samples classified right after each epoch"))
        self.tabs.setTabToolTip(2, self.tr("How large ∂L/∂W of each layer was, averaged over the epoch's "
                                           "batches, on a log scale"))
        self.readout = QLabel(self.tr(HOVER_HINT))
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.readout)
        for plot in self.plots.values():
            plot.scene().sigMouseMoved.connect(lambda pos, plot=plot: self._on_mouse_moved(plot, pos))

    # -- redrawing ---------------------------------------------------------------------------------

    def _schedule(self) -> None:
        # While hidden (another tab, the other layout) the timer waits to be shown, then draws once.
        self._dirty = True
        self._timer.request()

    def _points(self) -> float:
        return dock_font(QFont(), self.options.font_scale).pointSizeF()

    def _on_options_changed(self) -> None:
        self.setFont(dock_font(self.font(), self.options.font_scale))
        for plot in self.plots.values():
            plot.set_fonts(self._points())
        self._schedule()

    def _redraw(self) -> None:
        """Draw every curve from doc.epochs (the network's L gives the number of gradient curves)."""
        self._timer.stop()
        self._dirty = False
        self.redraw_count += 1
        epochs, L = self.doc.epochs, self.doc.network.L
        if L != self._layers:
            colours = layer_colours(L)
            self.gradient_plot.set_curves([(f"layer {l}", self.tr("layer {l}").format(l=l), colours[l - 1],
                                            Qt.PenStyle.SolidLine) for l in range(1, L + 1)], self._points())
            self._layers = L
        table = self._rows(epochs, L)
        x, low, high = table[:, 0], self._low, self._high  # low, high: columns as table's from 1

        def span(column: int) -> tuple[np.ndarray, np.ndarray]:
            return low[:, column - 1], high[:, column - 1]

        self.loss_plot.set_values(x, {"train": table[:, 1], "test": table[:, 2]}, {"train": span(1), "test": span(2)})
        self.accuracy_plot.set_values(x, {"train": table[:, 3], "test": table[:, 4]},
                                      {"train": span(3), "test": span(4)})
        self.gradient_plot.set_values(x, {f"layer {l}": table[:, 4 + l] for l in range(1, L + 1)},
                                      {f"layer {l}": span(4 + l) for l in range(1, L + 1)})
        data = self.doc.dataset
        regression = (data is not None and data.kind == "regression") and bool(np.isnan(table[:, 3]).all())
        self._accuracy_stack.setCurrentIndex(1 if regression else 0)
        has_hidden = L >= 2
        for button in (self.sigmoid_button, self.relu_button):
            button.setEnabled(has_hidden)
            if not has_hidden:
                button.setToolTip(self.tr(NEEDS_HIDDEN))

    def _rows(self, epochs, L: int) -> np.ndarray:
        """Return doc.epochs as one table, a row an epoch (None becomes NaN): epoch, the train
        and test loss and accuracy, the L gradient norms. Thousands of epochs are redrawn
        several times a second while training runs, so only epochs new since the last redraw
        are converted, unless the records changed otherwise (cleared, thinned, another run)."""
        done = len(self._table)
        if not (self._table.shape[1] == 5 + L and done <= len(epochs)
                and (done == 0 or epochs[done - 1] is self._last_row_of)):
            done, self._table = 0, np.zeros((0, 5 + L))
            self._low, self._high = np.zeros((0, 4 + L)), np.zeros((0, 4 + L))
        missing = (None,) * L

        def row(measures: tuple) -> tuple:
            return (*measures[:4], *(tuple(measures[4:]) + missing)[:L])

        fresh = epochs[done:]
        new = np.array([(e.epoch, *row(e.measures())) for e in fresh], dtype=float).reshape(-1, 5 + L)
        spans = [e.span() for e in fresh]
        self._table = np.concatenate((self._table, new))
        self._low = np.concatenate((self._low, np.array([row(s[0]) for s in spans], dtype=float).reshape(-1, 4 + L)))
        self._high = np.concatenate((self._high, np.array([row(s[1]) for s in spans], dtype=float).reshape(-1, 4 + L)))
        self._last_row_of = epochs[-1] if len(epochs) else None
        return self._table

    # -- gestures -----------------------------------------------------------------------------------

    def _on_mouse_moved(self, plot: _CurvePlot, pos) -> None:
        vb = plot.plotItem.vb
        if not vb.sceneBoundingRect().contains(pos):
            plot.cursor.hide()
            return
        k = plot.nearest(vb.mapSceneToView(pos).x())
        if k is None:
            plot.cursor.hide()
            self.readout.setText(self.tr(HOVER_HINT))
            return
        plot.cursor.setPos(plot.x[k])
        plot.cursor.show()
        self.readout.setText(self.describe(plot, k))

    def describe(self, plot: _CurvePlot, k: int) -> str:
        """Return "epoch 12 · train 0.31 · test 0.35" for recorded epoch k of `plot`."""
        fmt = self.options.fmt
        parts = [self.tr("epoch {n}").format(n=f"{plot.x[k]:.0f}")]
        for name in plot.curves:
            value = plot.values.get(name, np.full(len(plot.x), np.nan))[k]
            if not np.isfinite(value):
                continue
            shown = f"{100 * value:.1f} %" if plot is self.accuracy_plot else fmt(float(value))
            parts.append(f"{plot.labels[name]} {shown}")
        return " · ".join(parts)

    def _set_hidden(self, name: str) -> None:
        try:
            self.doc.set_hidden_activations(name)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
