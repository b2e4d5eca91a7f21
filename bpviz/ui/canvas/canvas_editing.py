"""Editing on the network canvas: the inline editor laid over a weight, bias, input or target,
and the context menus of neurons, columns, edges, the loss and the background.

CanvasEditing is a mixin of NetworkCanvas. It reads the canvas's document (`doc`), its layout
and where its text was placed (`_layout`, `_chrome_places`, `_edge_label_places`), finds what
is under a point with `hit_at`, and changes the document only through the canvas's `_try` or
the document's methods.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QActionGroup, QFontMetricsF
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from bpviz.engine import ACTIVATIONS, LOSSES
from bpviz.state.document.parsing import parse_number

from bpviz.ui.look import notation, palette
from bpviz.ui.canvas.canvas_labels import VALUE_PT
from bpviz.ui.canvas.canvas_model import focus_of, target_symbol
from bpviz.ui.shell.i18n import tr, tr_noop

NOTHING_TO_EDIT = tr_noop("Nothing to edit there: select an edge to edit its weight, a neuron of layers 1 to L "
                          "to edit its bias, or an input neuron to edit the input.", "NetworkCanvas")


def _tr(text: str) -> str:
    # A mixin is no QObject: its texts share the canvas's context.
    return tr(text, "NetworkCanvas")


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


class CanvasEditing:
    """The canvas's inline editor and context menus (a mixin of NetworkCanvas)."""

    _editor: _InlineEditor | None = None
    _edit_target: tuple = ()
    _edit_what = ""

    # -- editing in place ------------------------------------------------------------------------------

    def edit_focused(self) -> None:
        """Open the editor on the focused edge's weight, the focused neuron's bias, or an input."""
        focus = self.doc.focus
        if focus is None or focus.kind == "loss":
            self.messageRaised.emit(_tr(NOTHING_TO_EDIT))
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
        targets = self._chrome_places.targets
        where = targets[k].center() if k < len(targets) else self.neuron_scene_pos(self._layout.L, k)
        self._open_editor(("target", k), where, float(self.doc.target[k]), target_symbol(k))

    @property
    def editor(self) -> QLineEdit | None:
        """The open inline editor, if any."""
        return self._editor

    def _edge_anchor(self, layer: int, j: int, i: int) -> QPointF:
        for rect, ids in self._edge_label_places.hits:
            if ids == (layer, j, i):
                return rect.center()
        return self.edge_scene_pos(layer, j, i)

    def _open_editor(self, target: tuple, where: QPointF, value: float, what: str) -> None:
        self._close_editor()
        editor = _InlineEditor(self.viewport())
        editor.setFont(self._font(VALUE_PT))
        editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {palette.FOCUS.name()}; border-radius: 4px;"
                             f" background: white; color: {palette.TEXT.name()}; padding: 1px 4px; }}")
        editor.setText(repr(float(value)))
        editor.setToolTip(_tr("New value of {what}: Enter sets it, Esc cancels").format(what=what))
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
        if (focus := focus_of(self.hit_at(pos))) is not None:
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
            headers = self._chrome_places.headers
            top = headers[0].top() if headers else 0.0
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
            menu.addAction(_tr("Edit {what}…").format(what=notation.weight(hit.layer, hit.j, hit.i)),
                           lambda: self.edit_parameter(hit.layer, hit.j, hit.i))
            menu.addSeparator()
            self._add_layer_actions(menu, hit.layer)
            return menu
        return self.column_menu(hit.layer)

    def neuron_menu(self, layer: int, j: int) -> QMenu:
        """Return the menu of neuron j of `layer`: edit, add or remove neurons and layers, activation."""
        menu = QMenu(self)
        if layer >= 1:
            menu.addAction(_tr("Edit {what}…").format(what=notation.bias(layer, j)),
                           lambda: self.edit_parameter(layer, j, -1))
        else:
            menu.addAction(_tr("Edit {what}…").format(what=notation.neuron_value("x", 0, j)),
                           lambda: self.edit_input(j))
        menu.addSeparator()
        menu.addAction(_tr("Add neuron to layer {l}").format(l=layer), lambda: self._try(self.doc.structure.add_neuron, layer))
        remove = menu.addAction(_tr("Remove this neuron"), lambda: self._try(self.doc.structure.remove_neuron, layer, j))
        remove.setEnabled(self.doc.network.sizes[layer] > 1)
        menu.addSeparator()
        self._add_layer_actions(menu, layer)
        return menu

    def column_menu(self, layer: int) -> QMenu:
        """Return the menu of a column: add or remove neurons, add or remove layers, activation."""
        menu = QMenu(self)
        sizes = self.doc.network.sizes
        menu.addAction(_tr("Add neuron to layer {l}").format(l=layer), lambda: self._try(self.doc.structure.add_neuron, layer))
        remove = menu.addAction(_tr("Remove the last neuron of layer {l}").format(l=layer),
                                lambda: self._try(self.doc.structure.remove_neuron, layer, sizes[layer] - 1))
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
            action.triggered.connect(lambda checked=False, n=name: self._try(self.doc.structure.set_loss, n))
            group.addAction(action)
        return menu

    def background_menu(self) -> QMenu:
        menu = QMenu(self)
        L = self.doc.network.L
        menu.addAction(_tr("Add hidden layer"), lambda: self._try(self.doc.structure.add_layer, L))
        menu.addAction(_tr("Fit to window"), self.zoom_fit)
        return menu

    def _add_layer_actions(self, menu: QMenu, layer: int) -> None:
        """Add the layer actions that are legal for `layer`: hidden layers sit between 1 and L."""
        net = self.doc.network
        L = net.L
        if 1 <= layer <= L:
            menu.addAction(_tr("Add hidden layer before layer {l}").format(l=layer),
                           lambda: self._try(self.doc.structure.add_layer, layer))
        if layer <= L - 1:
            menu.addAction(_tr("Add hidden layer after layer {l}").format(l=layer),
                           lambda: self._try(self.doc.structure.add_layer, layer + 1))
        if 1 <= layer <= L - 1:
            menu.addAction(_tr("Remove layer {l}").format(l=layer), lambda: self._try(self.doc.structure.remove_layer, layer))
        if layer >= 1:
            sub = menu.addMenu(_tr("Activation"))
            group = QActionGroup(sub)
            for name, activation in ACTIVATIONS.items():
                if activation.output_only and layer != L:
                    continue
                action = sub.addAction(activation.label)
                action.setData(name)
                action.setCheckable(True)
                action.setChecked(name == net.activations[layer])
                action.triggered.connect(lambda checked=False, n=name: self._try(self.doc.structure.set_activation, layer, n))
                group.addAction(action)

