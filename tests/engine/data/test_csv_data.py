"""Tests for bpviz.engine.data.csv_data: reading CSV, its errors with their place, and writing."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from bpviz.engine.data.csv_data import CSVError, load_csv, parse_csv, save_csv
from bpviz.engine.data.datasets import Dataset, curve, plane, spiral, xor


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
