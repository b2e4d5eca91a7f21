"""A mini-batch step: each sample's own loss and gradient, whose means are the batch's."""

import numpy as np
import pytest

from bpviz.engine import Network, StepThrough
from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.losses import LOSS_OUTPUTS

CASES = [(hidden, output, loss) for loss, outputs in LOSS_OUTPUTS.items() for output in outputs
         for hidden in ACTIVATIONS if hidden != "softmax"]


def _batch(output: str, B: int = 4, seed: int = 5):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(B, 3))
    T = rng.uniform(0.1, 0.9, (B, 2))
    if output == "softmax":
        T = np.eye(2)[rng.integers(0, 2, B)]
    return X, T


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_each_samples_terms_average_to_the_batch_gradient_and_loss(hidden, output, loss):
    net = Network([3, 4, 2], [hidden, output], loss, seed=2)
    X, T = _batch(output)
    trace = net.step(X, T, 0.3)
    for l in (1, 2):
        dW, db = trace.sample_gradients(l)
        assert dW.shape == (4,) + trace.dW[l].shape and db.shape == (4,) + trace.db[l].shape
        for s in range(4):  # ∂Lₙ/∂w_ji = δ_j x_i with sample n's own δ and x
            assert np.array_equal(dW[s], np.outer(trace.delta[l][s], trace.x[l - 1][s]))
        assert np.allclose(dW.mean(axis=0), trace.dW[l], rtol=1e-13, atol=1e-17)
        assert np.allclose(db.mean(axis=0), trace.db[l], rtol=1e-13, atol=1e-17)
    one_by_one = [Network.from_dict(net.to_dict()) for _ in range(4)]
    for s, alone in enumerate(one_by_one):
        alone.W, alone.b = list(trace.W_before), list(trace.b_before)
        assert trace.sample_losses[s] == pytest.approx(alone.forward(X[s], T[s]).loss, rel=1e-14)
    assert trace.data_loss == pytest.approx(float(np.mean(trace.sample_losses)), rel=1e-15)


def test_a_stepped_through_batch_writes_the_weights_network_step_writes_bit_for_bit(worked_net):
    X = np.array([[0.05, 0.1], [0.5, -0.2], [1.0, 1.0]])
    T = np.array([[0.01, 0.99], [0.9, 0.1], [0.0, 1.0]])
    stepped, reference = worked_net.copy(), worked_net.copy()
    cursor = StepThrough(stepped, X, T, lr=0.5)
    cursor.seek(len(cursor))
    trace = reference.step(X, T, 0.5)
    for l in (1, 2):
        assert np.array_equal(stepped.W[l], trace.W_after[l]) and np.array_equal(stepped.b[l], trace.b_after[l])
    assert cursor.trace.loss == trace.loss


def test_a_samples_own_step_is_the_step_on_that_sample_alone(worked_net):
    X = np.array([[0.05, 0.1], [0.5, -0.2], [1.0, 1.0]])
    T = np.array([[0.01, 0.99], [0.9, 0.1], [0.0, 1.0]])
    trace = worked_net.copy().step(X, T, 0.5)
    own = trace.of_sample(1)
    alone = worked_net.copy().step(X[1], T[1], 0.5)
    assert own.n_samples == 1 and own.loss == pytest.approx(alone.loss, rel=1e-14)
    for l in (1, 2):
        assert np.array_equal(own.x[l], alone.x[l]) and np.array_equal(own.delta[l], alone.delta[l])
        assert np.allclose(own.dW[l], alone.dW[l], rtol=1e-14, atol=0) and np.array_equal(own.db[l], alone.db[l])
    assert own.W_after is None  # a batch updates with the mean, never with one sample's terms
    with pytest.raises(ValueError, match="no sample 3"):
        trace.of_sample(3)
