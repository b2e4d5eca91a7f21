"""TrainingCurves: loss, accuracy and per-layer gradient size, epoch by epoch, as training runs.

The curves are drawn from the document's record of epochs (doc.runs.epochs) and nothing else.
Training records hundreds of epochs a second, so a record only marks the curves dirty; a
zero-interval timer owned by the widget redraws them once per pass of the event loop.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedLayout, QTabWidget, QVBoxLayout, QWidget,
)

from bpviz.state import Document, ViewOptions
from bpviz.state.document.view_options import percent

from bpviz.ui.widgets.redraw_timer import PLOT_INTERVAL_MS, RedrawTimer
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.lab.curve_plot import CurvePlot
from bpviz.ui.stepping.gradient_health_note import GradientHealthNote
from bpviz.ui.shell.i18n import tr_noop

TRAIN = QColor("#0072b2")  # Okabe–Ito blue, solid: the training set
TEST = QColor("#d55e00")   # Okabe–Ito vermillion, dashed: the held-out test set
# Okabe and Ito's qualitative set (yellow left out: too faint on white), one colour per layer.
LAYER_COLOURS = tuple(QColor(c) for c in ("#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                          "#e69f00", "#56b4e9", "#000000"))
# More layers than that: a sequential ramp (viridis without its faint yellow end), deep to shallow.
RAMP = tuple(QColor(c) for c in ("#440154", "#3b528b", "#21918c", "#5ec962", "#a0c000"))

# In English; TrainingCurves shows each through self.tr.
GRADIENT_HINT = tr_noop("Vanishing gradients: make the network deep (4+ hidden layers), press All hidden "
                        "sigmoid, then Play. The first layers' curves lie far below the last: they hardly "
                        "learn. Then press All hidden ReLU and Play: the sigmoid run stays, faded, and the "
                        "ReLU curves stay close together.", "TrainingCurves")
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


class TrainingCurves(QWidget):
    """Loss, accuracy and the gradient size of each layer per epoch, in three tabs."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self.redraw_count = 0
        self._layers = -1  # how many layers the gradient curves are made for
        self._table = np.zeros((0, 5))  # doc.runs.epochs as rows, kept between redraws (see _rows)
        self._low = self._high = np.zeros((0, 4))  # each row's least and greatest measures
        self._last_row_of = None        # the EpochStats of the table's last row
        self._past_key = None           # the earlier runs the plots show now
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
    def plots(self) -> dict[str, CurvePlot]:
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
        self.loss_plot = CurvePlot(self.tr("loss L"))
        self.loss_plot.setToolTip(self.tr(LOSS_TIP))
        self.loss_plot.set_curves(sets, 10)
        self.accuracy_plot = CurvePlot(self.tr("accuracy"))
        self.accuracy_plot.set_curves(sets, 10)
        self.accuracy_plot.plotItem.enableAutoRange(y=False)
        self.accuracy_plot.setYRange(0, 1.0, padding=0.04)
        self.accuracy_plot.plotItem.getAxis("left").setTicks(
            [[(v, f"{100 * v:.0f} %") for v in (0.0, 0.25, 0.5, 0.75, 1.0)], []])
        self.gradient_plot = CurvePlot(self.tr("RMS of ∂L/∂W"), log_y=True)

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
        self.health_note = GradientHealthNote(self.doc)
        self.health_note.messageRaised.connect(self.messageRaised)
        self.gradient_hint = QLabel(self.tr(GRADIENT_HINT))
        self.gradient_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sigmoid_button)
        buttons.addWidget(self.relu_button)
        gradient_page = QWidget()
        page = QVBoxLayout(gradient_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.gradient_plot, 1)
        page.addWidget(self.health_note)
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
        self.clear_runs_button = QPushButton(self.tr("Clear earlier runs"))
        self.clear_runs_button.setToolTip(self.tr("Take the faded curves of earlier runs off the plots"))
        self.clear_runs_button.clicked.connect(self.doc.runs.clear_past_runs)
        self.clear_runs_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.readout, 1)
        footer.addWidget(self.clear_runs_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
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
        """Draw every curve from doc.runs.epochs (the network's L gives the number of gradient curves)."""
        self._timer.stop()
        self._dirty = False
        self.redraw_count += 1
        epochs, L = self.doc.runs.epochs, self.doc.network.L
        if L != self._layers:
            colours = layer_colours(L)
            self.gradient_plot.set_curves([(f"layer {l}", self.tr("layer {l}").format(l=l), colours[l - 1],
                                            Qt.PenStyle.SolidLine) for l in range(1, L + 1)], self._points())
            self._layers = L
            self._past_key = None  # new gradient curves: the earlier runs are drawn on them again
        self._show_past_runs()
        table = self._rows(epochs, L)
        x, low, high = table[:, 0], self._low, self._high  # low, high: columns as table's from 1

        def span(column: int) -> tuple[np.ndarray, np.ndarray]:
            return low[:, column - 1], high[:, column - 1]

        self.loss_plot.set_values(x, {"train": table[:, 1], "test": table[:, 2]}, {"train": span(1), "test": span(2)})
        self.accuracy_plot.set_values(x, {"train": table[:, 3], "test": table[:, 4]},
                                      {"train": span(3), "test": span(4)})
        self.gradient_plot.set_values(x, {f"layer {l}": table[:, 4 + l] for l in range(1, L + 1)},
                                      {f"layer {l}": span(4 + l) for l in range(1, L + 1)})
        data = self.doc.lab.dataset
        regression = (data is not None and data.kind == "regression") and bool(np.isnan(table[:, 3]).all())
        self._accuracy_stack.setCurrentIndex(1 if regression else 0)
        self.health_note.refresh()
        has_hidden = L >= 2
        for button in (self.sigmoid_button, self.relu_button):
            button.setEnabled(has_hidden)
            if not has_hidden:
                button.setToolTip(self.tr(NEEDS_HIDDEN))

    def _show_past_runs(self) -> None:
        """Draw the earlier runs, faded (the training set's loss and accuracy, every layer's
        gradient), when they changed since the last redraw; the legend names each run."""
        doc = self.doc
        key = (tuple(run.number for run in doc.runs.past_runs), doc.runs.run_label())
        if key == self._past_key:
            return
        self._past_key = key
        losses, accuracies, gradients = [], [], []
        for run in reversed(doc.runs.past_runs):  # newest first
            L = len(run.epochs[0].grad_norms)
            table = epoch_table(run.epochs, L)
            x = table[:, 0]
            losses.append((run.label, x, {"train": table[:, 1]}))
            accuracies.append((run.label, x, {"train": table[:, 3]}))
            gradients.append((run.label, x, {f"layer {l}": table[:, 4 + l] for l in range(1, L + 1)}))
        now = self.tr("{run} (now)").format(run=doc.runs.run_label())
        self.loss_plot.set_past(losses, now)
        self.accuracy_plot.set_past(accuracies, now)
        self.gradient_plot.set_past(gradients, now)
        self.clear_runs_button.setVisible(bool(doc.runs.past_runs))

    def _rows(self, epochs, L: int) -> np.ndarray:
        """Return doc.runs.epochs as one table, a row an epoch (None becomes NaN): epoch, the train
        and test loss and accuracy, the L gradient norms. Thousands of epochs are redrawn
        several times a second while training runs, so only epochs new since the last redraw
        are converted, unless the records changed otherwise (cleared, thinned, another run)."""
        done = len(self._table)
        if not (self._table.shape[1] == 5 + L and done <= len(epochs)
                and (done == 0 or epochs[done - 1] is self._last_row_of)):
            done, self._table = 0, np.zeros((0, 5 + L))
            self._low, self._high = np.zeros((0, 4 + L)), np.zeros((0, 4 + L))
        fresh = epochs[done:]
        spans = [e.span() for e in fresh]
        self._table = np.concatenate((self._table, epoch_table(fresh, L)))
        self._low = np.concatenate((self._low, np.array([_row(s[0], L) for s in spans], dtype=float).reshape(-1, 4 + L)))
        self._high = np.concatenate((self._high, np.array([_row(s[1], L) for s in spans], dtype=float).reshape(-1, 4 + L)))
        self._last_row_of = epochs[-1] if len(epochs) else None
        return self._table

    # -- gestures -----------------------------------------------------------------------------------

    def _on_mouse_moved(self, plot: CurvePlot, pos) -> None:
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

    def describe(self, plot: CurvePlot, k: int) -> str:
        """Return "epoch 12 · train 0.31 · test 0.35" for recorded epoch k of `plot`."""
        fmt = self.options.fmt
        parts = [self.tr("epoch {n}").format(n=f"{plot.x[k]:.0f}")]
        for name in plot.curves:
            value = plot.values.get(name, np.full(len(plot.x), np.nan))[k]
            if not np.isfinite(value):
                continue
            shown = percent(float(value)) if plot is self.accuracy_plot else fmt(float(value))
            parts.append(f"{plot.labels[name]} {shown}")
        return " · ".join(parts)

    def _set_hidden(self, name: str) -> None:
        try:
            self.doc.structure.set_hidden_activations(name)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))


def _row(measures: tuple, L: int) -> tuple:
    """Return an epoch's measures with exactly L gradient sizes (None for a layer it lacks)."""
    return (*measures[:4], *(tuple(measures[4:]) + (None,) * L)[:L])


def epoch_table(epochs, L: int) -> np.ndarray:
    """Return epochs as rows (None becomes NaN): epoch, the train and test loss and accuracy,
    the L gradient sizes."""
    return np.array([(e.epoch, *_row(e.measures(), L)) for e in epochs], dtype=float).reshape(-1, 5 + L)
