"""NetworkCanvas: the network drawn as columns of neurons, showing what the step cursor revealed.

The canvas reads everything from the document: the live weights, the step cursor's trace
and position, the focus and the hover. It changes the document only through its methods
(set_focus, set_parameter, add_neuron ...), and it redraws from the document when told.
It is a handful of graphics items, each given new data by `setData`; a step event replaces
no item. What is shown is decided in canvas_model (saturation in saturation; what the step has
revealed in bpviz.state.Revealed), geometry in canvas_layout, the neurons' look in canvas_glyphs,
where the numbers go in canvas_value_labels (by number_fit's rule, and what had no room is said
by hidden_values_note), the other text in canvas_labels, the focus and hover marks in canvas_highlights,
the neurons' maps over the input plane in canvas_tiles, drawing in canvas_items, colours in
palette; the mouse and keys are handled in canvas_gestures, the inline editor and the context
menus in canvas_editing.

The scene is laid out to the viewport's size (zoom 1 is "fit to window"); zooming scales
the view, while the numbers inside the neurons keep their size on screen, so zooming into
a big network makes room for them.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from bpviz.engine.limits import weight_count
from bpviz.engine import StepThrough
from bpviz.state import Document, Revealed, ViewOptions
from bpviz.state.training.plane_maps import PlaneMaps

from bpviz.ui.widgets.redraw_timer import RedrawTimer
from bpviz.ui.look import palette
from bpviz.ui.canvas import canvas_accessible
from bpviz.ui.canvas.canvas_editing import CanvasEditing
from bpviz.ui.canvas.canvas_gestures import CanvasGestures
from bpviz.ui.canvas.canvas_highlights import highlights
from bpviz.ui.canvas.canvas_items import CAPTION_OFFSET, EdgesItem, NeuronsItem, StrokesItem, TextBoxesItem
from bpviz.ui.canvas.canvas_labels import CAPTION_PT, HEADER_PT, PAD, VALUE_PT, Chrome, caption_room, chrome, room_for_text
from bpviz.ui.canvas.canvas_layout import CanvasLayout, compute_layout
from bpviz.ui.canvas.canvas_model import (EDGE_TITLES, NEURON_TITLES, EdgesShown, Shown, drawn_edge_arrays, edge_widths, edges_shown, feeding_edges,
                           header_text, labelled_edges, labelled_neurons, neurons_shown)
from bpviz.ui.canvas.canvas_value_labels import MAX_EDGE_LABELS, EdgeLabels, edge_labels
from bpviz.ui.canvas.canvas_tiles import CanvasTiles, TilesItem
from bpviz.ui.canvas.neuron_map_popup import NeuronMapPopup
from bpviz.ui.canvas.canvas_legends import CanvasLegends
from bpviz.ui.look.fonts import font_at
from bpviz.ui.canvas.canvas_glyphs import neuron_glyphs
from bpviz.ui.canvas.hidden_values_note import HiddenValuesNote
from bpviz.ui.look.number_fit import sizes_down_to_floor
from bpviz.ui.look.saturation import saturated

# While training runs fast: the edges' values twice a second (legible), the neurons' maps ten
# times a second, the colours every frame.
LIVE_LABELS_MS = 500
LARGE_WEIGHTS = 20_000   # a network this large waits for a burst of resizes to end before its relayout
RELAYOUT_WAIT_MS = 60
LIVE_MAPS_MS = 100


class NetworkCanvas(CanvasGestures, CanvasEditing, QGraphicsView):
    """The network, drawn from the document; clicks, keys and menus become document commands."""

    messageRaised = Signal(str)
    pictureRequested = Signal()  # "Export picture…" was chosen in a context menu

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None,
                 paper: bool = False) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self._paper = paper  # a picture for paper: no +/− buttons, no focus, hover or feeding marks
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
        self.tiles_item = TilesItem()             # neuron maps, under the neurons' outlines
        self.neurons_item = NeuronsItem()
        self._chrome = TextBoxesItem(z=3.0)       # headers, +/− buttons, targets, the loss
        self._rings = StrokesItem(z=5.0)          # focus and hover rings
        for item in (self._halo, self.edges_item, self._edge_focus, self._edge_labels,
                     self.tiles_item, self.neurons_item, self._chrome, self._rings):
            self.scene().addItem(item)
        self.legends = CanvasLegends(self.viewport(), PAD)
        self.legend, self.neuron_legend = self.legends.edges, self.legends.neurons
        self.hidden_note = HiddenValuesNote(self.viewport())

        self._zoom = 1.0
        self._layout: CanvasLayout | None = None
        self._widths = (1.0, 8.0)
        self._shown: list[list[Shown]] = []
        self._edges_shown: EdgesShown | None = None
        self._saturated: list[np.ndarray] = []
        self._hidden_values = 0
        self._edges_drawn: tuple[int, int] | None = None  # (drawn, all) when a large network draws a share
        self._edge_label_places = EdgeLabels([], [])
        self._chrome_places = Chrome([], {}, {}, [], QRectF())
        self._chrome_key: tuple | None = None  # (layout, what else) the headers, targets and loss box were made from
        self._tiles = CanvasTiles()
        self.map_popup = NeuronMapPopup(self)
        canvas_accessible.install(NetworkCanvas)  # a screen reader reads each neuron, weight and the loss
        self.speaker = canvas_accessible.CanvasSpeaker(self)
        doc.hoverChanged.connect(self._on_hover_for_popup)

        self._refresh_timer = RedrawTimer(self, self._refresh)
        self._relayout_timer = QTimer(self)  # restarted by each resize of a burst: one relayout at its end
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.timeout.connect(self._relayout)
        # While training runs fast the weights change at every frame; placing their labels
        # (measuring and fitting hundreds of texts) then waits this long between placements.
        self._live = False
        self._labels_timer = RedrawTimer(self, self._refresh_labels, LIVE_LABELS_MS)
        # Focus and hover marks wait for the event loop too: a step moves the focus and the
        # numbers together, and redrawing the marks at once would cost a paint of their own.
        self._highlight_timer = RedrawTimer(self, self._refresh_highlights)

        doc.structureChanged.connect(self._on_structure_changed)
        doc.weightsChanged.connect(self._on_values_changed)
        doc.cursorMoved.connect(self._on_values_changed)
        doc.exampleChanged.connect(self._on_values_changed)
        doc.focusChanged.connect(self._on_focus_changed)
        doc.hoverChanged.connect(self._on_highlight_changed)
        options.changed.connect(self._relayout)  # digits and font size change the layout
        self._relayout()

    def set_maps(self, maps: PlaneMaps) -> None:
        """Draw each neuron's map over the input plane, from `maps` (when the inputs are 2-D)."""
        if self._tiles.maps is not None:
            self._tiles.maps.changed.disconnect(self._on_maps_changed)
        self._tiles.maps = maps
        maps.changed.connect(self._on_maps_changed)
        self._on_maps_changed()

    # -- what is shown (for the window and the tests) ----------------------------------------

    @property
    def layout_geometry(self) -> CanvasLayout:
        self.flush()
        return self._layout

    @property
    def zoom(self) -> float:
        return self._zoom

    def shown_values(self) -> list[list[Shown]]:
        """Return what each neuron displays, per layer: (kind, value) as given to the items."""
        self.flush()
        return [list(row) for row in self._shown]

    def shown_edges(self) -> EdgesShown:
        """Return what the edges display (mode, values, which are revealed, scale)."""
        self.flush()
        return self._edges_shown

    def shown_tiles(self) -> list[list[str]]:
        """Return what each neuron's tile shows per layer, "x" or "δ"; empty when no tiles are drawn."""
        self.flush()
        return self._tiles.kinds if self.tiles_item.images() else []

    def set_live(self, live: bool) -> None:
        """Training runs fast (live) or not: live, the values on the edges are placed at most
        every LIVE_LABELS_MS and the neurons' maps made at most every LIVE_MAPS_MS; back from
        live, both at once, so a pause shows the exact numbers and maps."""
        if live != self._live:
            self._live = live
            if not live and self._layout is not None:
                self._refresh()

    @property
    def live(self) -> bool:
        """Whether a fast run is on: the edges' values then lag the weights by up to LIVE_LABELS_MS."""
        return self._live

    def flush(self) -> None:
        """Bring the drawing up to date now if a redraw is waiting for the event loop."""
        if self._relayout_timer.isActive():
            self._relayout_timer.stop()
            self._refresh_timer.stop()
            self._relayout()
        elif self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self._refresh()
        elif self._highlight_timer.isActive():
            self._highlight_timer.stop()
            self._refresh_highlights()

    def paintEvent(self, event) -> None:
        if not (self._relayout_timer.isActive() and self._relayout_timer.interval()):
            self.flush()  # never paint numbers older than the document's (a large network's
            # relayout waiting for a burst of resizes to end shows its old drawing meanwhile)
        super().paintEvent(event)

    def saturated_neurons(self) -> list[tuple[int, int]]:
        self.flush()
        return [(l, int(j)) for l, mask in enumerate(self._saturated) for j in np.nonzero(mask)[0]]

    def feeding_edges(self) -> list[tuple[int, int, int]]:
        return feeding_edges(self.doc.cursor)

    # -- commands (the gestures' and the menus') ------------------------------------------------

    def _try(self, command: Callable, *args) -> bool:
        """Run a document command; a refusal becomes a message, never an exception."""
        try:
            command(*args)
        except ValueError as e:
            self.messageRaised.emit(str(e))
            return False
        return True

    def context_menu_at(self, pos: QPointF):
        """Return the context menu at scene point `pos`, ending with "Export picture…"."""
        menu = super().context_menu_at(pos)
        menu.addSeparator()
        menu.addAction(self.tr("Export picture…"), self.pictureRequested.emit)
        return menu

    # -- reacting to the document -----------------------------------------------------------------

    def _on_structure_changed(self) -> None:
        self._close_editor()
        self._relayout()

    def _on_values_changed(self) -> None:
        # Several signals often arrive together (the cursor and the weights after a training
        # slice): redraw once, when the event loop comes round.
        self._refresh_timer.request()

    def _on_maps_changed(self) -> None:
        self._tiles.maps_changed()
        self._refresh_timer.request()

    def _on_highlight_changed(self) -> None:
        self._highlight_timer.request()

    def _on_focus_changed(self) -> None:
        if self._edge_count() > MAX_EDGE_LABELS:
            self._refresh_timer.request()  # a crowded network labels the focused neuron's edges
        else:
            self._highlight_timer.request()

    def _edge_count(self) -> int:
        return weight_count(self.doc.network.sizes)

    def hidden_values(self) -> int:
        """Return how many revealed values of the current event have no room on the canvas."""
        self.flush()
        return self._hidden_values

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._close_editor()
        # Once for a burst: docks settling after a change of network (or presenter mode) resize
        # the canvas several times in a row, and a large network takes a quarter of a second
        # to lay out; meanwhile the old drawing is shown, scaled.
        large = self._edge_count() > LARGE_WEIGHTS
        self._relayout_timer.start(RELAYOUT_WAIT_MS if large else 0)

    def _font(self, points: float, bold: bool = False, fixed_on_screen: bool = False) -> QFont:
        """Return the canvas font at `points` × font scale (÷ zoom if it keeps its size on screen)."""
        return font_at(self.font(), points * self.options.font_scale / (self._zoom if fixed_on_screen else 1.0), bold)

    def _header_text(self, layer: int) -> str:
        return header_text(self.doc.network, layer)

    def _relayout(self) -> None:
        """Lay the network out to the viewport (zoom 1 fills it) and redraw everything."""
        net, fs = self.doc.network, self.options.font_scale
        width = max(self.viewport().width(), 200)
        height = max(self.viewport().height(), 150)
        wanted, column_w = room_for_text(self.options, self._font)
        fm_header = QFontMetricsF(self._font(HEADER_PT, bold=True))
        right = min((CAPTION_OFFSET - 1) * wanted + 6 + column_w + PAD, 0.35 * width)
        self._button_side = QFontMetricsF(self._font(HEADER_PT, True)).height() + 4
        bottom = self.legends.reserve(width, fs)  # the legends' room along the foot

        def laid_out(header_lines: int) -> CanvasLayout:
            top = PAD + fm_header.height() * header_lines + 6 + self._button_side + 8
            return compute_layout(net.sizes, width, height, top=top, bottom=bottom,
                                  left=PAD, right=right, max_radius=wanted)

        # Headers on one line where they fit the columns as laid out, else on two.
        self._layout = laid_out(1)
        gap = self._layout.column_gap
        self._two_line_headers = any(fm_header.horizontalAdvance(self._header_text(l)) > 0.92 * gap
                                     for l in range(net.L + 1))
        if self._two_line_headers:
            self._layout = laid_out(2)
        self.scene().setSceneRect(QRectF(*self._layout.rect))
        self._place_legends()
        self._refresh()

    def _place_legends(self) -> None:
        # The neurons' legend tells their fills' colours; over maps (whose tooltips give their
        # colours) it would not hold.
        legends, grown = self.legends.place(neurons_shown=not self.tiles_item.images())
        if grown:
            self._relayout_timer.start()
        self.hidden_note.show_count(self._hidden_values if self.options.show_numbers else 0, legends,
                                    self.options.font_scale, self._edges_drawn)

    # -- building what the items draw ---------------------------------------------------------------

    def _refresh(self) -> None:
        self._highlight_timer.stop()  # drawn here
        self._refresh_values()
        self._refresh_highlights()

    def _refresh_values(self) -> None:
        if self._layout is None or tuple(self.doc.network.sizes) != self._layout.sizes:
            return  # a relayout is on its way
        cursor, lay, opts = self.doc.cursor, self._layout, self.options
        self._shown = neurons_shown(cursor, self.doc.shown_sample)
        edges = self._edges_shown = edges_shown(cursor, opts.show_gradients)
        self._saturated = saturated(cursor, self.doc.shown_sample)

        self._widths = edge_widths(lay, opts.font_scale)
        segments, values, revealed, self._edges_drawn = drawn_edge_arrays(lay, edges)
        self.edges_item.setData(segments, values, edges.scale, revealed=revealed,
                                min_width=self._widths[0], max_width=self._widths[1])
        headers = [self._header_text(l) for l in range(lay.L + 1)]
        # The headers, targets and loss box stay as they are while training changes the weights.
        loss = float(cursor.trace.loss) if Revealed(cursor).known("loss") else None
        net = self.doc.network
        key = (self._zoom, opts.digits, tuple(headers), tuple(net.sizes), net.loss, tuple(self.doc.target), loss)
        if self._chrome_key is None or self._chrome_key[0] is not lay or self._chrome_key[1] != key:
            self._chrome_key = (lay, key)  # the layout itself, held: an id could be reused
            self._chrome_places = chrome(lay, self.doc.network, self.doc.target, cursor, opts, self._font,
                                         headers, self._two_line_headers, self._button_side,
                                         buttons_shown=not self._paper)
            self._chrome.setData(self._chrome_places.boxes)
        # The numbers keep clear of the headers, buttons, targets and the loss box.
        self._set_neurons(cursor, edges)
        if self._live:
            self._labels_timer.request()
        else:
            self._labels_timer.stop()
            self._refresh_labels()
        self.legend.set_scale(self.tr(EDGE_TITLES[edges.mode]), edges.scale)
        self._place_legends()

    def _refresh_labels(self) -> None:
        """Place the values of the edges and biases, clear of the headers, targets and loss box."""
        if self._edges_shown is None:
            return
        avoid = np.array([(r.x(), r.y(), r.width(), r.height()) for r in
                          (b.rect for b in self._chrome_places.boxes)]).reshape(-1, 4)
        self._edge_label_places = edge_labels(self._layout, self._edges_shown, self.options, self._font,
                                               labelled_edges(self.doc), labelled_neurons(self.doc), avoid)
        self._edge_labels.setData(self._edge_label_places.boxes)
        self._hidden_values = self._edge_label_places.hidden + self.neurons_item.hidden_count()

    def _set_neurons(self, cursor: StepThrough, edges: EdgesShown) -> None:
        lay, opts, tr = self._layout, self.options, cursor.trace
        kind = "δ" if cursor.phase in ("backward", "update") else "x"
        # Every sample of a batch on one scale: the colours of two samples compare.
        scales = {"x": palette.symmetric_scale(np.concatenate([a.ravel() for a in tr.x])),
                  "δ": palette.symmetric_scale(np.concatenate([a.ravel() for a in tr.delta[1:]]))}
        self.neuron_legend.set_scale(self.tr(NEURON_TITLES[kind]), scales[kind])
        tiles = (self._tiles.images(self.doc, self._shown, LIVE_MAPS_MS / 1000 if self._live else 0.0)
                 if self._tiles.wanted(opts, lay.radius * self._zoom) else None)
        glyphs = neuron_glyphs(lay, self._shown, edges, self._saturated, kind, scales[kind], opts, tiles is not None)
        r = lay.radius
        self.tiles_item.setData([QRectF(g.x - r, g.y - r, 2 * r, 2 * r) for g in glyphs] if tiles else [],
                                [image for row in tiles or [] for image in row],
                                self._tiles.sample_at(self.doc) if tiles else None)
        # Under a circle: its rings, the caption, then the next neuron's bias square.
        value_fonts = [self._font(p, fixed_on_screen=True) for p in sizes_down_to_floor(VALUE_PT)]
        self.neurons_item.setData(glyphs, lay.radius, value_fonts=value_fonts, digits=opts.digits,
                                  caption_font=self._font(CAPTION_PT, fixed_on_screen=True),
                                  show_numbers=opts.show_numbers, caption_room=caption_room(lay))

    def _refresh_highlights(self) -> None:
        """Redraw the feeding-edge halos, the hover and the focus (cheap: a few paths)."""
        if self._layout is None or self._edges_shown is None or tuple(self.doc.network.sizes) != self._layout.sizes:
            return
        if self._paper:
            return
        marks = highlights(self._layout, self._edges_shown, self.doc, self._saturated,
                           self._chrome_places.loss_rect, self._widths)
        self._halo.setData(marks.halo)
        self._edge_focus.setData(marks.edge_focus)
        self._rings.setData(marks.rings)
