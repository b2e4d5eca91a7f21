"""Revealed: which numbers of the step the cursor has revealed, the one rule every view reads.

The canvas, the Inspector, the weights table, the weight matrices, the saturation marks, the
Example panel and the step bar all ask here, so they can never disagree about what is known:

- x⁽⁰⁾ is always known; z, x and f′(z) of a neuron once its forward event is revealed;
- the loss L, and ∂L/∂y (= ∂L/∂x of the output layer), once the loss event is;
- ∂L/∂x of a hidden neuron, its δ, its ∂L/∂w and ∂L/∂b once its backward event is;
- the new weights and biases of a layer (W after, b after, and Δw) once its update event is.

In a batch, the values of a neuron (x, z, f′, ∂L/∂x, δ) are those of the sample shown; the
loss, ∂L/∂w and ∂L/∂b are the batch's (the means the update uses), and `terms` gives each
sample's own Lₙ, ∂Lₙ/∂w and ∂Lₙ/∂b.
"""

from __future__ import annotations

import numpy as np

from bpviz.engine import StepThrough

NEURON_KINDS = ("x", "z", "f_prime", "dL_dx", "delta", "db", "b_after", "b_change")
EDGE_KINDS = ("dW", "W_after", "W_change")
KINDS = NEURON_KINDS + EDGE_KINDS + ("loss",)

_EVENT_OF = {"x": "forward", "z": "forward", "f_prime": "forward", "dL_dx": "backward",
             "delta": "backward", "db": "backward", "dW": "backward", "b_after": "update",
             "b_change": "update", "W_after": "update", "W_change": "update", "loss": "loss"}


class Revealed:
    """What `cursor` has revealed of its step's numbers (a view of it: it copies nothing),
    for sample `sample` of its batch."""

    def __init__(self, cursor: StepThrough, sample: int = 0) -> None:
        self.cursor, self.sample = cursor, sample

    @property
    def batch_size(self) -> int:
        return self.cursor.trace.n_samples

    def known(self, kind: str, layer: int = -1, j: int = -1) -> bool:
        """Return whether `kind` of neuron j of `layer` (of the layer, for the update; the
        loss takes no layer) is revealed."""
        cursor, L = self.cursor, self.cursor.net.L
        if kind not in _EVENT_OF:
            raise ValueError(f"unknown kind {kind!r}; allowed: {', '.join(KINDS)}")
        if kind == "x" and layer == 0:
            return True
        if kind == "loss" or (kind == "dL_dx" and layer == L):  # ∂L/∂y comes with the loss
            return cursor.is_revealed("loss", L)
        return cursor.is_revealed(_EVENT_OF[kind], layer, j)

    def known_rows(self, kind: str, layer: int) -> np.ndarray:
        """Return, for each neuron of `layer`, whether `kind` of it is revealed."""
        return np.array([self.known(kind, layer, j) for j in range(self.cursor.net.sizes[layer])], bool)

    def value(self, kind: str, layer: int = -1, j: int = -1, i: int = -1) -> float | None:
        """Return the number `kind` of neuron j (edge w_ji for EDGE_KINDS) of `layer`, from
        the trace, or None while the cursor has not revealed it."""
        if not self.known(kind, layer, j):
            return None
        tr = self.cursor.trace
        if kind == "loss":
            return float(tr.loss)
        if kind in ("x", "z", "f_prime", "dL_dx", "delta"):
            return float(getattr(tr, kind)[layer][self.sample, j])
        if kind == "db":
            return float(tr.db[layer][j])
        if kind == "dW":
            return float(tr.dW[layer][j, i])
        if kind in ("b_after", "b_change"):
            after = float(tr.b_after[layer][j])
            return after if kind == "b_after" else after - float(tr.b_before[layer][j])
        after = float(tr.W_after[layer][j, i])
        return after if kind == "W_after" else after - float(tr.W_before[layer][j, i])

    def terms(self, kind: str, layer: int = -1, j: int = -1, i: int = -1) -> np.ndarray | None:
        """Return each sample's own term of the batch's "loss" (Lₙ), "dW" (∂Lₙ/∂w_ji) or "db"
        (∂Lₙ/∂b_j), whose mean is `value` (without a penalty), or None while unrevealed."""
        if kind not in ("loss", "dW", "db"):
            raise ValueError(f"no terms of {kind!r}; allowed: loss, dW, db")
        if not self.known(kind, layer, j):
            return None
        tr = self.cursor.trace
        if kind == "loss":
            return tr.sample_losses
        dW, db = tr.sample_gradients(layer)
        return dW[:, j, i] if kind == "dW" else db[:, j]

    def __repr__(self) -> str:
        return f"Revealed({self.cursor!r}, sample={self.sample})"
