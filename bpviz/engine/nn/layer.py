"""One layer's equations, written once: every numpy path of bpviz (a step, training, a
prediction, the gradient check, the maps of the input plane) computes a layer with these.

Samples are rows: x_in has shape (n_samples, n_in), W has shape (n_out, n_in), so the seed's
Σ_i w_ji x_i is the matrix product x_in Wᵀ. The compiled kernel (training/epoch_kernel.py)
keeps its own loops, as numba needs; tests/engine/training/test_compiled_epoch.py holds it to
these for every activation and loss.
"""

from __future__ import annotations

from typing import Iterator, Sequence

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS, Activation


def weighted_input(W: np.ndarray, b: np.ndarray, x_in: np.ndarray) -> np.ndarray:
    """Return z_j^(l) = Σ_i w_ji^(l) x_i^(l-1) + b_j^(l) for every sample (a row each)."""
    return x_in @ W.T + b


def layer_forward(W: np.ndarray, b: np.ndarray, x_in: np.ndarray, f: Activation) -> tuple[np.ndarray, np.ndarray]:
    """Return z^(l) and x^(l) = f(z^(l)) of one layer."""
    z = weighted_input(W, b, x_in)
    return z, f.f(z)


def _outputs(W: Sequence, b: Sequence, activations: Sequence[str | None], x: np.ndarray,
             first: int) -> Iterator[np.ndarray]:
    """Yield x^(first), …, x^(L): ``x`` (the input of layer ``first``) through the layers above."""
    for l in range(first, len(W)):
        x = ACTIVATIONS[activations[l]].f(weighted_input(W[l], b[l], x))
        yield x


def forward_from(W: Sequence, b: Sequence, activations: Sequence[str | None], x: np.ndarray,
                 first: int = 1) -> list[np.ndarray]:
    """Return x^(first), …, x^(L): ``x`` (the input of layer ``first``) through the layers above."""
    return list(_outputs(W, b, activations, x, first))


def output_from(W: Sequence, b: Sequence, activations: Sequence[str | None], x: np.ndarray,
                first: int = 1) -> np.ndarray:
    """Return x^(L) for ``x``, the input of layer ``first`` (``x`` itself above the last layer),
    keeping no layer's outputs but the one under way."""
    for x in _outputs(W, b, activations, x, first):
        pass
    return x


def delta_of_layer_below(delta_above: np.ndarray, W_above: np.ndarray,
                         f_prime: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ∂L/∂x^(l) and δ^(l) from the layer above:

    ∂L/∂x_j^(l) = Σ_k ∂L/∂z_k^(l+1) w_kj^(l+1),   δ_j^(l) = ∂L/∂x_j^(l) f'(z_j^(l))
    """
    dL_dx = delta_above @ W_above
    return dL_dx, dL_dx * f_prime


def layer_gradients(delta: np.ndarray, x_in: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ∂L/∂W^(l) and ∂L/∂b^(l), each the mean over the samples of

    ∂L/∂w_ji^(l) = δ_j^(l) x_i^(l-1),   ∂L/∂b_j^(l) = δ_j^(l)
    """
    n = x_in.shape[0]
    dW = delta.T @ x_in  # Σ over samples of δ_j x_i ...
    dW /= n              # ... then the mean
    return dW, delta.sum(axis=0) / n


def sample_gradients(delta: np.ndarray, x_in: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return each sample's own ∂Lₙ/∂W^(l) and ∂Lₙ/∂b^(l), shapes (n, n_out, n_in) and (n, n_out):

    ∂Lₙ/∂w_ji^(l) = δ_jn^(l) x_in^(l-1),   ∂Lₙ/∂b_j^(l) = δ_jn^(l)

    the terms whose mean `layer_gradients` returns (a mini-batch shows each of them).
    """
    return delta[:, :, None] * x_in[:, None, :], delta.copy()
