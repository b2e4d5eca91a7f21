"""The compiled epoch computes what numpy's steps compute, and hands divergence back to them.

Where numba is installed the kernel must load: these tests fail, not skip, when it cannot.
"""

import importlib.util
import threading
import time

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.training import compiled_epoch
from bpviz.engine.data.datasets import make_dataset
from bpviz.engine.training.training import DivergenceError, Trainer, TrainingSettings, epochs_so_far

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.losses import LOSSES

pytestmark = [pytest.mark.skipif(importlib.util.find_spec("numba") is None, reason="numba is not installed"),
              pytest.mark.usefixtures("kernel")]


@pytest.fixture(scope="module")
def kernel():
    assert compiled_epoch.load(), "numba is installed, but the compiled epoch did not load"

# (data set, hidden and output activations, loss): every activation, both losses, 2 and 3 classes.
CASES = [
    ("spiral", ["tanh", "tanh", "sigmoid"], "cross_entropy"),
    ("moons", ["relu", "leaky_relu", "sigmoid"], "mse"),
    ("circles", ["sigmoid", "linear", "tanh"], "mse"),
    ("gaussians3", ["leaky_relu", "tanh", "softmax"], "cross_entropy"),
    ("plane", ["tanh", "relu", "linear"], "mse"),
]


def setup(case, batch_size=7, l1=0.0, l2=0.0, lr=0.1):
    name, activations, loss = case
    data = (make_dataset("gaussians", n=90, seed=1, classes=3) if name == "gaussians3"
            else make_dataset(name, n=90, seed=1))
    net = Network([2, 5, 4, data.T.shape[1]], activations, loss, seed=3)
    settings = TrainingSettings(lr=lr, batch_size=batch_size, l1=l1, l2=l2, seed=2)
    compiled, numpy = Trainer(net, data, None, settings), Trainer(net.copy(), data, None, settings)
    numpy.compiled = False
    return compiled, numpy


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[1][-1] for c in CASES])
@pytest.mark.parametrize("batch_size, l1, l2", [(7, 0.0, 0.0), (1, 1e-3, 1e-2), (500, 0.0, 1e-3)])
def test_three_compiled_epochs_match_numpy_to_rounding(case, batch_size, l1, l2):
    compiled, numpy = setup(case, batch_size, l1, l2)
    for _ in range(3):
        a, b = compiled.run_epoch(), numpy.run_epoch()
        assert a.steps == b.steps
        assert a.train_loss == pytest.approx(b.train_loss, rel=1e-11)
        assert a.grad_norms == pytest.approx(b.grad_norms, rel=1e-11)
        assert a.train_accuracy == b.train_accuracy
    for l in range(1, 4):
        np.testing.assert_allclose(compiled.net.W[l], numpy.net.W[l], rtol=1e-11, atol=1e-13)
        np.testing.assert_allclose(compiled.net.b[l], numpy.net.b[l], rtol=1e-11, atol=1e-13)


HIDDEN = [name for name, f in ACTIVATIONS.items() if not f.output_only]
OUTPUTS = [(output, loss) for output in ACTIVATIONS for loss in LOSSES
           if not (loss == "cross_entropy") ^ (output in ("sigmoid", "softmax"))]


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("output, loss", OUTPUTS, ids=[f"{o}-{l}" for o, l in OUTPUTS])
def test_the_kernel_steps_as_numpy_for_every_activation_and_loss(hidden, output, loss):
    data = make_dataset("gaussians", n=24, seed=1, classes=3 if output == "softmax" else 2)
    if output != "softmax" and data.T.shape[1] != 1:
        data = make_dataset("xor", n=24, seed=1)
    net = Network([2, 3, data.T.shape[1]], [hidden, output], loss, seed=4)
    settings = TrainingSettings(lr=0.2, batch_size=5, l2=1e-3, seed=2)
    compiled, numpy = Trainer(net, data, None, settings), Trainer(net.copy(), data, None, settings)
    numpy.compiled = False
    a, b = compiled.run_epoch(), numpy.run_epoch()
    assert compiled.compiled and a.steps == b.steps == 5
    assert a.train_loss == pytest.approx(b.train_loss, rel=1e-12)
    assert a.grad_norms == pytest.approx(b.grad_norms, rel=1e-12)
    for l in (1, 2):
        np.testing.assert_allclose(compiled.net.W[l], numpy.net.W[l], rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(compiled.net.b[l], numpy.net.b[l], rtol=1e-12, atol=1e-14)


def test_an_epoch_started_batch_by_batch_finishes_compiled():
    compiled, numpy = setup(CASES[0])
    assert compiled.run_batch() is None and numpy.run_batch() is None
    assert compiled.run_epoch().steps == numpy.run_epoch().steps == 13
    np.testing.assert_allclose(compiled.net.W[1], numpy.net.W[1], rtol=1e-12)


def test_divergence_is_reported_at_the_same_batch_with_finite_weights_to_restore():
    compiled, numpy = setup(CASES[4], batch_size=30, lr=10.0)  # a linear output: it blows up
    errors = []
    for trainer in (compiled, numpy):
        with pytest.raises(DivergenceError) as caught:
            for _ in range(50):
                trainer.run_epoch()
        errors.append((caught.value.epoch, caught.value.step))
        trainer.restore_last_finite()
        assert all(np.isfinite(w).all() for w in trainer.net.W[1:])
    assert errors[0] == errors[1]


def test_without_the_kernel_the_trainer_steps_with_numpy(monkeypatch):
    monkeypatch.setattr(compiled_epoch, "_kernel", None)
    monkeypatch.setattr(compiled_epoch, "load_on_demand", False)
    assert compiled_epoch.kernel() is None
    compiled, numpy = setup(CASES[0])
    compiled.run_epoch(), numpy.run_epoch()
    assert all(np.array_equal(a, b) for a, b in zip(compiled.net.W[1:], numpy.net.W[1:]))


def test_read_only_data_is_copied_into_the_types_the_kernel_takes():
    compiled, numpy = setup(CASES[0])
    compiled.train.X.flags.writeable = False
    assert compiled.run_epoch().train_loss == pytest.approx(numpy.run_epoch().train_loss, rel=1e-12)


def with_test_set(case, **settings):
    name, activations, loss = case
    data = (make_dataset("gaussians", n=120, seed=1, classes=3) if name == "gaussians3"
            else make_dataset(name, n=120, seed=1))
    train, test = data.split(0.25, seed=0)
    net = Network([2, 5, 4, data.T.shape[1]], activations, loss, seed=3)
    settings = TrainingSettings(**{"lr": 0.1, "batch_size": 7, "seed": 2, **settings})
    compiled, numpy = Trainer(net, train, test, settings), Trainer(net.copy(), train, test, settings)
    numpy.compiled = False
    return compiled, numpy


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[1][-1] for c in CASES])
@pytest.mark.parametrize("shuffle", [True, False])
def test_several_epochs_in_one_call_measure_what_numpy_measures(case, shuffle):
    compiled, numpy = with_test_set(case, l1=1e-3, l2=1e-2, shuffle=shuffle)
    together = compiled.run_epochs(4) + compiled.run_epochs(2)
    one_by_one = [numpy.run_epoch() for _ in range(6)]
    assert [s.epoch for s in together] == [s.epoch for s in one_by_one] == list(range(1, 7))
    for a, b in zip(together, one_by_one):
        assert a.steps == b.steps and a.finite == b.finite
        for field in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            x, y = getattr(a, field), getattr(b, field)
            assert (x is None) == (y is None) and (x is None or x == pytest.approx(y, rel=1e-10))
        assert a.grad_norms == pytest.approx(b.grad_norms, rel=1e-10)
    np.testing.assert_allclose(compiled.net.W[2], numpy.net.W[2], rtol=1e-10, atol=1e-13)
    # The same random orders follow: one more epoch each, by the other path, still agrees.
    assert compiled.run_epoch().train_loss == pytest.approx(numpy.run_epochs(1)[0].train_loss,
                                                            rel=1e-10)


def test_divergence_inside_several_epochs_is_reported_where_numpy_reports_it():
    compiled, numpy = with_test_set(CASES[4], batch_size=30, lr=10.0)
    with pytest.raises(DivergenceError) as together:
        compiled.run_epochs(50)
    with pytest.raises(DivergenceError) as one_by_one:
        for _ in range(50):
            numpy.run_epoch()
    assert (together.value.epoch, together.value.step) == (one_by_one.value.epoch,
                                                           one_by_one.value.step)
    assert len(compiled.history) == len(numpy.history) == together.value.epoch - 1
    assert compiled.steps == numpy.steps


def test_another_thread_follows_a_run_and_stops_it_where_numpy_goes_on_alike():
    compiled, numpy = with_test_set(CASES[0])
    progress = compiled_epoch.Progress()
    assert epochs_so_far(progress) is None
    returned = []
    worker = threading.Thread(target=lambda: returned.extend(compiled.run_epochs(20_000, progress)))
    worker.start()
    seen = None
    while seen is None or len(seen[0]) < 3:  # three epochs at least, read while it runs
        time.sleep(0.001)  # as a window reads it: now and then, not in a spin
        seen = epochs_so_far(progress)
    progress.stop()
    worker.join(timeout=30)
    assert not worker.is_alive()
    stats, weights = epochs_so_far(progress)  # what a reader sees once it stopped
    assert 3 <= len(returned) < 20_000 and compiled.epoch == len(returned)
    assert stats == returned == list(compiled.history)
    assert all(np.array_equal(a, b) for a, b in zip(weights.W[1:], compiled.net.W[1:]))
    assert seen[0] == returned[:len(seen[0])]
    # The stopped run leaves the random orders where numpy's epochs leave them.
    for _ in range(compiled.epoch):
        numpy.run_epoch()
    assert compiled.run_epoch().train_loss == pytest.approx(numpy.run_epoch().train_loss, rel=1e-10)


def test_a_progress_stopped_before_its_run_begins_ends_the_run_after_one_epoch():
    compiled, _ = with_test_set(CASES[3])
    progress = compiled_epoch.Progress()
    progress.stop()
    assert [s.epoch for s in compiled.run_epochs(500, progress)] == [1]
    assert progress.stopped


def test_weights_read_while_a_run_goes_on_are_those_of_an_epoch_it_ended():
    compiled, numpy = with_test_set(CASES[0])
    progress = compiled_epoch.Progress()
    worker = threading.Thread(target=compiled.run_epochs, args=(200, progress))
    worker.start()
    reads = []
    while worker.is_alive():
        time.sleep(0.0005)
        seen = epochs_so_far(progress)
        if seen is not None:
            reads.append((seen[0][-1].epoch, seen[1]))
    worker.join()
    reads = dict(reads[:: max(1, len(reads) // 20)])  # a few of them, epoch -> weights
    for epoch in range(1, 201):
        numpy.run_epoch()
        if epoch in reads:  # whole weights of that very epoch, never two epochs mixed
            for l in (1, 2, 3):
                np.testing.assert_allclose(reads[epoch].W[l], numpy.net.W[l], rtol=1e-9, atol=1e-12)


def test_a_reader_asks_only_for_the_epochs_it_has_not_seen():
    compiled, _ = with_test_set(CASES[1])
    progress = compiled_epoch.Progress()
    every = compiled.run_epochs(9, progress)
    later, _ = epochs_so_far(progress, after=6)
    assert later == every[6:] and later[0].steps == every[6].steps
    assert epochs_so_far(progress, after=9)[0] == []
