"""History: the epochs of a training run, bounded however long it runs."""

from __future__ import annotations

import numbers
import operator
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator, Sequence

import numpy as np

if TYPE_CHECKING:
    from bpviz.engine.training.training import EpochStats

MAX_HISTORY = 10_000


class History(Sequence):
    """The EpochStats of a run, oldest first, never more than `max_entries` of them.

    Epochs are recorded one in every `stride`. When the recorded ones fill the history it
    keeps every other one (the 1st, 3rd, 5th, ...) and doubles the stride, so the kept epochs
    stay evenly spaced over the whole run (a long loss curve keeps its shape) and memory stays
    flat however long training runs. The most recent epoch is always the last entry, recorded
    or not: `history[-1]` is where training stands now.
    """

    def __init__(self, max_entries: int = MAX_HISTORY) -> None:
        if not _is_whole(max_entries) or max_entries < 2:
            raise ValueError(f"max_history must be a whole number of at least 2, got {max_entries!r}")
        self.max_entries = int(max_entries)
        self.clear()

    def clear(self) -> None:
        """Forget every entry."""
        self._entries: list[EpochStats] = []  # one in every `stride` epochs, from the first
        self._tail: EpochStats | None = None  # the latest epoch when it is not on the stride
        self.stride = 1
        self._seen = 0

    @property
    def latest(self) -> EpochStats | None:
        """Return the most recent epoch's stats, or None before the first."""
        return self[-1] if len(self) else None

    def append(self, stats: EpochStats) -> None:
        """Record `stats` as the latest epoch; halve the recorded ones when they are full."""
        if self._seen % self.stride == 0:
            self._entries.append(stats)
            self._tail = None
            # Full means halve now, so a tail only ever follows at most max_entries − 1.
            if len(self._entries) >= self.max_entries:
                self._entries = self._entries[::2]
                self.stride *= 2
                if (self._seen % self.stride) != 0:  # the newest was just dropped: keep it as tail
                    self._tail = stats
        else:
            self._tail = stats
        self._seen += 1

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        n = len(self)
        k = operator.index(index)
        if not -n <= k < n:
            raise IndexError(f"history index {index} out of range for {n} entries")
        k %= n
        return self._tail if self._tail is not None and k == n - 1 else self._entries[k]

    def __len__(self) -> int:
        return len(self._entries) + (self._tail is not None)

    def __iter__(self) -> Iterator[EpochStats]:
        yield from self._entries
        if self._tail is not None:
            yield self._tail

    def __repr__(self) -> str:
        return f"History({len(self)} of at most {self.max_entries} entries, stride {self.stride})"


def thinned(records: list[EpochStats]) -> list[EpochStats]:
    """Return `records` with every other one merged into the one after it, the first and the
    last keeping their own numbers: half as many, and each merged record keeps the least and greatest
    of every measure of the two (EpochStats.low, .high), so a thinned curve can still be drawn
    through every value that happened, its dips and peaks included."""
    if len(records) <= 2:
        return list(records)
    out = [records[0]]
    inner = records[1:-1]
    for k in range(0, len(inner) - 1, 2):
        out.append(_merged(inner[k], inner[k + 1]))
    # The last stays where training stands now: its own numbers, an odd one out merged into it.
    out.append(_merged(inner[-1], records[-1]) if len(inner) % 2 else records[-1])
    return out


def _merged(a: EpochStats, b: EpochStats) -> EpochStats:
    """Return `b` standing for itself and `a`: its own measures, their least and greatest."""
    (a_low, a_high), (b_low, b_high) = a.span(), b.span()
    if len(a_low) != len(b_low):  # another network's record (a changed number of layers)
        return b
    low = tuple(_extreme(min, x, y) for x, y in zip(a_low, b_low))
    high = tuple(_extreme(max, x, y) for x, y in zip(a_high, b_high))
    return replace(b, low=low, high=high)


def _extreme(pick, x, y):
    """Return pick(x, y) of two measures, either of which may be None (not measured) or NaN."""
    known = [v for v in (x, y) if v is not None and v == v]
    return pick(known) if known else (x if x is not None else y)


def _is_whole(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))
