"""The compiled epoch of `compiled_epoch`: plain loops over small arrays, compiled by numba.

Importing this module needs numba; `compiled_epoch` imports it only when training first
asks for it, so start-up never pays numba's import.
"""

import numpy as np
from numba import njit, types
from numba.extending import intrinsic

from bpviz.engine.training.epoch_codes import (
    BATCHES, DIVERGED, GRAD_SUMS, LEAKY_RELU, PUBLISHED, RELU, SIGMOID, SOFTMAX, STOP, STOP_ACCURACY,
    STOP_LOSS, TANH, TEST_ACCURACY, TEST_LOSS, TRAIN_ACCURACY, TRAIN_LOSS)


@intrinsic
def _fence(typingctx):
    """A full memory fence: every write before it is seen by other threads before any write
    after it, and no read after it is answered from before it (on any processor)."""
    def codegen(context, builder, signature, args):
        builder.fence("seq_cst")
        return context.get_dummy_value()
    return types.void(), codegen


@njit(nogil=True, cache=True)
def _activate(z, code):
    """x = f(z) in place, for one sample's layer."""
    if code == SIGMOID:
        for j in range(z.shape[0]):
            e = np.exp(-abs(z[j]))
            z[j] = 1.0 / (1.0 + e) if z[j] >= 0 else e / (1.0 + e)
    elif code == TANH:
        for j in range(z.shape[0]):
            z[j] = np.tanh(z[j])
    elif code == RELU:
        for j in range(z.shape[0]):
            z[j] = max(z[j], 0.0)
    elif code == LEAKY_RELU:
        for j in range(z.shape[0]):
            if z[j] <= 0:
                z[j] *= 0.01
    elif code == SOFTMAX:
        top = z.max()
        total = 0.0
        for j in range(z.shape[0]):
            z[j] = np.exp(z[j] - top)
            total += z[j]
        for j in range(z.shape[0]):
            z[j] /= total


@njit(nogil=True, cache=True)
def _f_prime(x, code):
    """f'(z) from x = f(z), as the activations module computes it."""
    if code == SIGMOID or code == SOFTMAX:
        return x * (1.0 - x)
    if code == TANH:
        return 1.0 - x * x
    if code == RELU:
        return 1.0 if x > 0 else 0.0
    if code == LEAKY_RELU:
        return 1.0 if x > 0 else 0.01
    return 1.0


_SIGNATURE = ("UniTuple(int64, 2)(float64[::1], int64[::1], int64[::1], int64[::1], int64, "
              "float64[:, ::1], float64[:, ::1], int64[::1], int64, int64, float64, float64, "
              "float64, float64[::1])")


@njit(_SIGNATURE, nogil=True, cache=True)
def epoch(theta, offsets, sizes, acts, loss, X, T, order, start, batch_size, lr, l1, l2,
          grad_sums):
    L = sizes.shape[0] - 1
    n = order.shape[0]
    width = sizes.max()
    xs = np.empty((L + 1, batch_size, width))  # x^(l) of each sample of the batch
    delta = np.empty((batch_size, width))
    below = np.empty((batch_size, width))       # ∂L/∂x^(l-1), becoming δ^(l-1)
    grad = np.empty(theta.shape[0])
    position, batches = start, 0
    while position < n:
        m = min(batch_size, n - position)
        for s in range(m):
            xs[0, s, :sizes[0]] = X[order[position + s]]
        # forward: z_j = Σ_i w_ij x_i + b_j, x_j = f(z_j)
        for l in range(1, L + 1):
            W = theta[offsets[l - 1]:offsets[l - 1] + sizes[l] * sizes[l - 1]].reshape(
                (sizes[l], sizes[l - 1]))
            b = theta[offsets[l - 1] + sizes[l] * sizes[l - 1]:offsets[l]]
            for s in range(m):
                for j in range(sizes[l]):
                    z = b[j]
                    for i in range(sizes[l - 1]):
                        z += W[j, i] * xs[l - 1, s, i]
                    xs[l, s, j] = z
                _activate(xs[l, s, :sizes[l]], acts[l])
        # output delta
        out = sizes[L]
        for s in range(m):
            for k in range(out):
                delta[s, k] = xs[L, s, k] - T[order[position + s], k]
                if loss == 0:
                    delta[s, k] *= _f_prime(xs[L, s, k], acts[L])
        # backward, layer by layer: gradients first, then the delta of the layer below
        finite = True
        for l in range(L, 0, -1):
            n_w = sizes[l] * sizes[l - 1]
            W = theta[offsets[l - 1]:offsets[l - 1] + n_w].reshape((sizes[l], sizes[l - 1]))
            gW = grad[offsets[l - 1]:offsets[l - 1] + n_w].reshape((sizes[l], sizes[l - 1]))
            gb = grad[offsets[l - 1] + n_w:offsets[l]]
            squares = 0.0
            for j in range(sizes[l]):
                for i in range(sizes[l - 1]):
                    g = 0.0
                    for s in range(m):
                        g += delta[s, j] * xs[l - 1, s, i]
                    g /= m
                    if l2:
                        g += l2 * W[j, i]
                    if l1:
                        g += l1 * np.sign(W[j, i])
                    gW[j, i] = g
                    squares += g * g
                g = 0.0
                for s in range(m):
                    g += delta[s, j]
                gb[j] = g / m
            if not np.isfinite(squares + np.sum(gb * gb)):
                finite = False
            grad_rms = np.sqrt(min(squares, 1.7976931348623157e308) / n_w)
            grad_sums[l - 1] += grad_rms
            if l > 1:
                for s in range(m):
                    for i in range(sizes[l - 1]):
                        v = 0.0
                        for j in range(sizes[l]):
                            v += delta[s, j] * W[j, i]
                        below[s, i] = v * _f_prime(xs[l - 1, s, i], acts[l - 1])
                for s in range(m):
                    for i in range(sizes[l - 1]):
                        delta[s, i] = below[s, i]
        if not finite:
            for l in range(1, L + 1):  # take this batch's norms back: the caller redoes it
                n_w = sizes[l] * sizes[l - 1]
                squares = np.sum(grad[offsets[l - 1]:offsets[l - 1] + n_w] ** 2)
                grad_sums[l - 1] -= np.sqrt(min(squares, 1.7976931348623157e308) / n_w)
            return position, batches
        # w ← w − α ∂L/∂w, every layer at once, after every gradient is known
        for p in range(theta.shape[0]):
            theta[p] -= lr * grad[p]
        position += m
        batches += 1
    return position, batches



_MEASURE = ("UniTuple(float64, 2)(float64[::1], int64[::1], int64[::1], int64[::1], int64, "
            "float64[:, ::1], float64[:, ::1], int64[::1], int64, float64, float64)")


@njit(_MEASURE, nogil=True, cache=True)
def measure(theta, offsets, sizes, acts, loss, X, T, labels, classes, l1, l2):
    """Return (mean L over the set + penalty, fraction classified right or −1).

    L = ½ Σ_k (t_k − y_k)² (squared error) or the cross-entropy of the output layer's form;
    penalty l1 Σ|w| + ½ l2 Σ w² over the weights (not the biases); a label is y ≥ 0.5 for one
    output, argmax_k y_k otherwise. −1 for regression, or when an output is not finite.
    """
    L = sizes.shape[0] - 1
    n = X.shape[0]
    width = sizes.max()
    x = np.empty((L + 1, width))
    total, correct, finite = 0.0, 0, True
    tiny = 2.2250738585072014e-308
    for s in range(n):
        x[0, :sizes[0]] = X[s]
        for l in range(1, L + 1):
            W = theta[offsets[l - 1]:offsets[l - 1] + sizes[l] * sizes[l - 1]].reshape(
                (sizes[l], sizes[l - 1]))
            b = theta[offsets[l - 1] + sizes[l] * sizes[l - 1]:offsets[l]]
            for j in range(sizes[l]):
                z = b[j]
                for i in range(sizes[l - 1]):
                    z += W[j, i] * x[l - 1, i]
                x[l, j] = z
            _activate(x[l, :sizes[l]], acts[l])
        out = sizes[L]
        for k in range(out):
            y, t = x[L, k], T[s, k]
            if not np.isfinite(y):
                finite = False
            if loss == 0:
                total += 0.5 * (t - y) ** 2
            elif acts[L] == SOFTMAX:
                total -= t * np.log(max(y, tiny))
            else:
                total -= t * np.log(max(y, tiny)) + (1.0 - t) * np.log(max(1.0 - y, tiny))
        if classes:
            if classes == 2:
                label = 1 if x[L, 0] >= 0.5 else 0
            else:
                label = np.argmax(x[L, :out])
            correct += label == labels[s]
    penalty = 0.0
    if l1 or l2:
        for l in range(1, L + 1):
            for p in range(offsets[l - 1], offsets[l - 1] + sizes[l] * sizes[l - 1]):
                penalty += l1 * abs(theta[p]) + 0.5 * l2 * theta[p] * theta[p]
    accuracy = correct / n if classes and finite else -1.0
    return total / n + penalty, accuracy


_EPOCHS = ("int64(float64[::1], int64[::1], int64[::1], int64[::1], int64, float64[:, ::1], "
           "float64[:, ::1], int64[::1], int64, float64[:, ::1], float64[:, ::1], int64[::1], "
           "int64, int64[:, ::1], int64, float64, float64, float64, float64[:, ::1], "
           "float64[:, ::1], float64[::1])")


@njit(_EPOCHS, nogil=True, cache=True)
def epochs(theta, offsets, sizes, acts, loss, X, T, labels, classes, X_test, T_test,
           labels_test, has_test, orders, batch_size, lr, l1, l2, results, snapshots, control):
    """Run one epoch per row of `orders`, each measured after its last batch; return how many
    ended, results[e] in the columns epoch_codes names (BATCHES … GRAD_SUMS). An epoch that
    meets a diverging batch stops before it, with results[e, BATCHES] = samples done and control[DIVERGED] = 1, and is not counted.

    For a reader on another thread (`latest`): after each epoch its weights go to
    snapshots[epochs ended % 2], then control[PUBLISHED] = epochs ended. The run stops after
    the epoch under way once control[STOP] is set, and after an epoch whose training loss is
    at most control[STOP_LOSS] or whose training accuracy is at least control[STOP_ACCURACY].
    """
    n = orders.shape[1]
    for e in range(orders.shape[0]):
        row = results[e]
        row[GRAD_SUMS:] = 0.0
        position, batches = epoch(theta, offsets, sizes, acts, loss, X, T, orders[e], 0,
                                  batch_size, lr, l1, l2, row[GRAD_SUMS:])
        if position < n:
            row[BATCHES] = position
            control[DIVERGED] = 1.0
            return e
        row[BATCHES] = batches
        row[TRAIN_LOSS], row[TRAIN_ACCURACY] = measure(theta, offsets, sizes, acts, loss, X, T, labels, classes,
                                                       l1, l2)
        if has_test:
            row[TEST_LOSS], row[TEST_ACCURACY] = measure(theta, offsets, sizes, acts, loss, X_test, T_test,
                                     labels_test, classes, l1, l2)
        snapshots[(e + 1) % 2, :] = theta
        _fence()  # the epoch's results and weights are written before it is published
        control[PUBLISHED] = e + 1
        _fence()  # and the stop flag is read anew each epoch
        if control[STOP] != 0.0 or row[TRAIN_LOSS] <= control[STOP_LOSS] or row[TRAIN_ACCURACY] >= control[STOP_ACCURACY]:
            return e + 1
    return orders.shape[0]


@njit("int64(float64[::1], float64[:, ::1], float64[::1])", nogil=True, cache=True)
def latest(control, snapshots, theta):
    """Copy the weights of the last epoch that a running `epochs` published into theta and
    return its number (0: none yet). The run writes into this snapshot again only after it
    publishes the next epoch, so the copy is whole if no epoch was published meanwhile."""
    while True:
        done = int(control[PUBLISHED])
        _fence()
        if done == 0:
            return 0
        theta[:] = snapshots[done % 2]
        _fence()
        if control[PUBLISHED] == done:
            return done


if __name__ == "__main__":
    pass  # importing compiled (or loaded from the cache) the kernel: that is the whole job
