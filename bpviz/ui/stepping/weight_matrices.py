"""WeightMatrices: each layer's W⁽ˡ⁾ (or ∂L/∂W⁽ˡ⁾) as a colour matrix, for networks too big
to read edge by edge.

The arrays are read from the document when the view redraws (doc.network.W, or the step
cursor's trace for ∂L/∂W) and handed straight to the image items; the view keeps no copy.
Redraws are throttled like the curves': many changes in one pass of the event loop make one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from bpviz.state import Document, ViewOptions
from bpviz.state.document.view_options import not_yet

from bpviz.ui.widgets.redraw_timer import PLOT_INTERVAL_MS, RedrawTimer
from bpviz.ui.look import notation, palette
from bpviz.ui.look.colour_legend import ColourLegend
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr_noop

LUT = palette.lookup_table(256)
CELL_PX = 26           # height of one row of a small matrix, at font scale 1
MIN_PLOT_PX, MAX_PLOT_PX = 90, 260
MAX_LABELLED = 12      # up to this many rows or columns, every index gets a tick
MAX_GRIDDED = 48       # up to this many, thin white lines part the cells
AXIS_PEN = palette.AXIS

# In English; WeightMatrices shows each through self.tr.
STEP_FIRST = tr_noop("Step through the backward pass to see ∂L/∂W.", "WeightMatrices")
LAYER_NOT_YET = tr_noop("∂L/∂W{sup}: not yet computed; step the backward pass on to layer {l}.", "WeightMatrices")
HOVER_HINT = tr_noop("Point at a cell to read its value", "WeightMatrices")
GRADIENT_TIP = tr_noop("Show ∂L/∂w_ji = δ_j x_i of the step being stepped through, once the backward "
                       "pass has revealed it, instead of the weights w_ji", "WeightMatrices")


@dataclass
class _Block:
    """The widgets showing one layer's matrix: a title, a plot holding the image, a placeholder."""

    title: QLabel
    plot: pg.PlotWidget
    image: pg.ImageItem
    placeholder: QLabel


class WeightMatrices(QWidget):
    """W⁽ˡ⁾ of every layer l as a colour matrix (or ∂L/∂W⁽ˡ⁾), on one symmetric colour scale."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self.blocks: list[_Block] = []  # blocks[l - 1] shows layer l
        self._shapes: list[tuple[int, int]] = []  # the matrix shapes the blocks are laid out for
        self.redraw_count = 0
        self.scale = 1.0
        self._dirty = True
        self._build()
        self._timer = RedrawTimer(self, self._redraw, PLOT_INTERVAL_MS)  # one redraw per change burst
        for signal in (doc.weightsChanged, doc.structureChanged, doc.cursorMoved):
            signal.connect(self._schedule)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()
        self._redraw()

    # -- what tests and the window read ------------------------------------------------------------

    def shown(self, layer: int) -> np.ndarray | None:
        """Return the array the image of `layer` shows (None while it shows a placeholder)."""
        block = self.blocks[layer - 1]
        return None if block.plot.isHidden() else block.image.image

    def showing_gradients(self) -> bool:
        return self.gradient_check.isChecked()

    def redraw_pending(self) -> bool:
        return self._dirty

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.gradient_check = QCheckBox(self.tr("Show ∂L/∂W instead of W"))
        self.gradient_check.setToolTip(self.tr(GRADIENT_TIP))
        self.gradient_check.toggled.connect(self._schedule)
        self.legend = ColourLegend("w")
        top = QHBoxLayout()
        top.addWidget(self.gradient_check, 1)
        top.addWidget(self.legend)
        self.note = QLabel(self.tr(STEP_FIRST))
        self.note.setWordWrap(True)
        self.note.hide()

        self._container = QWidget()
        self._blocks_layout = QVBoxLayout(self._container)
        self._blocks_layout.setContentsMargins(0, 0, 0, 0)
        self._blocks_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._container)
        self.readout = QLabel(self.tr(HOVER_HINT))
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.readout)

    def _build_blocks(self) -> None:
        """Make one block per layer of the document's network, replacing the old ones."""
        for block in self.blocks:
            for widget in (block.title, block.plot, block.placeholder):
                self._blocks_layout.removeWidget(widget)
                widget.deleteLater()
        self.blocks = []
        net = self.doc.network
        self._shapes = [net.W[l].shape for l in range(1, net.L + 1)]
        for l in range(1, net.L + 1):
            title = QLabel()
            title.setWordWrap(True)
            plot = pg.PlotWidget(background=palette.BACKGROUND)
            item = plot.plotItem
            item.setMenuEnabled(False)
            item.hideButtons()
            item.setMouseEnabled(x=False, y=False)
            item.invertY(True)  # row 1 (neuron 1) at the top, as the matrix is written
            for side in ("left", "bottom"):
                item.getAxis(side).setPen(AXIS_PEN)
                item.getAxis(side).setTextPen(palette.TEXT)
            image = pg.ImageItem(axisOrder="row-major")  # image[j, i] is w_ji: row j, column i
            item.addItem(image)
            rows, cols = net.W[l].shape
            item.setContentsMargins(2, 2, 12, 2)
            item.setRange(xRange=(0.5, cols + 0.5), yRange=(0.5, rows + 0.5), padding=0)
            if rows <= MAX_GRIDDED and cols <= MAX_GRIDDED:
                item.addItem(_cell_grid(rows, cols))
            for side, n in (("left", rows), ("bottom", cols)):
                if n <= MAX_LABELLED:
                    item.getAxis(side).setTicks([[(k, str(k)) for k in range(1, n + 1)], []])
            plot.scene().sigMouseMoved.connect(lambda pos, l=l: self._on_mouse_moved(l, pos))
            placeholder = QLabel(self.tr(LAYER_NOT_YET).format(sup=notation.sup(f"({l})"), l=l))
            placeholder.setWordWrap(True)
            placeholder.setStyleSheet("font-style: italic;")  # the panel's own text colour, in any theme
            placeholder.hide()
            at = self._blocks_layout.count() - 1  # before the stretch
            for k, widget in enumerate((title, plot, placeholder)):
                self._blocks_layout.insertWidget(at + k, widget)
            self.blocks.append(_Block(title, plot, image, placeholder))
        self._size_blocks()

    def _size_blocks(self) -> None:
        scale = self.options.font_scale
        font = dock_font(QFont(), scale)
        # Each block is sized for the matrix it was built for: while hidden, the network may
        # already have other layers, and the blocks follow at the next redraw.
        for block, (rows, _) in zip(self.blocks, self._shapes):
            block.plot.setFixedHeight(int(min(MAX_PLOT_PX, max(MIN_PLOT_PX, 40 + rows * CELL_PX)) * scale))
            for side in ("left", "bottom"):
                block.plot.plotItem.getAxis(side).setTickFont(font)

    # -- redrawing -------------------------------------------------------------------------------

    def _schedule(self) -> None:
        # While hidden (another tab, the other layout) the timer waits to be shown, then draws once.
        self._dirty = True
        self._timer.request()

    def _on_options_changed(self) -> None:
        self.setFont(dock_font(self.font(), self.options.font_scale))
        self.legend.set_font_scale(self.options.font_scale)
        self._size_blocks()
        self._schedule()

    def _matrix(self, l: int, gradients: bool) -> np.ndarray | None:
        """Return W⁽ˡ⁾, or the revealed rows of ∂L/∂W⁽ˡ⁾ (the others NaN, drawn blank), or None."""
        if not gradients:
            return self.doc.network.W[l]
        revealed = self.doc.revealed.known_rows("dW", l)
        if not revealed.any():
            return None
        dW = self.doc.cursor.trace.dW[l]
        return dW if revealed.all() else np.where(revealed[:, None], dW, np.nan)

    def _redraw(self) -> None:
        self._timer.stop()
        self._dirty = False
        self.redraw_count += 1
        net = self.doc.network
        if self._shapes != [net.W[l].shape for l in range(1, net.L + 1)]:
            self._build_blocks()
        gradients = self.gradient_check.isChecked()
        matrices = [self._matrix(l, gradients) for l in range(1, net.L + 1)]
        self.scale = _symmetric_scale([m for m in matrices if m is not None])
        name = "∂L/∂W" if gradients else "W"
        for l, (block, matrix) in enumerate(zip(self.blocks, matrices), 1):
            rows, cols = net.W[l].shape
            block.title.setText(self.tr("<b>{W}</b>&nbsp;&nbsp;{rows} × {cols} (rows: neurons of layer {l}, "
                                        "columns: layer {k})").format(W=f"{name}{notation.sup(f'({l})')}",
                                                                      rows=rows, cols=cols, l=l, k=l - 1))
            block.plot.setVisible(matrix is not None)
            block.placeholder.setVisible(matrix is None)
            if matrix is not None:
                # Cell (j, i) centred on (i + 1, j + 1); the rect is set with each image, as it
                # scales by the image's size.
                block.image.setImage(matrix, autoLevels=False, levels=(-self.scale, self.scale), lut=LUT,
                                     rect=QRectF(0.5, 0.5, cols, rows))
        self.legend.set_scale("∂L/∂w" if gradients else "w", self.scale)
        self.note.setVisible(gradients and all(m is None for m in matrices))

    # -- gestures -----------------------------------------------------------------------------------

    def _on_mouse_moved(self, l: int, pos) -> None:
        block = self.blocks[l - 1] if l <= len(self.blocks) else None
        if block is None or block.image.image is None:
            return
        where = block.plot.plotItem.vb.mapSceneToView(pos)
        j, i = int(round(where.y())) - 1, int(round(where.x())) - 1
        values = block.image.image
        if not (0 <= j < values.shape[0] and 0 <= i < values.shape[1]):
            return
        symbol = notation.weight(l, j, i)
        if self.gradient_check.isChecked():
            symbol = notation.gradient(symbol)
        value = float(values[j, i])
        shown = not_yet() if np.isnan(value) else self.options.fmt(value)
        self.readout.setText(self.tr("{symbol} = {value}   (row {j}, column {i})").format(
            symbol=symbol, value=shown, j=j + 1, i=i + 1))


def _cell_grid(rows: int, cols: int) -> pg.PlotCurveItem:
    """Return thin white lines between the cells of a rows × cols matrix (cells centred on 1..n)."""
    xs, ys = [], []
    for x in np.arange(1.5, cols):
        xs += [x, x]
        ys += [0.5, rows + 0.5]
    for y in np.arange(1.5, rows):
        xs += [0.5, cols + 0.5]
        ys += [y, y]
    grid = pg.PlotCurveItem(np.array(xs, dtype=float), np.array(ys, dtype=float), connect="pairs",
                            pen=pg.mkPen(palette.BACKGROUND, width=1))
    grid.setZValue(1)  # over the image
    return grid


def _symmetric_scale(matrices: list[np.ndarray]) -> float:
    """Return max |v| over the finite entries of every matrix (1.0 when there are none or all are 0)."""
    top = 0.0
    for m in matrices:
        finite = np.abs(m[np.isfinite(m)])
        if finite.size:
            top = max(top, float(finite.max()))
    return top if top > 0.0 else 1.0
