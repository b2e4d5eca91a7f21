"""A step on a batch of samples: the document holds a row per sample and which one is shown."""

import json

import numpy as np
import pytest

from bpviz.engine.nn.gradient_check import check_step
from bpviz.engine.files.presets import load_document
from bpviz.state import Focus

X3 = np.array([[0.05, 0.1], [0.5, -0.2], [1.0, 1.0]])
T3 = np.array([[0.01, 0.99], [0.9, 0.1], [0.0, 1.0]])


def test_a_batch_steps_to_the_weights_network_step_gives_and_undo_returns_to_one_sample(doc):
    start = doc.network.copy()
    doc.set_example(X3, T3)
    assert doc.batch_size == 3 and doc.undo_stack.undoText() == "Step on a batch of 3"
    assert np.array_equal(doc.input, X3[0]) and doc.cursor.trace.n_samples == 3
    doc.advance("step")
    reference = start.copy().step(X3, T3, doc.lr)
    for l in (1, 2):
        assert np.array_equal(doc.network.W[l], reference.W_after[l])
    assert doc.revealed.value("loss") == reference.loss
    assert np.array_equal(doc.revealed.terms("loss"), reference.sample_losses)
    doc.undo_stack.undo()  # the finished step counts: its weights stay, on one sample again
    assert doc.batch_size == 1 and np.array_equal(doc.input, [0.05, 0.1])
    assert np.array_equal(doc.network.W[1], reference.W_after[1]) and doc.cursor.trace.n_samples == 1


def test_the_shown_sample_is_what_every_per_neuron_value_reads(doc, qtbot):
    doc.set_example(X3, T3)
    doc.advance("phase")  # the forward pass
    with qtbot.waitSignals([doc.cursorMoved, doc.exampleChanged]):
        doc.show_sample(2)
    trace = doc.cursor.trace
    assert np.array_equal(doc.input, X3[2]) and np.array_equal(doc.target, T3[2])
    assert doc.revealed.value("z", 1, 0) == trace.z[1][2, 0]
    assert doc.undo_stack.count() == 1  # showing a sample is not an edit
    with pytest.raises(ValueError, match="no sample 4 in a batch of 3"):
        doc.show_sample(3)


def test_typing_one_sample_changes_only_the_sample_shown(doc):
    doc.set_example(X3, T3)
    doc.show_sample(1)
    doc.set_example([2.0, 3.0], [0.5, 0.5])
    assert np.array_equal(doc.inputs, [X3[0], [2.0, 3.0], X3[2]])
    assert np.array_equal(doc.targets, [T3[0], [0.5, 0.5], T3[2]])
    assert doc.shown_sample == 1


def test_the_batch_size_grows_by_repeating_the_last_sample_and_shrinks_from_the_end(doc):
    doc.set_batch_size(3)
    assert np.array_equal(doc.inputs, [[0.05, 0.1]] * 3)
    doc.set_example(X3, T3)
    doc.show_sample(2)
    doc.set_batch_size(2)
    assert np.array_equal(doc.inputs, X3[:2]) and doc.shown_sample == 1
    for bad in (0, 17):
        with pytest.raises(ValueError, match="1 to 16"):
            doc.set_batch_size(bad)
    with pytest.raises(ValueError):
        doc.set_example(np.zeros((17, 2)), np.zeros((17, 2)))
    with pytest.raises(ValueError):
        doc.set_example(np.zeros((3, 2)), np.zeros((2, 2)))  # a target for each input
    assert doc.batch_size == 2


def test_with_data_a_batch_takes_the_next_samples_and_the_next_step_the_ones_after(doc):
    doc.open_preset("xor")
    doc.select_sample(5)
    doc.set_batch_size(4)
    X, T = doc.lab.samples(5, 4)
    assert np.array_equal(doc.inputs, X) and np.array_equal(doc.targets, T)
    doc.show_sample(3)
    assert doc.shown_data_index == 8
    doc.advance("step")
    doc.advance()
    assert doc.sample_index == 9 and np.array_equal(doc.inputs, doc.lab.samples(9, 4)[0])
    doc.retreat()
    doc.retreat()
    assert doc.sample_index == 5 and np.array_equal(doc.inputs, X)


def test_the_last_samples_of_the_data_wrap_round_to_the_first(doc):
    doc.open_preset("xor")
    n = len(doc.lab.dataset)
    doc.select_sample(n - 2)
    doc.set_batch_size(4)
    assert np.array_equal(doc.inputs, doc.lab.network_inputs(doc.lab.dataset.X[[n - 2, n - 1, 0, 1]]))


def test_a_saved_batch_reopens_as_the_same_batch(doc, tmp_path):
    doc.set_example(X3, T3)
    doc.advance("phase")
    path = tmp_path / "batch.json"
    doc.save(path)
    saved = json.loads(path.read_text())
    assert saved["example"]["input"] == X3.tolist() and saved["example"]["target"] == T3.tolist()
    doc.new()
    doc.open_path(path)
    assert np.array_equal(doc.inputs, X3) and np.array_equal(doc.targets, T3)
    assert doc.cursor.position == 4


def test_a_file_with_a_batch_too_large_or_uneven_is_refused(tmp_path, doc):
    path = tmp_path / "w.json"
    doc.save(path)
    d = json.loads(path.read_text())
    for example, says in (({"input": [[0, 0]] * 17, "target": [[0, 0]] * 17}, "at most 16 samples"),
                          ({"input": [[0, 0]] * 2, "target": [[0, 0]] * 3}, "a target for each")):
        d["example"] = example
        path.write_text(json.dumps(d))
        with pytest.raises(ValueError, match=says):
            load_document(path)


def test_the_gradient_check_agrees_on_a_batch(doc):
    doc.set_example(X3, T3)
    check = check_step(doc.network, doc.cursor.trace)
    assert len(check.parameters) == 12 and check.agrees.all()
    assert np.allclose(check.numerical, check.backprop, rtol=1e-6)


def test_an_edge_focus_in_a_batch_has_each_samples_term(doc):
    doc.set_example(X3, T3)
    doc.advance("phase")
    doc.advance("phase")
    doc.advance("phase")
    doc.set_focus(Focus.edge(1, 0, 1))
    terms = doc.revealed.terms("dW", 1, 0, 1)
    trace = doc.cursor.trace
    assert np.array_equal(terms, trace.delta[1][:, 0] * trace.x[0][:, 1])
    assert np.mean(terms) == pytest.approx(doc.revealed.value("dW", 1, 0, 1), rel=1e-14)
