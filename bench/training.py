"""Benchmark: epochs per second of training on the spiral, headless.

Setup: spiral, 500 points, noise 0.1; a 2-8-8-1 network (tanh, tanh, sigmoid;
cross-entropy); batches of 10 (50 steps an epoch); α = 0.03; float64, one BLAS thread.
Each epoch ends with the loss and accuracy over the whole training set, as in the window.
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
from bpviz.engine.datasets import Dataset, make_dataset  # noqa: E402
from bpviz.engine.training import Trainer, TrainingSettings  # noqa: E402

RUNS = 5
SECONDS_PER_RUN = 2.0


def spiral_setup() -> tuple[Network, Dataset, TrainingSettings]:
    """Return (net, train, settings): the classroom spiral problem every figure here uses."""
    train = make_dataset("spiral", n=500, noise=0.1, seed=0)
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "cross_entropy", seed=0)
    return net, train, TrainingSettings(lr=0.03, batch_size=10, seed=0)


def measure_headless(runs: int = RUNS, seconds: float = SECONDS_PER_RUN) -> float:
    """Return epochs per second: the median over `runs` runs of about `seconds` each."""
    rates = []
    for _ in range(runs):
        net, train, settings = spiral_setup()
        trainer = Trainer(net, train, None, settings)
        trainer.run_epoch()  # warm-up, not timed
        epochs, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds:
            trainer.run_epoch()
            epochs += 1
        rates.append(epochs / elapsed)
    return float(np.median(rates))


def main() -> None:
    print(f"epochs_per_s_headless: {measure_headless():.1f} epochs/s")


if __name__ == "__main__":
    main()
