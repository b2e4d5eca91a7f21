"""Undoable edits to the document. Each names what it changes by stable ids, never by items."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bpviz.engine import Network
from bpviz.engine.teaching.worked_example import idx, plain, sym

if TYPE_CHECKING:
    from bpviz.state.document.document import Document


def parameter_name(layer: int, j: int, i: int = -1) -> str:
    """Return w_ji^(l) (i ≥ 0) or b_j^(l) (i = −1) as plain text, 1-based: "w_21^(1)", "w_11,2^(1)"."""
    return plain(sym("w", idx(j + 1, i + 1), layer) if i >= 0 else sym("b", idx(j + 1), layer))


class SetParameterCommand(QUndoCommand):
    """Set one weight w_ji^(l) (i ≥ 0) or one bias b_j^(l) (i = −1) to a new value."""

    def __init__(self, doc: "Document", layer: int, j: int, i: int, value: float) -> None:
        # The Edit menu shows this text ("Undo Set w_11^(1) to 0.5"): a QUndoCommand has no tr of its own.
        super().__init__(QCoreApplication.translate("commands", "Set {name} to {value:g}").format(
            name=parameter_name(layer, j, i), value=value))
        self.doc, self.layer, self.j, self.i = doc, layer, j, i
        self.new = float(value)
        self.old = float(doc.parameter(layer, j, i))

    def redo(self) -> None:
        self.doc.apply_parameter(self.layer, self.j, self.i, self.new)

    def undo(self) -> None:
        self.doc.apply_parameter(self.layer, self.j, self.i, self.old)


class ReplaceNetworkCommand(QUndoCommand):
    """Replace the whole network (a change of shape, activation, loss or initialisation).

    Keeps its own copies of the network before and after, and of the example, whose length
    follows the input and output layers.
    """

    def __init__(self, doc: "Document", after: Network, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = (doc.network.copy(), doc.inputs.copy(), doc.targets.copy())
        self.after = (after.copy(), fit_to_length(doc.inputs, after.sizes[0]),
                      fit_to_length(doc.targets, after.sizes[-1]))

    def redo(self) -> None:
        net, x, t = self.after
        self.doc.apply_network(net.copy(), x.copy(), t.copy())

    def undo(self) -> None:
        net, x, t = self.before
        self.doc.apply_network(net.copy(), x.copy(), t.copy())


class SetExampleCommand(QUndoCommand):
    """Set the example (inputs x^(0) and targets t, a row per sample of the batch) and the
    learning rate α together."""

    def __init__(self, doc: "Document", X: np.ndarray, T: np.ndarray, lr: float, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = (doc.inputs.copy(), doc.targets.copy(), doc.lr)
        self.after = (np.array(X, dtype=float), np.array(T, dtype=float), float(lr))

    def redo(self) -> None:
        self.doc.apply_example(*self.after)

    def undo(self) -> None:
        self.doc.apply_example(*self.before)


def fit_to_length(values: np.ndarray, n: int) -> np.ndarray:
    """Return `values` (a vector, or rows of them) cut or padded with zeros to length n."""
    out = np.zeros(values.shape[:-1] + (n,))
    k = min(n, values.shape[-1])
    out[..., :k] = values[..., :k]
    return out
