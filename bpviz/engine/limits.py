"""The limits of what bpviz works on: one set of numbers, used wherever a value comes in.

A value typed in a field, read from a file, imported from a CSV or set by a lesson's action
meets the same bound, so no path builds what another refuses (a data set too large to save,
a network too large to draw). Each limit says why it is where it is.
"""

from __future__ import annotations

MAX_LAYERS = 64            # weighted layers: deeper than any network a class steps through
MAX_NEURONS = 4096         # in one layer (a 64×64 picture as input)
MAX_WEIGHTS = 1_000_000    # in all layers: 32 layers of 128 fit; 4096×4096 would take gigabytes
MAX_POINTS = 100_000       # rows of a data set, made, imported or read from a file
MAX_CLASSES = 8
MAX_BATCH = 16             # samples in a step a person steps through: each is shown, number by number
MAX_EPOCHS = 1_000_000     # to train for, in one run
MAX_LR = 10.0              # α: a larger one only ever diverges; 10 still shows that happen
MAX_PENALTY = 1.0          # λ of L1 and L2: a larger one drives every weight to 0 in a few steps
MAX_LESSON_STEPS = 100     # a lesson is read at a sitting; the longest shipped has 9
MAX_FILE_BYTES = 64 * 1024 * 1024    # a network, document, recovery copy or CSV file
MAX_LESSON_BYTES = 1024 * 1024       # a lesson file
MAX_SEED = 2**31 - 1


def weight_count(sizes) -> int:
    """Return how many weights a network of these layer sizes has (Σ n_l · n_(l−1))."""
    return sum(int(a) * int(b) for a, b in zip(sizes[:-1], sizes[1:]))


def too_many_weights(sizes) -> str:
    """Return the words that refuse a network with more than MAX_WEIGHTS weights."""
    return (f"{'-'.join(map(str, sizes))} has {weight_count(sizes):,} weights; "
            f"bpviz works on networks of at most {MAX_WEIGHTS:,}")
