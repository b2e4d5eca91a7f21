"""One epoch of minibatch gradient descent, compiled: the equations of `Network.train_step`.

A step on a batch of ten through a small network is some forty numpy calls of a microsecond
or more each, so numpy alone trains the classroom spiral at about a hundred epochs a second.
Compiled with numba, the same loop runs an epoch in a fraction of a millisecond, and without
holding Python's interpreter lock, so the window keeps drawing while a worker thread trains.

The arithmetic is the seed's, step for step:
    z_j = Σ_i w_ij x_i + b_j,  x_j = f(z_j)                          (forward pass)
    δ_k = y_k − t_k (cross-entropy after sigmoid or softmax),
    δ_k = (y_k − t_k) f'(z_k) (squared error)                        (output delta)
    δ_j = f'(z_j) Σ_k w_jk δ_k                                       (hidden delta)
    ∂L/∂w_ij = mean over the batch of δ_j x_i (+ l2 w + l1 sign w),  w ← w − α ∂L/∂w
Sums run in a different order than numpy's, so weights agree with `train_step` to rounding
(about 1e-15 relative per step), not bit for bit. Without numba, `available()` is False and
the trainer uses `train_step`.

X, T and order must be C-contiguous, writable float64 (int64 for order) arrays: the kernel is
compiled for exactly those types, once.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

from bpviz.engine.nn.network import Network

from bpviz.engine.training.epoch_codes import (
    ACTIVATION_CODES, CONTROLS, DIVERGED, GRAD_SUMS, LOSS_CODES, STOP, STOP_ACCURACY, STOP_LOSS)

# The compiled epoch once loaded, False when it cannot be, None before anyone asked.
_kernel = None
# Whether `kernel()` may load it when first asked. Loading takes a second (numba's import and
# the cached machine code), compiling it the first time on a machine ten or more; a window
# sets this False and calls `load_in_background` so that no click ever waits for it.
load_on_demand = True
_loading = threading.Lock()


def kernel():
    """Return the compiled kernels' module, or None while it is not loaded (or cannot be)."""
    if _kernel is None and load_on_demand:
        load()
    return _kernel or None


def load() -> bool:
    """Load (compiling the first time) the compiled epoch now; return whether it is usable."""
    global _kernel
    with _loading:
        if _kernel is None:
            try:
                from bpviz.engine.training import epoch_kernel
            except Exception:  # no numba, or numba that cannot compile here: numpy trains
                _kernel = False
            else:
                _kernel = epoch_kernel
    return bool(_kernel)


def load_in_background() -> None:
    """Load the compiled epoch in a thread, compiling it first in a separate process.

    Compiling is pure Python work for seconds; in this process it would take turns with the
    window's drawing. A child process compiles and caches the machine code, then a thread
    here only loads it.
    """
    def work() -> None:
        cached = any(Path(__file__).parent.glob("__pycache__/epoch_kernel.epoch-*.nbi"))
        try:
            if not cached:
                subprocess.run([sys.executable, "-m", "bpviz.engine.training.epoch_kernel"], timeout=300,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               check=False)
        except (OSError, subprocess.SubprocessError):
            pass  # loading below compiles it here instead
        load()

    if _kernel is None:
        threading.Thread(target=work, name="bpviz-compile", daemon=True).start()


class Packed:
    """A network's weights in one flat vector, with what the kernel needs to read it."""

    def __init__(self, net: Network) -> None:
        sizes = np.array(net.sizes, dtype=np.int64)
        counts = sizes[1:] * sizes[:-1] + sizes[1:]  # each layer's W, then its b
        self.offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self.sizes = sizes
        self.activations = np.array([-1] + [ACTIVATION_CODES[a] for a in net.activations[1:]],
                                    dtype=np.int64)
        self.loss = LOSS_CODES[net.loss]
        self.theta = np.empty(int(self.offsets[-1]))
        self.load(net)

    def load(self, net: Network) -> None:
        """Copy the network's weights into the flat vector."""
        for l in range(1, net.L + 1):
            start, n_w = self.offsets[l - 1], net.W[l].size
            self.theta[start:start + n_w] = net.W[l].ravel()
            self.theta[start + n_w:self.offsets[l]] = net.b[l]

    def store(self, net: Network) -> None:
        """Give the network new arrays holding the flat vector's weights."""
        net.W[1:], net.b[1:] = self.unpack(self.theta)

    def unpack(self, theta: np.ndarray) -> tuple[list, list]:
        """Return ([W1, ..., WL], [b1, ..., bL]): new arrays holding a flat vector's weights."""
        W, b = [], []
        for l in range(1, len(self.sizes)):
            start, n_w = self.offsets[l - 1], self.sizes[l] * self.sizes[l - 1]
            W.append(theta[start:start + n_w].reshape(self.sizes[l], self.sizes[l - 1]).copy())
            b.append(theta[start + n_w:self.offsets[l]].copy())
        return W, b


def run_epoch(packed: Packed, X: np.ndarray, T: np.ndarray, order: np.ndarray, start: int,
              batch_size: int, lr: float, l1: float, l2: float,
              grad_sums: np.ndarray) -> tuple[int, int]:
    """Run the batches of `order` from sample `start` on; return (samples done, batches done).

    Stops before a batch whose gradients are not finite, so the caller can take that batch
    with `train_step` and report the divergence. `grad_sums[l-1]` gains each batch's RMS of
    ∂L/∂W of layer l.
    """
    return kernel().epoch(packed.theta, packed.offsets, packed.sizes, packed.activations,
                          packed.loss, X, T, order, start, batch_size, lr, l1, l2, grad_sums)


class Run:
    """The arrays one `run_epochs` call shares with a thread reading it while it runs.

    results     one row per epoch, as `run_epochs` returns them
    snapshots   the weights after the latest two epochs (flat, as `Packed.theta`)
    control     stop asked, epochs ended and published, diverged, the stop targets: see
                `epoch_codes`
    start       whatever the caller needs to place the run (the trainer's epoch and steps)
    """

    def __init__(self, packed: Packed, count: int, start=None) -> None:
        self.packed, self.start = packed, start
        L = len(packed.sizes) - 1
        self.results = np.zeros((count, GRAD_SUMS + L))
        self.snapshots = np.zeros((2, len(packed.theta)))
        self.control = np.zeros(CONTROLS)
        self.control[STOP_LOSS], self.control[STOP_ACCURACY] = -np.inf, np.inf

    @property
    def diverged(self) -> bool:
        return self.control[DIVERGED] != 0.0


class Progress:
    """A worker's compiled runs as another thread sees them: read the epochs the run under
    way has ended so far and the weights after the last of them, or stop it early.

    The run publishes an epoch only after the epoch's results and weights are written, with
    a memory fence between, so a reader never sees an epoch half written.
    """

    def __init__(self) -> None:
        self._stopped = False
        self._run: Run | None = None

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Stop the run under way after its current epoch, and any run begun later at once."""
        self._stopped = True  # set before reading the run, as `begin` sets the run before reading this
        run = self._run
        if run is not None:
            run.control[STOP] = 1.0

    def begin(self, packed: Packed, count: int, start=None) -> Run:
        """Return the arrays of a new run of `count` epochs, which readers now see."""
        run = Run(packed, count, start)
        self._run = run
        if self._stopped:
            run.control[STOP] = 1.0
        return run

    def latest(self) -> tuple[Run, np.ndarray, np.ndarray] | None:
        """Return (the run under way, the results of its epochs ended so far, the flat weights
        after the last of them), or None before its first epoch ends."""
        run = self._run
        if run is None:
            return None
        theta = np.empty_like(run.packed.theta)
        done = kernel().latest(run.control, run.snapshots, theta)
        if done == 0:
            return None
        return run, run.results[:done].copy(), theta


def run_epochs(packed: Packed, train: tuple, test: tuple | None, classes: int,
               orders: np.ndarray, batch_size: int, lr: float, l1: float, l2: float,
               run: Run | None = None,
               stops: tuple[float, float] = (-np.inf, np.inf)) -> tuple[int, np.ndarray, bool]:
    """Run one whole epoch per row of `orders`, each measured on `train` and `test`.

    train and test are (X, T, labels) of contiguous writable arrays (labels int64, empty for
    regression). Return (epochs ended, results, diverged): results[e] holds the batches, the
    train loss and accuracy, the test loss and accuracy (accuracy −1 where there is none)
    and the sums of each layer's gradient RMS. An epoch that meets a diverging batch ends
    the run; its results[e, BATCHES] is the number of samples done before that batch. The run
    also ends early when its `Progress` is stopped, and after the first epoch whose training
    loss is at most stops[0] or whose training accuracy is at least stops[1]. `run` (from
    `Progress.begin`) lets another thread follow it.
    """
    run = run or Run(packed, len(orders))
    run.control[STOP_LOSS], run.control[STOP_ACCURACY] = stops
    X_test, T_test, labels_test = test if test is not None else (
        np.zeros((0, train[0].shape[1])), np.zeros((0, train[1].shape[1])), np.zeros(0, np.int64))
    done = kernel().epochs(packed.theta, packed.offsets, packed.sizes, packed.activations,
                           packed.loss, *train, classes, X_test, T_test, labels_test,
                           int(test is not None), orders, batch_size, lr, l1, l2, run.results,
                           run.snapshots, run.control)
    return done, run.results, run.diverged
