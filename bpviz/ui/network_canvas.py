"""NetworkCanvas: the network drawn as columns of neurons, showing what the step cursor revealed.

The canvas reads everything from the document: the live weights, the step cursor's trace
and position, the focus and the hover. It changes the document only through its methods
(set_focus, set_parameter, add_neuron ...), and it redraws from the document when told.
It is a handful of graphics items, each given new data by `setData`; a step event replaces
no item. Geometry lives in canvas_layout, drawing in canvas_items, colours in palette.

The scene is laid out to the viewport's size (zoom 1 is "fit to window"); zooming scales
the view, while the numbers inside the neurons keep their size on screen, so zooming into
a big network makes room for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QActionGroup, QColor, QFont, QFontMetricsF, QPainter, QPainterPath,
                           QPen, QTransform)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QLineEdit, QMenu, QToolTip, QWidget

from bpviz.engine import ACTIVATIONS, LOSSES, StepThrough
from bpviz.state import Document, Focus, ViewOptions
from bpviz.state.parsing import parse_number

from . import notation, palette
from .canvas_items import CAPTION_OFFSET, LEVELS, TEXT_MARGIN, EdgesItem, NeuronGlyph, NeuronsItem, Stroke, StrokesItem, TextBox, TextBoxesItem
from .canvas_layout import MAX_RADIUS, CanvasLayout, compute_layout, points_along, rects_overlap
from .colour_legend import ColourLegend

# -- user-facing messages, declared once ---------------------------------------------------------

NOTHING_TO_EDIT = ("Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L "
                   "to edit its bias, or an input neuron to edit the input.")
SELECT_A_NEURON = "Select a neuron first: click it, or move with the Up and Down keys."
SATURATED_NOTE = ("Saturated: f′(z) = {f_prime:.3g} is below 2 % of {name}'s largest slope {slope:g}, "
                  "so δ = ∂L/∂x · f′(z) will be small and its weights will hardly change.")
NOT_YET = "not yet computed: step forward to reveal it"

# -- what the canvas shows, as pure functions of the document -----------------------------------

EDGE_TITLES = {"w": "Edges: weight w", "∂L/∂w": "Edges: gradient ∂L/∂w", "Δw": "Edges: change Δw"}
NEURON_TITLES = {"x": "Neurons: output x", "δ": "Neurons: error δ = ∂L/∂z"}
MAX_SLOPE = {"sigmoid": 0.25, "tanh": 1.0, "relu": 1.0, "leaky_relu": 1.0, "linear": 1.0}
SATURATION_FRACTION = 0.02


class Shown(NamedTuple):
    """What one neuron displays: kind "x", "δ" or "?" (not yet computed) and the value."""

    kind: str
    value: float | None


@dataclass(frozen=True)
class EdgesShown:
    """What the edges (and bias squares) display: mode "w", "∂L/∂w" or "Δw", per layer 1..L."""

    mode: str
    values: list          # values[l] shaped like W[l] (index 0 None)
    revealed: list        # revealed[l] bool array shaped like W[l]
    bias_values: list     # bias_values[l] shaped like b[l]
    bias_revealed: list
    scale: float          # max |value| over the whole step in this mode, so colours stay put


def neurons_shown(cursor: StepThrough) -> list[list[Shown]]:
    """Return what each neuron shows: x^(0) always; x_j once its forward event is revealed;
    δ_j instead in the backward and update phases once its backward event is revealed."""
    tr, sizes = cursor.trace, cursor.net.sizes
    late = cursor.phase in ("backward", "update")
    out = [[Shown("x", float(v)) for v in tr.x[0][0]]]
    for l in range(1, len(sizes)):
        row = []
        for j in range(sizes[l]):
            if late and cursor.is_revealed("backward", l, j):
                row.append(Shown("δ", float(tr.delta[l][0, j])))
            elif cursor.is_revealed("forward", l, j):
                row.append(Shown("x", float(tr.x[l][0, j])))
            else:
                row.append(Shown("?", None))
        out.append(row)
    return out


def edges_shown(cursor: StepThrough, show_gradients: bool) -> EdgesShown:
    """Return what the edges show: the live w; ∂L/∂w in the backward phase (rows of revealed
    neurons); Δw = w_after − w_before at the update (layers already updated)."""
    net, tr, phase = cursor.net, cursor.trace, cursor.phase
    mode = "w"
    if show_gradients and phase == "backward":
        mode = "∂L/∂w"
    elif show_gradients and phase == "update":
        mode = "Δw"
    values, revealed, bias_values, bias_revealed = [None], [None], [None], [None]
    for l in range(1, net.L + 1):
        if mode == "w":
            W, b = net.W[l], net.b[l]
            rows = np.ones(len(b), bool)
        elif mode == "∂L/∂w":
            W, b = tr.dW[l], tr.db[l]
            rows = np.array([cursor.is_revealed("backward", l, j) for j in range(len(b))])
        else:
            W, b = tr.W_after[l] - tr.W_before[l], tr.b_after[l] - tr.b_before[l]
            rows = np.full(len(b), cursor.is_revealed("update", l))
        values.append(np.asarray(W, float))
        bias_values.append(np.asarray(b, float))
        revealed.append(np.repeat(rows[:, None], W.shape[1], axis=1))
        bias_revealed.append(rows)
    scale = palette.symmetric_scale(np.concatenate([a.ravel() for a in values[1:] + bias_values[1:]]))
    return EdgesShown(mode, values, revealed, bias_values, bias_revealed, scale)


def saturated(cursor: StepThrough) -> list[np.ndarray]:
    """Return, per layer, which revealed neurons have f'(z) below 2 % of f's largest slope.

    An output layer trained with cross-entropy is never marked: there δ = y − t, f' cancels.
    """
    net, tr = cursor.net, cursor.trace
    out = [np.zeros(net.sizes[0], bool)]
    for l in range(1, net.L + 1):
        slope = MAX_SLOPE.get(net.activations[l])
        mask = np.zeros(net.sizes[l], bool)
        if slope is not None and not (l == net.L and net.loss == "cross_entropy"):
            revealed = np.array([cursor.is_revealed("forward", l, j) for j in range(net.sizes[l])])
            mask = revealed & (tr.f_prime[l][0] < SATURATION_FRACTION * slope)
        out.append(mask)
    return out


def feeding_edges(cursor: StepThrough) -> list[tuple[int, int, int]]:
    """Return the edges (l, j, i) feeding the current event: into neuron j for forward (l, j);
    out of neuron j into layer l+1 for backward (l, j); every edge of layer l for its update."""
    event, sizes = cursor.current, cursor.net.sizes
    if event is None or event.phase == "loss":
        return []
    l = event.layer
    if event.phase == "forward":
        return [(l, event.neuron, i) for i in range(sizes[l - 1])]
    if event.phase == "backward":
        if l == len(sizes) - 1:
            return []
        return [(l + 1, k, event.neuron) for k in range(sizes[l + 1])]
    return [(l, j, i) for j in range(sizes[l]) for i in range(sizes[l - 1])]


# -- sizes (points, scaled by options.font_scale) -----------------------------------------------

VALUE_PT = 12.5
MIN_VALUE_PT = 11.0     # never smaller: a number that does not fit at 11 pt is left to the tooltip
CAPTION_PT = 11.0
LABEL_PT = 10.5
HEADER_PT = 11.5
TARGET_PT = 11.0
LOSS_PT = 12.5
PAD = 10.0
HIT_TOLERANCE_PX = 6.0
MAX_EDGE_LABELS = 64
LABEL_POSITIONS = (0.6, 0.4, 0.65, 0.35, 0.7, 0.3, 0.55, 0.45)
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.5, 8.0
PALE = QColor("#f4f4f4")


class Hit(NamedTuple):
    """What is under a point: kind "add", "remove", "header", "neuron", "bias", "edge",
    "loss" or "target", with the layer and indices it names."""

    kind: str
    layer: int = -1
    j: int = -1
    i: int = -1


class _InlineEditor(QLineEdit):
    """A one-line editor laid over the canvas: Enter commits, Esc or leaving cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.returnPressed.connect(lambda: self.committed.emit(self.text()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
        # QLineEdit lets Enter travel on (for dialogs' default buttons); here it would reach
        # the canvas and open the editor again.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isVisible():
            self.cancelled.emit()


class NetworkCanvas(QGraphicsView):
    """The network, drawn from the document; clicks, keys and menus become document commands."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(palette.BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMinimumSize(240, 180)

        self._halo = StrokesItem(z=-1.0)          # feeding edges, hovered edge
        self.edges_item = EdgesItem()
        self._edge_focus = StrokesItem(z=1.0)     # the focused edge, outlined
        self._edge_labels = TextBoxesItem(z=1.5)  # values on edges (small networks)
        self.neurons_item = NeuronsItem()
        self._chrome = TextBoxesItem(z=3.0)       # headers, +/− buttons, targets, the loss
        self._rings = StrokesItem(z=5.0)          # focus and hover rings
        for item in (self._halo, self.edges_item, self._edge_focus, self._edge_labels,
                     self.neurons_item, self._chrome, self._rings):
            self.scene().addItem(item)
        self.legend = ColourLegend("w", 1.0, self.viewport())
        self.neuron_legend = ColourLegend("x", 1.0, self.viewport())

        self._zoom = 1.0
        self._layout: CanvasLayout | None = None
        self._buttons: dict[tuple[int, str], QRectF] = {}
        self._headers: dict[int, QRectF] = {}
        self._targets: list[QRectF] = []
        self._loss_rect = QRectF()
        self._label_hits: list[tuple[QRectF, tuple[int, int, int]]] = []
        self._widths = (1.0, 8.0)
        self._shown: list[list[Shown]] = []
        self._edges_shown: EdgesShown | None = None
        self._bias_text_layers: set[int] = set()
        self._saturated: list[np.ndarray] = []
        self._editor: _InlineEditor | None = None
        self._edit_target: tuple = ()
        self._edit_what = ""
        self._pan_from: QPointF | None = None

        doc.structureChanged.connect(self._on_structure_changed)
        doc.weightsChanged.connect(self._on_values_changed)
        doc.cursorMoved.connect(self._on_values_changed)
        doc.exampleChanged.connect(self._on_values_changed)
        doc.focusChanged.connect(self._on_highlight_changed)
        doc.hoverChanged.connect(self._on_highlight_changed)
        options.changed.connect(self._on_options_changed)
        self._relayout()

    # -- what is shown (for the window and the tests) ----------------------------------------

    @property
    def layout_geometry(self) -> CanvasLayout:
        return self._layout

    @property
    def zoom(self) -> float:
        return self._zoom

    def shown_values(self) -> list[list[Shown]]:
        """Return what each neuron displays, per layer: (kind, value) as given to the items."""
        return [list(row) for row in self._shown]

    def shown_edges(self) -> EdgesShown:
        """Return what the edges display (mode, values, which are revealed, scale)."""
        return self._edges_shown

    def saturated_neurons(self) -> list[tuple[int, int]]:
        return [(l, int(j)) for l, mask in enumerate(self._saturated) for j in np.nonzero(mask)[0]]

    def feeding_edges(self) -> list[tuple[int, int, int]]:
        return feeding_edges(self.doc.cursor)

    def neuron_scene_pos(self, layer: int, j: int) -> QPointF:
        return QPointF(*self._layout.centre(layer, j))

    def bias_scene_pos(self, layer: int, j: int) -> QPointF:
        x, y, w, h = self._layout.bias_rect(layer, j)
        return QPointF(x + w / 2, y + h / 2)

    def edge_scene_pos(self, layer: int, j: int, i: int) -> QPointF:
        """Return a point on edge w_ji^(layer) where a click selects that edge and nothing else."""
        x0, y0, x1, y1 = self._layout.segments(layer)[j * self.doc.network.sizes[layer - 1] + i]
        for t in (0.3, 0.25, 0.35, 0.2, 0.4, 0.45, 0.15, 0.5, 0.55, 0.6):
            p = QPointF(x0 + t * (x1 - x0), y0 + t * (y1 - y0))
            if self.hit_at(p) == Hit("edge", layer, j, i):
                return p
        return QPointF(x0 + 0.3 * (x1 - x0), y0 + 0.3 * (y1 - y0))

    def button_scene_rect(self, layer: int, kind: str) -> QRectF:
        """Return the rectangle of the "add" or "remove" button over column `layer`."""
        return QRectF(self._buttons[(layer, kind)])

    def loss_scene_rect(self) -> QRectF:
        return QRectF(self._loss_rect)

    def hit_at(self, pos: QPointF) -> Hit | None:
        """Return what is under scene point `pos` (buttons first, then squares, circles, edges)."""
        lay, x, y = self._layout, pos.x(), pos.y()
        tol = HIT_TOLERANCE_PX / self._zoom
        for (layer, kind), rect in self._buttons.items():
            if rect.contains(pos):
                return Hit(kind, layer)
        if (hit := lay.bias_at(x, y, tol / 2)) is not None:
            return Hit("bias", *hit)
        if (hit := lay.neuron_at(x, y, tol / 2)) is not None:
            return Hit("neuron", *hit)
        if self._loss_rect.contains(pos):
            return Hit("loss", lay.L)
        for k, rect in enumerate(self._targets):
            if rect.contains(pos):
                return Hit("target", lay.L, k)
        for rect, (layer, j, i) in self._label_hits:
            if rect.contains(pos):
                return Hit("edge", layer, j, i)
        for layer, rect in self._headers.items():
            if rect.contains(pos):
                return Hit("header", layer)
        if (hit := lay.edge_at(x, y, max(tol, self._widths[1] / 2 + 2))) is not None:
            return Hit("edge", *hit)
        return None

    # -- zoom -----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def zoom_fit(self) -> None:
        """Show the whole network in the window (zoom 1: the scene is laid out to the window)."""
        self._set_zoom(1.0)
        self.centerOn(self.sceneRect().center())

    def _zoom_by(self, factor: float, under_mouse: bool = False) -> None:
        anchor = (QGraphicsView.ViewportAnchor.AnchorUnderMouse if under_mouse
                  else QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setTransformationAnchor(anchor)
        self._set_zoom(self._zoom * factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def _set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if abs(zoom - 1.0) < 1e-3:
            zoom = 1.0
        if zoom != self._zoom:
            self._zoom = zoom
            self._close_editor()
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self._refresh()  # the numbers keep their size on screen: they may fit now

    # -- reacting to the document -----------------------------------------------------------------

    def _on_structure_changed(self) -> None:
        self._close_editor()
        self._relayout()

    def _on_values_changed(self) -> None:
        self._refresh()

    def _on_highlight_changed(self) -> None:
        self._refresh_highlights()

    def _on_options_changed(self) -> None:
        self._relayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._close_editor()
        self._relayout()

    def _font(self, points: float, bold: bool = False, fixed_on_screen: bool = False) -> QFont:
        """Return the canvas font at `points` × font scale (÷ zoom if it keeps its size on screen)."""
        font = QFont(self.font())
        size = points * self.options.font_scale / (self._zoom if fixed_on_screen else 1.0)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def _header_text(self, layer: int) -> str:
        net = self.doc.network
        if layer == 0:
            return "Input"
        name = net.activations[layer].replace("_", " ")
        return f"{'Output' if layer == net.L else f'Layer {layer}'} · {name}"

    def _relayout(self) -> None:
        """Lay the network out to the viewport (zoom 1 fills it) and redraw everything."""
        net, fs = self.doc.network, self.options.font_scale
        width = max(self.viewport().width(), 200)
        height = max(self.viewport().height(), 150)
        for legend in (self.legend, self.neuron_legend):
            legend.set_font_scale(fs)
        # Big enough for a number like −0.001235 at the smallest size numbers are drawn in.
        fm_value = QFontMetricsF(self._font(MIN_VALUE_PT))
        half = (fm_value.horizontalAdvance(self.options.fmt(-0.00123456789012345)) + 2 * TEXT_MARGIN) / 2
        wanted = max(MAX_RADIUS * fs, float(np.hypot(half, fm_value.height() / 2)))
        # The right margin holds the targets and, in the same column, the loss.
        fm_header = QFontMetricsF(self._font(HEADER_PT, bold=True))
        fm_target, fm_loss = QFontMetricsF(self._font(TARGET_PT)), QFontMetricsF(self._font(LOSS_PT, True))
        sample = self.options.fmt(-0.123456789012345)
        column_w = max(fm_target.horizontalAdvance(f"t₁₀ = {sample}") + 8, fm_loss.horizontalAdvance(f"L = {sample}") + 16)
        right = min((CAPTION_OFFSET - 1) * wanted + 6 + column_w + PAD, 0.35 * width)
        gap = (width - right) / max(1, net.L)
        self._two_line_headers = any(fm_header.horizontalAdvance(self._header_text(l)) > 0.92 * gap
                                     for l in range(net.L + 1))
        header_h = fm_header.height() * (2 if self._two_line_headers else 1)
        self._button_side = QFontMetricsF(self._font(HEADER_PT, True)).height() + 4
        top = PAD + header_h + 6 + self._button_side + 8
        bottom = max(self.legend.sizeHint().height(), self.neuron_legend.sizeHint().height()) + 2 * PAD
        self._layout = compute_layout(net.sizes, width, height, top=top, bottom=bottom,
                                      left=PAD, right=right, max_radius=wanted)
        self.scene().setSceneRect(QRectF(*self._layout.rect))
        self._place_legends()
        self._refresh()

    def _place_legends(self) -> None:
        x = int(PAD)
        for legend in (self.legend, self.neuron_legend):
            legend.adjustSize()
            legend.move(x, self.viewport().height() - legend.height() - int(PAD))
            legend.show()
            x += legend.width() + 10

    # -- building what the items draw ---------------------------------------------------------------

    def _refresh(self) -> None:
        self._refresh_values()
        self._refresh_highlights()

    def _refresh_values(self) -> None:
        if self._layout is None or tuple(self.doc.network.sizes) != self._layout.sizes:
            return  # a relayout is on its way
        cursor, lay, opts = self.doc.cursor, self._layout, self.options
        self._shown = neurons_shown(cursor)
        edges = self._edges_shown = edges_shown(cursor, opts.show_gradients)
        self._saturated = saturated(cursor)

        r = lay.radius
        # Dense layers get thinner edges, or a few thousand of them would be a solid block.
        density = min(1.0, 6.0 / np.sqrt(max(a * b for a, b in zip(lay.sizes, lay.sizes[1:]))))
        self._widths = (float(np.clip(r / 12, 0.5, 1.5)), float(np.clip(0.26 * r * density, 1.0, 9.0 * opts.font_scale)))
        L = lay.L
        segments = np.concatenate([lay.segments(l) for l in range(1, L + 1)])
        values = np.concatenate([edges.values[l].ravel() for l in range(1, L + 1)])
        revealed = np.concatenate([edges.revealed[l].ravel() for l in range(1, L + 1)])
        self.edges_item.setData(segments, values, edges.scale, revealed=revealed,
                                min_width=self._widths[0], max_width=self._widths[1])
        self._edge_labels.setData(self._edge_label_boxes(edges))
        self._set_neurons(cursor, edges)
        self._chrome.setData(self._chrome_boxes(cursor))
        self.legend.set_scale(EDGE_TITLES[edges.mode], edges.scale)
        self._place_legends()

    def _set_neurons(self, cursor: StepThrough, edges: EdgesShown) -> None:
        lay, opts, tr = self._layout, self.options, cursor.trace
        kind = "δ" if cursor.phase in ("backward", "update") else "x"
        scales = {"x": palette.symmetric_scale(np.concatenate([a[0] for a in tr.x])),
                  "δ": palette.symmetric_scale(np.concatenate([a[0] for a in tr.delta[1:]]))}
        self.neuron_legend.set_scale(NEURON_TITLES[kind], scales[kind])
        glyphs = []
        for l, row in enumerate(self._shown):
            values = np.array([0.0 if s.value is None else s.value for s in row])
            fills = palette.diverging_rgba(values, scales[kind])  # one call per layer, not per neuron
            if l >= 1:
                bias_fills = palette.diverging_rgba(edges.bias_values[l], edges.scale)
            for j, shown in enumerate(row):
                x, y = lay.centre(l, j)
                if shown.kind == "?":
                    fill, text = QColor("#ffffff"), "?"
                else:
                    fill = QColor(*(int(c) for c in fills[j])) if shown.kind == kind else PALE
                    text = opts.fmt(shown.value)
                glyph = NeuronGlyph(x, y, fill, text, notation.neuron_value("x" if shown.kind == "?" else shown.kind, l, j),
                                    faint=shown.kind == "?", saturated=bool(self._saturated[l][j]))
                if l >= 1:
                    glyph.bias_rect = lay.bias_rect(l, j)
                    if edges.bias_revealed[l][j]:
                        glyph.bias_fill = QColor(*(int(c) for c in bias_fills[j]))
                        if l in self._bias_text_layers:
                            glyph.bias_text = opts.fmt(float(edges.bias_values[l][j]))
                glyphs.append(glyph)
        # Under a circle: its rings, the caption, then the next neuron's bias square.
        caption_room = lay.pitch - (CAPTION_OFFSET + 1.2) * lay.radius - 4
        self.neurons_item.setData(glyphs, lay.radius, value_font=self._font(VALUE_PT, fixed_on_screen=True),
                                  small_value_font=self._font(MIN_VALUE_PT, fixed_on_screen=True),
                                  caption_font=self._font(CAPTION_PT, fixed_on_screen=True),
                                  show_numbers=opts.show_numbers, caption_room=caption_room)

    def _edge_label_boxes(self, edges: EdgesShown) -> list[TextBox]:
        """Return the value labels of the edges, for networks small enough to carry them.

        The labels of the edges into one neuron stack in a column near it (t = n/(n+1) of the
        way along), or, when that would cover a neuron or a bias square, the labels of the
        edges out of one neuron stack near it, or they move just clear of the neurons, or
        else they sit at the first fraction t of LABEL_POSITIONS where no two overlap. A layer where nothing fits gets no labels (its
        tooltips still have every value). Placement considers every edge, revealed or not,
        so labels do not jump while a phase reveals them.
        """
        lay, opts = self._layout, self.options
        self._label_hits, self._bias_text_layers = [], set()
        sizes = lay.sizes
        if not opts.show_numbers or sum(sizes[l] * sizes[l - 1] for l in range(1, len(sizes))) > MAX_EDGE_LABELS:
            return []
        font = self._font(LABEL_PT, fixed_on_screen=True)
        fm = QFontMetricsF(font)
        h = fm.height() + 2
        obstacles = self._obstacles()
        boxes, placed = [], [np.empty((0, 4))]
        for l in range(1, len(sizes)):
            n_src, n_dst = sizes[l - 1], sizes[l]
            segs, vals, rev = lay.segments(l), edges.values[l].ravel(), edges.revealed[l].ravel()
            texts = [opts.fmt(float(v)) for v in vals]
            widths = np.array([fm.horizontalAdvance(text) + 8 for text in texts])
            rects = None
            clear = (self._obstacle_reach() + widths.max() / 2 + 2) / lay.column_gap  # t that clears a neuron
            for t in (n_src / (n_src + 1.0), 1.0 / (n_dst + 1.0), 1.0 - clear, clear, *LABEL_POSITIONS):
                if not 0.1 <= t <= 0.9:
                    continue
                centre = points_along(segs, t)
                candidate = np.column_stack([centre[:, 0] - widths / 2, centre[:, 1] - h / 2, widths, np.full(len(widths), h)])
                clash = rects_overlap(candidate, candidate)
                np.fill_diagonal(clash, False)
                if not clash.any() and not rects_overlap(candidate, obstacles).any():
                    rects = candidate
                    break
            if rects is None:
                continue
            placed.append(rects)
            for k in np.nonzero(rev)[0]:
                rect = QRectF(*rects[k])
                boxes.append(TextBox(rect, texts[k], font, fill=QColor(255, 255, 255, 235),
                                     border=palette.diverging_color(float(vals[k]), edges.scale),
                                     border_width=1.5, radius=h / 2.5))
                self._label_hits.append((rect, (l, int(k) // n_src, int(k) % n_src)))
        labels = np.concatenate(placed)
        # The bias values sit left of their squares, in layers where they clear everything.
        fm_b = QFontMetricsF(self._font(CAPTION_PT, fixed_on_screen=True))
        for l in range(1, len(sizes)):
            rects = []
            for j, b in enumerate(edges.bias_values[l]):
                bx, by, bw, bh = lay.bias_rect(l, j)
                w = fm_b.horizontalAdvance(opts.fmt(float(b))) + 6
                rects.append((bx - w - 3, by + bh / 2 - fm_b.height() / 2, w, fm_b.height()))
            rects = np.array(rects)
            if not rects_overlap(rects, labels).any() and not rects_overlap(rects, self._obstacles(rings=False)).any():
                self._bias_text_layers.add(l)
        return boxes

    def _obstacle_reach(self) -> float:
        """Return how far from a neuron's centre its focus or saturation ring reaches."""
        return 8 / 7 * self._layout.radius + 5

    def _obstacles(self, rings: bool = True) -> np.ndarray:
        """Return rectangles (x, y, w, h) that labels must not cover: neurons (with their rings), bias squares."""
        lay = self._layout
        reach = self._obstacle_reach() if rings else lay.radius
        centres = np.concatenate(lay.centres)
        rects = [np.column_stack([centres[:, 0] - reach, centres[:, 1] - reach,
                                  np.full(len(centres), 2 * reach), np.full(len(centres), 2 * reach)])]
        for l in range(1, len(lay.sizes)):
            rects.append(np.array([lay.bias_rect(l, j) for j in range(lay.sizes[l])]))
        return np.concatenate(rects)

    def _chrome_boxes(self, cursor: StepThrough) -> list[TextBox]:
        """Return the column headers, the +/− buttons, the targets and the loss box."""
        lay, opts, net, doc = self._layout, self.options, self.doc.network, self.doc
        header_font, button_font = self._font(HEADER_PT, bold=True), self._font(HEADER_PT, bold=True)
        fm = QFontMetricsF(header_font)
        boxes: list[TextBox] = []
        self._buttons, self._headers, self._targets = {}, {}, []
        gap = lay.column_gap if lay.L else lay.rect[2]
        lines = 2 if self._two_line_headers else 1
        header_h = fm.height() * lines
        side = self._button_side
        for l in range(lay.L + 1):
            cx = float(lay.column_x[l])
            text = self._header_text(l).replace(" · ", "\n") if lines == 2 else self._header_text(l)
            width = min(0.96 * gap, max(fm.horizontalAdvance(part) for part in text.split("\n")) + 8)
            if lines == 2:
                text = "\n".join(fm.elidedText(part, Qt.TextElideMode.ElideRight, width - 4) for part in text.split("\n"))
            right_end = lay.rect[2] - 2
            rect = QRectF(min(max(2.0, cx - width / 2), right_end - width), PAD, width, header_h)
            self._headers[l] = rect
            boxes.append(TextBox(rect, text, header_font))
            y = PAD + header_h + 6
            count = str(net.sizes[l])
            count_w = fm.horizontalAdvance(count) + 8
            half_row = count_w / 2 + side
            cx = min(max(cx, 2.0 + half_row), right_end - half_row)  # keep the row inside the canvas
            for kind, label, dx in (("remove", "−", -count_w / 2 - side), ("add", "+", count_w / 2)):
                button = QRectF(cx + dx, y, side, side)
                self._buttons[(l, kind)] = button
                boxes.append(TextBox(button, label, button_font, fill=QColor("#f2f2f2"),
                                     border=QColor("#8c8c8c"), radius=4))
            boxes.append(TextBox(QRectF(cx - count_w / 2, y, count_w, side), count, self._font(TARGET_PT)))

        # Targets next to the output neurons, and the loss they feed.
        L, r = lay.L, lay.radius
        target_font = self._font(TARGET_PT)
        fm_t = QFontMetricsF(target_font)
        if fm_t.height() <= 0.95 * lay.pitch:
            x = float(lay.column_x[L]) + CAPTION_OFFSET * r + 6
            for k, t in enumerate(doc.target):
                text = f"t{notation.sub(str(k + 1))} = {opts.fmt(float(t))}"
                _, y = lay.centre(L, k)
                rect = QRectF(x, y - fm_t.height() / 2, fm_t.horizontalAdvance(text) + 8, fm_t.height())
                self._targets.append(rect)
                boxes.append(TextBox(rect, text, target_font, fill=QColor(255, 255, 255, 230),
                                     align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        # The loss sits in the targets' column: beside the output, between or below the targets.
        loss_font = self._font(LOSS_PT, bold=True)
        fm_l = QFontMetricsF(loss_font)
        revealed = cursor.is_revealed("loss", L)
        text = f"L = {opts.fmt(float(cursor.trace.loss))}" if revealed else "L = ?"
        w = fm_l.horizontalAdvance(f"L = {opts.fmt(-0.123456789012345)}") + 16
        caption = f"Loss · {net.loss.replace('_', ' ')}"
        if fm_t.horizontalAdvance(caption) > w:
            caption = caption.replace(" · ", "\n")
        caption_h = fm_t.height() * (caption.count("\n") + 1)
        box_h = fm_l.height() + 10
        block_h = caption_h + 2 + box_h
        x = min(float(lay.column_x[L]) + CAPTION_OFFSET * r + 6, lay.rect[2] - w - 4)
        y_mid = float(lay.centres[L][:, 1].mean())
        candidates = [y_mid] + [(a.center().y() + b.center().y()) / 2 for a, b in zip(self._targets, self._targets[1:])]
        if self._targets:
            candidates += [self._targets[-1].bottom() + 8 + block_h / 2, self._targets[0].top() - 8 - block_h / 2]

        def fits(yc: float) -> bool:
            block = QRectF(x, yc - block_h / 2, w, block_h)
            return (block.top() >= lay.top - lay.radius and block.bottom() <= lay.rect[3] - 4
                    and not any(block.intersects(t.adjusted(-4, -4, 4, 4)) for t in self._targets))

        y_block = min((yc for yc in candidates if fits(yc)), key=lambda yc: abs(yc - y_mid), default=y_mid)
        top = y_block - block_h / 2
        self._loss_rect = QRectF(x, top + caption_h + 2, w, box_h)
        boxes.append(TextBox(QRectF(x, top, w, caption_h), caption, target_font))
        boxes.append(TextBox(self._loss_rect, text, loss_font, color=palette.TEXT if revealed else palette.FAINT_TEXT,
                             fill=QColor("#ffffff"), border=QColor("#4d4d4d") if revealed else QColor("#b0b0b0"),
                             border_width=1.5, radius=6))
        return boxes

    def _edge_pen_width(self, value: float, revealed: bool, scale: float) -> float:
        if not revealed:
            return self._widths[0]
        level = round(min(1.0, abs(value) / scale) * LEVELS) / LEVELS
        return self._widths[0] + (self._widths[1] - self._widths[0]) * level

    def _refresh_highlights(self) -> None:
        """Redraw the feeding-edge halos, the hover and the focus (cheap: a few paths)."""
        if self._layout is None or self._edges_shown is None or tuple(self.doc.network.sizes) != self._layout.sizes:
            return
        lay, edges, doc = self._layout, self._edges_shown, self.doc
        r, (_, max_w) = lay.radius, self._widths
        halo, edge_focus, rings = [], [], []

        feed = QPainterPath()
        for l, j, i in feeding_edges(doc.cursor):
            x0, y0, x1, y1 = lay.segments(l)[j * lay.sizes[l - 1] + i]
            feed.moveTo(x0, y0)
            feed.lineTo(x1, y1)
        if not feed.isEmpty():
            pen = QPen(palette.FEED, max_w + max(6.0, r / 3))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps are slow on many edges
            halo.append(Stroke(feed, pen))

        for focus, is_hover in ((doc.hover, True), (doc.focus, False)):
            if focus is None or not focus.fits(list(lay.sizes)):
                continue
            color = palette.HOVER if is_hover else palette.FOCUS
            if focus.kind == "neuron":
                cx, cy = lay.centre(focus.layer, focus.j)
                ring = QPainterPath()
                gap = r / 7 + (2 if is_hover else 4) + (r / 7 + 2 if not is_hover and self._saturated[focus.layer][focus.j] else 0)
                ring.addEllipse(QPointF(cx, cy), r + gap, r + gap)
                rings.append(Stroke(ring, QPen(color, max(2.0, r / (14 if is_hover else 9)))))
            elif focus.kind == "edge":
                l, j, i = focus.layer, focus.j, focus.i
                x0, y0, x1, y1 = lay.segments(l)[j * lay.sizes[l - 1] + i]
                path = QPainterPath(QPointF(x0, y0))
                path.lineTo(x1, y1)
                value, rev = float(edges.values[l][j, i]), bool(edges.revealed[l][j, i])
                w = self._edge_pen_width(value, rev, edges.scale)
                if is_hover:
                    halo.append(Stroke(path, _round_pen(palette.faded(palette.HOVER, 120), w + 8)))
                else:
                    inner = palette.diverging_color(value, edges.scale) if rev else palette.ZERO
                    w = max(w, 3.0)  # wide enough inside the outline for its colour to read
                    edge_focus.append(Stroke(path, _round_pen(color, w + max(4.0, w * 0.6))))
                    edge_focus.append(Stroke(path, _round_pen(inner, w)))
            elif focus.kind == "loss" and not self._loss_rect.isEmpty():
                path = QPainterPath()
                path.addRoundedRect(self._loss_rect.adjusted(-4, -4, 4, 4), 8, 8)
                rings.append(Stroke(path, QPen(color, 2.0 if is_hover else 3.0)))
        self._halo.setData(halo)
        self._edge_focus.setData(edge_focus)
        self._rings.setData(rings)

    # -- tooltips ---------------------------------------------------------------------------------

    def tooltip_at(self, pos: QPointF) -> str:
        """Return the tooltip for scene point `pos`: the full-precision values of what is there."""
        hit = self.hit_at(pos)
        if hit is None:
            return ""
        net, cursor, full = self.doc.network, self.doc.cursor, ViewOptions.full
        tr, l, j, i = cursor.trace, hit.layer, hit.j, hit.i
        if hit.kind in ("add", "remove"):
            return (f"Add a neuron to {_layer_name(l, net.L)}" if hit.kind == "add"
                    else f"Remove the last neuron of {_layer_name(l, net.L)}")
        if hit.kind == "header":
            return f"{self._header_text(l)}: right-click for layer actions"
        if hit.kind == "loss":
            shown = full(tr.loss) if cursor.is_revealed("loss", l) else NOT_YET
            return f"Loss L ({net.loss.replace('_', ' ')}) = {shown}"
        if hit.kind == "target":
            return f"target t{notation.sub(str(j + 1))} = {full(self.doc.target[j])} (double-click to edit)"
        if hit.kind == "edge":
            lines = [f"{notation.weight(l, j, i)} = {full(net.W[l][j, i])}"]
            if cursor.phase in ("backward", "update") and cursor.is_revealed("backward", l, j):
                lines.append(f"∂L/∂{notation.weight(l, j, i)} = {full(tr.dW[l][j, i])}")
            if cursor.is_revealed("update", l):
                lines.append(f"Δw = {full(tr.W_after[l][j, i] - tr.W_before[l][j, i])}")
            return "\n".join(lines + ["double-click to edit the weight"])
        if hit.kind == "bias":
            lines = [f"{notation.bias(l, j)} = {full(net.b[l][j])}"]
            if cursor.phase in ("backward", "update") and cursor.is_revealed("backward", l, j):
                lines.append(f"∂L/∂{notation.bias(l, j)} = δ = {full(tr.db[l][j])}")
            return "\n".join(lines + ["double-click to edit the bias"])
        return self._neuron_tooltip(l, j)

    def _neuron_tooltip(self, l: int, j: int) -> str:
        cursor, full, net = self.doc.cursor, ViewOptions.full, self.doc.network
        tr = cursor.trace
        if l == 0:
            return f"input {notation.neuron_value('x', 0, j)} = {full(tr.x[0][0, j])}\ndouble-click to edit"
        if not cursor.is_revealed("forward", l, j):
            return f"{notation.neuron_value('x', l, j)}: {NOT_YET}"
        lines = [f"{notation.neuron_value('z', l, j)} = {full(tr.z[l][0, j])}",
                 f"{notation.neuron_value('x', l, j)} = f(z) = {full(tr.x[l][0, j])}",
                 f"f′(z) = {full(tr.f_prime[l][0, j])}"]
        if cursor.phase in ("backward", "update") and cursor.is_revealed("backward", l, j):
            lines += [f"∂L/∂{notation.neuron_value('x', l, j)} = {full(tr.dL_dx[l][0, j])}",
                      f"{notation.neuron_value('δ', l, j)} = {full(tr.delta[l][0, j])}"]
        if self._saturated and self._saturated[l][j]:
            name = net.activations[l]
            lines.append(SATURATED_NOTE.format(f_prime=float(tr.f_prime[l][0, j]), name=name, slope=MAX_SLOPE[name]))
        lines.append(f"{notation.bias(l, j)} = {full(net.b[l][j])} (double-click to edit)")
        return "\n".join(lines)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- mouse -------------------------------------------------------------------------------------

    def _scene_pos(self, event) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        hit = self.hit_at(self._scene_pos(event))
        if hit is None:
            if self._zoom > 1.0:
                self._pan_from = event.position()
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        else:
            self._activate(hit)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        hit = self.hit_at(self._scene_pos(event))
        self.doc.set_hover(_focus_of(hit))
        clickable = hit is not None and hit.kind != "header"
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        hit = self.hit_at(self._scene_pos(event))
        if (focus := _focus_of(hit)) is not None:
            self._try(self.doc.set_focus, focus)
        if hit is None:
            pass
        elif hit.kind in ("add", "remove"):
            self._activate(hit)  # the second click of a quick double click counts too
        elif hit.kind == "edge":
            self.edit_parameter(hit.layer, hit.j, hit.i)
        elif hit.kind in ("neuron", "bias") and hit.layer >= 1:
            self.edit_parameter(hit.layer, hit.j, -1)
        elif hit.kind == "neuron":
            self.edit_input(hit.j)
        elif hit.kind == "target":
            self.edit_target(hit.j)
        event.accept()

    def leaveEvent(self, event) -> None:
        self.doc.set_hover(None)
        super().leaveEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._zoom_by(ZOOM_STEP ** steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def _activate(self, hit: Hit) -> None:
        """Do what a click on `hit` means: press a button or focus what was clicked."""
        if hit.kind == "add":
            self._try(self.doc.add_neuron, hit.layer)
        elif hit.kind == "remove":
            self._try(self.doc.remove_neuron, hit.layer, self.doc.network.sizes[hit.layer] - 1)
        elif (focus := _focus_of(hit)) is not None:
            self._try(self.doc.set_focus, focus)

    def _try(self, command: Callable, *args) -> bool:
        """Run a document command; a refusal becomes a message, never an exception."""
        try:
            command(*args)
        except ValueError as e:
            self.messageRaised.emit(str(e))
            return False
        return True

    # -- keyboard -----------------------------------------------------------------------------------

    _OWN_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Insert,
                 Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2}
    _STEP_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space}

    def _plain(self, event) -> bool:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        return mods == Qt.KeyboardModifier.NoModifier

    def event(self, event) -> bool:
        # Keys the canvas handles itself win over the window's shortcuts while it has focus;
        # the stepping keys (Left, Right, Space) never do.
        if event.type() == QEvent.Type.ShortcutOverride:
            if event.key() in self._OWN_KEYS and self._plain(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in self._STEP_KEYS:
            event.ignore()  # the window steps with these
            return
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom_fit()
        elif not self._plain(event):
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_focus(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
            focus = self.doc.focus
            self._try(self.doc.add_neuron, focus.layer if focus else 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            focus = self.doc.focus
            if focus is None or focus.kind != "neuron":
                self.messageRaised.emit(SELECT_A_NEURON)
            else:
                self._try(self.doc.remove_neuron, focus.layer, focus.j)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_focused()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_focus(self, step: int) -> None:
        focus, sizes = self.doc.focus, self.doc.network.sizes
        if focus is None:
            self.doc.set_focus(Focus.neuron(1, 0))
            return
        layer = focus.layer
        j = focus.j if focus.kind in ("neuron", "edge") else (0 if step > 0 else sizes[layer] - 1) - step
        self.doc.set_focus(Focus.neuron(layer, min(sizes[layer] - 1, max(0, j + step))))

    # -- editing in place ------------------------------------------------------------------------------

    def edit_focused(self) -> None:
        """Open the editor on the focused edge's weight, the focused neuron's bias, or an input."""
        focus = self.doc.focus
        if focus is None or focus.kind == "loss":
            self.messageRaised.emit(NOTHING_TO_EDIT)
        elif focus.kind == "edge":
            self.edit_parameter(focus.layer, focus.j, focus.i)
        elif focus.layer >= 1:
            self.edit_parameter(focus.layer, focus.j, -1)
        else:
            self.edit_input(focus.j)

    def edit_parameter(self, layer: int, j: int, i: int = -1) -> None:
        """Open the editor on w_ji^(layer) (i ≥ 0, over its edge) or b_j^(layer) (i = −1)."""
        if i >= 0:
            what, where = notation.weight(layer, j, i), self._edge_anchor(layer, j, i)
        else:
            what, where = notation.bias(layer, j), self.bias_scene_pos(layer, j)
        self._open_editor(("parameter", layer, j, i), where, self.doc.parameter(layer, j, i), what)

    def edit_input(self, j: int) -> None:
        self._open_editor(("input", j), self.neuron_scene_pos(0, j), float(self.doc.input[j]),
                          notation.neuron_value("x", 0, j))

    def edit_target(self, k: int) -> None:
        where = self._targets[k].center() if k < len(self._targets) else self.neuron_scene_pos(self._layout.L, k)
        self._open_editor(("target", k), where, float(self.doc.target[k]), f"t{notation.sub(str(k + 1))}")

    @property
    def editor(self) -> QLineEdit | None:
        """The open inline editor, if any."""
        return self._editor

    def _edge_anchor(self, layer: int, j: int, i: int) -> QPointF:
        for rect, ids in self._label_hits:
            if ids == (layer, j, i):
                return rect.center()
        return self.edge_scene_pos(layer, j, i)

    def _open_editor(self, target: tuple, where: QPointF, value: float, what: str) -> None:
        self._close_editor()
        editor = _InlineEditor(self.viewport())
        editor.setFont(self._font(VALUE_PT))
        editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {palette.FOCUS.name()}; border-radius: 4px;"
                             " background: white; padding: 1px 4px; }")
        editor.setText(repr(float(value)))
        editor.setToolTip(f"New value of {what}: Enter sets it, Esc cancels")
        fm = QFontMetricsF(editor.font())
        width = int(max(fm.horizontalAdvance(editor.text()), fm.horizontalAdvance("-0.000000")) + 24)
        editor.resize(width, int(fm.height() + 12))
        p = self.mapFromScene(where)
        vp = self.viewport().rect()
        editor.move(max(0, min(vp.width() - editor.width(), p.x() - editor.width() // 2)),
                    max(0, min(vp.height() - editor.height(), p.y() - editor.height() // 2)))
        editor.committed.connect(self._on_editor_committed)
        editor.cancelled.connect(self._close_editor)
        self._editor, self._edit_target, self._edit_what = editor, target, what
        editor.show()
        editor.selectAll()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_editor_committed(self, text: str) -> None:
        target = self._edit_target
        try:
            value = parse_number(text, self._edit_what)
            if target[0] == "parameter":
                self.doc.set_parameter(*target[1:], value)
            elif target[0] == "input":
                x = self.doc.input.copy()
                x[target[1]] = value
                self.doc.set_example(x, self.doc.target)
            else:
                t = self.doc.target.copy()
                t[target[1]] = value
                self.doc.set_example(self.doc.input, t)
        except ValueError as e:
            self.messageRaised.emit(str(e))
            if self._editor is not None:
                self._editor.selectAll()
            return
        self._close_editor()

    def _close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            had_focus = editor.hasFocus()
            editor.hide()
            editor.deleteLater()
            if had_focus:
                self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- context menus -----------------------------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:
        pos = self.mapToScene(event.pos())
        if (focus := _focus_of(self.hit_at(pos))) is not None:
            self._try(self.doc.set_focus, focus)  # the menu is about what is now in focus
        menu = self.context_menu_at(pos)
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()

    def context_menu_at(self, pos: QPointF) -> QMenu:
        """Return the menu for a right-click at scene point `pos` (a neuron's, a column's or the background's)."""
        hit = self.hit_at(pos)
        lay = self._layout
        if hit is None:
            layer = lay.column_at(pos.x(), reach=1.6 * lay.radius)
            top = self._headers[0].top() if self._headers else 0.0
            if layer is not None and top <= pos.y() <= lay.bottom + lay.radius:
                return self.column_menu(layer)
            return self.background_menu()
        if hit.kind in ("neuron", "bias"):
            return self.neuron_menu(hit.layer, hit.j)
        if hit.kind == "target":
            return self.neuron_menu(hit.layer, hit.j)
        if hit.kind == "loss":
            return self.loss_menu()
        if hit.kind == "edge":
            menu = QMenu(self)
            menu.addAction(f"Edit {notation.weight(hit.layer, hit.j, hit.i)}…",
                           lambda: self.edit_parameter(hit.layer, hit.j, hit.i))
            menu.addSeparator()
            self._add_layer_actions(menu, hit.layer)
            return menu
        return self.column_menu(hit.layer)

    def neuron_menu(self, layer: int, j: int) -> QMenu:
        """Return the menu of neuron j of `layer`: edit, add or remove neurons and layers, activation."""
        menu = QMenu(self)
        if layer >= 1:
            menu.addAction(f"Edit {notation.bias(layer, j)}…", lambda: self.edit_parameter(layer, j, -1))
        else:
            menu.addAction(f"Edit {notation.neuron_value('x', 0, j)}…", lambda: self.edit_input(j))
        menu.addSeparator()
        menu.addAction(f"Add neuron to layer {layer}", lambda: self._try(self.doc.add_neuron, layer))
        remove = menu.addAction("Remove this neuron", lambda: self._try(self.doc.remove_neuron, layer, j))
        remove.setEnabled(self.doc.network.sizes[layer] > 1)
        menu.addSeparator()
        self._add_layer_actions(menu, layer)
        return menu

    def column_menu(self, layer: int) -> QMenu:
        """Return the menu of a column: add or remove neurons, add or remove layers, activation."""
        menu = QMenu(self)
        sizes = self.doc.network.sizes
        menu.addAction(f"Add neuron to layer {layer}", lambda: self._try(self.doc.add_neuron, layer))
        remove = menu.addAction(f"Remove the last neuron of layer {layer}",
                                lambda: self._try(self.doc.remove_neuron, layer, sizes[layer] - 1))
        remove.setEnabled(sizes[layer] > 1)
        menu.addSeparator()
        self._add_layer_actions(menu, layer)
        return menu

    def loss_menu(self) -> QMenu:
        """Return the menu of the loss box: the loss functions, the current one checked."""
        menu = QMenu(self)
        group = QActionGroup(menu)
        for name, label in LOSSES.items():
            action = menu.addAction(label)
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name == self.doc.network.loss)
            action.triggered.connect(lambda checked=False, n=name: self._try(self.doc.set_loss, n))
            group.addAction(action)
        return menu

    def background_menu(self) -> QMenu:
        menu = QMenu(self)
        L = self.doc.network.L
        menu.addAction("Add hidden layer", lambda: self._try(self.doc.add_layer, L))
        menu.addAction("Fit to window", self.zoom_fit)
        return menu

    def _add_layer_actions(self, menu: QMenu, layer: int) -> None:
        """Add the layer actions that are legal for `layer`: hidden layers sit between 1 and L."""
        net = self.doc.network
        L = net.L
        if 1 <= layer <= L:
            menu.addAction(f"Add hidden layer before layer {layer}", lambda: self._try(self.doc.add_layer, layer))
        if layer <= L - 1:
            menu.addAction(f"Add hidden layer after layer {layer}", lambda: self._try(self.doc.add_layer, layer + 1))
        if 1 <= layer <= L - 1:
            menu.addAction(f"Remove layer {layer}", lambda: self._try(self.doc.remove_layer, layer))
        if layer >= 1:
            sub = menu.addMenu("Activation")
            group = QActionGroup(sub)
            for name, activation in ACTIVATIONS.items():
                if activation.output_only and layer != L:
                    continue
                action = sub.addAction(activation.label)
                action.setData(name)
                action.setCheckable(True)
                action.setChecked(name == net.activations[layer])
                action.triggered.connect(lambda checked=False, n=name: self._try(self.doc.set_activation, layer, n))
                group.addAction(action)


def _focus_of(hit: Hit | None) -> Focus | None:
    """Return the focus a click on `hit` gives (a bias or target focuses its neuron)."""
    if hit is None:
        return None
    if hit.kind in ("neuron", "bias", "target"):
        return Focus.neuron(hit.layer, hit.j)
    if hit.kind == "edge":
        return Focus.edge(hit.layer, hit.j, hit.i)
    if hit.kind == "loss":
        return Focus.loss(hit.layer)
    return None


def _layer_name(layer: int, L: int) -> str:
    return "the input layer" if layer == 0 else "the output layer" if layer == L else f"layer {layer}"


def _round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen
