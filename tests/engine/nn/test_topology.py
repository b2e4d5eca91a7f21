"""Shape edits keep the weights they can and refuse what is not allowed."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.nn import topology


@pytest.fixture
def net():
    return Network([2, 3, 1], ["tanh", "sigmoid"], "mse", seed=4)


def test_adding_a_neuron_keeps_existing_weights(net):
    new = topology.with_neuron_added(net, 1)
    assert new.sizes == [2, 4, 1]
    assert np.array_equal(new.W[1][:3], net.W[1]) and np.array_equal(new.W[2][:, :3], net.W[2])
    assert new.seed == net.seed and new.init == net.init


def test_removing_a_neuron_drops_its_row_and_column(net):
    new = topology.with_neuron_removed(net, 1, 1)
    assert np.array_equal(new.W[1], net.W[1][[0, 2]])
    assert np.array_equal(new.W[2], net.W[2][:, [0, 2]])
    with pytest.raises(ValueError, match="at least one"):
        topology.with_neuron_removed(topology.with_neuron_removed(new, 1, 0), 1, 0)


def test_layers_are_inserted_and_removed_between_input_and_output(net):
    deeper = topology.with_layer_added(net, 2, size=5)
    assert deeper.sizes == [2, 3, 5, 1] and deeper.activations[2] == "tanh"
    assert np.array_equal(deeper.W[1], net.W[1])
    back = topology.with_layer_removed(deeper, 2)
    assert back.sizes == [2, 3, 1] and np.array_equal(back.W[1], net.W[1])
    with pytest.raises(ValueError):
        topology.with_layer_removed(net, 2)  # the output layer stays


def test_activation_changes_keep_the_loss_valid(net):
    soft = topology.with_activation(topology.with_neuron_added(net, 2), 2, "softmax")
    assert soft.loss == "cross_entropy"
    back = topology.with_activation(soft, 2, "linear")
    assert back.loss == "mse"
    with pytest.raises(ValueError):
        topology.with_loss(topology.with_activation(net, 2, "tanh"), "cross_entropy")


def test_reinitialised_is_reproducible(net):
    a, b = topology.reinitialised(net, "he", 9), topology.reinitialised(net, "he", 9)
    assert np.array_equal(a.W[1], b.W[1]) and not np.array_equal(a.W[1], net.W[1])


def test_with_layer_size_grows_and_shrinks_a_layer_keeping_the_weights_it_keeps():
    from bpviz.engine.nn.topology import with_layer_size
    net = Network([2, 3, 1], ["sigmoid", "sigmoid"], "mse", seed=4)
    assert with_layer_size(net, 1, 3) is net
    grown = with_layer_size(net, 1, 5)
    assert grown.sizes == [2, 5, 1]
    assert np.array_equal(grown.W[1][:3], net.W[1]) and np.array_equal(grown.W[2][:, :3], net.W[2])
    shrunk = with_layer_size(grown, 0, 1)
    assert shrunk.sizes == [1, 5, 1] and np.array_equal(shrunk.W[1][:3, 0], net.W[1][:, 0])
