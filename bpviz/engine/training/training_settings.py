"""What minibatch gradient descent is asked to do, and what one epoch of it reports.

TrainingSettings are the knobs (α, the batch size, the weight penalty, how long to train
and when to stop), checked when made; EpochStats are one epoch's measurements. `training`
trains with them.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np

from bpviz.engine.limits import MAX_EPOCHS, MAX_LR, MAX_PENALTY



@dataclass(frozen=True)
class TrainingSettings:
    """The knobs of minibatch gradient descent; checked when made (see `validate`).

    lr          α in w ← w − α ∂L/∂w, 0 < α ≤ 10
    batch_size  samples per step; larger than the training set means the whole set
    l1, l2      weight penalty l1 Σ|w| + ½ l2 Σ w² added to the loss (≥ 0)
    epochs      how many epochs `Trainer.run` trains, or None for "until stopped"
    seed        seeds the shuffling order: the same seed gives the same batches
    shuffle     draw a new order every epoch (False: the data set's own order)
    stop_accuracy   stop after the first epoch whose training accuracy is at least this
                    (0 < a ≤ 1), or None
    stop_loss   stop after the first epoch whose training loss is at most this (≥ 0), or None
    """

    lr: float = 0.03
    batch_size: int = 10
    l1: float = 0.0
    l2: float = 0.0
    epochs: int | None = None
    seed: int = 0
    shuffle: bool = True
    stop_accuracy: float | None = None
    stop_loss: float | None = None

    def __post_init__(self) -> None:
        self.validate()
        for name in ("lr", "l1", "l2") + tuple(n for n in ("stop_accuracy", "stop_loss")
                                               if getattr(self, n) is not None):
            object.__setattr__(self, name, float(getattr(self, name)))
        for name in ("batch_size", "seed") + (("epochs",) if self.epochs is not None else ()):
            object.__setattr__(self, name, int(getattr(self, name)))

    def validate(self) -> None:
        """Return None if every setting is allowed; else raise ValueError saying which is not."""
        if not _is_real(self.lr) or not 0.0 < self.lr <= MAX_LR:
            raise ValueError(f"the learning rate must be a number greater than 0 and at most "
                             f"{MAX_LR:g}, got {self.lr!r}")
        if not _is_whole(self.batch_size) or self.batch_size < 1:
            raise ValueError(f"the batch size must be a whole number of at least 1, "
                             f"got {self.batch_size!r}")
        for name in ("l1", "l2"):
            value = getattr(self, name)
            if not _is_real(value) or value < 0:
                raise ValueError(f"the {name} rate must be a number of at least 0, got {value!r}")
            if value > MAX_PENALTY:
                raise ValueError(f"the {name} rate must be at most {MAX_PENALTY:g}, got {value!r}")
        if self.epochs is not None and (not _is_whole(self.epochs) or self.epochs < 1):
            raise ValueError(f"epochs must be a whole number of at least 1, or None to train "
                             f"until stopped, got {self.epochs!r}")
        if self.epochs is not None and self.epochs > MAX_EPOCHS:
            raise ValueError(f"epochs must be at most {MAX_EPOCHS:,}, got {self.epochs!r}")
        if not _is_whole(self.seed):
            raise ValueError(f"the seed must be a whole number, got {self.seed!r}")
        if not isinstance(self.shuffle, (bool, np.bool_)):
            raise ValueError(f"shuffle must be True or False, got {self.shuffle!r}")
        if self.stop_accuracy is not None and (not _is_real(self.stop_accuracy)
                                               or not 0.0 < self.stop_accuracy <= 1.0):
            raise ValueError(f"the accuracy to stop at must be a fraction greater than 0 and at "
                             f"most 1, or None, got {self.stop_accuracy!r}")
        if self.stop_loss is not None and (not _is_real(self.stop_loss) or not self.stop_loss >= 0):
            raise ValueError(f"the loss to stop at must be a number of at least 0, or None, "
                             f"got {self.stop_loss!r}")

    def target_met(self, stats: "EpochStats") -> str | None:
        """Return which stop target an epoch met: "accuracy" (training accuracy ≥ stop_accuracy),
        "loss" (training loss ≤ stop_loss), or None. The compiled epochs stop on the same two
        comparisons."""
        accuracy = stats.train_accuracy
        if self.stop_accuracy is not None and accuracy is not None and accuracy >= self.stop_accuracy:
            return "accuracy"
        if self.stop_loss is not None and stats.train_loss <= self.stop_loss:
            return "loss"
        return None

    def target_reached(self, stats: "EpochStats") -> bool:
        """Whether an epoch met a stop target (see `target_met`)."""
        return self.target_met(stats) is not None

    def stop_targets(self) -> tuple[float, float]:
        """Return (loss, accuracy) for the compiled epochs: −∞ and +∞ where there is no target."""
        return (-math.inf if self.stop_loss is None else self.stop_loss,
                math.inf if self.stop_accuracy is None else self.stop_accuracy)


@dataclass(frozen=True)
class EpochStats:
    """What one epoch of training did, measured after its last batch.

    train_loss, test_loss   the batch loss over the whole set, mean of L plus the weight
                            penalty (as `net.step` reports it); test_loss None without test data
    train_accuracy, test_accuracy   fraction of samples classified right (0..1); None for
                            regression or without test data
    grad_norms[l − 1]       RMS of ∂L/∂W^(l), √(mean_ji (∂L/∂w_ji^(l))²), for l = 1..L,
                            averaged over the epoch's batches. RMS rather than the L2 norm
                            so that layers of different sizes compare: a first layer far
                            below the last is the vanishing gradient.
    steps                   batches taken since the trainer started (or was reset)
    finite                  whether both losses are finite numbers
    low, high               for a record standing for several epochs (a thinned history),
                            the least and greatest of each of `measures()` over them; None
                            for a record of one epoch
    """

    epoch: int
    train_loss: float
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    grad_norms: tuple[float, ...]
    steps: int
    finite: bool
    low: tuple | None = None
    high: tuple | None = None

    def measures(self) -> tuple:
        """Return train loss, test loss, train accuracy, test accuracy, then the gradient norms."""
        return (self.train_loss, self.test_loss, self.train_accuracy, self.test_accuracy, *self.grad_norms)

    def span(self) -> tuple[tuple, tuple]:
        """Return the least and greatest of each measure over the epochs this record stands for."""
        own = self.measures()
        return (self.low or own), (self.high or own)

    @classmethod
    def measured(cls, epoch, train_loss, test_loss, train_accuracy, test_accuracy, grad_norms,
                 steps) -> EpochStats:
        """Return the stats of these measurements (numpy numbers become floats)."""
        train_loss, test_loss = float(train_loss), None if test_loss is None else float(test_loss)
        finite = math.isfinite(train_loss) and (test_loss is None or math.isfinite(test_loss))
        return cls(epoch, train_loss, test_loss,
                   None if train_accuracy is None else float(train_accuracy),
                   None if test_accuracy is None else float(test_accuracy),
                   tuple(float(g) for g in grad_norms), steps, finite)

    def to_record(self) -> dict:
        """Return the epoch's numbers as a saved document writes them (its "history")."""
        record = {"epoch": self.epoch, "train_loss": self.train_loss, "test_loss": self.test_loss,
                  "train_accuracy": self.train_accuracy, "test_accuracy": self.test_accuracy,
                  "grad_norms": list(self.grad_norms)}
        if self.low is not None:  # a thinned record keeps the span of the epochs it stands for
            record["low"], record["high"] = list(self.low), list(self.high)
        return record

    @classmethod
    def from_record(cls, record: dict) -> "EpochStats":
        """Return the epoch a saved document's record (checked by the file's reader) describes."""
        low, high = record.get("low"), record.get("high")
        return cls(record["epoch"], record["train_loss"], record.get("test_loss"),
                   record.get("train_accuracy"), record.get("test_accuracy"),
                   tuple(record.get("grad_norms", ())), record.get("steps", 0), True,
                   None if low is None else tuple(low), None if high is None else tuple(high))


def _is_real(value) -> bool:
    return (isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
            and math.isfinite(value))


def _is_whole(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))
