"""Saturation: a neuron whose f'(z) is nearly 0, so that its δ, and its weights' gradients, are small.

One rule for every view (the canvas's rings and tooltips, the inspector's warning, the weights
table's shading): once the forward pass has revealed z, f'(z) below 2 % of f's steepest slope.
An output trained with cross-entropy is never marked: there δ = y − t, and f' cancels.
"""

from __future__ import annotations

import numpy as np

from bpviz.engine import Network, StepThrough
from bpviz.engine.nn.activations import get_activation
from bpviz.state import Revealed


def saturation_threshold(net: Network, layer: int) -> float | None:
    """Return the f'(z) below which a neuron of `layer` is saturated; None where none can be.

    threshold = SATURATION_FRACTION · max f'; None for the input layer, an activation of no
    known slope (softmax) and an output trained with cross-entropy.
    """
    if not 1 <= layer <= net.L:
        return None
    if layer == net.L and net.loss == "cross_entropy":
        return None
    return get_activation(net.activations[layer]).saturation_threshold


def saturated(cursor: StepThrough, sample: int = 0) -> list[np.ndarray]:
    """Return, per layer 0..L, which neurons are saturated for sample `sample` of the batch:
    revealed, f'(z) below the threshold."""
    net, tr = cursor.net, cursor.trace
    out = [np.zeros(net.sizes[0], bool)]
    for l in range(1, net.L + 1):
        threshold = saturation_threshold(net, l)
        mask = np.zeros(net.sizes[l], bool)
        if threshold is not None:
            revealed = Revealed(cursor, sample).known_rows("f_prime", l)
            mask = revealed & (tr.f_prime[l][sample] < threshold)
        out.append(mask)
    return out


def is_saturated(net: Network, cursor: StepThrough, layer: int, j: int, sample: int = 0) -> bool:
    """Return whether neuron j of `layer` is saturated (one neuron of `saturated`, for the docks)."""
    threshold = saturation_threshold(net, layer)
    value = Revealed(cursor, sample).value("f_prime", layer, j)
    return threshold is not None and value is not None and value < threshold
