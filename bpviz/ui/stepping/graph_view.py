"""The computational graph view: the step's operations as boxes left to right, in step with the cursor.

A mode of the central area (View ▸ Computational graph, C), beside the network canvas. Each box
is one operation of bpviz.engine.teaching.computational_graph: a product w·x, a sum z, an
activation x = f(z), a loss term and L. A box shows its value once the forward pass has
computed it and ∂L/∂(box) once the backward pass has brought it back (the Revealed rule, as
every view); the current event's boxes are outlined. The focused weight's paths to L are
drawn bold, each edge of them labelled with its local derivative, and the panel under the
graph writes each path's product and their sum, ∂L/∂w. Clicking a product focuses its weight.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QGraphicsPathItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView, QLabel,
                               QTextBrowser, QVBoxLayout, QWidget)

from bpviz.engine.teaching.computational_graph import (LOSS, MAX_PATHS, ComputationalGraph, Node, Path,
                                                       computational_graph, mode_costs, weight_id)
from bpviz.engine.teaching.worked_example import html, plain
from bpviz.state import Document, Focus, ViewOptions

from bpviz.ui.look import notation, palette
from bpviz.ui.look.fonts import font_at
from bpviz.ui.stepping.graph_text import node_known, paths_html
from bpviz.ui.widgets.redraw_timer import RedrawTimer

MAX_DRAWN = 70          # boxes drawn for the whole network; a bigger one shows the focused neuron's
BOX_W, BOX_H = 112.0, 48.0
COLUMN_GAP, ROW_GAP = 58.0, 14.0
GRAPH_REDRAW_MS = 120
MIN_SCALE = 1.0         # never shrunk to fit (the text would be too small): it scrolls to the event instead
BASE_PT = 12.0          # × the font scale; the view's own zoom (Ctrl + / −) on top
ZOOMS = (0.6, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0)
PATH_COLOR = QColor("#6a3d9a")   # the focused weight's paths to L
GRADIENT_COLOR = QColor("#b35806")  # ∂L/∂(box): what the backward pass brings back
KIND_FILL = {"input": "#f4f4f4", "product": "#eef3f8", "bias": "#f4f4f4", "sum": "#e3ecf5",
             "activation": "#d6e4f0", "term": "#f8ece0", "loss": "#f3dcc6"}


class GraphView(QWidget):
    """The computational graph of the document's step, and the focused weight's paths."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc, self._options = doc, options
        self._graph: ComputationalGraph | None = None
        self._made_for = None  # (trace, sample shown): what the graph was made from
        self._weight: tuple[int, int, int] = (1, 0, 0)
        self._paths: list[Path] = []  # the chosen weight's, found once per refresh
        self._path_count = 0
        self._zoom = ZOOMS.index(1.0)
        self.header = QLabel(wordWrap=True)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(palette.BACKGROUND)
        self.paths = QTextBrowser(openLinks=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.paths, 2)
        # At most eight redraws a second: a live training run changes every box at every frame,
        # and a big network's graph takes tens of milliseconds to draw.
        self._redraw = RedrawTimer(self, self.refresh, min_interval_ms=GRAPH_REDRAW_MS)
        for signal in (doc.cursorMoved, doc.focusChanged, doc.weightsChanged, doc.structureChanged,
                       doc.exampleChanged):
            signal.connect(self._redraw.request)
        options.changed.connect(self._redraw.request)
        self.scene.selectionChanged.connect(self._on_clicked)

    # -- public --------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def zoom_fit(self) -> None:
        self._set_zoom(ZOOMS.index(1.0))

    def _set_zoom(self, k: int) -> None:
        k = max(0, min(len(ZOOMS) - 1, k))
        if k != self._zoom:
            self._zoom = k
            self.refresh()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            super().wheelEvent(event)

    def chosen_weight(self) -> tuple[int, int, int]:
        """Return (l, j, i) of the weight whose paths are drawn (0-based j and i)."""
        return self._weight

    def shown_paths(self) -> list[Path]:
        """Return the paths drawn: from the chosen weight to L (at most MAX_PATHS)."""
        return list(self._paths)

    def path_count(self) -> int:
        """Return how many paths lead from the chosen weight to L (more than are drawn, in a big network)."""
        return self._path_count

    def refresh(self) -> None:
        """Draw the graph of the step as the cursor has revealed it."""
        doc = self._doc
        trace = doc.cursor.trace
        if self._made_for is None or self._made_for[0] is not trace or self._made_for[1] != doc.shown_sample:
            self._made_for = (trace, doc.shown_sample)
            net = doc.network
            try:
                if trace.n_samples == 1:
                    self._graph = computational_graph(trace, net.activations, net.loss)
                else:  # a batch: the shown sample's own step, to its own loss Lₙ
                    self._graph = computational_graph(trace.of_sample(doc.shown_sample), net.activations, net.loss,
                                                      loss_symbol=f"L_{{{doc.shown_sample + 1}}}")
            except ValueError as e:
                self._graph = None
                self.header.setText(str(e))
                return
        if self._graph is None:
            return  # the header says why there is no graph
        focus = doc.focus
        if focus is not None and focus.kind == "edge" and focus.fits(doc.network.sizes):
            self._weight = (focus.layer, focus.j, focus.i)
        elif focus is not None and focus.kind == "neuron" and focus.layer >= 1 and focus.fits(doc.network.sizes):
            if (self._weight[0], self._weight[1]) != (focus.layer, focus.j):
                self._weight = (focus.layer, focus.j, 0)  # the neuron's first incoming weight
        if not _fits(self._weight, doc.network.sizes):
            self._weight = (1, 0, 0)
        start = weight_id(*self._weight)
        self._paths, self._path_count = self._graph.paths(start, MAX_PATHS), self._graph.count_paths(start)
        self._draw()
        self._write_paths()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._redraw.request()  # shrunk to fit the new size, or scrolled

    # -- drawing ---------------------------------------------------------------------------------

    def _drawn_nodes(self) -> tuple[list[Node], bool]:
        """Return the boxes to draw and whether that is the whole network (else the chosen neuron's)."""
        g = self._graph
        nodes = [n for n in g.nodes.values() if n.kind != "weight"]
        if len(nodes) <= MAX_DRAWN:
            return nodes, True
        l, j, _ = self._weight
        mine = [n for n in nodes if n.layer == l and n.j == j and n.kind in ("product", "bias", "sum", "activation")]
        inputs = [g.nodes[f"x{l - 1}.{i}"] for i in range(self._doc.network.sizes[l - 1])]
        return inputs + mine, False

    def _draw(self) -> None:
        g, doc = self._graph, self._doc
        self.scene.blockSignals(True)
        self.scene.clear()
        self.scene.blockSignals(False)
        nodes, whole = self._drawn_nodes()
        scale = self._options.font_scale * ZOOMS[self._zoom]
        font = font_at(QFont(self.font()), BASE_PT * scale)
        texts = {n.id: self._box_text(n, font) for n in nodes}
        # One size for every box: the widest and tallest text, so the columns line up.
        w = max(BOX_W * scale, max(t.document().idealWidth() for t in texts.values()) + 12)
        h = max(BOX_H * scale, max(t.boundingRect().height() for t in texts.values()) + 6)
        columns: dict[float, list[Node]] = {}
        for n in nodes:
            columns.setdefault(n.column, []).append(n)
        tallest = max(len(c) for c in columns.values())
        places: dict[str, QRectF] = {}
        for k, column in enumerate(sorted(columns)):
            stack = columns[column]
            top = (tallest - len(stack)) * (h + ROW_GAP) / 2
            for r, n in enumerate(stack):
                places[n.id] = QRectF(k * (w + COLUMN_GAP * scale), top + r * (h + ROW_GAP), w, h)
        on_path = {e for p in self._paths for e in zip(p.nodes, p.nodes[1:])} if whole else set()
        current = _current_boxes(doc)
        for e in g.edges:
            if e.src in places and e.dst in places:
                self._edge(places[e.src], places[e.dst], (e.src, e.dst) in on_path, e, font)
        for n in nodes:
            self._box(n, places[n.id], texts[n.id], n.id in current or (n.layer, n.j) in current)
        # One short line over the graph (a projector's rows go to the boxes); the whole key on hover.
        if whole:
            header = self.tr("Orange: ∂L/∂ of each box · outlined: this event · purple: the focused "
                             "weight's paths to L (click a product)")
        else:
            header = self.tr("Too many operations to draw: neuron {j} of layer {l}'s are drawn, its "
                             "weight's paths written below").format(j=self._weight[1] + 1, l=self._weight[0])
        if doc.batch_size > 1:
            header = self.tr("Sample {n} of a batch of {B}: each ∂ is of its own loss L{sub}, the batch's "
                             "mean below · ").format(n=doc.shown_sample + 1, B=doc.batch_size,
                                                    sub=notation.sub(str(doc.shown_sample + 1))) + header
        self.header.setText(header)
        self.header.setToolTip(self.tr("The step's operations, each with its value and (orange) its ∂L/∂. "
                                       "Outlined: what this event computes · purple: the focused weight's "
                                       "paths to L (click a product to choose) · drag to see more, Ctrl +/− "
                                       "to zoom."))
        # A caption, not numbers: smaller than the boxes, so the graph keeps the room.
        self.header.setFont(font_at(QFont(self.font()), max(9.0, BASE_PT * self._options.font_scale * 0.75)))
        bounds = self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        self.scene.setSceneRect(bounds)
        room = self.view.viewport().size()
        fit = min(room.width() / bounds.width(), room.height() / bounds.height(), 1.0)
        self.view.resetTransform()
        self.view.scale(max(fit, MIN_SCALE), max(fit, MIN_SCALE))
        if fit < MIN_SCALE:  # too big to read whole: what the person looks at in view
            chosen = places.get("p{}.{}.{}".format(*self._weight))
            event = [places[k] for k in places if k in current or (self._graph.nodes[k].layer,
                                                                   self._graph.nodes[k].j) in current]
            focus = doc.focus
            # A weight the person chose (an edge in focus): its product; else the event's boxes.
            target = chosen if (focus is not None and focus.kind == "edge") or not event else event[0]
            if target is not None:
                self.view.centerOn(target.center())

    def _box_text(self, n: Node, font: QFont) -> QGraphicsTextItem:
        """Return the box's three lines: what it is, its value, and ∂L/∂ of it ("?" until revealed)."""
        value_known, gradient_known = node_known(self._doc.revealed, n)
        fmt = self._options.fmt
        value = fmt(n.value) if value_known else "?"
        gradient = fmt(n.gradient) if gradient_known else "?"
        text = QGraphicsTextItem()
        text.setFont(font)
        text.setHtml(f'<div align="center">{html(n.label)}<br>= <b>{escape(value)}</b><br>'
                     f'<span style="color:{GRADIENT_COLOR.name()}">{html(_gradient_symbol(n, self._graph.nodes[LOSS].label))} = '
                     f"{escape(gradient)}</span></div>")
        text.adjustSize()
        return text

    def _box(self, n: Node, rect: QRectF, text: QGraphicsTextItem, current: bool) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        box = QGraphicsPathItem(path)
        box.setBrush(QBrush(QColor(KIND_FILL.get(n.kind, "#ffffff"))))
        box.setPen(QPen(palette.FOCUS if current else QColor("#7a7a7a"), 3.0 if current else 1.0))
        box.setData(0, n.id)
        box.setFlag(QGraphicsPathItem.GraphicsItemFlag.ItemIsSelectable, n.kind == "product")
        what = plain(n.label)  # full precision on hover: symbols and numbers, nothing to translate
        box.setToolTip(f"{what} = {n.value!r}; ∂{plain(self._graph.nodes[LOSS].label)}/∂{what} = {n.gradient!r}")
        self.scene.addItem(box)
        text.setParentItem(box)  # the box owns it (given to the constructor, PySide lets it go)
        text.setTextWidth(rect.width())
        text.setPos(rect.left(), rect.top() + (rect.height() - text.boundingRect().height()) / 2)

    def _edge(self, a: QRectF, b: QRectF, bold: bool, e, font: QFont) -> None:
        start, end = QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
        path = QPainterPath(start)
        middle = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(middle, start.y()), QPointF(middle, end.y()), end)
        item = self.scene.addPath(path, QPen(PATH_COLOR if bold else QColor("#b0b0b0"), 3.0 if bold else 1.0))
        item.setZValue(-1)
        if bold:
            label = QGraphicsTextItem()
            label.setFont(font_at(font, font.pointSizeF() * 0.85))
            label.setHtml(f'<span style="color:{PATH_COLOR.name()}; background-color:#ffffff">'
                          f"{html(e.local_text)}</span>")
            mid = path.pointAtPercent(0.5)
            label.setPos(mid.x() - label.boundingRect().width() / 2, mid.y() - label.boundingRect().height() / 2)
            label.setZValue(2)  # over the boxes' edges: a local derivative is never hidden
            self.scene.addItem(label)

    def _write_paths(self) -> None:
        self.paths.setFont(font_at(self.font(), BASE_PT * self._options.font_scale))
        self.paths.setHtml(paths_html(self._graph, weight_id(*self._weight), self._paths, self._path_count,
                                      self._doc, self._options, mode_costs(self._doc.network.sizes)))

    def _on_clicked(self) -> None:
        chosen = [item for item in self.scene.selectedItems() if item.data(0)]
        if chosen:
            node = self._graph.nodes[chosen[0].data(0)]
            self._doc.set_focus(Focus.edge(node.layer, node.j, node.i))


def _fits(weight: tuple[int, int, int], sizes) -> bool:
    l, j, i = weight
    return 1 <= l < len(sizes) and 0 <= j < sizes[l] and 0 <= i < sizes[l - 1]


def _current_boxes(doc: Document) -> set:
    """Return (layer, j) of the neuron the current event computes, and LOSS at the loss."""
    event = doc.cursor.current
    if event is None:
        return set()
    if event.phase == "loss":
        return {LOSS} | {f"e{k}" for k in range(doc.network.sizes[-1])}
    return {(event.layer, event.neuron)} if event.phase in ("forward", "backward") else set()


def _gradient_symbol(n: Node, loss: str = "L") -> str:
    """Return ∂L/∂ of a box (∂Lₙ/∂ for a sample of a batch), written short: ∂L/∂z₁⁽¹⁾, ∂L/∂(w·x) for a product."""
    return f"∂{loss}/∂(w·x)" if n.kind == "product" else f"∂{loss}/∂{n.label}"
