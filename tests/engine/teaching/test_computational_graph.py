"""The computational graph: the chain rule as a sum over paths, equal to backpropagation's ∂L/∂w."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.files.presets import load_preset
from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.losses import LOSS_OUTPUTS
from bpviz.engine.teaching.computational_graph import LOSS, computational_graph, mode_costs, weight_id
from bpviz.engine.teaching.worked_example import plain

CASES = [(hidden, output, loss) for loss, outputs in LOSS_OUTPUTS.items() for output in outputs
         for hidden in ACTIVATIONS if hidden != "softmax"]


def test_w1_of_the_worked_example_has_two_paths_through_o1_and_o2_summing_to_its_gradient():
    preset = load_preset("worked-example")
    net = preset.network
    trace = net.step(preset.input, preset.target, preset.lr)
    g = computational_graph(trace, net.activations, net.loss)
    paths = g.paths(weight_id(1, 0, 0))
    assert len(paths) == g.count_paths(weight_id(1, 0, 0)) == 2
    through = [plain(g.nodes[p.nodes[6]].label) for p in paths]
    assert through == ["x_1^(2)", "x_2^(2)"]  # o₁ and o₂
    first = paths[0].factors  # x₁⁽⁰⁾, 1, σ′(z₁⁽¹⁾), w₁₁⁽²⁾, 1, σ′(z₁⁽²⁾), y₁ − t₁, 1
    assert first[0] == 0.05 and first[3] == 0.4 and first[6] == pytest.approx(0.75136507 - 0.01)
    assert sum(p.product for p in paths) == pytest.approx(trace.dW[1][0, 0], rel=1e-12)
    assert g.nodes[LOSS].value == pytest.approx(0.298371109, rel=1e-9)
    assert mode_costs(net.sizes) == (16, 168, 12)


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_every_weights_path_products_sum_to_its_gradient(hidden, output, loss):
    net = Network([2, 3, 2, 2], [hidden, hidden, output], loss, seed=5)
    rng = np.random.default_rng(11)
    t = np.array([1.0, 0.0]) if output == "softmax" else rng.uniform(0.1, 0.9, 2)
    trace = net.step(rng.normal(size=2), t, 0.1)
    g = computational_graph(trace, net.activations, net.loss)
    for l in range(1, 4):
        for j in range(net.sizes[l]):
            for i in range(net.sizes[l - 1]):
                paths = g.paths(weight_id(l, j, i))
                assert len(paths) == g.count_paths(weight_id(l, j, i))
                assert sum(p.product for p in paths) == pytest.approx(trace.dW[l][j, i], rel=1e-9, abs=1e-15)
            assert g.nodes[f"b{l}.{j}"].gradient == trace.db[l][j]


def test_a_wide_network_counts_its_paths_and_lists_only_some():
    net = Network([2, 16, 16, 2], ["tanh", "tanh", "sigmoid"], "mse", seed=0)
    trace = net.step([0.3, -0.2], [0.1, 0.9], 0.1)
    g = computational_graph(trace, net.activations, net.loss)
    assert g.count_paths(weight_id(1, 0, 0)) == 16 * 2
    assert len(g.paths(weight_id(1, 0, 0), limit=10)) == 10


def test_the_paths_of_a_big_network_are_counted_once_per_node():
    net = Network([32] * 8, ["tanh"] * 6 + ["sigmoid"], "mse", seed=0)
    trace = net.step(np.linspace(-1, 1, 32), np.linspace(0, 1, 32), 0.1)
    g = computational_graph(trace, net.activations, net.loss)
    assert g.count_paths(weight_id(1, 0, 0)) == 32 ** 6  # through every neuron of the layers above
    assert len(g.paths(weight_id(1, 0, 0))) == 64  # listed: MAX_PATHS


def test_softmax_with_cross_entropy_takes_the_seeds_rule_whatever_the_targets_sum_to():
    net = Network([2, 3, 3], ["tanh", "softmax"], "cross_entropy", seed=2)
    trace = net.step([0.4, -0.7], [0.0, 0.0, 0.0], 0.1)  # targets that sum to 0, not 1
    g = computational_graph(trace, net.activations, net.loss)
    for j in range(3):
        for i in range(2):
            paths = g.paths(weight_id(1, j, i))
            assert sum(p.product for p in paths) == pytest.approx(trace.dW[1][j, i], rel=1e-9, abs=1e-15)
    assert [e.dst for e in g.out_edges("z2.0")] == [LOSS]  # z → L with y − t, the pair's own rule


def test_the_sum_over_every_path_is_worked_back_from_l_however_many_there_are():
    net = Network([32] * 8, ["tanh"] * 6 + ["sigmoid"], "mse", seed=0)
    trace = net.step(np.linspace(-1, 1, 32), np.linspace(0, 1, 32), 0.1)
    g = computational_graph(trace, net.activations, net.loss)
    assert g.path_sum(weight_id(1, 0, 0)) == pytest.approx(trace.dW[1][0, 0], rel=1e-9, abs=1e-15)
    small = Network([2, 3, 2], ["sigmoid", "sigmoid"], "mse", seed=1)
    t = small.step([0.2, 0.4], [0.1, 0.9], 0.5)
    h = computational_graph(t, small.activations, small.loss)
    assert h.path_sum(weight_id(1, 2, 1)) == pytest.approx(sum(p.product for p in h.paths(weight_id(1, 2, 1))))


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_a_samples_graph_in_a_batch_sums_its_paths_to_its_own_gradient(hidden, output, loss):
    net = Network([2, 3, 2], [hidden, output], loss, seed=6)
    rng = np.random.default_rng(1)
    X = rng.normal(size=(3, 2))
    T = np.eye(2)[[1, 0, 1]] if output == "softmax" else rng.uniform(0.1, 0.9, (3, 2))
    trace = net.step(X, T, 0.2)
    for s in range(3):
        g = computational_graph(trace.of_sample(s), net.activations, net.loss, loss_symbol=f"L_{{{s + 1}}}")
        assert g.nodes[LOSS].label == f"L_{{{s + 1}}}"
        assert g.nodes[LOSS].value == pytest.approx(trace.sample_losses[s], rel=1e-12)
        own = trace.sample_gradients(1)[0][s]
        for j in range(3):
            for i in range(2):
                total = sum(p.product for p in g.paths(weight_id(1, j, i)))
                assert total == pytest.approx(own[j, i], rel=1e-9, abs=1e-15)
