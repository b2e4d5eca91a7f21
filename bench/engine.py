"""Benchmark: microseconds per full-trace Network.step, and the ratio to PyTorch.

Networks: the classroom 2-8-8-1 (tanh, tanh, sigmoid; mse) on 500 samples, and the large
784-128-64-10 (relu, relu, softmax; cross-entropy) on 256 samples; float64, one BLAS thread.
PyTorch, when importable, runs the same step: forward, loss, autograd backward, update.
Prints one figure per line as `name: value unit`.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # one BLAS thread, set before numpy loads its BLAS

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bpviz.engine import Network  # noqa: E402

CASES = {
    "classroom": dict(sizes=[2, 8, 8, 1], activations=["tanh", "tanh", "sigmoid"], loss="mse", n=500),
    "large": dict(sizes=[784, 128, 64, 10], activations=["relu", "relu", "softmax"],
                  loss="cross_entropy", n=256),
}


def data(case: dict) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    sizes, n = case["sizes"], case["n"]
    X = rng.normal(size=(n, sizes[0]))
    if case["loss"] == "cross_entropy":
        T = np.eye(sizes[-1])[rng.integers(0, sizes[-1], size=n)]
    else:
        T = rng.uniform(size=(n, sizes[-1]))
    return X, T


def best_time_us(fn, min_seconds: float = 0.4, rounds: int = 7) -> float:
    """Return the median over `rounds` of the mean time per call, in microseconds."""
    fn()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < 0.05:
        fn()
        calls += 1
    per_round = max(1, int(calls * min_seconds / 0.05 / rounds))
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            fn()
        times.append((time.perf_counter() - start) / per_round)
    return float(np.median(times)) * 1e6


def bpviz_step(case: dict):
    net = Network(case["sizes"], case["activations"], case["loss"], seed=0)
    X, T = data(case)
    return lambda: net.step(X, T, lr=0.01)


def torch_step(case: dict):
    import torch

    torch.set_num_threads(1)
    net = Network(case["sizes"], case["activations"], case["loss"], seed=0)
    X, T = (torch.from_numpy(a) for a in data(case))
    params = []
    for l in range(1, net.L + 1):
        params += [torch.tensor(net.W[l], requires_grad=True), torch.tensor(net.b[l], requires_grad=True)]
    acts = {"tanh": torch.tanh, "sigmoid": torch.sigmoid, "relu": torch.relu}

    def step():
        x = X
        for l in range(net.L):
            z = x @ params[2 * l].T + params[2 * l + 1]
            name = case["activations"][l]
            x = z if name == "softmax" else acts[name](z)
        if case["loss"] == "mse":
            loss = 0.5 * ((T - x) ** 2).sum(dim=1).mean()
        else:
            loss = -(T * torch.log_softmax(x, dim=1)).sum(dim=1).mean()
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= 0.01 * p.grad
                p.grad = None

    return step


def main() -> None:
    try:
        import torch  # noqa: F401
        have_torch = True
    except ImportError:
        have_torch = False
    for name, case in CASES.items():
        ours = best_time_us(bpviz_step(case))
        print(f"step_us_{name}: {ours:.1f} us")
        if have_torch:
            theirs = best_time_us(torch_step(case))
            print(f"torch_step_us_{name}: {theirs:.1f} us")
            print(f"torch_ratio_{name}: {theirs / ours:.2f} x (PyTorch time / bpviz time)")
    if not have_torch:
        print("torch_ratio: skipped (PyTorch is not installed; pip install torch==2.13.0)")


if __name__ == "__main__":
    main()
