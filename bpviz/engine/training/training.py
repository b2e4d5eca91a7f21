"""Trainer: minibatch gradient descent over a data set, epoch by epoch.

Training is nothing but the engine's own step repeated: every batch is one `net.step`, so
the weights after k epochs are those a person gets calling `net.step` on the same batches in
the same order: exactly, batch by batch; to rounding, for whole epochs run by the compiled
epoch (`compiled_epoch`). What it is asked to do and what an epoch reports are in
`training_settings`; the maps of the input plane are in `plane`.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from bpviz.engine.training import compiled_epoch
from bpviz.engine.training.epoch_codes import (
    BATCHES, GRAD_SUMS, TEST_ACCURACY, TEST_LOSS, TRAIN_ACCURACY, TRAIN_LOSS)
from bpviz.engine.data.datasets import Dataset, decode_outputs
from bpviz.engine.training.history import MAX_HISTORY, History
from bpviz.engine.nn.network import Network
from bpviz.engine.training.training_settings import MAX_LR, EpochStats, TrainingSettings

__all__ = ["MAX_LR", "DivergenceError", "EpochStats", "Trainer", "TrainingSettings", "Weights",
           "epoch_stats", "epochs_so_far"]

MAX_FLOAT = float(np.finfo(np.float64).max)

# What the trainer tells a person when training blows up, declared once.
DIVERGED = ("{what} at epoch {epoch}, batch {step}: {rate} is too large for this network. "
            "The last finite weights can be restored.")
NOT_FINITE = {"inf": "infinite", "nan": "not a number (NaN)"}


# ---- what the trainer reports besides its epochs ---------------------------------------------

class Weights(NamedTuple):
    """A network's weights W[l] and biases b[l], indexed by the seed's l (entry 0 is None)."""

    W: list
    b: list


class DivergenceError(ValueError):
    """Training produced an infinite or NaN loss or weight; says where, in words a class reads."""

    def __init__(self, epoch: int, step: int, what: str, lr: float | None = None) -> None:
        self.epoch, self.step, self.what, self.lr = epoch, step, what, lr
        rate = "the learning rate" if lr is None else f"the learning rate {lr:g}"
        super().__init__(DIVERGED.format(what=what[:1].upper() + what[1:], epoch=epoch,
                                         step=step, rate=rate))


# ---- the trainer ---------------------------------------------------------------------------

class Trainer:
    """Minibatch gradient descent of `net` on `train`, measured on `train` and `test`.

    Each epoch visits every training sample once, in batches of `settings.batch_size`
    (the last batch takes what is left). With shuffling on, epoch e's order is the e-th
    `permutation(n)` drawn from `np.random.default_rng(settings.seed)`.
    """

    def __init__(self, net: Network, train: Dataset, test: Dataset | None = None,
                 settings: TrainingSettings | None = None, max_history: int = MAX_HISTORY) -> None:
        _check_fits(net, train)
        if len(train) == 0:
            raise ValueError("training needs a data set with at least one sample")
        if test is not None:
            _check_fits(net, test)
        self.net, self.train, self.test = net, train, test
        self.settings = TrainingSettings() if settings is None else settings
        self.history = History(max_history)
        self.compiled = True  # run whole epochs compiled when that is loaded (see run_epoch)
        self._compiled_sets: dict[int, tuple] = {}  # id of train or test -> kernel arrays
        # Copies, marked read-only: the network's own arrays may be assigned into.
        self._initial = Weights([None] + [_read_only(w.copy()) for w in net.W[1:]],
                                [None] + [_read_only(b.copy()) for b in net.b[1:]])
        self.reset()

    @property
    def settings(self) -> TrainingSettings:
        """The settings the next batch uses (a new seed takes effect at `reset`)."""
        return self._settings

    @settings.setter
    def settings(self, settings: TrainingSettings) -> None:
        if not isinstance(settings, TrainingSettings):
            raise ValueError(f"settings must be a TrainingSettings, got {type(settings).__name__}")
        self._settings = settings

    @property
    def finished(self) -> bool:
        """Whether `settings.epochs` epochs are done, or the last epoch met a stop target."""
        s = self.settings
        return ((s.epochs is not None and self.epoch >= s.epochs)
                or (self._order is None and len(self.history) > 0 and s.target_reached(self.history[-1])))

    @property
    def last_finite_weights(self) -> Weights:
        """The most recent weights known to be finite (read-only views): the network's own while
        training goes well, those before the failing step after a divergence."""
        if self._last_finite is None:
            return _read_only_views(Weights(self.net.W, self.net.b))
        return self._last_finite

    def reset(self) -> None:
        """Put back the starting weights, epoch 0, an empty history and the seed's first order."""
        for l in range(1, self.net.L + 1):
            if self.net.W[l].shape != self._initial.W[l].shape:
                raise ValueError("the network's layers changed since training started; "
                                 "start a new trainer")
            self.net.W[l] = self._initial.W[l].copy()
            self.net.b[l] = self._initial.b[l].copy()
        self.epoch = 0  # epochs completed
        self.steps = 0  # batches completed
        self._rng = np.random.default_rng(self.settings.seed)
        self._last_finite = self._initial
        self._order: np.ndarray | None = None  # this epoch's sample order, None between epochs
        self.history.clear()

    def restore_last_finite(self) -> None:
        """Put the last finite weights back into the network (after a DivergenceError)."""
        W, b = self.last_finite_weights
        for l in range(1, self.net.L + 1):
            self.net.W[l] = W[l].copy()  # writable copies: the network's arrays may be edited
            self.net.b[l] = b[l].copy()

    def run_batch(self) -> EpochStats | None:
        """Return None after one step on the next batch, or the epoch's stats if it ended one.

        w ← w − α ∂L/∂w on the batch's mean loss (plus penalty), by `net.step`.
        Raises DivergenceError, leaving the diverged weights in the network, if the loss or
        a new weight is infinite or NaN; the same batch comes again on the next call.
        """
        if self._order is None:
            self._start_epoch()
        s = self.settings
        start = self._position
        X = self._X_epoch[start:start + s.batch_size]
        T = self._T_epoch[start:start + s.batch_size]
        before = Weights(list(self.net.W), list(self.net.b))  # train_step never writes these
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is checked below
            dW, db = self.net.train_step(X, T, s.lr, s.l1, s.l2)
            squares = [float(np.vdot(g, g)) for g in dW[1:]]
            bias_squares = sum(float(np.vdot(g, g)) for g in db[1:])
        # Finite gradients on finite weights give finite new weights, so the sums of squares,
        # needed for the gradient norms anyway, are the cheap test; only a failure looks closer
        # (the squares of huge but finite gradients overflow too).
        if not math.isfinite(sum(squares) + bias_squares):
            what = _not_finite(self.net)
            if what is not None:
                if _not_finite_weights(before) is None:
                    self._last_finite = _read_only_views(before)
                raise DivergenceError(self.epoch + 1, self._batches + 1, what, s.lr)
        self._last_finite = None  # the network's own weights are the last finite ones
        for l in range(1, self.net.L + 1):
            self._grad_sums[l - 1] += math.sqrt(min(squares[l - 1], MAX_FLOAT) / dW[l].size)
        self._position += len(X)
        self._batches += 1
        self.steps += 1
        if self._position < len(self.train):
            return None
        return self._finish_epoch()

    def run_epoch(self) -> EpochStats:
        """Return the stats of the epoch after running its remaining batches (all, if none ran).

        The batches run compiled when `compiled_epoch` is loaded (the same equations, equal to
        `run_batch`'s to rounding); a batch that diverges runs again by `run_batch`, which
        raises the DivergenceError.
        """
        if self.compiled and compiled_epoch.kernel() is not None:
            self._run_compiled()
            if self._position >= len(self.train):
                return self._finish_epoch()
        stats = None
        while stats is None:
            stats = self.run_batch()
        return stats

    def run_epochs(self, count: int,
                   progress: compiled_epoch.Progress | None = None) -> list[EpochStats]:
        """Return the stats of up to `count` epochs run now: all of them, compiled, in one call
        that leaves the interpreter lock free throughout; one epoch, by `run_epoch`, when the
        compiled epoch is not loaded or an epoch is under way.

        `progress` lets another thread follow the compiled call (`epochs_so_far`) and stop it
        after any epoch. Raises DivergenceError as `run_epoch` does; the epochs before it are
        in `history`.
        """
        if not (self.compiled and self._order is None and compiled_epoch.kernel() is not None):
            return [self.run_epoch()]
        s = self.settings
        rng_state = self._rng.bit_generator.state
        orders = self._orders(max(1, int(count)))
        packed = compiled_epoch.Packed(self.net)
        start = (self.epoch, self.steps, self.test is not None)
        run = None if progress is None else progress.begin(packed, len(orders), start)
        with np.errstate(over="ignore", invalid="ignore"):
            done, results, diverged = compiled_epoch.run_epochs(
                packed, self._compiled_set(self.train),
                None if self.test is None else self._compiled_set(self.test),
                self.train.classes, orders, s.batch_size, s.lr, s.l1, s.l2, run, s.stop_targets())
        packed.store(self.net)
        stats = epoch_stats(results[:done], *start)
        for epoch in stats:
            self.history.append(epoch)
        if done:
            self.epoch, self.steps = stats[-1].epoch, stats[-1].steps
            self._last_finite = None  # the network's own weights are the last finite ones
        if done < len(orders):
            # It ended early (stopped, or at a diverging batch): draw the orders again up to
            # there, so the random sequence stays the one `run_epoch` draws.
            self._rng.bit_generator.state = rng_state
            self._orders(done)
        if diverged:
            # Epoch `done` met a diverging batch: let `run_batch` take it and report it.
            self._start_epoch()
            samples = int(results[done, BATCHES])
            self._position = samples
            self._batches = -(-samples // s.batch_size)
            self.steps += self._batches
            self._grad_sums[:] = results[done, GRAD_SUMS:]
            for _ in range(len(orders) - done):  # numpy goes on from that batch and raises the
                stats.append(self.run_epoch())  # DivergenceError, within the epochs asked for
        return stats

    def run(self) -> list[EpochStats]:
        """Return the stats of every epoch run until `settings.epochs` epochs are done, or
        until an epoch meets a stop target (`TrainingSettings.target_reached`)."""
        if self.settings.epochs is None:
            raise ValueError("run() needs settings.epochs; with epochs=None call run_epoch "
                             "until you stop")
        done = []
        while not self.finished:
            done.append(self.run_epoch())
        return done

    def __repr__(self) -> str:
        return f"Trainer({self.net!r}, {self.train!r}, epoch={self.epoch}, steps={self.steps})"

    # -- helpers ---------------------------------------------------------------------------

    def _orders(self, count: int) -> np.ndarray:
        """Return the sample orders of the next `count` epochs, one a row: the next `count`
        `permutation(n)` draws, drawn at once (and outside the interpreter lock)."""
        orders = np.tile(np.arange(len(self.train), dtype=np.int64), (count, 1))
        return self._rng.permuted(orders, axis=1, out=orders) if self.settings.shuffle else orders

    def _start_epoch(self) -> None:
        n = len(self.train)
        self._order = self._rng.permutation(n) if self.settings.shuffle else np.arange(n)
        # One gather per epoch; the batches are then slices of it.
        self._X_epoch, self._T_epoch = self.train.X[self._order], self.train.T[self._order]
        self._position = self._batches = 0
        self._grad_sums = np.zeros(self.net.L)

    def _run_compiled(self) -> None:
        """Run the epoch's remaining batches compiled, stopping before a diverging batch."""
        if self._order is None:
            self._start_epoch()
        s = self.settings
        packed = compiled_epoch.Packed(self.net)
        X, T, _ = self._compiled_set(self.train)
        order = np.ascontiguousarray(self._order, dtype=np.int64)
        with np.errstate(over="ignore", invalid="ignore"):
            position, batches = compiled_epoch.run_epoch(
                packed, X, T, order, self._position, s.batch_size, s.lr, s.l1, s.l2,
                self._grad_sums)
        packed.store(self.net)
        if batches:
            self._last_finite = None  # the network's own weights are the last finite ones
        self._position, self._batches, self.steps = (position, self._batches + batches,
                                                      self.steps + batches)

    def _finish_epoch(self) -> EpochStats:
        grad_norms = self._grad_sums / self._batches
        self._order = None
        train_loss, train_accuracy = self._measure(self.train)
        test_loss, test_accuracy = (None, None) if self.test is None else self._measure(self.test)
        return self._record(train_loss, train_accuracy, test_loss, test_accuracy, grad_norms)

    def _record(self, train_loss, train_accuracy, test_loss, test_accuracy,
                grad_norms) -> EpochStats:
        """Count an epoch as ended with these measurements; return its stats."""
        self.epoch += 1
        stats = EpochStats.measured(self.epoch, train_loss, test_loss, train_accuracy,
                                    test_accuracy, grad_norms, self.steps)
        self.history.append(stats)
        return stats

    def _compiled_set(self, data: Dataset) -> tuple:
        """Return (X, T, labels) of `data` as the compiled kernels take them, made once."""
        cached = self._compiled_sets.get(id(data))
        if cached is None:
            labels = data.labels if data.labels is not None else np.zeros(0, np.int64)
            cached = (np.array(data.X, dtype=np.float64, order="C"),
                      np.array(data.T, dtype=np.float64, order="C"),
                      np.array(labels, dtype=np.int64))
            self._compiled_sets[id(data)] = cached
        return cached

    def _measure(self, data: Dataset) -> tuple[float, float | None]:
        """Return (loss with the penalty, accuracy or None) of the current weights on `data`."""
        with np.errstate(over="ignore", invalid="ignore"):
            Y = self.net.predict(data.X)
            loss = self.net._loss_terms(Y, data.T, self.net.W, self.settings.l1,
                                        self.settings.l2)["loss"]
        if data.kind != "classification" or not np.isfinite(Y).all():
            return loss, None
        return loss, float(np.mean(decode_outputs(Y, data.classes) == data.labels))


def epoch_stats(results: np.ndarray, epoch: int, steps: int, tested: bool) -> list[EpochStats]:
    """Return the stats of the epochs in rows of compiled results (`compiled_epoch.run_epochs`),
    the first being epoch `epoch` + 1, begun after `steps` steps; `tested`: whether the run
    measured test data."""
    stats = []
    for row in results:
        batches = int(row[BATCHES])
        epoch, steps = epoch + 1, steps + batches
        stats.append(EpochStats.measured(epoch, row[TRAIN_LOSS], row[TEST_LOSS] if tested else None,
                                         None if row[TRAIN_ACCURACY] < 0 else row[TRAIN_ACCURACY],
                                         None if row[TEST_ACCURACY] < 0 else row[TEST_ACCURACY],
                                         row[GRAD_SUMS:] / batches, steps))
    return stats


def epochs_so_far(progress: compiled_epoch.Progress,
                  after: int = 0) -> tuple[list[EpochStats], Weights] | None:
    """Return the stats of the epochs after epoch `after` that the compiled call followed by
    `progress` has ended so far, and the weights after the last it ended; None before it
    ends one. Safe to call from another thread while `Trainer.run_epochs` runs."""
    latest = progress.latest()
    if latest is None:
        return None
    run, results, theta = latest
    epoch, steps, tested = run.start
    skip = min(max(0, after - epoch), len(results))
    W, b = run.packed.unpack(theta)
    return (epoch_stats(results[skip:], epoch + skip, steps + int(results[:skip, BATCHES].sum()), tested),
            Weights([None] + W, [None] + b))


def _read_only_views(weights: Weights) -> Weights:
    """Return read-only views of the arrays (the arrays themselves stay writable)."""
    return Weights([None] + [_read_only(w.view()) for w in weights.W[1:]],
                   [None] + [_read_only(b.view()) for b in weights.b[1:]])


def _not_finite(net: Network) -> str | None:
    """Return what became infinite or NaN in the network after a step, or None."""
    return _not_finite_weights(Weights(net.W, net.b))


def _not_finite_weights(weights: Weights) -> str | None:
    """Return which weights are infinite or NaN ("the weights of layer 2 became infinite"), or None."""
    for l in range(1, len(weights.W)):
        for name, a in (("weights", weights.W[l]), ("biases", weights.b[l])):
            # A finite sum means finite entries (one reduction, cheaper than isfinite);
            # only a non-finite sum needs the exact look, which also names inf or NaN.
            if not math.isfinite(a.sum()) and not np.isfinite(a).all():
                kind = "nan" if np.isnan(a).any() else "inf"
                return f"the {name} of layer {l} became {NOT_FINITE[kind]}"
    return None


def _check_fits(net: Network, data: Dataset) -> None:
    if not isinstance(data, Dataset):
        raise ValueError(f"expected a Dataset, got {type(data).__name__}")
    inputs, outputs = net.sizes[0], net.sizes[-1]
    if data.X.shape[1] != inputs or data.T.shape[1] != outputs:
        raise ValueError(f"the data set {data.name!r} has {data.X.shape[1]} inputs and "
                         f"{data.T.shape[1]} targets per sample, but the network has {inputs} "
                         f"inputs and {outputs} outputs")


def _read_only(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a
