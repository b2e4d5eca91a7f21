"""Where each key moves the focus from where it is (the rules the canvas's keys follow)."""

from bpviz.state import Focus
from bpviz.state.document.focus_moves import across_layers, in_reading_order, incoming, within_layer

SIZES = [2, 3, 2]


def test_tab_goes_through_the_neurons_layer_by_layer_then_the_loss_then_out():
    order, focus = [], Focus.neuron(0, 0)
    while focus is not None:
        order.append(focus)
        focus = in_reading_order(focus, SIZES, 1)
    assert order == [Focus.neuron(0, 0), Focus.neuron(0, 1), Focus.neuron(1, 0), Focus.neuron(1, 1),
                     Focus.neuron(1, 2), Focus.neuron(2, 0), Focus.neuron(2, 1), Focus.loss(2)]
    assert in_reading_order(Focus.neuron(0, 0), SIZES, -1) is None  # Shift+Tab leaves the canvas
    assert in_reading_order(Focus.edge(1, 2, 1), SIZES, 1) == Focus.neuron(2, 0)  # on from the edge's neuron
    assert in_reading_order(None, SIZES, -1) == Focus.loss(2)


def test_up_and_down_stay_in_the_layer_and_on_a_weight_move_to_the_next_weight():
    assert within_layer(Focus.neuron(1, 2), SIZES, 1) == Focus.neuron(1, 2)
    assert within_layer(Focus.neuron(1, 2), SIZES, -1) == Focus.neuron(1, 1)
    assert within_layer(Focus.edge(2, 1, 0), SIZES, 1) == Focus.edge(2, 1, 1)
    assert within_layer(Focus.edge(2, 1, 2), SIZES, 1) == Focus.edge(2, 1, 2)
    assert within_layer(Focus.loss(2), SIZES, 1) == Focus.loss(2)


def test_ctrl_arrows_cross_layers_to_the_loss_and_an_edge_to_its_ends():
    assert across_layers(Focus.neuron(1, 2), SIZES, 1) == Focus.neuron(2, 1)  # the last of a smaller layer
    assert across_layers(Focus.neuron(2, 0), SIZES, 1) == Focus.loss(2)
    assert across_layers(Focus.loss(2), SIZES, -1) == Focus.neuron(2, 0)
    assert across_layers(Focus.neuron(0, 1), SIZES, -1) == Focus.neuron(0, 1)
    assert across_layers(Focus.edge(2, 1, 2), SIZES, 1) == Focus.neuron(2, 1)
    assert across_layers(Focus.edge(2, 1, 2), SIZES, -1) == Focus.neuron(1, 2)


def test_w_goes_from_a_neuron_to_its_first_weight_and_back():
    assert incoming(Focus.neuron(2, 1), SIZES) == Focus.edge(2, 1, 0)
    assert incoming(Focus.edge(2, 1, 0), SIZES) == Focus.neuron(2, 1)
    assert incoming(Focus.neuron(0, 0), SIZES) is None and incoming(Focus.loss(2), SIZES) is None
