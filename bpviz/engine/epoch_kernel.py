"""The compiled epoch of `compiled_epoch`: plain loops over small arrays, compiled by numba.

Importing this module needs numba; `compiled_epoch` imports it only when training first
asks for it, so start-up never pays numba's import.
"""

import numpy as np
from numba import njit

from .epoch_codes import LEAKY_RELU, RELU, SIGMOID, SOFTMAX, TANH


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


if __name__ == "__main__":
    pass  # importing compiled (or loaded from the cache) the kernel: that is the whole job
