"""Which neurons have stopped learning on a data set: dead ReLUs and saturated neurons.

Both stop the gradient through a neuron, by the hidden delta δ_j = f'(z_j) Σ_k w_jk δ_k:

- dead: f'(z_j) = 0 at every sample (a ReLU whose z_j ≤ 0 for all of them). Its δ_j, and
  every ∂L/∂w of the weights into it, are exactly 0, on every batch: gradient descent can
  never move it again. A layer all dead passes no gradient to the layers before it.
- saturated: f'(z_j) below SATURATION_FRACTION of the activation's steepest slope, on
  average over the samples (a sigmoid or tanh far from z = 0). Its δ_j is tiny, not 0:
  it learns slowly, and layers of them multiply small factors, the vanishing gradient.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from bpviz.engine.nn.activations import get_activation
from bpviz.engine.nn.network import Network


class LayerHealth(NamedTuple):
    """The neurons of one layer that stopped learning on the samples looked at."""

    layer: int
    activation: str
    dead: np.ndarray       # (n_l,) bool: f'(z) = 0 at every sample
    saturated: np.ndarray  # (n_l,) bool: mean f'(z) below SATURATION_FRACTION · max f'

    @property
    def all_dead(self) -> bool:
        return bool(self.dead.all())

    @property
    def all_saturated(self) -> bool:
        return bool(self.saturated.all())


def layer_health(net: Network, X: np.ndarray) -> list[LayerHealth]:
    """Return the health of layers 1..L−1 (the hidden ones) on inputs X, shape (n, n_0).

    dead_j = all over samples of f'(z_j) = 0;  saturated_j = mean f'(z_j) < 0.02 · max f'.
    """
    trace = net.forward(X)
    out = []
    for l in range(1, net.L):
        activation = get_activation(net.activations[l])
        f_prime = trace.f_prime[l]
        dead = (f_prime == 0).all(axis=0) if activation.can_die and len(f_prime) else np.zeros(net.sizes[l], bool)
        if activation.saturates and len(f_prime):
            saturated = f_prime.mean(axis=0) < activation.saturation_threshold
        else:
            saturated = np.zeros(net.sizes[l], bool)
        out.append(LayerHealth(l, activation.name, dead, saturated))
    return out
