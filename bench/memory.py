"""Benchmark: resident memory over 100,000 training steps with the history on; flat after warm-up?

Setup: spiral, 100 points, noise 0.1; a 2-8-8-1 network (tanh, tanh, sigmoid; cross-entropy);
one batch of all 100 points, so every step ends an epoch and every step adds to the history:
the trainer's own (engine.training.History) and the document's record that the curves draw
(Document.record_epoch, as the window records a live run). Both are bounded, so after the
warm-up (the first WARMUP steps, which fill them and load everything once) the resident set
should stay flat. Memory is read from /proc/self/statm (resource.getrusage's peak elsewhere).
Prints a table of samples, then one figure per line as `name: value unit`.
"""

from __future__ import annotations

import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # one BLAS thread, set before numpy loads its BLAS

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bpviz.engine import Network  # noqa: E402
from bpviz.engine.data.datasets import make_dataset  # noqa: E402
from bpviz.engine.training.training import Trainer, TrainingSettings  # noqa: E402

STEPS = 100_000
SAMPLES = 20  # memory readings along the way
WARMUP = 0.2  # share of the run before the history and the record are full


def resident_mb() -> float:
    """Return this process's resident memory in MB (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource  # POSIX only, and only where /proc is missing

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=STEPS, help="training steps (default %(default)s)")
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication

    from bpviz.state import Document

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    doc = Document()
    train = make_dataset("spiral", n=100, noise=0.1, seed=0)
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "cross_entropy", seed=0)
    trainer = Trainer(net, train, None, TrainingSettings(lr=0.03, batch_size=len(train), seed=0))

    every = max(1, args.steps // SAMPLES)
    warm_at = int(args.steps * WARMUP) // every * every
    samples: list[tuple[int, float]] = []
    print(f"{'steps':>9} {'resident MB':>12} {'history':>8} {'record':>7} {'seconds':>8}")
    start = time.perf_counter()
    while trainer.steps < args.steps:
        doc.runs.record_epoch(trainer.run_epoch())
        if trainer.steps % every == 0:
            app.processEvents()  # whatever the document posted (deferred deletes) runs, as in the window
            samples.append((trainer.steps, resident_mb()))
            print(f"{trainer.steps:>9} {samples[-1][1]:>12.1f} {len(trainer.history):>8} "
                  f"{len(doc.runs.epochs):>7} {time.perf_counter() - start:>8.1f}", flush=True)
    elapsed = time.perf_counter() - start

    warm = next(mb for steps, mb in samples if steps >= warm_at)
    after = [mb for steps, mb in samples if steps >= warm_at]
    print(f"memory_steps: {trainer.steps} steps")
    print(f"memory_after_warmup_mb: {warm:.1f} MB")
    print(f"memory_end_mb: {samples[-1][1]:.1f} MB")
    print(f"memory_growth_after_warmup_mb: {samples[-1][1] - warm:.1f} MB")
    print(f"memory_peak_growth_after_warmup_mb: {max(after) - warm:.1f} MB")
    print(f"memory_history_entries: {len(trainer.history)} entries (bound {trainer.history.max_entries})")
    print(f"memory_steps_per_s: {trainer.steps / elapsed:.0f} steps/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
