"""Gradient checking: the central difference of the loss agrees with backpropagation's ∂L/∂w."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.nn.gradient_check import (
    AGREE, EPSILON, all_parameters, backprop_gradient, check_step, gradient_check, numerical_gradient,
    relative_difference,
)
from bpviz.engine.files.presets import load_preset

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
OUTPUTS = [("mse", "sigmoid"), ("mse", "tanh"), ("mse", "relu"), ("mse", "leaky_relu"), ("mse", "linear"),
           ("cross_entropy", "sigmoid"), ("cross_entropy", "softmax")]


def one_by_one(net, X, T, parameters, eps):
    """The central difference the slow way: change one weight in the network, evaluate, restore."""
    out = []
    for l, j, i in parameters:
        array, index = (net.W[l], (j, i)) if i >= 0 else (net.b[l], (j,))
        kept = array[index]
        array[index] = kept + eps
        plus = net.loss_of(X, T)
        array[index] = kept - eps
        minus = net.loss_of(X, T)
        array[index] = kept
        out.append((plus - minus) / (2 * eps))
    return np.array(out)


def example(sizes, loss, output, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(3, sizes[0]))
    if output == "softmax":
        T = np.eye(sizes[-1])[rng.integers(0, sizes[-1], size=3)]
    elif loss == "cross_entropy":
        T = rng.integers(0, 2, size=(3, sizes[-1])).astype(float)
    else:
        T = rng.normal(size=(3, sizes[-1]))
    return X, T


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss, output", OUTPUTS)
def test_every_activation_and_loss_agrees_with_backprop(hidden, loss, output):
    sizes = [3, 4, 3]
    net = Network(sizes, [hidden, output], loss, seed=7, init="uniform")
    for l in (1, 2):
        net.b[l] = np.random.default_rng(l).uniform(-0.5, 0.5, sizes[l])  # no z at exactly 0
    X, T = example(sizes, loss, output, seed=3)
    check = gradient_check(net, X, T)
    reference = net.backward(net.forward(X, T))
    assert check.backprop == pytest.approx(backprop_gradient(reference, check.parameters), abs=0)
    assert check.numerical == pytest.approx(one_by_one(net, X, T, check.parameters, EPSILON), rel=1e-6, abs=1e-12)
    # A gradient far below the loss keeps only the digits rounding leaves: ~1e-16 · L / ε of it.
    big = np.abs(check.backprop) > 1e-3
    assert big.sum() >= 3
    assert (check.relative[big] < AGREE).all(), check.relative[big].max()
    assert np.abs(check.backprop - check.numerical).max() < 1e-8


def test_the_hand_worked_example_agrees_to_a_millionth_everywhere():
    preset = load_preset("worked-example")
    check = gradient_check(preset.network, preset.input, preset.target)
    assert len(check) == 12 and check.agrees.all()
    w5 = check.parameters.index((2, 0, 0))
    assert check.numerical[w5] == pytest.approx(0.0821670406, rel=1e-8)  # ∂L/∂w5 as published


def test_all_parameters_lists_each_neurons_weights_then_its_bias():
    assert all_parameters([2, 2, 1])[:4] == [(1, 0, 0), (1, 0, 1), (1, 0, -1), (1, 1, 0)]
    assert all_parameters([2, 2, 1])[-3:] == [(2, 0, 0), (2, 0, 1), (2, 0, -1)]
    assert len(all_parameters([3, 5, 2])) == Network([3, 5, 2], ["tanh", "sigmoid"]).n_parameters


def test_relative_difference():
    assert relative_difference([1.0, 0.0, -2.0], [1.0, 0.0, -1.0]).tolist() == [0.0, 0.0, 0.5]
    assert relative_difference(1e-300, 0.0) == 1.0
    assert np.isnan(relative_difference(np.nan, 1.0))


def test_a_step_is_checked_at_the_weights_it_began_with():
    preset = load_preset("worked-example")
    net = preset.network
    trace = net.step(preset.input, preset.target, 0.5)  # the network now holds the updated weights
    before = [w.copy() for w in net.W[1:]]
    check = check_step(net, trace, [(2, 0, 0), (1, 1, -1)])
    assert check.backprop.tolist() == [trace.dW[2][0, 0], trace.db[1][1]]
    assert check.agrees.all()
    assert all(np.array_equal(a, b) for a, b in zip(before, net.W[1:]))  # nothing changed


def test_the_weight_penalty_is_part_of_the_loss_it_differentiates():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], "mse", seed=2)
    X, T = np.array([[0.3, -0.7], [1.0, 0.2]]), np.array([[1.0], [0.0]])
    trace = net.backward(net.forward(X, T), l1=0.01, l2=0.1)
    parameters = all_parameters(net.sizes)
    numerical = numerical_gradient(net, X, T, parameters, l1=0.01, l2=0.1)
    assert relative_difference(backprop_gradient(trace, parameters), numerical).max() < AGREE


def test_large_layers_are_computed_in_chunks_with_the_same_result(monkeypatch):
    import bpviz.engine.nn.gradient_check as gc

    net = Network([5, 6, 2], ["relu", "linear"], "mse", seed=4)
    X, T = np.random.default_rng(1).normal(size=(2, 5)), np.zeros((2, 2))
    whole = numerical_gradient(net, X, T, all_parameters(net.sizes))
    monkeypatch.setattr(gc, "CHUNK_VALUES", 1)  # one parameter per batch
    assert numerical_gradient(net, X, T, all_parameters(net.sizes)) == pytest.approx(whole, rel=1e-12)


@pytest.mark.parametrize("eps", [0, -1e-6, float("nan"), 2.0, "small"])
def test_a_bad_epsilon_is_refused(eps):
    net = Network([2, 1], ["sigmoid"])
    with pytest.raises(ValueError, match="ε"):
        gradient_check(net, [0.0, 1.0], [1.0], eps=eps)


@pytest.mark.parametrize("parameter", [(0, 0, 0), (1, 1, 0), (1, 0, 2), (2, 0, 0), ("a", 0, 0)])
def test_a_parameter_that_is_not_there_is_refused(parameter):
    net = Network([2, 1], ["sigmoid"])
    with pytest.raises(ValueError, match="parameter"):
        numerical_gradient(net, [0.0, 1.0], [1.0], [parameter])
