"""The network's forward, backward and update against the seed's equations."""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bpviz.engine import ACTIVATIONS, Network

from tests.engine.conftest import WORKED_T, WORKED_X


def test_hand_worked_example_reproduces_published_numbers(worked_net):
    trace = worked_net.step(WORKED_X, WORKED_T, lr=0.5)
    assert trace.x[1][0, 0] == pytest.approx(0.593269992, abs=1e-9)
    assert trace.x[2][0, 0] == pytest.approx(0.75136507, abs=1e-8)
    assert trace.loss == pytest.approx(0.298371109, abs=1e-9)
    assert trace.W_after[2][0, 0] == pytest.approx(0.35891648, abs=1e-8)
    assert trace.W_after[1][0, 0] == pytest.approx(0.149780716, abs=1e-9)
    # the network now holds the updated weights
    assert worked_net.W[2][0, 0] == trace.W_after[2][0, 0]


def test_forward_computes_z_and_x_as_the_seed_writes_them(worked_net):
    trace = worked_net.forward(WORKED_X)
    z1 = 0.15 * 0.05 + 0.20 * 0.10 + 0.35
    assert trace.z[1][0, 0] == pytest.approx(z1, rel=1e-15)
    assert trace.x[1][0, 0] == pytest.approx(1 / (1 + np.exp(-z1)), rel=1e-15)
    assert trace.loss is None and trace.delta is None


def test_backward_leaves_weights_unchanged(worked_net):
    before = [w.copy() for w in worked_net.W[1:]]
    grads = worked_net.backward(worked_net.forward(WORKED_X, WORKED_T))
    assert grads.W_after is None
    assert all(np.array_equal(a, b) for a, b in zip(before, worked_net.W[1:]))
    # δ_j = ∂L/∂x_j f'(z_j) and ∂L/∂w_ji = δ_j x_i, written out for one output neuron
    y, t = grads.x[2][0, 0], 0.01
    assert grads.delta[2][0, 0] == pytest.approx((y - t) * y * (1 - y), rel=1e-14)
    assert grads.dW[2][0, 1] == pytest.approx(grads.delta[2][0, 0] * grads.x[1][0, 1], rel=1e-14)
    # ∂L/∂x_j^(1) = Σ_k δ_k^(2) w_kj^(2)
    expected = grads.delta[2][0, 0] * 0.40 + grads.delta[2][0, 1] * 0.50
    assert grads.dL_dx[1][0, 0] == pytest.approx(expected, rel=1e-14)


def test_trace_is_read_only_and_independent_of_the_network(worked_net):
    trace = worked_net.step(WORKED_X, WORKED_T, lr=0.5)
    with pytest.raises(ValueError):
        trace.W_before[1][0, 0] = 9.0
    with pytest.raises(ValueError):
        trace.delta[1][0, 0] = 9.0
    worked_net.W[1][0, 0] = 123.0  # assigning into the network is allowed
    assert trace.W_after[1][0, 0] != 123.0


def test_batch_loss_is_the_mean_of_per_sample_losses():
    net = Network([3, 4, 2], ["tanh", "sigmoid"], "mse", seed=3)
    rng = np.random.default_rng(1)
    X, T = rng.normal(size=(5, 3)), rng.uniform(size=(5, 2))
    per_sample = [net.forward(X[s], T[s]).loss for s in range(5)]
    assert net.forward(X, T).loss == pytest.approx(np.mean(per_sample), rel=1e-14)


def test_single_sample_and_batch_of_one_agree(worked_net):
    a = worked_net.copy().step(WORKED_X, WORKED_T, 0.5)
    b = worked_net.copy().step([WORKED_X], [WORKED_T], 0.5)
    assert a.x[2].shape == (1, 2)
    assert np.array_equal(a.W_after[1], b.W_after[1])


def test_initialisation_is_reproducible_from_the_seed():
    a = Network([2, 8, 8, 1], ["relu", "tanh", "sigmoid"], seed=7)
    b = Network([2, 8, 8, 1], ["relu", "tanh", "sigmoid"], seed=7)
    c = Network([2, 8, 8, 1], ["relu", "tanh", "sigmoid"], seed=8)
    assert all(np.array_equal(x, y) for x, y in zip(a.W[1:], b.W[1:]))
    assert not np.array_equal(a.W[1], c.W[1])
    # xavier bound for the tanh layer: |w| ≤ √(6 / (8 + 8))
    assert np.abs(a.W[2]).max() <= np.sqrt(6 / 16)


@pytest.mark.parametrize("init", ["xavier", "he", "uniform"])
def test_each_initialisation_scheme_draws_finite_weights_and_zero_biases(init):
    net = Network([4, 16, 3], ["relu", "softmax"], "cross_entropy", init=init, seed=2)
    assert net.W[1].shape == (16, 4) and net.W[2].shape == (3, 16)
    assert np.isfinite(net.W[1]).all() and not net.b[1].any()
    if init == "uniform":
        assert np.abs(net.W[1]).max() <= 0.5


@pytest.mark.parametrize("kwargs, message", [
    (dict(sizes=[2], activations=[]), "at least an input and an output"),
    (dict(sizes=[2, 0, 1], activations=["tanh", "tanh"]), "sizes[1]"),
    (dict(sizes=[2, 5000, 1], activations=["tanh", "tanh"]), "4096"),
    (dict(sizes=[2, 2.5, 1], activations=["tanh", "tanh"]), "sizes[1]"),
    (dict(sizes=[2, 3, 1], activations=["tanh"]), "1 activations given for 2"),
    (dict(sizes=[2, 3, 1], activations=["swish", "tanh"]), "unknown activation 'swish'"),
    (dict(sizes=[2, 3, 2], activations=["softmax", "sigmoid"]), "output layer only"),
    (dict(sizes=[2, 2], activations=["softmax"], loss="mse"), "cannot follow a 'softmax'"),
    (dict(sizes=[2, 2], activations=["tanh"], loss="cross_entropy"), "cannot follow a 'tanh'"),
    (dict(sizes=[2, 2], activations=["tanh"], loss="hinge"), "unknown loss 'hinge'"),
    (dict(sizes=[2, 2], activations=["tanh"], init="magic"), "unknown initialisation"),
])
def test_invalid_networks_are_refused_with_a_message(kwargs, message):
    with pytest.raises(ValueError, match=None) as info:
        Network(**kwargs)
    assert message in str(info.value)


@pytest.mark.parametrize("X, message", [
    ([1.0, 2.0, 3.0], "expected (2,) or (n, 2)"),
    ([[np.nan, 1.0]], "NaN"),
    (["a", "b"], "must be numbers"),
])
def test_bad_inputs_are_refused(worked_net, X, message):
    with pytest.raises(ValueError) as info:
        worked_net.forward(X)
    assert message in str(info.value)


@pytest.mark.parametrize("lr", [float("nan"), -1.0, "fast"])
def test_bad_learning_rates_are_refused_before_anything_changes(worked_net, lr):
    before = worked_net.W[1].copy()
    with pytest.raises(ValueError, match="learning rate"):
        worked_net.step(WORKED_X, WORKED_T, lr)
    assert np.array_equal(before, worked_net.W[1])


# -- numerical stability -----------------------------------------------------------------


@pytest.mark.parametrize("output, loss", [("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"),
                                          ("sigmoid", "mse"), ("tanh", "mse")])
def test_extreme_pre_activations_stay_finite_without_warnings(output, loss):
    net = Network([1, 3], [output], loss)
    net.W[1][:] = [[1.0], [-1.0], [0.5]]
    T = np.array([[0.0, 1.0, 0.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # underflow to 0 is harmless
        for x in (1000.0, -1000.0):
            trace = net.copy().step([x], T, lr=0.1)
            for arrays in (trace.x, trace.dL_dx, trace.delta, trace.dW, trace.W_after):
                assert all(np.isfinite(a).all() for a in arrays if a is not None)
            assert np.isfinite(trace.loss)


def test_cross_entropy_of_a_saturated_wrong_output_is_large_not_nan():
    net = Network([1, 1], ["sigmoid"], "cross_entropy")
    net.W[1][:] = 1.0
    trace = net.step([800.0], [0.0], lr=0.1)
    assert trace.loss > 700
    assert trace.delta[1][0, 0] == pytest.approx(1.0)  # δ = y − t, even though f'(z) = 0


# -- gradients against central finite differences (float64) -------------------------------

HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
OUTPUTS = [("sigmoid", "mse"), ("tanh", "mse"), ("linear", "mse"), ("relu", "mse"),
           ("leaky_relu", "mse"), ("sigmoid", "cross_entropy"), ("softmax", "cross_entropy")]


def finite_difference(net, X, T, l1, l2, h=1e-6):
    """Return ∂L/∂W and ∂L/∂b of the batch loss by central differences, one weight at a time."""
    def loss():
        terms = net._loss_terms(net.predict(X), T, net.W, l1, l2)
        return terms["loss"]

    grads = []
    for params in (net.W, net.b):
        layer_grads = [None]
        for P in params[1:]:
            G = np.zeros_like(P)
            for index in np.ndindex(P.shape):
                saved = P[index]
                P[index] = saved + h
                up = loss()
                P[index] = saved - h
                down = loss()
                P[index] = saved
                G[index] = (up - down) / (2 * h)
            layer_grads.append(G)
        grads.append(layer_grads)
    return grads


def relative_error(a, b):
    return np.max(np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-3))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hidden=st.lists(st.sampled_from(HIDDEN), min_size=0, max_size=2),
    output=st.sampled_from(OUTPUTS),
    widths=st.lists(st.integers(1, 4), min_size=4, max_size=4),
    n_samples=st.integers(1, 4),
    regularise=st.booleans(),
    seed=st.integers(0, 2**31 - 1),
)
def test_backpropagation_matches_finite_differences(hidden, output, widths, n_samples, regularise, seed):
    out_act, loss = output
    n_out = max(widths[-1], 2) if out_act == "softmax" else widths[-1]
    sizes = [widths[0], *widths[1:1 + len(hidden)], n_out]
    net = Network(sizes, [*hidden, out_act], loss, seed=seed % 1000, init="uniform")
    rng = np.random.default_rng(seed)
    for l in range(1, net.L + 1):
        net.b[l][:] = rng.uniform(-0.5, 0.5, size=net.b[l].shape)
    X = rng.normal(size=(n_samples, sizes[0]))
    if loss == "cross_entropy" and out_act == "softmax":
        T = np.eye(n_out)[rng.integers(0, n_out, size=n_samples)]
    else:
        T = rng.uniform(0.05, 0.95, size=(n_samples, n_out))
    l1, l2 = (0.01, 0.02) if regularise else (0.0, 0.0)

    fwd = net.forward(X, T)
    # ReLU's kink: a finite difference across z = 0 measures neither side's slope
    assume(all(np.abs(fwd.z[l]).min() > 1e-4 for l in range(1, net.L + 1)
               if net.activations[l] in ("relu", "leaky_relu")))
    grads = net.backward(fwd, l1=l1, l2=l2)
    dW_fd, db_fd = finite_difference(net, X, T, l1, l2)
    for l in range(1, net.L + 1):
        assert relative_error(grads.dW[l], dW_fd[l]) < 1e-6, (l, grads.dW[l], dW_fd[l])
        assert relative_error(grads.db[l], db_fd[l]) < 1e-6, (l, grads.db[l], db_fd[l])


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_each_f_prime_matches_a_finite_difference_of_f(name):
    f = ACTIVATIONS[name]
    z = np.array([[-2.3, -0.7, 0.4, 1.9]])
    h = 1e-6
    if name == "softmax":
        # f' is the diagonal of the Jacobian: ∂x_j/∂z_j
        numeric = np.array([(f.f(z + h * e)[0, j] - f.f(z - h * e)[0, j]) / (2 * h)
                            for j, e in enumerate(np.eye(4))])
    else:
        numeric = (f.f(z + h) - f.f(z - h))[0] / (2 * h)
    assert np.allclose(f.f_prime(z, f.f(z))[0], numeric, rtol=1e-7, atol=1e-9)
