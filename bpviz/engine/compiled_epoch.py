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

from .network import Network

from .epoch_codes import ACTIVATION_CODES, LOSS_CODES

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
                from . import epoch_kernel
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
                subprocess.run([sys.executable, "-m", "bpviz.engine.epoch_kernel"], timeout=300,
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
        for l in range(1, net.L + 1):
            start, n_w = self.offsets[l - 1], net.W[l].size
            net.W[l] = self.theta[start:start + n_w].reshape(net.W[l].shape).copy()
            net.b[l] = self.theta[start + n_w:self.offsets[l]].copy()


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


def run_epochs(packed: Packed, train: tuple, test: tuple | None, classes: int,
               orders: np.ndarray, batch_size: int, lr: float, l1: float,
               l2: float) -> tuple[int, np.ndarray]:
    """Run one whole epoch per row of `orders`, each measured on `train` and `test`.

    train and test are (X, T, labels) of contiguous writable arrays (labels int64, empty for
    regression). Return (epochs ended, results): results[e] holds the batches, the train
    loss and accuracy, the test loss and accuracy (accuracy −1 where there is none) and
    the sums of each layer's gradient RMS. An epoch that meets a diverging batch ends the
    run; its results[e, 0] is the number of samples done before that batch.
    """
    L = len(packed.sizes) - 1
    results = np.zeros((len(orders), 5 + L))
    X_test, T_test, labels_test = test if test is not None else (
        np.zeros((0, train[0].shape[1])), np.zeros((0, train[1].shape[1])), np.zeros(0, np.int64))
    done = kernel().epochs(packed.theta, packed.offsets, packed.sizes, packed.activations,
                           packed.loss, *train, classes, X_test, T_test, labels_test,
                           int(test is not None), orders, batch_size, lr, l1, l2, results)
    return done, results
