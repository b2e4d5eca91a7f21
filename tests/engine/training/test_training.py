"""The trainer (minibatch gradient descent by net.step) and the maps of the input plane."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.engine.data.datasets import decode_outputs, expand_features, make_dataset
from bpviz.engine.nn.plane import class_map, delta_maps, input_grid, neuron_maps, output_map
from bpviz.engine.training.training import (
    DivergenceError, EpochStats, Trainer, TrainingSettings,
)


@pytest.fixture
def xor_data():
    """The clean XOR set: 200 points, no noise."""
    return make_dataset("xor", n=200, noise=0, seed=0)


def xor_net(seed: int = 17) -> Network:
    """A 2-4-1 network, tanh then sigmoid, with cross-entropy."""
    return Network([2, 4, 1], ["tanh", "sigmoid"], "cross_entropy", seed=seed)


def weights_of(net: Network) -> list[np.ndarray]:
    return [*net.W[1:], *net.b[1:]]


def stats(epoch=1, **kw) -> EpochStats:
    values = dict(train_loss=0.5, test_loss=None, train_accuracy=None, test_accuracy=None,
                  grad_norms=(0.1,), steps=epoch, finite=True)
    return EpochStats(epoch, **{**values, **kw})


# ---- learning ---------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [12, 16, 17])
def test_xor_reaches_full_training_accuracy_at_lr_0_1(xor_data, seed):
    # 2-4-1 tanh/sigmoid, cross-entropy, α = 0.1, batches of 8: these initialisations reach
    # 100 % within 14 to 20 epochs (some others settle near 97 %, with the boundary
    # slightly off an axis).
    trainer = Trainer(xor_net(seed), xor_data, None,
                      TrainingSettings(lr=0.1, batch_size=8, seed=0, epochs=50))
    accuracies = []
    while not trainer.finished and not accuracies[-1:] == [1.0]:
        accuracies.append(trainer.run_epoch().train_accuracy)
    assert accuracies[-1] == 1.0, f"best accuracy {max(accuracies)} after {len(accuracies)} epochs"
    assert len(accuracies) <= 40
    assert trainer.history[-1].train_loss < trainer.history[0].train_loss


def assert_same_weights(a: Network, b: Network, exact: bool) -> None:
    """Bit for bit (numpy's steps), or to rounding (the compiled epoch sums in another order)."""
    for x, y in zip(weights_of(a), weights_of(b)):
        assert np.array_equal(x, y) if exact else np.allclose(x, y, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("compiled", [False, True])
@pytest.mark.parametrize("shuffle", [True, False])
def test_weights_after_k_epochs_equal_calling_net_step_in_the_same_order(xor_data, shuffle, compiled):
    settings = TrainingSettings(lr=0.3, batch_size=7, l1=1e-3, l2=1e-2, seed=5, shuffle=shuffle)
    trainer = Trainer(xor_net(), xor_data, None, settings)
    trainer.compiled = compiled
    by_hand = xor_net()
    rng = np.random.default_rng(5)
    for _ in range(3):
        trainer.run_epoch()
        order = rng.permutation(len(xor_data)) if shuffle else np.arange(len(xor_data))
        for start in range(0, len(order), 7):  # 28 batches of 7, then one of 4
            rows = order[start:start + 7]
            by_hand.step(xor_data.X[rows], xor_data.T[rows], 0.3, 1e-3, 1e-2)
    assert trainer.steps == 3 * 29
    assert_same_weights(trainer.net, by_hand, exact=not compiled)


@pytest.mark.parametrize("compiled", [False, True])
def test_one_batch_at_a_time_is_the_same_as_whole_epochs(xor_data, compiled):
    settings = TrainingSettings(lr=0.1, batch_size=50, seed=3)
    by_batch, by_epoch = (Trainer(xor_net(), xor_data, None, settings) for _ in range(2))
    by_epoch.compiled = compiled
    results = [by_batch.run_batch() for _ in range(8)]
    assert results[0] is None and results[2] is None
    assert isinstance(results[3], EpochStats) and results[3].epoch == 1 and results[3].steps == 4
    assert results[7].epoch == 2
    epochs = [by_epoch.run_epoch(), by_epoch.run_epoch()]
    if compiled:
        assert [e.train_loss for e in epochs] == pytest.approx([results[3].train_loss,
                                                                results[7].train_loss], rel=1e-12)
        assert [e.steps for e in epochs] == [4, 8]
    else:
        assert epochs == [results[3], results[7]]
    assert_same_weights(by_batch.net, by_epoch.net, exact=not compiled)


@pytest.mark.parametrize("compiled", [False, True])
def test_a_batch_larger_than_the_set_is_the_whole_set(xor_data, compiled):
    trainer = Trainer(xor_net(), xor_data, None, TrainingSettings(lr=0.1, batch_size=10_000))
    trainer.compiled = compiled
    by_hand = xor_net()
    assert trainer.run_epoch().steps == 1
    order = np.random.default_rng(0).permutation(len(xor_data))
    by_hand.step(xor_data.X[order], xor_data.T[order], 0.1)
    assert_same_weights(trainer.net, by_hand, exact=not compiled)


def test_reset_gives_back_the_initial_weights_and_the_same_first_epoch(xor_data):
    net = xor_net()
    initial = [a.copy() for a in weights_of(net)]
    trainer = Trainer(net, xor_data, None, TrainingSettings(lr=0.1, batch_size=8, seed=2))
    first = trainer.run_epoch()
    trainer.run_epoch()
    net.W[1][0, 0] = 42.0  # a hand edit is undone too
    trainer.reset()
    assert trainer.epoch == 0 and trainer.steps == 0 and len(trainer.history) == 0
    assert all(np.array_equal(a, b) for a, b in zip(weights_of(net), initial))
    assert net.W[1].flags.writeable
    assert trainer.run_epoch() == first


def test_run_trains_for_the_settings_epochs(xor_data):
    trainer = Trainer(xor_net(), xor_data, None, TrainingSettings(lr=0.1, batch_size=100, epochs=3))
    assert [s.epoch for s in trainer.run()] == [1, 2, 3]
    assert trainer.finished and trainer.run() == []
    endless = Trainer(xor_net(), xor_data, None, TrainingSettings(epochs=None))
    assert not endless.finished
    with pytest.raises(ValueError, match="epochs"):
        endless.run()


@pytest.mark.parametrize("compiled", [False, True])
@pytest.mark.parametrize("target", [dict(stop_accuracy=1.0), dict(stop_loss=0.2)])
def test_run_stops_at_the_first_epoch_that_meets_a_target(xor_data, compiled, target):
    # The same run without a target says which epoch first meets it; the target stops there,
    # whole epochs at a time (compiled) or one by one (numpy).
    free = Trainer(xor_net(16), xor_data, None, TrainingSettings(lr=0.1, batch_size=8, epochs=60))
    free.compiled = compiled
    goal = TrainingSettings(lr=0.1, batch_size=8, epochs=60, **target)
    first = next(s.epoch for s in free.run() if goal.target_reached(s))
    assert first > 1
    trainer = Trainer(xor_net(16), xor_data, None, goal)
    trainer.compiled = compiled
    done = []
    while not trainer.finished:  # compiled: one call, which stops itself at the target
        done += trainer.run_epochs(100)
    assert [s.epoch for s in done] == list(range(1, first + 1))
    assert trainer.run() == []
    again = Trainer(xor_net(16), xor_data, None, goal)
    again.compiled = compiled
    assert again.run()[-1].epoch == first


def test_a_target_never_met_leaves_the_epoch_count_in_charge(xor_data):
    settings = TrainingSettings(lr=0.1, batch_size=100, epochs=3, stop_loss=0.0)
    assert [s.epoch for s in Trainer(xor_net(), xor_data, None, settings).run()] == [1, 2, 3]
    regression = stats(train_accuracy=None, train_loss=0.4)
    assert not TrainingSettings(stop_accuracy=0.5).target_reached(regression)
    assert TrainingSettings(stop_loss=0.4).target_reached(regression)


# ---- what an epoch reports ------------------------------------------------------------------------

def test_epoch_stats_measure_loss_with_penalty_and_accuracy_on_both_sets():
    train, test = make_dataset("circles", n=300, noise=0.1, seed=1).split(0.3, seed=0)
    net = Network([2, 6, 1], ["tanh", "sigmoid"], "cross_entropy", seed=0)
    trainer = Trainer(net, train, test, TrainingSettings(lr=0.1, batch_size=16, l2=0.01))
    s = trainer.run_epoch()
    penalty = 0.5 * 0.01 * sum(float((w * w).sum()) for w in net.W[1:])
    assert s.train_loss == pytest.approx(net.loss_of(train.X, train.T) + penalty, rel=1e-12)
    assert s.test_loss == pytest.approx(net.loss_of(test.X, test.T) + penalty, rel=1e-12)
    assert s.train_accuracy == np.mean(decode_outputs(net.predict(train.X), 2) == train.labels)
    assert s.test_accuracy == np.mean(decode_outputs(net.predict(test.X), 2) == test.labels)
    assert s.finite and s.epoch == 1 and s.steps == int(np.ceil(len(train) / 16))


def test_regression_has_no_accuracy_and_no_test_loss_without_test_data():
    data = make_dataset("curve", n=100, noise=0.1, seed=0)
    net = Network([1, 8, 1], ["tanh", "linear"], "mse", seed=0)
    s = Trainer(net, data, None, TrainingSettings(lr=0.05)).run_epoch()
    assert s.train_accuracy is None and s.test_accuracy is None and s.test_loss is None
    assert s.train_loss == pytest.approx(net.loss_of(data.X, data.T), rel=1e-12)


def test_grad_norms_are_the_rms_of_dW_averaged_over_the_epochs_batches(xor_data):
    settings = TrainingSettings(lr=0.1, batch_size=64, seed=4)
    trainer = Trainer(xor_net(), xor_data, None, settings)
    by_hand = xor_net()
    order = np.random.default_rng(4).permutation(len(xor_data))
    rms = []
    for start in range(0, len(order), 64):
        trace = by_hand.step(xor_data.X[order[start:start + 64]], xor_data.T[order[start:start + 64]], 0.1)
        rms.append([np.sqrt(np.mean(trace.dW[l] ** 2)) for l in (1, 2)])
    s = trainer.run_epoch()
    assert len(s.grad_norms) == trainer.net.L == 2
    assert s.grad_norms == pytest.approx(np.mean(rms, axis=0), rel=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_deep_sigmoid_gradients_vanish_towards_the_input_and_relu_ones_do_not(xor_data, seed):
    settings = TrainingSettings(lr=0.1, batch_size=10)
    sigmoid = Network([2, 8, 8, 8, 8, 1], ["sigmoid"] * 5, "cross_entropy", seed=seed)
    relu = Network([2, 8, 8, 8, 8, 1], ["relu"] * 4 + ["sigmoid"], "cross_entropy", seed=seed)
    g_sigmoid = Trainer(sigmoid, xor_data, None, settings).run_epoch().grad_norms
    g_relu = Trainer(relu, xor_data, None, settings).run_epoch().grad_norms
    assert len(g_sigmoid) == len(g_relu) == 5
    # each sigmoid layer multiplies δ by σ' ≤ ¼: layer 1 gets under 1/50 of layer 5's gradient
    assert g_sigmoid[0] < g_sigmoid[-1] / 50
    assert g_relu[0] > g_relu[-1] / 5


# ---- divergence -------------------------------------------------------------------------------

def test_too_large_a_learning_rate_diverges_and_the_last_finite_weights_come_back():
    data = make_dataset("plane", n=200, noise=0.1, seed=0)
    net = Network([2, 8, 1], ["relu", "linear"], "mse", seed=0)
    trainer = Trainer(net, data, None, TrainingSettings(lr=10, batch_size=10))
    with pytest.raises(DivergenceError) as caught:
        for _ in range(20):
            trainer.run_epoch()
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.epoch == 1 and error.step == trainer.steps + 1 and error.lr == 10
    assert str(error).startswith("The weights of layer 1 became ")
    assert f"at epoch 1, batch {error.step}: the learning rate 10 is too large for this network." in str(error)
    assert "restored" in str(error)
    last = trainer.last_finite_weights
    assert all(np.isfinite(a).all() for a in [*last.W[1:], *last.b[1:]])
    assert not all(np.isfinite(a).all() for a in weights_of(net))  # the step did happen
    trainer.restore_last_finite()
    assert all(np.isfinite(a).all() for a in weights_of(net))
    assert all(np.array_equal(a, b) for a, b in zip(weights_of(net), [*last.W[1:], *last.b[1:]]))
    # the network gets its own writable copies; the trainer's stay read-only
    assert net.W[1] is not last.W[1] and net.W[1].flags.writeable and not last.W[1].flags.writeable


def test_divergence_names_the_weights_when_only_they_blow_up():
    error = DivergenceError(12, 3, "the weights of layer 2 became not a number (NaN)", 8.0)
    assert str(error) == ("The weights of layer 2 became not a number (NaN) at epoch 12, batch 3: "
                          "the learning rate 8 is too large for this network. "
                          "The last finite weights can be restored.")


def test_last_finite_weights_are_the_current_ones_while_training_is_fine(xor_data):
    trainer = Trainer(xor_net(), xor_data, None, TrainingSettings(lr=0.1, batch_size=32))
    assert all(np.array_equal(a, b) for a, b in zip(trainer.last_finite_weights.W[1:], trainer.net.W[1:]))
    trainer.run_batch()
    last = trainer.last_finite_weights
    assert all(np.array_equal(a, b) for a, b in zip([*last.W[1:], *last.b[1:]], weights_of(trainer.net)))
    assert not last.W[1].flags.writeable  # shared, so read-only


# ---- settings, history, data checks -------------------------------------------------------------

@pytest.mark.parametrize("kwargs, message", [
    (dict(lr=0), "learning rate must be a number greater than 0 and at most 10, got 0"),
    (dict(lr=11), "at most 10, got 11"),
    (dict(lr=float("nan")), "learning rate"),
    (dict(lr="0.1"), "learning rate"),
    (dict(batch_size=0), "batch size must be a whole number of at least 1, got 0"),
    (dict(batch_size=2.5), "batch size"),
    (dict(batch_size=True), "batch size"),
    (dict(l1=-1), "the l1 rate must be a number of at least 0, got -1"),
    (dict(l2=float("inf")), "the l2 rate"),
    (dict(epochs=0), "epochs must be a whole number of at least 1, or None"),
    (dict(seed=1.5), "seed must be a whole number"),
    (dict(shuffle="yes"), "shuffle must be True or False"),
    (dict(stop_accuracy=0), "accuracy to stop at must be a fraction greater than 0 and at most 1"),
    (dict(stop_accuracy=1.5), "accuracy to stop at"),
    (dict(stop_loss=-0.1), "loss to stop at must be a number of at least 0"),
    (dict(stop_loss=float("nan")), "loss to stop at"),
])
def test_settings_refuse_bad_values_with_a_clear_message(kwargs, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        TrainingSettings(**kwargs)


def test_settings_accept_numpy_numbers_and_store_plain_ones():
    s = TrainingSettings(lr=np.float32(0.5), batch_size=np.int64(4), epochs=np.int32(2))
    assert type(s.lr) is float and type(s.batch_size) is int and type(s.epochs) is int
    assert TrainingSettings(lr=10).lr == 10.0


def test_trainer_history_is_bounded(xor_data):
    trainer = Trainer(xor_net(), xor_data, None, TrainingSettings(lr=0.1, batch_size=200),
                      max_history=4)
    for _ in range(20):
        trainer.run_epoch()
    assert len(trainer.history) <= 4 and trainer.history[-1].epoch == 20
    assert trainer.history[0].epoch == 1


def test_trainer_refuses_data_that_does_not_fit_the_network(xor_data):
    with pytest.raises(ValueError, match="has 2 inputs and 1 targets per sample, but the network has 3"):
        Trainer(Network([3, 2, 1], ["tanh", "sigmoid"]), xor_data)
    with pytest.raises(ValueError, match="TrainingSettings"):
        Trainer(xor_net(), xor_data, None, {"lr": 0.1})


# ---- maps of the plane ------------------------------------------------------------------------

def test_input_grid_gives_pixel_centres_with_rows_along_x2():
    xs, ys, points = input_grid((-1, 1, 0, 4), resolution=4)
    assert np.allclose(xs, [-0.75, -0.25, 0.25, 0.75]) and np.allclose(ys, [0.5, 1.5, 2.5, 3.5])
    assert points.shape == (16, 2)
    assert np.array_equal(points.reshape(4, 4, 2)[2, 1], [xs[1], ys[2]])
    with pytest.raises(ValueError, match="bounds"):
        input_grid((1, -1, 0, 1))
    with pytest.raises(ValueError, match="resolution"):
        input_grid(resolution=1)


def test_output_map_agrees_with_predict_at_grid_points():
    net = Network([2, 5, 1], ["tanh", "sigmoid"], "cross_entropy", seed=3)
    xs, ys, _ = input_grid((-6, 6, -6, 6), 30)
    values = output_map(net, 30, (-6, 6, -6, 6))
    assert values.shape == (30, 30)
    for r, c in [(0, 0), (3, 17), (29, 5), (29, 29)]:
        assert values[r, c] == pytest.approx(net.predict([xs[c], ys[r]])[0, 0], rel=1e-14)
    labels = class_map(net, 30, (-6, 6, -6, 6))
    assert np.array_equal(labels, (values >= 0.5).astype(int))


def test_softmax_maps_give_the_largest_probability_and_its_class():
    net = Network([2, 6, 3], ["relu", "softmax"], "cross_entropy", seed=1)
    xs, ys, points = input_grid(resolution=20)
    Y = net.predict(points)
    assert np.allclose(output_map(net, 20), Y.max(axis=1).reshape(20, 20), rtol=1e-14)
    assert np.array_equal(class_map(net, 20), decode_outputs(Y, 3).reshape(20, 20))
    assert np.allclose(output_map(net, 20, output=2), Y[:, 2].reshape(20, 20), rtol=1e-14)
    with pytest.raises(ValueError, match="output must be in 0..2"):
        output_map(net, 20, output=3)


def test_neuron_maps_agree_with_layer_outputs_in_one_pass():
    net = Network([2, 4, 3, 1], ["tanh", "relu", "sigmoid"], "mse", seed=0)
    _, _, points = input_grid((-3, 3, -2, 2), 25)
    expected = net.layer_outputs(points)
    maps = neuron_maps(net, 25, (-3, 3, -2, 2))
    assert [m.shape for m in maps] == [(2, 25, 25), (4, 25, 25), (3, 25, 25), (1, 25, 25)]
    for l, m in enumerate(maps):
        for j in range(net.sizes[l]):
            assert np.array_equal(m[j].ravel(), expected[l][:, j])
    assert np.array_equal(maps[-1][0], output_map(net, 25, (-3, 3, -2, 2)))


def test_maps_apply_the_features_before_the_network():
    features = ["x1", "x2", "x1*x2", "sin x1"]
    net = Network([4, 3, 1], ["tanh", "sigmoid"], "cross_entropy", seed=2)
    _, _, points = input_grid(resolution=12)
    expected = net.predict(expand_features(points, features))[:, 0].reshape(12, 12)
    assert np.array_equal(output_map(net, 12, features=features), expected)
    assert neuron_maps(net, 12, features=features)[0].shape == (4, 12, 12)
    with pytest.raises(ValueError, match="the network has 4 inputs"):
        output_map(net, 12)


@pytest.mark.parametrize("sizes, activations, loss, target, features", [
    ([2, 2, 2], ["sigmoid", "sigmoid"], "mse", [0.01, 0.99], None),
    ([2, 4, 3, 1], ["tanh", "relu", "sigmoid"], "cross_entropy", [1.0], None),
    ([2, 5, 3], ["leaky_relu", "softmax"], "cross_entropy", [0.0, 1.0, 0.0], None),
    ([4, 3, 1], ["tanh", "linear"], "mse", [-0.7], ["x1", "x2", "x1*x2", "sin x1"]),
])
def test_delta_maps_agree_with_backward_on_each_point_alone(sizes, activations, loss, target, features):
    net = Network(sizes, activations, loss, seed=3)
    bounds = (-3, 3, -2, 4)
    maps = delta_maps(net, target, 9, bounds, features)
    assert maps[0] is None
    assert [m.shape for m in maps[1:]] == [(n, 9, 9) for n in sizes[1:]]
    _, _, points = input_grid(bounds, 9)
    X = points if features is None else expand_features(points, features)
    for r, c in [(0, 0), (0, 8), (4, 5), (8, 1), (8, 8)]:
        alone = net.backward(net.forward(X[r * 9 + c], target))  # the one point as its own sample
        for l in range(1, net.L + 1):
            np.testing.assert_allclose(maps[l][:, r, c], alone.delta[l][0], rtol=1e-12, atol=1e-15)


def test_delta_maps_refuse_a_target_of_the_wrong_length_and_leave_the_weights_alone():
    net = xor_net()
    before = weights_of(net)
    with pytest.raises(ValueError, match=r"one value per output \(1\), but has 2"):
        delta_maps(net, [0.0, 1.0])
    with pytest.raises(ValueError, match="the network has 2 inputs"):
        delta_maps(net, [1.0], features=["x1", "x2", "x1*x2"])
    delta_maps(net, [1.0], 8)
    assert all(np.array_equal(a, b) for a, b in zip(before, weights_of(net)))
