"""StepTrace: every number one step of backpropagation produced, frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from bpviz.engine.nn.layer import sample_gradients

Layers = Optional[list]  # list indexed by the seed's l = 0..L; None where nothing is defined


def frozen(a: np.ndarray | None) -> np.ndarray | None:
    """Return `a` marked read-only (the array itself, not a copy)."""
    if a is not None:
        a.setflags(write=False)
    return a


@dataclass(frozen=True)
class StepTrace:
    """The numbers of one forward pass, and optionally its backward pass and update.

    Per layer l (lists indexed 0..L; entry 0 is None except for `x`):
      x[l]        x_j^(l) = f(z_j^(l)), shape (n, sizes[l]); x[0] is the input
      z[l]        z_j^(l) = Σ_i w_ji^(l) x_i^(l-1) + b_j^(l)
      f_prime[l]  f'(z_j^(l))
      dL_dx[l]    ∂L/∂x_j^(l) for each sample's own loss
      delta[l]    δ_j^(l) = ∂L/∂z_j^(l) = ∂L/∂x_j^(l) f'(z_j^(l)) for each sample's own loss
      dW[l]       ∂L/∂w_ji^(l) of the batch loss: the mean over samples of δ_j x_i
                  (plus the regularisation term when l1 or l2 is set)
      db[l]       ∂L/∂b_j^(l) of the batch loss: the mean over samples of δ_j
      W_before[l], b_before[l]  the weights the forward pass used
      W_after[l], b_after[l]    w ← w − α ∂L/∂w, b ← b − α ∂L/∂b
    loss is the batch loss before the update: the mean over samples of L, plus the penalty;
    sample_losses holds each sample's own Lₙ (shape (n,)), whose mean is data_loss.
    Every array is read-only: a trace never changes after it is made.
    """

    x: list
    z: list
    f_prime: list
    W_before: list
    b_before: list
    T: Optional[np.ndarray] = None
    loss: Optional[float] = None
    data_loss: Optional[float] = None
    penalty: float = 0.0
    sample_losses: Optional[np.ndarray] = None
    dL_dx: Layers = None
    delta: Layers = None
    dW: Layers = None
    db: Layers = None
    W_after: Layers = None
    b_after: Layers = None
    lr: Optional[float] = None
    l1: float = 0.0
    l2: float = 0.0
    _terms: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # sample_gradients, by layer

    def __post_init__(self) -> None:
        for name in _ARRAY_FIELDS:
            value = getattr(self, name)
            if isinstance(value, list):
                for a in value:
                    if a is not None:
                        a.setflags(write=False)
            elif value is not None:
                value.setflags(write=False)

    @property
    def L(self) -> int:
        """Number of weighted layers."""
        return len(self.x) - 1

    @property
    def y(self) -> np.ndarray:
        """The network's output x^(L)."""
        return self.x[-1]

    @property
    def n_samples(self) -> int:
        return self.x[0].shape[0]

    def sample_gradients(self, l: int) -> tuple[np.ndarray, np.ndarray]:
        """Return each sample's own ∂Lₙ/∂W⁽ˡ⁾ and ∂Lₙ/∂b⁽ˡ⁾ (shapes (n, n_out, n_in) and
        (n, n_out)): the terms whose mean, without the penalty, is dW[l] and db[l]."""
        if self.delta is None:
            raise ValueError("the trace has no backward pass")
        if l not in self._terms:  # views ask for them cell by cell
            self._terms[l] = tuple(frozen(a) for a in sample_gradients(self.delta[l], self.x[l - 1]))
        return self._terms[l]

    def of_sample(self, s: int) -> "StepTrace":
        """Return sample s's own step in a batch: its forward pass, its loss Lₙ, its backward
        pass and its own ∂Lₙ/∂w and ∂Lₙ/∂b (no update: a batch updates with their mean)."""
        if not 0 <= s < self.n_samples:
            raise ValueError(f"no sample {s} in a batch of {self.n_samples}")

        def row(layers):
            return None if layers is None else [None if a is None else a[s:s + 1] for a in layers]

        own = {}
        if self.delta is not None:
            grads = [None] + [self.sample_gradients(l) for l in range(1, self.L + 1)]
            own = {"dL_dx": row(self.dL_dx), "delta": row(self.delta),
                   "dW": [None] + [g[0][s] for g in grads[1:]], "db": [None] + [g[1][s] for g in grads[1:]]}
        loss = None if self.sample_losses is None else float(self.sample_losses[s])
        return StepTrace(x=row(self.x), z=row(self.z), f_prime=row(self.f_prime), W_before=self.W_before,
                         b_before=self.b_before, T=None if self.T is None else self.T[s:s + 1], loss=loss,
                         data_loss=loss, sample_losses=None if loss is None else self.sample_losses[s:s + 1],
                         lr=self.lr, **own)

    @property
    def has_backward(self) -> bool:
        return self.delta is not None

    @property
    def has_update(self) -> bool:
        return self.W_after is not None

    def __repr__(self) -> str:
        sizes = [a.shape[1] for a in self.x]
        loss = "?" if self.loss is None else f"{self.loss:.6g}"
        stage = "update" if self.has_update else "backward" if self.has_backward else "forward"
        return f"StepTrace(sizes={sizes}, n={self.n_samples}, loss={loss}, through={stage})"


_ARRAY_FIELDS = ("x", "z", "f_prime", "W_before", "b_before", "T", "sample_losses", "dL_dx", "delta", "dW", "db",
                 "W_after", "b_after")
