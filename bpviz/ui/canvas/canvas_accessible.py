"""The canvas for a screen reader: each neuron, bias, weight and the loss an accessible item.

Qt asks `accessible_factory` for the canvas's interface (installed once, by NetworkCanvas). Its
children are the network's items in reading order: the neurons layer by layer, then the
biases, the loss, then the weights (a big network has thousands: they come last). Each has a
name ("neuron 1 of layer 1, sigmoid σ") and a value that reads what the canvas shows ("x =
0.5933", "δ not yet computed"), from the canvas's own shown values: nothing is worked out
here. `announce_event` says each step event as it happens, through an accessible
announcement ("Forward, layer 1, neuron 1: z = 0.3775, x = 0.5933").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget
from shiboken6 import isValid

from bpviz.state import Focus

from bpviz.ui.look import notation
from bpviz.ui.look.engine_words import activation_label, loss_label
from bpviz.ui.shell.i18n import tr

if TYPE_CHECKING:
    from bpviz.ui.canvas.network_canvas import NetworkCanvas

CONTEXT = "CanvasAccessible"


def _tr(text: str) -> str:
    return tr(text, "CanvasAccessible")


def items_of(sizes: list[int]) -> list[tuple]:
    """Return the canvas's items in reading order: ("neuron", l, j), ("bias", l, j), ("loss",), ("edge", l, j, i)."""
    neurons = [("neuron", l, j) for l, n in enumerate(sizes) for j in range(n)]
    biases = [("bias", l, j) for l in range(1, len(sizes)) for j in range(sizes[l])]
    edges = [("edge", l, j, i) for l in range(1, len(sizes)) for j in range(sizes[l]) for i in range(sizes[l - 1])]
    return neurons + biases + [("loss",)] + edges


def item_name(canvas: "NetworkCanvas", item: tuple) -> str:
    """Return what an item is, in words: "neuron 2 of layer 1, sigmoid σ"."""
    net = canvas.doc.network
    kind = item[0]
    if kind == "loss":
        return _tr("loss, {name}").format(name=loss_label(net.loss, net.activations[net.L]))
    l, j = item[1], item[2]
    if kind == "neuron" and l == 0:
        return _tr("input {j}, {x}").format(j=j + 1, x=notation.neuron_value("x", 0, j))
    if kind == "neuron":
        return _tr("neuron {j} of layer {l}, {f}").format(j=j + 1, l=l, f=activation_label(net.activations[l]))
    if kind == "bias":
        return _tr("bias {b} of neuron {j} of layer {l}").format(b=notation.bias(l, j), j=j + 1, l=l)
    i = item[3]
    return _tr("weight {w}, from neuron {i} of layer {k} to neuron {j} of layer {l}").format(
        w=notation.weight(l, j, i), i=i + 1, k=l - 1, j=j + 1, l=l)


def item_value(canvas: "NetworkCanvas", item: tuple) -> str:
    """Return what the canvas shows on an item: "x = 0.5933", "∂L/∂w = 0.08217", "δ not yet computed"."""
    fmt, doc = canvas.options.fmt, canvas.doc
    kind = item[0]
    if kind == "loss":
        loss = doc.revealed.value("loss")
        return _tr("L not yet computed") if loss is None else f"L = {fmt(loss)}"
    if kind == "neuron":
        shown = canvas.shown_values()[item[1]][item[2]]
        if shown.value is None:
            return _tr("{x} not yet computed").format(x="x")
        return f"{shown.kind} = {fmt(shown.value)}"
    edges = canvas.shown_edges()
    l, j = item[1], item[2]
    if kind == "bias":
        symbol = {"w": "b", "∂L/∂w": "∂L/∂b", "Δw": "Δb"}[edges.mode]
        value, known = edges.bias_values[l][j], edges.bias_revealed[l][j]
    else:
        symbol, value, known = edges.mode, edges.values[l][j, item[3]], edges.revealed[l][j, item[3]]
    return f"{symbol} = {fmt(float(value))}" if known else _tr("{x} not yet computed").format(x=symbol)


def focus_of_item(item: tuple) -> Focus:
    kind = item[0]
    if kind == "loss":
        return None
    if kind == "edge":
        return Focus.edge(item[1], item[2], item[3])
    return Focus.neuron(item[1], item[2])


class CanvasItemAccessible(QAccessibleInterface):
    """One neuron, bias, weight or the loss, as a screen reader reads it."""

    def __init__(self, parent: "CanvasAccessible", item: tuple) -> None:
        super().__init__()
        self._parent, self.item = parent, item

    def _canvas(self) -> "NetworkCanvas | None":
        canvas = self._parent.canvas
        return canvas if canvas is not None and isValid(canvas) else None

    def isValid(self) -> bool:
        canvas = self._canvas()
        return canvas is not None and self.item in self._parent.index_of

    def object(self):
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, which: QAccessible.Text) -> str:
        canvas = self._canvas()
        if canvas is None:
            return ""
        if which == QAccessible.Text.Name:
            return item_name(canvas, self.item)
        if which == QAccessible.Text.Value:
            return item_value(canvas, self.item)
        return ""

    def setText(self, which, text) -> None:
        pass

    def rect(self) -> QRect:
        canvas = self._canvas()
        if canvas is None:
            return QRect()
        scene = self._scene_rect(canvas)
        top_left = canvas.viewport().mapToGlobal(canvas.mapFromScene(scene.topLeft()))
        bottom_right = canvas.viewport().mapToGlobal(canvas.mapFromScene(scene.bottomRight()))
        return QRect(top_left, bottom_right)

    def _scene_rect(self, canvas: "NetworkCanvas") -> QRectF:
        kind = self.item[0]
        if kind == "loss":
            return canvas.loss_scene_rect()
        r = canvas.layout_geometry.radius
        centre = (canvas.neuron_scene_pos(self.item[1], self.item[2]) if kind == "neuron"
                  else canvas.bias_scene_pos(self.item[1], self.item[2]) if kind == "bias"
                  else canvas._edge_anchor(*self.item[1:]))
        side = r if kind == "neuron" else r / 3
        return QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side)

    def state(self):
        state = QAccessible.State()
        state.focusable = True
        canvas = self._canvas()
        focus = None if canvas is None else canvas.doc.focus
        if focus is not None:
            if self.item[0] == "loss":
                state.focused = focus.kind == "loss"
            else:
                state.focused = focus_of_item(self.item) == focus and self.item[0] != "bias"
        return state

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None


class CanvasAccessible(QAccessibleWidget):
    """The canvas: a graphic whose children are the network's items (see items_of)."""

    def __init__(self, canvas: "NetworkCanvas") -> None:
        super().__init__(canvas, QAccessible.Role.Graphic, _tr("Network"))
        self.canvas = canvas
        self._children: dict[tuple, CanvasItemAccessible] = {}  # made when first asked for, kept alive here
        self._sizes: tuple = ()
        self.items: list[tuple] = []
        self.index_of: dict[tuple, int] = {}
        self._refresh_items()

    def _refresh_items(self) -> None:
        sizes = tuple(self.canvas.doc.network.sizes)
        if sizes != self._sizes:
            self._sizes, self.items = sizes, items_of(list(sizes))
            self.index_of = {item: k for k, item in enumerate(self.items)}

    def text(self, which: QAccessible.Text) -> str:
        if which == QAccessible.Text.Name:
            return _tr("Network")
        if which == QAccessible.Text.Description:
            return _tr("The network: Tab and the arrow keys move between its neurons, weights and the loss; "
                       "Enter edits the focused one.")
        return super().text(which)

    def childCount(self) -> int:
        self._refresh_items()
        return len(self.items)

    def child(self, index: int):
        self._refresh_items()
        if not 0 <= index < len(self.items):
            return None
        item = self.items[index]
        if item not in self._children:
            child = CanvasItemAccessible(self, item)
            QAccessible.registerAccessibleInterface(child)
            self._children[item] = child
        return self._children[item]

    def indexOfChild(self, child) -> int:
        item = getattr(child, "item", None)
        return self.index_of.get(item, -1)

    def focusChild(self):
        focus = self.canvas.doc.focus
        if focus is None:
            return None
        item = ("loss",) if focus.kind == "loss" else (
            ("edge", focus.layer, focus.j, focus.i) if focus.kind == "edge" else ("neuron", focus.layer, focus.j))
        k = self.index_of.get(item)
        return None if k is None else self.child(k)


_canvas_class: type | None = None  # NetworkCanvas, given by `install` (it imports this module)


def accessible_factory(key: str, obj):
    """Return the canvas's interface for a NetworkCanvas (None: Qt's own for everything else)."""
    return CanvasAccessible(obj) if _canvas_class is not None and isinstance(obj, _canvas_class) else None


def install(canvas_class: type) -> None:
    """Make Qt ask `accessible_factory` for the interface of every `canvas_class` (once per process)."""
    global _canvas_class
    if _canvas_class is None:
        _canvas_class = canvas_class
        QAccessible.installFactory(accessible_factory)


def event_announcement(canvas: "NetworkCanvas") -> str:
    """Return the words for the step's current event: its place and the numbers it revealed."""
    doc, fmt = canvas.doc, canvas.options.fmt
    event, revealed = doc.cursor.current, doc.revealed
    if event is None:
        return _tr("Step {n}: the start, nothing computed yet").format(n=doc.step_count + 1)
    if event.phase == "loss":
        return _tr("Loss: L = {L}").format(L=fmt(revealed.value("loss")))
    if event.phase == "update":
        return _tr("Update, layer {l}: its weights and biases take their new values").format(l=event.layer)
    l, j = event.layer, event.neuron
    if event.phase == "forward":
        return _tr("Forward, layer {l}, neuron {j}: z = {z}, x = {x}").format(
            l=l, j=j + 1, z=fmt(revealed.value("z", l, j)), x=fmt(revealed.value("x", l, j)))
    return _tr("Backward, layer {l}, neuron {j}: δ = {delta}, ∂L/∂b = {db}").format(
        l=l, j=j + 1, delta=fmt(revealed.value("delta", l, j)), db=fmt(revealed.value("db", l, j)))


class CanvasSpeaker(QObject):
    """Tells a screen reader what happens on the canvas: each step event as it is revealed (an
    announcement), and the item the focus moves to (a focus event on its accessible child)."""

    def __init__(self, canvas: "NetworkCanvas") -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.last_announcement = ""
        self._said: tuple | None = None  # (cursor, position) last announced
        canvas.doc.cursorMoved.connect(self._on_cursor_moved)
        canvas.doc.focusChanged.connect(self._on_focus_changed)

    def _on_cursor_moved(self) -> None:
        cursor = self.canvas.doc.cursor
        where = (id(cursor), cursor.position, self.canvas.doc.step_count)
        if where == self._said or cursor.current is None:
            return  # a rebuild (an edit, a training frame) is no event to say
        self._said = where
        self.announce(event_announcement(self.canvas))

    def announce(self, text: str) -> None:
        """Say `text` through the screen reader, if one listens (an accessible announcement)."""
        self.last_announcement = text
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.canvas, text))

    def _on_focus_changed(self) -> None:
        if not (self.canvas.hasFocus() and QAccessible.isActive()):
            return
        canvas = QAccessible.queryAccessibleInterface(self.canvas)
        child = canvas.focusChild() if canvas is not None else None
        if child is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
