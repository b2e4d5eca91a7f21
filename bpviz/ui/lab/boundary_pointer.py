"""The pointer on the output plot: a point's tooltip, and clicks that edit the data.

PointerOnPoints is a mixin of BoundaryPlot. Resting on a point tells where it is, its class
or target and the network's output there. A left click adds a point (of the class the Data
panel draws with; on 1-D data, the click's height is its target), a right click on a point
removes it, Ctrl+click on a point steps through that sample; all through the document, and
a refusal is a message.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from bpviz.ui.look import notation
from bpviz.ui.widgets.plain_text import tooltip

PICK_RADIUS = 10   # px: a right click or Ctrl+click this close to a point means the point


class PointerOnPoints:
    """What resting on and clicking the output plot do (a mixin of BoundaryPlot)."""

    def describe_point(self, index: int) -> str:
        """Return the tooltip of data point `index`: where it is, its class or target, and y there."""
        data, fmt = self.doc.lab.dataset, self.options.fmt
        if data is None or not 0 <= index < len(data):
            return ""  # the points drawn are older than the data (a redraw is on its way)
        held = index < len(self._test) and self._test[index]
        lines = [(self.tr("point {n} (test)") if held else self.tr("point {n} (train)")).format(n=index + 1)]
        x = data.X[index]
        lines.append(", ".join(f"{notation.input_name(n)} = {fmt(float(v))}"
                               for n, v in zip(data.input_names, x)))
        if data.kind == "classification":
            label = int(data.labels[index])
            lines.append((self.tr("class {k} (t = {t})") if data.classes == 2 else self.tr("class {k}")).format(
                k=label + 1, t=label))
        else:
            lines.append(self.tr("target t = {t}").format(t=fmt(float(data.T[index, 0]))))
        y = self.maps.outputs_at(x[None, :])
        if y is not None:
            y = y[0]
            if len(y) == 1:
                lines.append(self.tr("network output y = {y}").format(y=fmt(float(y[0]))))
            else:
                lines.append(self.tr("network output: class {k}, y = ({y})").format(
                    k=int(np.argmax(y)) + 1, y=", ".join(fmt(float(v)) for v in y)))
        return "\n".join(lines)

    def _tip(self, x: float, y: float, data) -> str:
        try:
            return tooltip(self.describe_point(int(data)))
        except (TypeError, IndexError, ValueError):
            return ""

    def _on_scene_clicked(self, ev) -> None:
        vb = self.plotItem.vb
        if self._mode == "none" or not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        where = vb.mapSceneToView(ev.scenePos())
        x, y = where.x(), where.y()
        near = self._point_near(x, y)
        ctrl = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
        try:
            if ev.button() == Qt.MouseButton.LeftButton and ctrl:
                if near is not None:
                    self.doc.select_sample(near)
            elif ev.button() == Qt.MouseButton.LeftButton:
                self._add_point(x, y)
            elif ev.button() == Qt.MouseButton.RightButton and near is not None:
                self.doc.lab.remove_point(near)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
        ev.accept()

    def _add_point(self, x: float, y: float) -> None:
        if self._mode == "curve":
            self.doc.lab.add_point(x, 0.0, y)  # 1-D: the height of the click is the target
            return
        self.doc.lab.add_point(x, y, self.draw_value())

    def _point_near(self, x: float, y: float) -> int | None:
        """Return the index of the data point within PICK_RADIUS pixels of (x, y), or None."""
        if not len(self._positions):
            return None
        px, py = self.plotItem.vb.viewPixelSize()
        d2 = ((self._positions[:, 0] - x) / px) ** 2 + ((self._positions[:, 1] - y) / py) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= PICK_RADIUS ** 2 else None
