"""Edits of a document's network as a whole: its layers and neurons, functions, loss and
starting weights. Each builds the new network (bpviz.engine.nn.topology) and hands it to the
document as one undoable replacement; what it needs of the document is StructureHost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication

from bpviz.engine.limits import MAX_NEURONS
from bpviz.engine.nn import topology

if TYPE_CHECKING:
    from bpviz.engine import Network
    from bpviz.state.document.step_playback import StepPlayback
    from bpviz.state.training.training_runs import TrainingRuns


def _tr(text: str) -> str:
    return QCoreApplication.translate("StructureEdits", text)


class StructureHost(Protocol):
    """What the structure edits need of the document that owns them."""

    network: "Network"
    origin: "Network"            # the weights of the last edit or opening
    playback: "StepPlayback"
    runs: "TrainingRuns"

    def replace_network(self, net: "Network", text: str) -> None: ...


class StructureEdits:
    """Add and remove layers and neurons, change functions and the loss, draw new weights."""

    def __init__(self, host: StructureHost) -> None:
        self._host = host

    def add_neuron(self, layer: int) -> None:
        self._host.replace_network(topology.with_neuron_added(self._host.network, layer),
                                   _tr("Add a neuron to layer {l}").format(l=layer))

    def remove_neuron(self, layer: int, j: int) -> None:
        self._host.replace_network(topology.with_neuron_removed(self._host.network, layer, j),
                                   _tr("Remove neuron {j} of layer {l}").format(j=j + 1, l=layer))

    def add_layer(self, position: int, size: int = 2) -> None:
        self._host.replace_network(topology.with_layer_added(self._host.network, position, size),
                                   _tr("Add hidden layer {l}").format(l=position))

    def remove_layer(self, layer: int) -> None:
        self._host.replace_network(topology.with_layer_removed(self._host.network, layer),
                                   _tr("Remove layer {l}").format(l=layer))

    def set_layer_size(self, layer: int, size: int) -> None:
        """Grow or shrink `layer` (the input and output layers included) to `size` neurons."""
        if not 1 <= size <= MAX_NEURONS:
            raise ValueError(_tr("a layer has 1 to {most} neurons, not {n}").format(most=MAX_NEURONS, n=size))
        net = topology.with_layer_size(self._host.network, layer, size)
        if net is not self._host.network:
            self._host.replace_network(net, _tr("Layer {l}: {n} neurons").format(l=layer, n=size))

    def set_activation(self, layer: int, name: str) -> None:
        net = self._host.network
        if name != net.activations[layer]:
            self._host.runs.start_new_run(go_on=True)
            self._host.replace_network(topology.with_activation(net, layer, name),
                                       _tr("Layer {l} activation: {f}").format(l=layer, f=name))

    def set_hidden_activations(self, name: str) -> None:
        """Give every hidden layer activation `name` in one edit (e.g. deep sigmoid versus ReLU)."""
        old = net = self._host.network
        for l in range(1, net.L):
            net = topology.with_activation(net, l, name)
        if net is not old:
            # New weights drawn for the new functions (He for ReLU, Xavier for sigmoid), so a
            # comparison starts both networks fairly; the old epochs describe another network.
            net = topology.reinitialised(net, "auto", old.seed)
            self._host.runs.start_new_run()
            self._host.replace_network(net, _tr("Hidden layers: {f}").format(f=name))

    def set_loss(self, name: str) -> None:
        net = self._host.network
        if name != net.loss:
            self._host.runs.start_new_run(go_on=True)
            self._host.replace_network(topology.with_loss(net, name), _tr("Loss: {loss}").format(loss=name))

    def reinitialise(self, init: str = "auto", seed: int | None = None) -> None:
        net = self._host.network
        seed = net.seed + 1 if seed is None else seed
        self._host.runs.start_new_run()
        self._host.replace_network(topology.reinitialised(net, init, seed),
                                   _tr("Re-initialise weights ({init}, seed {seed})").format(init=init, seed=seed))

    def restore_start_weights(self) -> None:
        """Go back to the weights of the last edit or opening, before any stepping or training (undoable)."""
        origin = self._host.origin
        W, b = self._host.playback.weights_an_edit_starts_from()
        if all(np.array_equal(x, y) for x, y in zip(origin.W[1:] + origin.b[1:], W[1:] + b[1:])):
            return
        self._host.replace_network(origin.copy(), _tr("Back to the starting weights"))
