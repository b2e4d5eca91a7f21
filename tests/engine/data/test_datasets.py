"""Tests for bpviz.engine.data.datasets: generators, Dataset, target encoding and features."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bpviz.engine.data import datasets
from bpviz.engine.data.datasets import (
    FEATURES,
    GENERATORS,
    Dataset,
    circles,
    curve,
    decode_outputs,
    encode_labels,
    expand_features,
    gaussians,
    make_dataset,
    plane,
    spiral,
    xor,
)

CLASSIFIERS = ["xor", "circles", "gaussians", "spiral", "moons"]
REGRESSIONS = {"curve": 1, "plane": 2}  # name -> input dimension d


# ---- the module stays pure numpy ------------------------------------------------------------

def test_imports_only_numpy_and_the_standard_library():
    tree = ast.parse(Path(datasets.__file__).read_text(encoding="utf-8"))
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported = {m.split(".")[0] for m in modules if not m.startswith("bpviz.engine.")}
    assert imported - set(sys.stdlib_module_names) == {"numpy"}


# ---- generators -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", CLASSIFIERS)
def test_classification_generators_have_the_promised_shapes(name):
    data = make_dataset(name, n=101, noise=0.2, seed=3)
    assert data.kind == "classification" and data.classes == 2
    assert data.X.shape == (101, 2) and data.X.dtype == np.float64
    assert data.T.shape == (101, 1) and data.T.dtype == np.float64
    assert data.labels.shape == (101,) and data.labels.dtype.kind == "i"
    assert np.array_equal(data.T[:, 0], data.labels)
    assert data.input_names == ("x1", "x2") and data.target_names == ("class",)
    assert len(data) == 101 and data.name == name
    assert np.abs(data.X).max() < 9  # roughly [-6, 6]², jitter allowed


@pytest.mark.parametrize("name, d", REGRESSIONS.items())
def test_regression_generators_have_the_promised_shapes(name, d):
    data = make_dataset(name, n=50)
    assert data.kind == "regression" and data.classes == 0 and data.labels is None
    assert data.X.shape == (50, d) and data.T.shape == (50, 1)
    assert data.X.dtype == data.T.dtype == np.float64
    assert np.abs(data.X).max() <= 6


@pytest.mark.parametrize("name", GENERATORS)
def test_generators_are_reproducible_from_the_seed(name):
    a, b, c = (make_dataset(name, n=40, seed=seed) for seed in (7, 7, 8))
    assert np.array_equal(a.X, b.X) and np.array_equal(a.T, b.T)
    assert not np.array_equal(a.X, c.X)


@pytest.mark.parametrize("name", GENERATORS)
def test_generated_arrays_are_read_only(name):
    data = make_dataset(name, n=5)
    with pytest.raises(ValueError):
        data.X[0, 0] = 1.0
    with pytest.raises(ValueError):
        data.T[0, 0] = 1.0


@pytest.mark.parametrize("name", ["gaussians", "spiral"])
@pytest.mark.parametrize("classes", [2, 3, 5, 8])
def test_multi_class_generators_are_balanced_and_one_hot(name, classes):
    data = make_dataset(name, n=203, seed=1, classes=classes)
    counts = np.bincount(data.labels, minlength=classes)
    assert counts.max() - counts.min() <= 1
    assert data.T.shape == (203, 1 if classes == 2 else classes)
    assert np.array_equal(decode_outputs(data.T, classes), data.labels)


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_two_class_generators_are_balanced_and_shuffled(name):
    labels = make_dataset(name, n=200, seed=2).labels
    assert abs(int(labels.sum()) - 100) <= 1
    assert 0 < labels[:100].sum() < 100  # not all of one class first


def test_xor_labels_follow_the_sign_of_x1_times_x2_without_noise():
    data = xor(n=500, noise=0.0, seed=4)
    assert np.array_equal(data.labels, (data.X[:, 0] * data.X[:, 1] < 0).astype(int))
    assert np.abs(data.X).min() >= 0.9


def test_xor_noise_moves_points_across_the_axes():
    data = xor(n=500, noise=0.5, seed=4)
    assert not np.array_equal(data.labels, (data.X[:, 0] * data.X[:, 1] < 0).astype(int))


def test_circles_without_noise_put_class_1_inside():
    data = circles(n=300, noise=0.0)
    r = np.hypot(data.X[:, 0], data.X[:, 1])
    assert r[data.labels == 1].max() < 2.5 <= 3.5 <= r[data.labels == 0].min()


def test_gaussians_blobs_sit_near_their_centres():
    data = gaussians(n=400, noise=0.0, classes=4)
    means = np.array([data.X[data.labels == c].mean(axis=0) for c in range(4)])
    assert np.allclose(np.hypot(means[:, 0], means[:, 1]), 4.0, atol=0.3)


def test_spiral_radius_grows_from_the_centre():
    data = spiral(n=300, noise=0.0, classes=3)
    assert np.hypot(data.X[:, 0], data.X[:, 1]).max() <= 5.0


def test_regression_targets_without_noise_are_the_exact_functions():
    c = curve(n=100, noise=0.0)
    assert np.allclose(c.T[:, 0], np.sin(c.X[:, 0]))
    p = plane(n=100, noise=0.0)
    assert np.allclose(p.T[:, 0], (2 * p.X[:, 0] - p.X[:, 1]) / 18)
    assert np.abs(p.T).max() <= 1.0


@pytest.mark.parametrize("kwargs, words", [
    ({"n": 0}, ["n must", "1..100000", "0"]),
    ({"n": 100_001}, ["n must", "100001"]),
    ({"n": 2.5}, ["n must", "2.5"]),
    ({"n": True}, ["n must", "True"]),
    ({"noise": -0.1}, ["noise must", "[0, 1]", "-0.1"]),
    ({"noise": 1.5}, ["noise must", "1.5"]),
    ({"noise": float("nan")}, ["noise must", "nan"]),
    ({"classes": 1}, ["classes must", "2..8", "1"]),
    ({"classes": 9}, ["classes must", "9"]),
])
def test_bad_generator_arguments_say_what_was_given_and_allowed(kwargs, words):
    with pytest.raises(ValueError) as error:
        gaussians(**kwargs)
    for word in words:
        assert word in str(error.value)


@pytest.mark.parametrize("name", GENERATORS)
def test_every_generator_validates_n_and_noise(name):
    with pytest.raises(ValueError, match="n must"):
        make_dataset(name, n=0)
    with pytest.raises(ValueError, match="noise must"):
        make_dataset(name, noise=2)


def test_spiral_validates_classes():
    with pytest.raises(ValueError, match="classes must"):
        spiral(classes=9)


def test_make_dataset_refuses_unknown_names_and_lists_the_allowed_ones():
    with pytest.raises(ValueError) as error:
        make_dataset("donut")
    assert "'donut'" in str(error.value)
    for name in GENERATORS:
        assert name in str(error.value)


def test_make_dataset_passes_extra_arguments_on():
    assert make_dataset("spiral", n=30, classes=4).classes == 4
    assert set(GENERATORS) == {"xor", "circles", "gaussians", "spiral", "moons", "curve", "plane"}


# ---- target encoding ------------------------------------------------------------------------

def test_two_classes_encode_as_one_0_1_column():
    assert np.array_equal(encode_labels([0, 1, 1], 2), [[0.0], [1.0], [1.0]])


def test_five_classes_encode_one_hot():
    T = encode_labels(np.array([4, 0, 2]), 5)
    assert np.array_equal(T, np.eye(5)[[4, 0, 2]]) and T.dtype == np.float64


@pytest.mark.parametrize("classes", [2, 5])
def test_encode_then_decode_gives_the_labels_back(classes):
    labels = np.random.default_rng(0).integers(0, classes, 100)
    assert np.array_equal(decode_outputs(encode_labels(labels, classes), classes), labels)


@given(st.integers(2, 8).flatmap(
    lambda k: st.tuples(st.just(k), st.lists(st.integers(0, k - 1), max_size=30))))
def test_encode_decode_round_trip_property(case):
    classes, labels = case
    T = encode_labels(np.array(labels, dtype=int), classes)
    assert np.array_equal(decode_outputs(T, classes), labels)


def test_decode_thresholds_at_one_half_and_takes_argmax():
    assert decode_outputs([[0.49], [0.5], [0.9]], 2).tolist() == [0, 1, 1]
    assert decode_outputs([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]], 3).tolist() == [1, 0]


@pytest.mark.parametrize("labels, classes", [([0, 2], 2), ([-1], 3), ([0.5], 3), ([[0]], 3),
                                             ([0], 1), ([0], 9)])
def test_encode_refuses_bad_labels(labels, classes):
    with pytest.raises(ValueError):
        encode_labels(labels, classes)


def test_decode_refuses_the_wrong_width():
    with pytest.raises(ValueError, match=r"\(n, 3\)"):
        decode_outputs(np.zeros((4, 2)), 3)


# ---- Dataset --------------------------------------------------------------------------------

def test_dataset_copies_and_freezes_what_it_is_given():
    X = np.zeros((2, 2))
    data = Dataset("mine", X, [[0.5], [1.5]], "regression")
    X[0, 0] = 9.0
    assert data.X[0, 0] == 0.0 and not data.X.flags.writeable
    assert data.input_names == ("x1", "x2") and data.target_names == ("t",)
    assert repr(data) == "Dataset('mine', n=2, d=2, regression)"
    assert repr(gaussians(n=10, classes=3)) == "Dataset('gaussians', n=10, d=2, 3 classes)"


@pytest.mark.parametrize("kwargs", [
    {"T": np.zeros((3, 1))},                              # wrong number of rows
    {"X": np.zeros(2)},                                   # not 2-D
    {"X": [[0.0, np.nan], [1.0, 1.0]]},                   # NaN
    {"kind": "clustering"},
    {"kind": "classification", "classes": 2, "labels": [0, 2]},
    {"kind": "classification", "classes": 3, "labels": [0, 1]},  # T not one-hot
    {"classes": 2},                                       # regression with classes
    {"input_names": ("a",)},
])
def test_dataset_refuses_inconsistent_fields(kwargs):
    fields = {"name": "bad", "X": np.zeros((2, 2)), "T": [[0.0], [1.0]], "kind": "regression",
              **kwargs}
    with pytest.raises(ValueError):
        Dataset(**fields)


def test_split_sizes_are_disjoint_and_cover_everything():
    data = gaussians(n=100, seed=5, classes=3)
    train, test = data.split(0.25, seed=1)
    assert (len(train), len(test)) == (75, 25)
    rows = {tuple(x) for x in train.X} | {tuple(x) for x in test.X}
    assert len(rows) == 100 and rows == {tuple(x) for x in data.X}
    assert not {tuple(x) for x in train.X} & {tuple(x) for x in test.X}
    assert np.array_equal(test.T, encode_labels(test.labels, 3))
    assert train.classes == test.classes == 3


def test_split_is_reproducible_and_shuffles():
    data = xor(n=50)
    a, _ = data.split(0.2, seed=9)
    b, _ = data.split(0.2, seed=9)
    c, _ = data.split(0.2, seed=10)
    assert np.array_equal(a.X, b.X) and not np.array_equal(a.X, c.X)
    assert not np.array_equal(a.X, data.X[:40])


def test_split_edges_and_refusals():
    data = curve(n=10)
    train, test = data.split(0.0, seed=0)
    assert len(train) == 10 and len(test) == 0 and test.X.shape == (0, 1)
    assert len(data.split(0.9, seed=0)[1]) == 9
    for bad in (-0.1, 0.95):
        with pytest.raises(ValueError, match=r"\[0, 0.9\]"):
            data.split(bad, seed=0)


def test_with_points_appends_and_derives_labels():
    data = xor(n=10)
    more = data.with_points([[1.0, -1.0], [2.0, 2.0]], [[1.0], [0.0]])
    assert len(more) == 12 and len(data) == 10
    assert np.array_equal(more.X[-2:], [[1.0, -1.0], [2.0, 2.0]])
    assert more.labels[-2:].tolist() == [1, 0] and not more.X.flags.writeable
    one = data.with_points([3.0, -3.0], [1.0])  # a single point may be given flat
    assert one.labels[-1] == 1 and one.X.shape == (11, 2)


def test_with_points_one_hot_and_regression():
    data = gaussians(n=9, classes=3)
    assert data.with_points([[0.0, 0.0]], [[0.0, 0.0, 1.0]]).labels[-1] == 2
    assert len(curve(n=3).with_points([[0.5], [1.5]], [0.1, 0.2])) == 5


@pytest.mark.parametrize("X_new, T_new", [([[1.0, 2.0, 3.0]], [[1.0]]),  # wrong d
                                          ([[1.0, 2.0]], [[0.5]]),       # not a class
                                          ([[1.0, 2.0]], [[1.0, 0.0]]),  # wrong k
                                          ([[np.inf, 2.0]], [[1.0]])])
def test_with_points_refuses_bad_points(X_new, T_new):
    with pytest.raises(ValueError):
        xor(n=4).with_points(X_new, T_new)


def test_without_points_removes_exactly_those_rows():
    data = circles(n=10)
    fewer = data.without_points([0, 3, 3, 9])
    assert len(fewer) == 7
    assert np.array_equal(fewer.X, np.delete(data.X, [0, 3, 9], axis=0))
    assert np.array_equal(fewer.labels, np.delete(data.labels, [0, 3, 9]))
    assert len(data.without_points([])) == 10
    assert len(data.without_points(range(10))) == 0
    for bad in ([10], [-1]):
        with pytest.raises(ValueError, match="0..9"):
            data.without_points(bad)


# ---- features -------------------------------------------------------------------------------

def test_expand_features_computes_the_named_columns_in_order():
    X = np.array([[1.0, 2.0], [-3.0, 0.5]])
    got = expand_features(X, ["x1*x2", "x1", "x2^2", "sin x1", "x1^2", "sin x2", "x2"])
    want = np.column_stack([X[:, 0] * X[:, 1], X[:, 0], X[:, 1] ** 2, np.sin(X[:, 0]),
                            X[:, 0] ** 2, np.sin(X[:, 1]), X[:, 1]])
    assert got.shape == (2, 7) and np.array_equal(got, want)
    assert set(FEATURES) == {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin x1", "sin x2"}


@pytest.mark.parametrize("X, names, words", [
    (np.zeros((3, 2)), ["x1", "cos x1"], ["'cos x1'", "sin x2"]),
    (np.zeros((3, 2)), [], ["one or more", "got []"]),
    (np.zeros((3, 3)), ["x1"], ["(3, 3)"]),
])
def test_expand_features_refusals(X, names, words):
    with pytest.raises(ValueError) as error:
        expand_features(X, names)
    for word in words:
        assert word in str(error.value)


@pytest.mark.parametrize("name", ["xor", "circles", "spiral"])
def test_a_default_data_set_that_no_line_separates_defeats_a_logistic_regression(name):
    """Its shape shows at the defaults: a straight line (logistic regression on x1, x2) stays below 75 %."""
    from bpviz.engine import Network
    from bpviz.engine.data.datasets import DEFAULT_POINTS
    data = make_dataset(name)
    assert len(data) == DEFAULT_POINTS >= 100
    line = Network([2, 1], ["sigmoid"], "cross_entropy", seed=0)
    for _ in range(3000):  # full-batch gradient descent, far past convergence for a line
        line.step(data.X, data.T, lr=0.5)
    y = line.forward(data.X).x[1][:, 0]
    assert np.mean((y > 0.5) == (data.T[:, 0] > 0.5)) < 0.75


def test_the_default_xor_covers_its_four_quadrants_and_keeps_them_apart():
    data = make_dataset("xor")
    assert np.array_equal(data.labels, (data.X[:, 0] * data.X[:, 1] < 0).astype(int))
    quadrant = (data.X[:, 0] > 0) * 2 + (data.X[:, 1] > 0)
    for q in range(4):
        assert (quadrant == q).sum() >= 30
