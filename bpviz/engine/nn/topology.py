"""Edits to a network's shape, each returning a new Network that keeps every weight it can.

New weights are drawn like the network's own initialisation (reproducibly, from the
network's seed and the edit), so adding a neuron does not disturb the others.
"""

from __future__ import annotations

import numpy as np

from bpviz.engine.nn.activations import get_activation
from bpviz.engine.nn.network import MAX_LAYERS, MAX_NEURONS, Network


def _fresh(net: Network, sizes: list[int], activations: list[str], loss: str | None = None) -> Network:
    """Return a network of the new shape, weights drawn from `net`'s scheme and a derived seed."""
    seed = (net.seed * 7919 + sum(sizes) * 31 + len(sizes)) % (2**31)
    return Network(sizes, activations, loss or net.loss, seed=seed, init=net.init)


def _finish(new: Network, seed: int, init: str) -> Network:
    new.seed, new.init = seed, init
    return new


def with_neuron_added(net: Network, layer: int) -> Network:
    """Return `net` with one more neuron at the end of `layer` (0 = input .. L = output)."""
    _check_layer(net, layer)
    if net.sizes[layer] >= MAX_NEURONS:
        raise ValueError(f"layer {layer} already has the most neurons allowed ({MAX_NEURONS})")
    sizes = list(net.sizes)
    sizes[layer] += 1
    new = _fresh(net, sizes, net.activations[1:])
    for l in range(1, net.L + 1):
        rows, cols = net.W[l].shape
        new.W[l][:rows, :cols] = net.W[l]
        new.b[l][:rows] = net.b[l]
    return _finish(new, net.seed, net.init)


def with_neuron_removed(net: Network, layer: int, j: int) -> Network:
    """Return `net` without neuron j (0-based) of `layer`; a layer keeps at least one neuron."""
    _check_layer(net, layer)
    if not 0 <= j < net.sizes[layer]:
        raise ValueError(f"layer {layer} has no neuron {j + 1}")
    if net.sizes[layer] == 1:
        raise ValueError(f"layer {layer} needs at least one neuron")
    sizes = list(net.sizes)
    sizes[layer] -= 1
    new = _fresh(net, sizes, net.activations[1:])
    for l in range(1, net.L + 1):
        W, b = net.W[l], net.b[l]
        if l == layer:
            W, b = np.delete(W, j, axis=0), np.delete(b, j)
        if l == layer + 1:
            W = np.delete(W, j, axis=1)
        new.W[l][:], new.b[l][:] = W, b
    return _finish(new, net.seed, net.init)


def with_layer_size(net: Network, layer: int, size: int) -> Network:
    """Return `net` with `layer` grown (new neurons at its end) or shrunk (its last neurons
    removed) to `size` neurons; `net` itself where it has that many already."""
    while net.sizes[layer] < size:
        net = with_neuron_added(net, layer)
    while net.sizes[layer] > size:
        net = with_neuron_removed(net, layer, net.sizes[layer] - 1)
    return net


def with_layer_added(net: Network, position: int, size: int = 2, activation: str | None = None) -> Network:
    """Return `net` with a new hidden layer inserted as layer `position` (1..L).

    The layer after it gets fresh weights (its inputs changed); all other weights are kept.
    """
    if not 1 <= position <= net.L:
        raise ValueError(f"a hidden layer goes between layers 1 and {net.L}, not at {position}")
    if net.L >= MAX_LAYERS:
        raise ValueError(f"the network already has the most layers allowed ({MAX_LAYERS})")
    if activation is None:
        activation = net.activations[position] if position < net.L else (net.activations[position - 1] or "tanh")
        if get_activation(activation).output_only:
            activation = "tanh"
    sizes = net.sizes[:position] + [size] + net.sizes[position:]
    activations = net.activations[1:position] + [activation] + net.activations[position:]
    new = _fresh(net, sizes, activations)
    for l in range(1, net.L + 1):
        target = l if l < position else l + 1
        if l == position:
            continue  # its input is now the new layer: keep the fresh weights
        new.W[target][:], new.b[target][:] = net.W[l], net.b[l]
    return _finish(new, net.seed, net.init)


def with_layer_removed(net: Network, layer: int) -> Network:
    """Return `net` without hidden layer `layer` (1..L−1); the next layer gets fresh weights."""
    if not 1 <= layer < net.L:
        raise ValueError(f"only hidden layers (1 to {net.L - 1}) can be removed, not layer {layer}")
    sizes = net.sizes[:layer] + net.sizes[layer + 1:]
    activations = net.activations[1:layer] + net.activations[layer + 1:]
    new = _fresh(net, sizes, activations)
    for l in range(1, net.L + 1):
        if l in (layer, layer + 1):
            continue
        target = l if l < layer else l - 1
        new.W[target][:], new.b[target][:] = net.W[l], net.b[l]
    return _finish(new, net.seed, net.init)


def with_activation(net: Network, layer: int, activation: str) -> Network:
    """Return `net` with layer `layer` using `activation`; weights kept.

    Choosing softmax on the output switches the loss to cross-entropy, and leaving softmax for
    an activation cross-entropy cannot follow switches it to mse, so the pair stays valid.
    """
    if not 1 <= layer <= net.L:
        raise ValueError(f"layers with an activation are 1 to {net.L}, not {layer}")
    activations = net.activations[1:]
    activations[layer - 1] = activation
    loss = net.loss
    if layer == net.L:
        if activation == "softmax":
            loss = "cross_entropy"
        elif loss == "cross_entropy" and activation != "sigmoid":
            loss = "mse"
    return _copy_weights(net, Network(net.sizes, activations, loss, seed=net.seed, init=net.init))


def with_loss(net: Network, loss: str) -> Network:
    """Return `net` with loss `loss`; weights kept. Refuses a loss the output layer cannot feed."""
    return _copy_weights(net, Network(net.sizes, net.activations[1:], loss, seed=net.seed, init=net.init))


def reinitialised(net: Network, init: str, seed: int) -> Network:
    """Return a copy of `net` with new weights drawn with scheme `init` from `seed`."""
    new = net.copy()
    new.initialise(init, seed)
    return new


def _copy_weights(src: Network, dst: Network) -> Network:
    for l in range(1, src.L + 1):
        dst.W[l][:], dst.b[l][:] = src.W[l], src.b[l]
    return dst


def _check_layer(net: Network, layer: int) -> None:
    if not 0 <= layer <= net.L:
        raise ValueError(f"layers are 0 to {net.L}, not {layer}")
