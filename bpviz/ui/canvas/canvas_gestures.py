"""Gestures on the network canvas: clicks, double clicks, drags, the wheel and the keys.

CanvasGestures is a mixin of NetworkCanvas. A click focuses what it names or presses a
+/− button, a double click (or Enter, F2) opens the editor of CanvasEditing, a drag pans
a zoomed canvas, Ctrl + wheel zooms (as the View menu's zoom does); Tab, Up and Down, Ctrl+Left
and Ctrl+Right and W move the focus (focus_moves says where), + and − add and remove neurons;
resting on a neuron shows its tooltip, or its map large. It finds what is under the pointer with the canvas's `hit_at` and changes the
document only through the canvas's `_try` or the document's methods.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView, QToolTip

from bpviz.state.document import focus_moves

from bpviz.ui.widgets import plain_text
from bpviz.ui.canvas.canvas_model import Hit, focus_of, tooltip
from bpviz.ui.shell.i18n import tr, tr_noop

HIT_TOLERANCE_PX = 6.0
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.5, 8.0
# A mixin is no QObject: its text is shown through tr(..., "NetworkCanvas"), the canvas's context.
SELECT_A_NEURON = tr_noop("Select a neuron first: click it, or move with Tab and the Up and Down keys.",
                          "NetworkCanvas")
NO_INCOMING = tr_noop("An input neuron and the loss have no incoming weights: W moves from a neuron of "
                      "layer 1 or above to its weights, and back.", "NetworkCanvas")


class CanvasGestures:
    """What the mouse and the keys do on the canvas (a mixin of NetworkCanvas)."""

    _pan_from: QPointF | None = None  # where a drag that pans started, in viewport pixels

    # -- what is where, and what is under the pointer ------------------------------------------

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
        return QRectF(self._chrome_places.buttons[(layer, kind)])

    def loss_scene_rect(self) -> QRectF:
        return QRectF(self._chrome_places.loss_rect)

    def hit_at(self, pos: QPointF) -> Hit | None:
        """Return what is under scene point `pos` (buttons first, then squares, circles, edges)."""
        lay, placed, x, y = self._layout, self._chrome_places, pos.x(), pos.y()
        tol = HIT_TOLERANCE_PX / self._zoom
        for (layer, kind), rect in placed.buttons.items():
            if rect.contains(pos):
                return Hit(kind, layer)
        if (hit := lay.bias_at(x, y, tol / 2)) is not None:
            return Hit("bias", *hit)
        if (hit := lay.neuron_at(x, y, tol / 2)) is not None:
            return Hit("neuron", *hit)
        if placed.loss_rect.contains(pos):
            return Hit("loss", lay.L)
        for k, rect in enumerate(placed.targets):
            if rect.contains(pos):
                return Hit("target", lay.L, k)
        for rect, (layer, j, i) in self._edge_label_places.hits:
            if rect.contains(pos):
                return Hit("edge", layer, j, i)
        for layer, rect in placed.headers.items():
            if rect.contains(pos):
                return Hit("header", layer)
        if (hit := lay.edge_at(x, y, max(tol, self._widths[1] / 2 + 2))) is not None:
            return Hit("edge", *hit)
        return None

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
        self.doc.set_hover(focus_of(hit))
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
        if (focus := focus_of(hit)) is not None:
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
            self._try(self.doc.structure.add_neuron, hit.layer)
        elif hit.kind == "remove":
            self._try(self.doc.structure.remove_neuron, hit.layer, self.doc.network.sizes[hit.layer] - 1)
        elif (focus := focus_of(hit)) is not None:
            self._try(self.doc.set_focus, focus)

    # -- keyboard -----------------------------------------------------------------------------------

    _OWN_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Insert,
                 Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_W}
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
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in self._STEP_KEYS and not (ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            event.ignore()  # the window steps with these (Ctrl+Left and Ctrl+Right cross layers here)
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom_fit()
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # plain Left and Right step
            self._try(self.doc.set_focus, focus_moves.across_layers(self.doc.focus, self.doc.network.sizes,
                                                                    -1 if key == Qt.Key.Key_Left else 1))
        elif not self._plain(event):
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._try(self.doc.set_focus, focus_moves.within_layer(self.doc.focus, self.doc.network.sizes,
                                                                   -1 if key == Qt.Key.Key_Up else 1))
        elif key == Qt.Key.Key_W:
            target = focus_moves.incoming(self.doc.focus, self.doc.network.sizes)
            if target is None:
                self.messageRaised.emit(tr(NO_INCOMING, "NetworkCanvas"))
            else:
                self._try(self.doc.set_focus, target)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
            focus = self.doc.focus
            self._try(self.doc.structure.add_neuron, focus.layer if focus else 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            focus = self.doc.focus
            if focus is None or focus.kind != "neuron":
                self.messageRaised.emit(tr(SELECT_A_NEURON, "NetworkCanvas"))
            else:
                self._try(self.doc.structure.remove_neuron, focus.layer, focus.j)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_focused()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the neurons and the loss; past the last (or before the
        first) they leave the canvas for the window's next control, as Tab does everywhere."""
        if self.hasFocus():
            target = focus_moves.in_reading_order(self.doc.focus, self.doc.network.sizes, 1 if next else -1)
            if target is not None:
                self._try(self.doc.set_focus, target)
                return True
        return super().focusNextPrevChild(next)

    # -- zoom (the wheel's, and the View menu's) -----------------------------------------------------------------------------------

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

    # -- tooltips, and a neuron's map shown large --------------------------------------------

    def _on_hover_for_popup(self) -> None:
        hover = self.doc.hover
        if self.map_popup.neuron is not None and (
                hover is None or hover.kind != "neuron" or (hover.layer, hover.j) != self.map_popup.neuron):
            self.map_popup.dismiss()

    def tooltip_at(self, pos: QPointF) -> str:
        """Return the tooltip for scene point `pos`: the full-precision values of what is there."""
        hit = self.hit_at(pos)
        if hit is None:
            return ""
        text = tooltip(self.doc, hit, self._saturated)
        if hit.kind == "neuron" and self.shown_tiles():
            text += "\n" + self._tiles.note(hit.layer, hit.j)
        return text

    def map_image(self, layer: int, j: int):
        """Return the map the canvas draws on neuron j of `layer`, or None where it draws none."""
        images = self.tiles_item.images()
        k = sum(self.doc.network.sizes[:layer]) + j
        return images[k] if self.shown_tiles() and k < len(images) else None

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.mapToScene(event.pos())
            text, hit = self.tooltip_at(pos), self.hit_at(pos)
            image = self.map_image(hit.layer, hit.j) if hit is not None and hit.kind == "neuron" else None
            if image is not None:  # the map large, with the tooltip's text under it
                QToolTip.hideText()
                self.map_popup.show_map((hit.layer, hit.j), image, text, event.globalPos())
                return True
            self.map_popup.dismiss()
            if text:
                QToolTip.showText(event.globalPos(), plain_text.tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
