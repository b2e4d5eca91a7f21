"""Tests for bpviz.engine.datasets: generators, Dataset, features and CSV."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from bpviz.engine import datasets
from bpviz.engine.datasets import (
    FEATURES,
    GENERATORS,
    CSVError,
    Dataset,
    circles,
    curve,
    decode_outputs,
    encode_labels,
    expand_features,
    gaussians,
    load_csv,
    make_dataset,
    parse_csv,
    plane,
    save_csv,
    spiral,
    xor,
)

CLASSIFIERS = ["xor", "circles", "gaussians", "spiral", "moons"]
REGRESSIONS = {"curve": 1, "plane": 2}  # name -> input dimension d


# ---- the module stays pure numpy ------------------------------------------------------------

def test_imports_only_numpy_and_the_standard_library():
    tree = ast.parse(Path(datasets.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.level == 0}
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
    assert np.abs(data.X).min() >= 0.3


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


# ---- CSV: reading ---------------------------------------------------------------------------

def test_header_names_the_columns_and_the_last_is_the_target():
    data = parse_csv("height,weight,price\n1,2,0.5\n3,4,1.5\n")
    assert data.input_names == ("height", "weight") and data.target_names == ("price",)
    assert np.array_equal(data.X, [[1, 2], [3, 4]]) and np.array_equal(data.T, [[0.5], [1.5]])
    assert data.kind == "regression"


def test_without_header_every_row_is_data():
    data = parse_csv("1,2,0.5\n3,4,1.5\n")
    assert len(data) == 2 and data.input_names == ("x1", "x2") and data.target_names == ("t",)


def test_blank_and_comment_lines_are_skipped_but_counted():
    text = "# made by hand\n\nx,t\n  \n1,0.5\n# a note\n2,x\n"
    with pytest.raises(CSVError) as error:
        parse_csv(text)
    assert (error.value.line, error.value.column) == (7, 2)
    assert len(parse_csv(text.replace("2,x", "2,1.5"))) == 2


def test_columns_chosen_by_name_and_by_index():
    text = "a,b,c,d\n1,2.5,3,4\n5,6.5,7,8\n"
    by_name = parse_csv(text, input_columns=["c", "a"], target_columns=["b"])
    assert by_name.input_names == ("c", "a") and by_name.target_names == ("b",)
    assert np.array_equal(by_name.X, [[3, 1], [7, 5]]) and np.array_equal(by_name.T, [[2.5], [6.5]])
    by_index = parse_csv(text, input_columns=[2, 0], target_columns=[1])
    assert np.array_equal(by_index.X, by_name.X) and np.array_equal(by_index.T, by_name.T)
    rest = parse_csv(text, target_columns=[0])
    assert rest.input_names == ("b", "c", "d")


def test_unused_columns_may_hold_text():
    data = parse_csv("id,x,t\nalice,1,0.5\nbob,2,1.5\n", input_columns=["x"])
    assert np.array_equal(data.X, [[1], [2]])


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimiters(delimiter):
    text = delimiter.join(["x1", "x2", "t"]) + "\n" + delimiter.join(["1", "2.5", "0.25"]) + "\n"
    data = parse_csv(text)
    assert data.input_names == ("x1", "x2") and np.array_equal(data.X, [[1.0, 2.5]])


def test_windows_line_ends_and_byte_order_mark():
    data = parse_csv("\ufeffx,t\r\n1,0.5\r\n2,1.5\r\n")
    assert data.input_names == ("x",) and len(data) == 2


def test_whole_number_target_becomes_classification_with_ranked_labels():
    data = parse_csv("x,y,kind\n0,0,9\n1,0,3\n0,1,5\n1,1,3\n")
    assert data.kind == "classification" and data.classes == 3
    assert data.labels.tolist() == [2, 0, 1, 0]
    assert data.target_names == ("kind=3", "kind=5", "kind=9")
    assert np.array_equal(data.T, np.eye(3)[[2, 0, 1, 0]])


def test_two_classes_become_one_0_1_column():
    data = parse_csv("x,y,c\n0,0,-1\n1,0,1\n")
    assert data.classes == 2 and data.T.tolist() == [[0.0], [1.0]]


def test_regression_when_targets_are_fractions_or_many():
    assert parse_csv("x,t\n1,0.5\n2,1\n").kind == "regression"
    many = "x,t\n" + "".join(f"{i},{i}\n" for i in range(9))
    assert parse_csv(many).kind == "regression"
    assert parse_csv("x,t\n1,0\n2,1\n", kind="regression").kind == "regression"


def test_explicit_classification_reads_one_hot_columns():
    text = "x,a,b,c\n0.5,0,1,0\n1.5,0,0,1\n"
    data = parse_csv(text, target_columns=["a", "b", "c"], kind="classification")
    assert data.classes == 3 and data.labels.tolist() == [1, 2]
    with pytest.raises(CSVError) as error:
        parse_csv(text.replace("0,0,1", "0,1,1"), target_columns=[1, 2, 3], kind="classification")
    assert error.value.line == 3


def test_two_one_hot_columns_become_one_0_1_column():
    data = parse_csv("x,no,yes\n1,1,0\n2,0,1\n", target_columns=[1, 2], kind="classification")
    assert data.classes == 2 and data.T.tolist() == [[0.0], [1.0]]
    assert data.target_names == ("yes",)


def test_explicit_classification_refuses_too_many_classes():
    nine = "x," + ",".join(f"c{j}" for j in range(9)) + "\n1," + ",".join("1" + "0" * 8) + "\n"
    with pytest.raises(CSVError, match="2..8 classes, found 9"):
        parse_csv(nine, target_columns=list(range(1, 10)), kind="classification")
    many = "x,c\n" + "".join(f"{i},{i}\n" for i in range(9))
    with pytest.raises(CSVError, match="2..8 classes, found 9"):
        parse_csv(many, kind="classification")


def test_explicit_classification_refuses_fractions_where_they_are():
    with pytest.raises(CSVError) as error:
        parse_csv("x,c\n1,0\n2,1\n3,0.5\n", kind="classification")
    assert (error.value.line, error.value.column) == (4, 2)
    assert "0.5 is not a whole-number class label" in str(error.value)


def test_kind_must_be_known():
    with pytest.raises(ValueError, match="kind"):
        parse_csv("x,t\n1,2\n", kind="ranking")


# ---- CSV: errors, each with the exact place -------------------------------------------------

@pytest.mark.parametrize("text, line, column, message", [
    ("x1,x2,t\n1,2,3\n4,5,6\n7,abc,9\n", 4, 2, "line 4, column 2: 'abc' is not a number"),
    ("1,2,3\n4,,6\n", 2, 2, "line 2, column 2: '' is not a number"),
    ("x,t\n1,2\nnan,3\n", 3, 1, "line 3, column 1: 'nan' is not a finite number"),
    ("x,t\n1,2\n3,-inf\n", 3, 2, "line 3, column 2: '-inf' is not a finite number"),
    ("x,t\n1,1e999\n", 2, 2, "line 2, column 2: '1e999' is not a finite number"),
    ("a,b,c\n1,2,3\n\n4,5\n", 4, None, "line 4: expected 3 fields, found 2"),
    ("a,b,c\n1,2,3\n4,5,6,7\n", 3, None, "line 3: expected 3 fields, found 4"),
    ("# only one column\nx\n1\n", 2, None, "line 2: a data set needs at least 2 columns"),
])
def test_csv_errors_say_where(text, line, column, message):
    with pytest.raises(CSVError) as error:
        parse_csv(text)
    assert (error.value.line, error.value.column) == (line, column)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing\n", "x1,x2,t\n", "x1,x2,t\n# none\n"])
def test_csv_without_data_rows(text):
    with pytest.raises(CSVError, match="no data rows") as error:
        parse_csv(text)
    assert error.value.line is None


def test_the_first_problem_in_the_file_is_reported():
    with pytest.raises(CSVError) as error:
        parse_csv("a,b\n1,x\n1,2,3\n")
    assert (error.value.line, error.value.column) == (2, 2)


@pytest.mark.parametrize("kwargs, words", [
    ({"input_columns": ["a", "zzz"]}, ["'zzz'", "a, b, c"]),
    ({"target_columns": ["C"]}, ["'C'"]),
    ({"target_columns": [3]}, ["3", "0..2"]),
    ({"input_columns": [0, 2]}, ["column 3", "both"]),
    ({"input_columns": []}, ["at least one input"]),
])
def test_csv_column_choice_errors(kwargs, words):
    with pytest.raises(CSVError) as error:
        parse_csv("a,b,c\n1,2,3\n", **kwargs)
    for word in words:
        assert word in str(error.value)


def test_column_names_need_a_header():
    with pytest.raises(CSVError, match="no header"):
        parse_csv("1,2,3\n", target_columns=["c"])


def test_csv_error_is_a_value_error_with_its_place():
    error = CSVError("'abc' is not a number", line=4, column=2)
    assert isinstance(error, ValueError)
    assert str(error) == "line 4, column 2: 'abc' is not a number"
    assert error.problem == "'abc' is not a number"
    assert str(CSVError("empty")) == "empty" and CSVError("empty").line is None


def test_load_csv_refuses_non_utf8_bytes_with_the_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,t\n1,2\n# caf\u00e9\n".encode("latin-1"))
    with pytest.raises(CSVError, match="not UTF-8") as error:
        load_csv(path)
    assert error.value.line == 3


def test_load_csv_names_the_data_set_after_the_file(tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text("size,price\n1,0.5\n2,0.7\n", encoding="utf-8")
    data = load_csv(path, target_columns=["price"])
    assert data.name == "houses" and data.input_names == ("size",)


# ---- CSV: writing ---------------------------------------------------------------------------

def test_save_then_load_gives_the_same_two_class_data(tmp_path):
    data = xor(n=50, seed=3)
    path = tmp_path / "xor.csv"
    save_csv(data, path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == "x1,x2,class"
    back = load_csv(path)
    assert back.kind == "classification" and back.classes == 2
    assert np.array_equal(back.X, data.X) and np.array_equal(back.T, data.T)
    assert np.array_equal(back.labels, data.labels)
    assert [p.name for p in tmp_path.iterdir()] == ["xor.csv"]  # no temporary file left


def test_save_then_load_gives_the_same_multi_class_and_regression_data(tmp_path):
    data = spiral(n=40, classes=5)
    save_csv(data, tmp_path / "s.csv")
    back = load_csv(tmp_path / "s.csv", target_columns=list(data.target_names),
                    kind="classification")
    assert np.array_equal(back.X, data.X) and np.array_equal(back.labels, data.labels)
    assert back.target_names == data.target_names
    data = curve(n=40)
    save_csv(data, tmp_path / "c.csv")
    back = load_csv(tmp_path / "c.csv")
    assert back.kind == "regression" and np.array_equal(back.T, data.T)


def test_a_two_class_set_holding_one_class_still_loads_as_classes(tmp_path):
    data = xor(n=20).without_points(np.flatnonzero(xor(n=20).labels == 0))
    save_csv(data, tmp_path / "ones.csv")
    back = load_csv(tmp_path / "ones.csv")
    assert back.classes == 2 and back.labels.tolist() == [1] * 10


def test_save_replaces_an_existing_file(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("old", encoding="utf-8")
    save_csv(plane(n=3), path)
    assert len(load_csv(path)) == 3


def test_a_failed_save_leaves_the_old_file_alone(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(AttributeError):
        save_csv("not a dataset", path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["d.csv"]


finite = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1, 12).flatmap(lambda n: st.tuples(
    hnp.arrays(np.float64, (n, 3), elements=finite),
    hnp.arrays(np.float64, (n, 2), elements=finite))))
def test_csv_round_trip_of_random_finite_arrays(tmp_path, arrays):
    X, T = arrays
    data = Dataset("random", X, T, "regression", input_names=("a", "b", "c"),
                   target_names=("t1", "t2"))
    save_csv(data, tmp_path / "random.csv")
    back = load_csv(tmp_path / "random.csv", target_columns=["t1", "t2"], kind="regression")
    assert np.array_equal(back.X, X) and np.array_equal(back.T, T)
    assert back.input_names == data.input_names and back.target_names == data.target_names
