"""The document's data set, features and split: undoable, and the network follows the data."""

import numpy as np
import pytest

from bpviz.engine.data.datasets import expand_features


@pytest.fixture
def xor_doc(doc):
    doc.lab.generate_data("xor", n=100, noise=0.0, seed=0)
    return doc


def test_generated_data_makes_the_output_layer_fit(xor_doc, doc):
    assert doc.lab.dataset.name == "xor" and len(doc.lab.dataset) == 100
    assert doc.network.sizes[0] == 2 and doc.network.sizes[-1] == 1
    assert doc.network.activations[-1] == "sigmoid" and doc.network.loss == "cross_entropy"
    assert doc.lab.data_problem() is None
    doc.lab.generate_data("spiral", n=90, noise=0.1, seed=1, classes=3)
    assert doc.network.sizes[-1] == 3 and doc.network.activations[-1] == "softmax"
    doc.lab.generate_data("curve", n=50)
    assert doc.network.sizes == [1, 2, 1] and doc.network.activations[-1] == "linear"
    assert doc.network.loss == "mse"


def test_each_data_change_is_one_undo_step(xor_doc, doc):
    before = doc.lab.dataset
    doc.lab.generate_data("circles", n=80)
    doc.undo_stack.undo()
    assert doc.lab.dataset is before and doc.network.sizes == [2, 2, 1]


def test_points_are_added_and_removed(xor_doc, doc, qtbot):
    with qtbot.waitSignal(doc.dataChanged):
        doc.lab.add_point(1.5, -2.0, 1)
    assert len(doc.lab.dataset) == 101 and list(doc.lab.dataset.X[-1]) == [1.5, -2.0]
    assert doc.lab.dataset.labels[-1] == 1 and doc.lab.spec is None  # no longer the generator's
    doc.lab.remove_point(0)
    assert len(doc.lab.dataset) == 100
    with pytest.raises(ValueError, match="class 5"):
        doc.lab.add_point(0, 0, 4)
    doc.lab.clear_points()
    assert len(doc.lab.dataset) == 0 and "no points" in doc.lab.data_problem()
    for k in range(5):
        doc.lab.add_point(k, -k, k % 2)
    assert len(doc.lab.dataset) == 5 and doc.lab.data_problem() is None


def test_features_resize_the_input_layer(xor_doc, doc):
    doc.lab.set_features(["x1", "x2", "x1^2", "x2^2"])
    assert doc.network.sizes[0] == 4
    train, _ = doc.lab.split()
    assert train.X.shape[1] == 4
    assert np.allclose(doc.input, expand_features(doc.lab.dataset.X[doc.sample_index:doc.sample_index + 1],
                                                  ["x1", "x2", "x1^2", "x2^2"])[0])
    doc.undo_stack.undo()
    assert doc.network.sizes[0] == 2 and doc.lab.features is None
    with pytest.raises(ValueError):
        doc.lab.set_features([])


def test_features_without_a_data_set_resize_the_example_with_the_input_layer(doc):
    # The hand-worked example has no data set: its input 0.05, 0.10 keeps its values and
    # gains a zero for the third input, so the step cursor can still run.
    doc.lab.set_features(["x1", "x2", "x1*x2"])
    assert doc.network.sizes[0] == 3
    assert list(doc.input) == [0.05, 0.10, 0.0] and list(doc.cursor.trace.x[0][0]) == [0.05, 0.10, 0.0]
    doc.undo_stack.undo()
    assert doc.network.sizes[0] == 2 and list(doc.input) == [0.05, 0.10]
    doc.undo_stack.redo()
    assert doc.network.sizes[0] == 3 and len(doc.cursor.trace.x[0][0]) == 3


def test_split_is_reproducible_and_follows_the_test_share(xor_doc, doc):
    train, test = doc.lab.split()
    assert len(train) + len(test) == 100 and len(test) == 20
    doc.lab.set_test_fraction(0.5)
    train2, test2 = doc.lab.split()
    assert len(test2) == 50
    with pytest.raises(ValueError):
        doc.lab.set_test_fraction(0.95)


def test_training_settings_are_checked(xor_doc, doc):
    doc.lab.set_training(batch_size=32, l2=0.001)
    assert doc.lab.training_settings().batch_size == 32 and doc.lab.training_settings().l2 == 0.001
    with pytest.raises(ValueError):
        doc.lab.set_training(batch_size=0)
    doc.undo_stack.undo()
    assert doc.lab.settings.batch_size == 10


def test_stepping_walks_through_the_samples_as_the_network_reads_them(xor_doc, doc):
    doc.lab.set_features(["x1", "x2", "x1*x2"])
    doc.select_sample(3)
    assert doc.input[2] == pytest.approx(doc.lab.dataset.X[3, 0] * doc.lab.dataset.X[3, 1])
    doc.advance("step")
    doc.advance()
    assert doc.sample_index == 4


def test_a_custom_data_set_and_training_record_survive_save_and_open(xor_doc, doc, tmp_path):
    from bpviz.state.training.training_session import TrainingSession

    doc.lab.add_point(0.25, 0.5, 0)
    doc.lab.set_features(["x1", "x2", "sin x1"])
    doc.lab.set_training(batch_size=5)
    session = TrainingSession(doc)
    session.one_epoch()
    session.one_epoch()
    path = tmp_path / "lab.json"
    doc.save(path)
    other = type(doc)()
    other.open_path(path)
    assert np.array_equal(other.lab.dataset.X, doc.lab.dataset.X) and np.array_equal(other.lab.dataset.T, doc.lab.dataset.T)
    assert other.lab.features == doc.lab.features and other.lab.settings == doc.lab.settings
    assert [e.train_loss for e in other.runs.epochs] == [e.train_loss for e in doc.runs.epochs]
    assert all(np.array_equal(a, b) for a, b in zip(other.network.W[1:], doc.network.W[1:]))


def test_the_test_mask_marks_exactly_the_rows_the_split_holds_out(xor_doc):
    xor_doc.lab.set_test_fraction(0.25)
    train, test = xor_doc.lab.split()
    mask = xor_doc.lab.test_mask()
    assert mask.sum() == len(test) and (~mask).sum() == len(train)
    held_out = {tuple(row) for row in xor_doc.lab.dataset.X[mask]}
    assert held_out == {tuple(row) for row in test.X}
