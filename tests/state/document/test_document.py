"""The document: edits through undoable commands, signals, and step playback."""

import numpy as np
import pytest

from bpviz.engine import Network
from bpviz.state import Document, Focus


def weights(net: Network):
    return [w.copy() for w in net.W[1:]] + [b.copy() for b in net.b[1:]]


def same(a, b) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_opens_on_the_hand_worked_example(doc):
    assert doc.name == "worked-example" and not doc.modified
    assert doc.network.sizes == [2, 2, 2] and doc.lr == 0.5
    assert list(doc.input) == [0.05, 0.10] and doc.cursor.at_start


def test_set_parameter_is_undoable_and_emits(doc, qtbot):
    with qtbot.waitSignal(doc.weightsChanged):
        doc.set_parameter(2, 0, 1, 0.9)
    assert doc.network.W[2][0, 1] == 0.9 and doc.modified
    assert doc.cursor.trace.W_before[2][0, 1] == 0.9  # the cursor is rebuilt from the edit
    doc.undo_stack.undo()
    assert doc.network.W[2][0, 1] == 0.45 and not doc.modified
    doc.undo_stack.redo()
    assert doc.network.W[2][0, 1] == 0.9
    doc.set_parameter(1, 1, -1, -0.25)  # a bias
    assert doc.network.b[1][1] == -0.25


def test_non_finite_values_are_refused_and_change_nothing(doc):
    with pytest.raises(ValueError):
        doc.set_parameter(1, 0, 0, float("nan"))
    assert doc.undo_stack.count() == 0 and doc.network.W[1][0, 0] == 0.15


@pytest.mark.parametrize("edit, sizes", [
    (lambda d: d.structure.add_neuron(1), [2, 3, 2]),
    (lambda d: d.structure.remove_neuron(1, 0), [2, 1, 2]),
    (lambda d: d.structure.add_layer(1, 4), [2, 4, 2, 2]),
    (lambda d: d.structure.add_neuron(0), [3, 2, 2]),
    (lambda d: d.structure.set_layer_size(2, 3), [2, 2, 3]),
])
def test_structural_edits_undo_to_the_exact_earlier_network(doc, qtbot, edit, sizes):
    before = weights(doc.network)
    with qtbot.waitSignal(doc.structureChanged):
        edit(doc)
    assert doc.network.sizes == sizes
    assert len(doc.input) == sizes[0] and len(doc.target) == sizes[-1]
    doc.undo_stack.undo()
    assert doc.network.sizes == [2, 2, 2] and same(before, weights(doc.network))
    assert list(doc.input) == [0.05, 0.10]
    doc.undo_stack.redo()
    assert doc.network.sizes == sizes


def test_removing_a_neuron_keeps_the_other_weights(doc):
    doc.structure.remove_neuron(1, 0)
    assert np.array_equal(doc.network.W[1], [[0.25, 0.30]])
    assert np.array_equal(doc.network.W[2], [[0.45], [0.55]])


def test_activation_and_loss_changes(doc):
    doc.structure.set_activation(2, "softmax")
    assert doc.network.activations[2] == "softmax" and doc.network.loss == "cross_entropy"
    with pytest.raises(ValueError):
        doc.structure.set_activation(1, "softmax")
    doc.undo_stack.undo()
    assert doc.network.activations[2] == "sigmoid" and doc.network.loss == "mse"
    doc.structure.set_loss("cross_entropy")
    assert doc.network.loss == "cross_entropy"


def test_stepping_is_not_an_edit_and_reaches_the_published_numbers(doc, qtbot):
    with qtbot.waitSignal(doc.cursorMoved):
        doc.advance()
    assert doc.undo_stack.count() == 0
    assert doc.focus == Focus.neuron(1, 0)
    while not doc.cursor.at_end:
        doc.advance()
    assert doc.network.W[2][0, 0] == pytest.approx(0.35891648, abs=1e-8)
    assert doc.undo_stack.count() == 0 and doc.modified  # the weights did change


def test_stepping_past_the_end_starts_the_next_step_and_loss_falls(doc, qtbot):
    for _ in range(3):
        doc.advance("step")
        with qtbot.waitSignal(doc.historyChanged):
            doc.advance()
    assert doc.step_count == 3 and len(doc.loss_history) == 3
    assert doc.loss_history[0] == pytest.approx(0.298371109, abs=1e-9)
    assert doc.loss_history[2] < doc.loss_history[1] < doc.loss_history[0]


def test_stepping_back_into_the_previous_step_restores_its_weights(doc):
    start = weights(doc.network)
    doc.advance("step")
    doc.advance()                       # step 2 begins
    assert doc.step_count == 1
    doc.retreat()                       # straight back to the end of step 1, as forward came
    assert doc.step_count == 0 and doc.cursor.at_end
    while not doc.cursor.at_start:
        doc.retreat()
    assert same(start, weights(doc.network))


def test_an_edit_mid_step_applies_to_the_weights_before_it_and_replays_to_the_same_event(doc, qtbot):
    position = len(doc.cursor) - 1
    doc.cursor.seek(position)  # layer 1 updated, layer 2 not
    with qtbot.waitSignal(doc.stepReplayed) as replayed:
        doc.set_parameter(2, 0, 0, 1.0)
    trace = doc.cursor.trace
    assert trace.W_before[1][0, 0] == 0.15 and trace.W_before[2][0, 0] == 1.0
    assert doc.cursor.position == position and replayed.args == ["w_11^(2)", position, len(doc.cursor)]
    assert doc.network.W[2][0, 0] == 1.0  # layer 2's update is not revealed yet
    assert doc.network.W[1][0, 0] == trace.W_after[1][0, 0]  # layer 1's, recomputed, is
    doc.undo_stack.undo()  # the undo replays to the same event too
    assert doc.cursor.position == position and doc.cursor.trace.W_before[2][0, 0] == 0.4


def test_an_edit_that_changes_nothing_leaves_the_step_where_it_is(doc):
    for _ in range(6):
        doc.advance()
    doc.set_parameter(2, 0, 0, 0.4)  # already 0.4
    assert doc.cursor.position == 6 and doc.undo_stack.count() == 0


def test_saving_mid_step_leaves_the_step_where_it_is_and_reopens_there(doc, tmp_path):
    for _ in range(10):  # into the update: layer 1's new weights applied
        doc.advance()
    shown = weights(doc.network)
    doc.save(tmp_path / "mid-step.json")
    assert doc.cursor.position == 10 and not doc.modified
    reopened = Document()
    reopened.open_path(tmp_path / "mid-step.json")
    assert reopened.cursor.position == 10 and reopened.step_count == doc.step_count
    assert same(shown, weights(reopened.network)) and reopened.focus == doc.focus
    assert not reopened.modified


def test_back_to_the_starting_weights_is_one_undoable_command(doc):
    start = weights(doc.network)
    for _ in range(3):
        doc.advance("step")
    assert not same(start, weights(doc.network))
    doc.structure.restore_start_weights()
    assert same(start, weights(doc.network)) and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert not same(start, weights(doc.network))


def test_stepping_back_to_the_saved_weights_is_not_a_change(doc, qtbot):
    for _ in range(11):
        doc.advance()
    assert doc.modified
    with qtbot.waitSignal(doc.modifiedChanged):
        while not doc.cursor.at_start:
            doc.retreat()
    assert not doc.modified
    doc.set_parameter(1, 0, 0, 0.5)
    doc.undo_stack.undo()
    assert not doc.modified


def test_example_and_learning_rate_are_undoable(doc):
    doc.set_example([1.0, 0.0], [0.0, 1.0])
    assert list(doc.cursor.trace.x[0][0]) == [1.0, 0.0]
    doc.set_lr(0.1)
    assert doc.cursor.trace.lr == 0.1
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.lr == 0.5 and list(doc.input) == [0.05, 0.10]
    with pytest.raises(ValueError):
        doc.set_example([1.0], [0.0, 1.0])
    with pytest.raises(ValueError):
        doc.set_lr(-1)


def test_save_and_reopen_round_trips(doc, tmp_path):
    doc.set_parameter(1, 0, 1, 0.123456789012345)
    path = tmp_path / "mine.json"
    doc.save(path)
    assert not doc.modified and doc.name == "mine"
    other = type(doc)()
    other.open_path(path)
    assert same(weights(doc.network), weights(other.network))
    assert list(other.input) == list(doc.input) and other.lr == doc.lr


def test_opening_a_damaged_file_changes_nothing(doc, tmp_path):
    doc.set_parameter(1, 0, 0, 0.7)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bpviz-network", "version": 1, "sizes": [2, 2]', encoding="utf-8")
    with pytest.raises(ValueError):
        doc.open_path(bad)
    assert doc.network.W[1][0, 0] == 0.7 and doc.modified and doc.undo_stack.count() == 1


def test_a_preset_with_data_picks_samples(doc):
    doc.open_preset("xor")
    assert doc.lab.dataset is not None and len(doc.lab.dataset) > 1
    doc.select_sample(5)
    assert np.array_equal(doc.input, doc.lab.dataset.X[5])
    doc.advance("step")
    doc.advance()
    assert doc.sample_index == 6  # the next step takes the next example


def test_focus_and_hover(doc, qtbot):
    with qtbot.waitSignal(doc.focusChanged):
        doc.set_focus(Focus.edge(2, 1, 0))
    with pytest.raises(ValueError):
        doc.set_focus(Focus.neuron(5, 0))
    with qtbot.waitSignal(doc.hoverChanged):
        doc.set_hover(Focus.neuron(0, 1))
    doc.structure.remove_neuron(0, 1)
    assert doc.hover is None


def test_a_thinned_training_record_keeps_its_spans_through_save_and_open(tmp_path):
    from bpviz.engine.training.history import thinned
    from bpviz.engine.training.training import EpochStats
    doc = Document()
    doc.lab.generate_data("xor", n=100, noise=0, seed=0)
    L = doc.network.L
    records = [EpochStats(k, 0.5, None, 0.45 if k == 4 else 1.0, None, (0.01,) * L, k, True) for k in range(1, 10)]
    doc.runs.record_epochs(thinned(records))
    doc.save(tmp_path / "run.json")
    reopened = Document()
    reopened.open_path(tmp_path / "run.json")
    assert [e.span() for e in reopened.runs.epochs] == [e.span() for e in doc.runs.epochs]
    assert min(e.span()[0][2] for e in reopened.runs.epochs) == 0.45
