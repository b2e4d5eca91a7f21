"""CurvePlot: values per epoch, as TrainingCurves draws them: the run under way, bold, and
earlier runs, faded, each in its own dash pattern and named in the legend.

Time runs from epoch 0. On a log axis (the gradients) an exact 0 cannot be drawn where it
is, so zeros sit on the axis floor, a decade under the least value above 0, whose tick
reads "0" and which a dashed line marks "exact 0": a dead layer's curve lies on it rather
than vanishing from the plot.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from bpviz.ui.look import palette
from bpviz.ui.lab.plot_axes import show_plain_values

# Earlier runs, newest first: a dash pattern each, so they tell apart in any colour.
PAST_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)
PAST_ALPHA = 110  # of 255: faded, yet legible on a projector
EMPTY_FLOOR = 1e-8  # the floor of a log plot whose every value is 0


class LogAxis(pg.AxisItem):
    """A log axis that labels only 1, 2 and 5 times a power of ten, so its labels never crowd,
    and calls its floor "0" when the plot draws exact zeros there."""

    zero_at: float | None = None  # log10 of the floor zeros are drawn at, or None

    def logTickStrings(self, values, scale, spacing):
        strings = super().logTickStrings(values, scale, spacing)
        mantissas = [10 ** (v - np.floor(v)) for v in values]
        out = []
        for text, v, m in zip(strings, values, mantissas):
            if self.zero_at is not None and v <= self.zero_at + 1e-9:
                out.append("0" if abs(v - self.zero_at) < 1e-9 else "")
            else:
                out.append(text if min(abs(m - k) for k in (1, 2, 5, 10)) < 1e-6 else "")
        return out


class CurvePlot(pg.PlotWidget):
    """One plot of values per epoch, a legend under the x axis and a line following the pointer."""

    def __init__(self, y_label: str, log_y: bool = False) -> None:
        axes = {"left": LogAxis("left")} if log_y else None
        super().__init__(background=palette.BACKGROUND, axisItems=axes)
        self.y_label, self.log_y = y_label, log_y
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.spans: dict[str, pg.PlotDataItem] = {}  # each curve's least-to-greatest strokes (thinned runs)
        self.labels: dict[str, str] = {}  # each curve's name in the legend and the readout
        self.colours: dict[str, QColor] = {}
        self.values: dict[str, np.ndarray] = {}
        self.past: list[pg.PlotDataItem] = []   # the earlier runs' curves
        self._past_runs: list[tuple[str, np.ndarray, dict[str, np.ndarray]]] = []
        self._past_values = np.zeros(0)  # every earlier run's values at once: the floor looks at them
        self._legend_samples: list[pg.PlotDataItem] = []  # legend lines of the runs, not in the plot
        self.now_label = ""  # the run under way's name, in the legend once earlier runs are shown
        self.floor: float | None = None  # where exact zeros are drawn (log axis), or None
        self.x = np.zeros(0)
        item = self.plotItem
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLogMode(y=log_y)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.setLimits(xMin=0)  # epochs count from 0: the time axis never runs into negatives
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(palette.AXIS)
            axis.setTextPen(palette.TEXT)
            show_plain_values(axis)  # "(x0.001)" beside a loss puzzles more than it helps
        self.legend = pg.LegendItem(colCount=3, labelTextColor=palette.TEXT,
                                    brush=pg.mkBrush(255, 255, 255, 0))
        item.layout.addItem(self.legend, 4, 1)  # under the x axis: never over a curve
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.HOVER, width=1,
                                                             style=Qt.PenStyle.DashLine))
        self.cursor.hide()
        item.addItem(self.cursor, ignoreBounds=True)
        self.zero_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(palette.AXIS, width=1, style=Qt.PenStyle.DashLine),
                                         label=self.tr("exact 0"), labelOpts={"position": 0.97, "color": palette.TEXT,
                                                                     "anchors": [(1, 1), (1, 1)]})
        self.zero_line.hide()
        item.addItem(self.zero_line, ignoreBounds=True)

    def set_curves(self, curves: list[tuple[str, str, QColor, Qt.PenStyle]], points: float) -> None:
        """Make one curve per (name, label, colour, style), replacing the old ones and the legend.

        The name keys the curve's values; the label is what the legend shows.
        """
        for curve in [*self.curves.values(), *self.spans.values()]:
            self.plotItem.removeItem(curve)
        self.curves, self.spans, self.labels, self.colours = {}, {}, {}, {}
        for name, label, colour, style in curves:
            curve = self.plotItem.plot(pen=pg.mkPen(colour, width=2.5, style=style), name=None,
                                       connect="finite")
            faint = QColor(colour)
            faint.setAlpha(120)
            self.spans[name] = self.plotItem.plot(pen=pg.mkPen(faint, width=1.5), name=None, connect="pairs")
            self.curves[name], self.labels[name], self.colours[name] = curve, label, colour
        self._past_runs, self._past_values = [], np.zeros(0)  # drawn again by the next set_past, in the new colours
        self._rebuild_legend()
        self.set_fonts(points)

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
        self.zero_line.label.setFont(font)
        self._fit_legend()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "legend"):  # pyqtgraph resizes once while it builds, before the legend
            self._fit_legend()

    def _fit_legend(self) -> None:
        """Lay the legend out in as many columns as the width holds (all on one row if they fit)."""
        n = max(1, len(self.legend.items))
        points = float(str(self.legend.labelTextSize()).rstrip("pt"))
        longest = max((len(label.text) for _, label in self.legend.items), default=8)
        per_entry = max(11, 0.62 * longest + 4) * points  # px: the line sample and the label at that size
        columns = int(max(1, min(n, (self.width() - 60) // per_entry)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def _rebuild_legend(self) -> None:
        """The curves of the run under way, then (when earlier runs are shown) which run is which."""
        self.legend.clear()
        for name, curve in self.curves.items():
            self.legend.addItem(curve, self.labels[name])
        self._legend_samples = []
        if self._past_runs:
            runs = [(self.now_label, Qt.PenStyle.SolidLine, 255)] + [
                (label, PAST_STYLES[k % len(PAST_STYLES)], PAST_ALPHA)
                for k, (label, _, _) in enumerate(self._past_runs)]
            for label, style, alpha in runs:
                colour = QColor(palette.TEXT)
                colour.setAlpha(alpha)
                sample = pg.PlotDataItem(pen=pg.mkPen(colour, width=2, style=style))
                self._legend_samples.append(sample)
                self.legend.addItem(sample, label)
        points = float(str(self.legend.labelTextSize()).rstrip("pt"))
        for sample, label in self.legend.items:
            label.setText(label.text, size=f"{points:.1f}pt", color=palette.TEXT.name())
        self._fit_legend()

    def set_past(self, runs: list[tuple[str, np.ndarray, dict[str, np.ndarray]]], now_label: str) -> None:
        """Show earlier runs, newest first, as (label, epochs, {curve name: values}), faded."""
        for curve in self.past:
            self.plotItem.removeItem(curve)
        self.past = []
        self._past_runs, self.now_label = list(runs), now_label
        self._past_values = np.concatenate([np.asarray(y, dtype=float).ravel() for _, _, values in runs
                                            for y in values.values()] or [np.zeros(0)])
        for k, (_, x, values) in enumerate(self._past_runs):
            style = PAST_STYLES[k % len(PAST_STYLES)]
            for name in self.curves:
                if name not in values:
                    continue
                colour = QColor(self.colours[name])
                colour.setAlpha(PAST_ALPHA)
                curve = self.plotItem.plot(pen=pg.mkPen(colour, width=2, style=style), connect="finite")
                curve.setZValue(-1)  # under the run under way
                self.past.append(curve)
        self._rebuild_legend()
        self._draw_past()

    def _draw_past(self) -> None:
        curves = iter(self.past)
        for _, x, values in self._past_runs:
            for name in self.curves:
                if name in values:
                    self._draw(next(curves), x, values[name])

    def set_values(self, x: np.ndarray, values: dict[str, np.ndarray],
                   spans: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        """Show values[name] over epochs x, and where a record stands for several epochs (a
        thinned run) a stroke from the least to the greatest of them (spans[name]), so no dip
        or peak that happened is lost. Non-finite values are skipped: only finite points reach
        pyqtgraph, whose drawing a NaN or inf can break."""
        self.x, self.values = x, values
        floor = self._floor(values)
        if floor != self.floor:
            self.floor = floor
            self._draw_past()
        for name, curve in self.curves.items():
            self._draw(curve, x, np.asarray(values.get(name, np.full(len(x), np.nan)), dtype=float))
            low, high = (spans or {}).get(name, (None, None))
            if low is None:
                self.spans[name].setData([], [])
                continue
            low, high = self._lifted(low), self._lifted(high)
            with np.errstate(invalid="ignore"):
                keep = np.isfinite(x) & np.isfinite(low) & np.isfinite(high) & (high > low)
            pairs = np.column_stack([low[keep], high[keep]]).ravel()
            self.spans[name].setData(np.repeat(x[keep], 2), pairs) if keep.any() else self.spans[name].setData([], [])

    def _draw(self, curve: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
        y = self._lifted(np.asarray(y, dtype=float))
        keep = np.isfinite(x) & np.isfinite(y)
        curve.setData(x[keep], y[keep]) if keep.any() else curve.setData([], [])

    def _floor(self, values: dict[str, np.ndarray]) -> float | None:
        """Return the log axis's floor for these values and the earlier runs' when some are
        exactly 0, else None."""
        if not self.log_y:
            return None
        ys = np.concatenate([self._past_values, *(np.asarray(y, dtype=float) for y in values.values())])
        if not (ys == 0).any():
            self._show_floor(None)
            return None
        positive = ys[np.isfinite(ys) & (ys > 0)]
        floor = 10.0 ** (np.floor(np.log10(positive.min())) - 1) if len(positive) else EMPTY_FLOOR
        self._show_floor(float(floor))
        return float(floor)

    def _show_floor(self, floor: float | None) -> None:
        axis = self.plotItem.getAxis("left")
        zero_at = None if floor is None else float(np.log10(floor))
        if zero_at != axis.zero_at:
            axis.zero_at = zero_at
            axis.picture = None  # its tick labels change
            axis.update()
        self.zero_line.setVisible(floor is not None)
        if floor is not None:
            self.zero_line.setPos(zero_at)

    def _lifted(self, y: np.ndarray) -> np.ndarray:
        """Return y with exact zeros on the floor (log axis); negatives, which a log axis cannot
        show, become NaN."""
        if not self.log_y:
            return y
        y = np.asarray(y, dtype=float)
        with np.errstate(invalid="ignore"):
            return np.where(y == 0, self.floor if self.floor is not None else np.nan, np.where(y > 0, y, np.nan))

    def nearest(self, x_view: float) -> int | None:
        """Return the index of the recorded epoch nearest to x (in view coordinates), or None."""
        if len(self.x) == 0:
            return None
        k = int(np.clip(np.searchsorted(self.x, x_view), 1, len(self.x) - 1)) if len(self.x) > 1 else 0
        if len(self.x) > 1 and abs(self.x[k - 1] - x_view) <= abs(self.x[k] - x_view):
            k -= 1
        return k
