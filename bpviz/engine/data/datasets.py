"""Data sets: the points a network learns from, as a Dataset, its generators and features.

The 2-D generators follow TensorFlow Playground: points lie in about [-6, 6]² and `noise`
(0 = clean, 0.5 = very noisy) jitters them. Class targets: two classes -> one 0/1 column
(one sigmoid output); more classes -> one-hot columns (softmax). Reading and writing data
sets as CSV lives in csv_data.py.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from bpviz.engine.limits import MAX_CLASSES, MAX_POINTS

RADIUS = 6.0  # 2-D points lie roughly in [-RADIUS, RADIUS]²
XOR_GAP = 0.9  # XOR's points keep this far from the axes: 3 × the default jitter (0.1 · RADIUS / 2)
KINDS = ("classification", "regression")


@dataclass(frozen=True, eq=False)
class Dataset:
    """Inputs X (n, d) and targets T (n, k), one sample per row; the arrays are read-only."""

    name: str
    X: np.ndarray
    T: np.ndarray
    kind: str
    classes: int = 0
    labels: np.ndarray | None = None
    input_names: tuple[str, ...] = ()
    target_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        X, T = np.array(self.X, dtype=np.float64), np.array(self.T, dtype=np.float64)
        if X.ndim != 2 or T.ndim != 2 or len(X) != len(T):
            raise ValueError(f"X and T need one row per sample, got {X.shape} and {T.shape}")
        if not (np.isfinite(X).all() and np.isfinite(T).all()):
            raise ValueError("X and T must hold finite numbers (no NaN or infinity)")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        labels = None
        if self.kind == "classification":
            labels = np.array([] if self.labels is None else self.labels, dtype=np.int64)
            expected = encode_labels(labels, self.classes)  # also checks labels and classes
            if len(labels) != len(X) or not np.array_equal(expected, T):
                raise ValueError("T must encode labels: one 0/1 column for 2 classes, else one-hot")
        elif self.classes != 0 or self.labels is not None:
            raise ValueError("a regression data set has classes=0 and labels=None")
        names = (tuple(self.input_names) or _names("x", X.shape[1]),
                 tuple(self.target_names) or _names("t", T.shape[1]))
        if (len(names[0]), len(names[1])) != (X.shape[1], T.shape[1]):
            raise ValueError(f"need {X.shape[1]} input and {T.shape[1]} target names, "
                             f"got {len(names[0])} and {len(names[1])}")
        for field, value in zip(("X", "T", "labels", "input_names", "target_names"),
                                (X, T, labels, *names)):
            if isinstance(value, np.ndarray):
                value.setflags(write=False)
            object.__setattr__(self, field, value)

    def __len__(self) -> int:
        """Return the number of samples n."""
        return len(self.X)

    def __repr__(self) -> str:
        what = f"{self.classes} classes" if self.kind == "classification" else "regression"
        return f"Dataset({self.name!r}, n={len(self)}, d={self.X.shape[1]}, {what})"

    def split(self, test_fraction: float, seed: int) -> tuple[Dataset, Dataset]:
        """Return (train, test), shuffled by `seed`; test has round(test_fraction · n) samples."""
        if not 0.0 <= test_fraction <= 0.9:
            raise ValueError(f"test_fraction must be in [0, 0.9], got {test_fraction!r}")
        order = np.random.default_rng(seed).permutation(len(self))
        n_test = int(round(test_fraction * len(self)))
        return (self._take(order[n_test:], f"{self.name} (train)"),
                self._take(order[:n_test], f"{self.name} (test)"))

    def with_points(self, X_new: np.ndarray, T_new: np.ndarray) -> Dataset:
        """Return a new Dataset with the rows X_new (m, d) and T_new (m, k) appended."""
        X_new = np.atleast_2d(np.asarray(X_new, dtype=np.float64))
        T_new = np.asarray(T_new, dtype=np.float64).reshape(len(X_new), -1)
        if X_new.shape[1] != self.X.shape[1] or T_new.shape[1] != self.T.shape[1]:
            raise ValueError(f"new points need {self.X.shape[1]} inputs and {self.T.shape[1]} "
                             f"targets each, got shapes {X_new.shape} and {T_new.shape}")
        labels = None
        if self.kind == "classification":
            labels = np.concatenate([self.labels, decode_outputs(T_new, self.classes)])
        return replace(self, X=np.vstack([self.X, X_new]), T=np.vstack([self.T, T_new]),
                       labels=labels)

    def without_points(self, indices: Sequence[int]) -> Dataset:
        """Return a new Dataset without the rows at the given 0-based indices."""
        rows = np.asarray(indices, dtype=np.int64).ravel()
        if rows.size and (rows.min() < 0 or rows.max() >= len(self)):
            raise ValueError(f"indices must be in 0..{len(self) - 1}, got {rows.tolist()}")
        keep = np.ones(len(self), dtype=bool)
        keep[rows] = False
        return self._take(np.flatnonzero(keep), self.name)

    def _take(self, rows: np.ndarray, name: str) -> Dataset:
        labels = None if self.labels is None else self.labels[rows]
        return replace(self, name=name, X=self.X[rows], T=self.T[rows], labels=labels)


# What a generated data set has unless a person chooses otherwise: enough points, with a little
# noise, for its shape to show (XOR's four quadrants, the two rings, the spiral's arms).
DEFAULT_POINTS = 200
DEFAULT_NOISE = 0.1


def _names(prefix: str, count: int) -> tuple[str, ...]:
    one_target = prefix == "t" and count == 1
    return ("t",) if one_target else tuple(f"{prefix}{i + 1}" for i in range(count))


def _check_classes(classes: int) -> None:
    if isinstance(classes, bool) or not isinstance(classes, numbers.Integral) \
            or not 2 <= classes <= MAX_CLASSES:
        raise ValueError(f"classes must be a whole number in 2..{MAX_CLASSES}, got {classes!r}")


def encode_labels(labels: np.ndarray, classes: int) -> np.ndarray:
    """Return the targets T: shape (n, 1) for 2 classes, else (n, classes).

    t = label for 2 classes;  t_j = 1 if j == label else 0 for more.
    """
    _check_classes(classes)
    labels = np.asarray(labels)
    whole = labels.astype(np.int64)
    if labels.ndim != 1 or not np.array_equal(whole, labels) \
            or (whole.size and not 0 <= whole.min() <= whole.max() < classes):
        raise ValueError(f"labels must be a 1-D array of whole numbers in 0..{classes - 1}")
    return whole[:, None].astype(np.float64) if classes == 2 else np.eye(classes)[whole]


def decode_outputs(Y: np.ndarray, classes: int) -> np.ndarray:
    """Return the class label of each row of outputs Y.

    label = 1 if y ≥ 0.5 else 0 for one column;  label = argmax_j y_j otherwise.
    """
    _check_classes(classes)
    Y = np.asarray(Y, dtype=np.float64)
    width = 1 if classes == 2 else classes
    if Y.ndim != 2 or Y.shape[1] != width:
        raise ValueError(f"outputs for {classes} classes need shape (n, {width}), got {Y.shape}")
    if classes == 2:
        return (Y[:, 0] >= 0.5).astype(np.int64)
    return Y.argmax(axis=1).astype(np.int64)


# ---- generators: (n, noise, seed) -> Dataset, reproducible from seed ------------------------

def _start(n: int, noise: float, seed: int,
           classes: int = 2) -> tuple[np.random.Generator, np.ndarray]:
    """Return (rng, labels) after checking the arguments; labels are balanced and shuffled."""
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or not 1 <= n <= MAX_POINTS:
        raise ValueError(f"n must be a whole number in 1..{MAX_POINTS}, got {n!r}")
    if isinstance(noise, bool) or not isinstance(noise, numbers.Real) or not 0 <= noise <= 1:
        raise ValueError(f"noise must be a number in [0, 1], got {noise!r}")
    _check_classes(classes)
    rng = np.random.default_rng(seed)
    return rng, rng.permutation(np.arange(n) % classes)  # class counts differ by at most 1


def _on_circle(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    return radius[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])


def _classified(name: str, X: np.ndarray, labels: np.ndarray, classes: int,
                rng: np.random.Generator, noise: float) -> Dataset:
    X = X + rng.normal(0.0, noise * RADIUS / 2, X.shape)  # noise 0.5 -> jitter of std 1.5
    target_names = ("class",) if classes == 2 else tuple(f"class={j}" for j in range(classes))
    return Dataset(name, X, encode_labels(labels, classes), "classification", classes, labels,
                   ("x1", "x2"), target_names)


def xor(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0) -> Dataset:
    """Return the XOR set: class 1 where exactly one of x1, x2 is positive.

    label = 1 if x1·x2 < 0 else 0 (before jitter); points keep XOR_GAP away from the axes,
    three standard deviations of the default noise's jitter: at the defaults the quadrants
    stay apart, so a network can classify every point; more noise mixes them.
    """
    rng, labels = _start(n, noise, seed)
    sign_1 = rng.choice([-1.0, 1.0], n)
    sign_2 = np.where(labels == 1, -sign_1, sign_1)
    X = rng.uniform(XOR_GAP, RADIUS - 0.5, (n, 2)) * np.column_stack([sign_1, sign_2])
    return _classified("xor", X, labels, 2, rng, noise)


def circles(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0) -> Dataset:
    """Return an inner disc (class 1) inside an outer ring (class 0).

    r < 2.5 for class 1;  3.5 < r < 5 for class 0.
    """
    rng, labels = _start(n, noise, seed)
    radius = np.where(labels == 1, rng.uniform(0.0, 2.5, n), rng.uniform(3.5, 5.0, n))
    X = _on_circle(radius, rng.uniform(0.0, 2 * np.pi, n))
    return _classified("circles", X, labels, 2, rng, noise)


def gaussians(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0, classes: int = 2) -> Dataset:
    """Return one Gaussian blob (std 0.7) per class, centres evenly spaced on a circle.

    centre = 4 (cos a, sin a),  a = 2π·label / classes + π/4.
    """
    rng, labels = _start(n, noise, seed, classes)
    centres = _on_circle(np.full(n, 4.0), 2 * np.pi * labels / classes + np.pi / 4)
    X = centres + rng.normal(0.0, 0.7, (n, 2))
    return _classified("gaussians", X, labels, classes, rng, noise)


def spiral(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0, classes: int = 2) -> Dataset:
    """Return interleaved spiral arms, one per class.

    r = 5 s,  angle = 3.5π s + 2π·label / classes,  s uniform in [0, 1].
    """
    rng, labels = _start(n, noise, seed, classes)
    s = rng.uniform(0.0, 1.0, n)  # how far along its arm a point lies
    X = _on_circle(5.0 * s, 3.5 * np.pi * s + 2 * np.pi * labels / classes)
    return _classified("spiral", X, labels, classes, rng, noise)


def moons(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0) -> Dataset:
    """Return two interleaving half-moons, class 0 arching up and class 1 arching down.

    (cos a, sin a) for class 0;  (1 − cos a, 0.5 − sin a) for class 1;  a in [0, π].
    """
    rng, labels = _start(n, noise, seed)
    a = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(a), np.sin(a)])
    lower = np.column_stack([1 - np.cos(a), 0.5 - np.sin(a)])
    X = (np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]) * 4.0  # x1 in [-6, 6]
    return _classified("moons", X, labels, 2, rng, noise)


def curve(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0) -> Dataset:
    """Return 1-D regression data, x in [-6, 6].

    t = sin(x) + ε,  ε Gaussian with std noise / 2.
    """
    rng, _ = _start(n, noise, seed)
    x = rng.uniform(-RADIUS, RADIUS, n)
    t = np.sin(x) + rng.normal(0.0, noise / 2, n)
    return Dataset("curve", x[:, None], t[:, None], "regression", 0, None, ("x1",), ("t",))


def plane(n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0) -> Dataset:
    """Return 2-D regression data on a tilted plane, t in about [-1, 1].

    t = (2 x1 − x2) / 18 + ε,  ε Gaussian with std noise / 2.
    """
    rng, _ = _start(n, noise, seed)
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    t = (2 * X[:, 0] - X[:, 1]) / 18 + rng.normal(0.0, noise / 2, n)
    return Dataset("plane", X, t[:, None], "regression", 0, None, ("x1", "x2"), ("t",))


GENERATORS: dict[str, Callable[..., Dataset]] = {
    "xor": xor, "circles": circles, "gaussians": gaussians, "spiral": spiral,
    "moons": moons, "curve": curve, "plane": plane,
}


def make_dataset(name: str, n: int = DEFAULT_POINTS, noise: float = DEFAULT_NOISE, seed: int = 0,
                 **kw: int) -> Dataset:
    """Return the data set made by the generator called `name` (a key of GENERATORS)."""
    if name not in GENERATORS:
        raise ValueError(f"unknown data set {name!r}; allowed: {', '.join(GENERATORS)}")
    return GENERATORS[name](n, noise, seed, **kw)


# ---- input features, computed from 2-D points -----------------------------------------------

FEATURES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "x1": lambda X: X[:, 0],
    "x2": lambda X: X[:, 1],
    "x1^2": lambda X: X[:, 0] ** 2,
    "x2^2": lambda X: X[:, 1] ** 2,
    "x1*x2": lambda X: X[:, 0] * X[:, 1],
    "sin x1": lambda X: np.sin(X[:, 0]),
    "sin x2": lambda X: np.sin(X[:, 1]),
}


def expand_features(X: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Return the named feature columns (n, len(names)) of 2-D points X (n, 2), in that order."""
    X = np.asarray(X, dtype=np.float64)
    names = (names,) if isinstance(names, str) else tuple(names)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"features are computed from points of shape (n, 2), got {X.shape}")
    if not names or any(name not in FEATURES for name in names):
        raise ValueError(f"features must be one or more of: {', '.join(FEATURES)}; "
                         f"got {list(names)}")
    return np.column_stack([FEATURES[name](X) for name in names])
