"""NetworkPanel: its spin boxes, combos and buttons edit the network's topology, undoably."""

import pytest
from PySide6.QtCore import Qt

from bpviz.state import ViewOptions
from bpviz.ui.stepping.network_panel import NetworkPanel


@pytest.fixture
def panel(show_widget, doc):
    """A shown 340 × 400 network panel on the worked example."""
    return show_widget(NetworkPanel(doc, ViewOptions()), 340, 400)


def type_into_spin(qtbot, spin, text):
    """Select the spin box's text, type a number, press Enter."""
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def choose(qtbot, combo, text):
    """Pick the item called `text` with the arrow keys (as a person tabbing to the combo would)."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not in the combo"
    combo.setFocus()
    moves = target - combo.currentIndex()
    for _ in range(abs(moves)):  # each press is one choice, as it is for a person
        qtbot.keyClick(combo, Qt.Key.Key_Down if moves > 0 else Qt.Key.Key_Up)


def sizes_shown(panel):
    return [row.size.value() for row in panel.rows]


def test_one_row_per_layer(panel, doc):
    assert [row.name.text() for row in panel.rows] == ["Input", "Layer 1", "Output"]
    assert sizes_shown(panel) == [2, 2, 2]
    assert panel.rows[0].activation is None and panel.rows[0].remove is None
    assert panel.remove_button(1) is not None and panel.rows[2].remove is None
    assert panel.activation_combo(1).currentData() == "sigmoid"
    assert panel.loss_combo.currentData() == "mse"


def test_softmax_is_offered_on_the_output_layer_only(panel):
    hidden = [panel.activation_combo(1).itemData(i) for i in range(panel.activation_combo(1).count())]
    output = [panel.activation_combo(2).itemData(i) for i in range(panel.activation_combo(2).count())]
    assert "softmax" not in hidden and "softmax" in output
    assert panel.activation_combo(1).itemText(hidden.index("relu")) == "ReLU"


def test_setting_the_hidden_size(qtbot, panel, doc):
    type_into_spin(qtbot, panel.size_spin(1), "4")
    assert doc.network.sizes == [2, 4, 2]
    assert doc.undo_stack.count() == 1


def test_setting_the_number_of_inputs_and_outputs(qtbot, panel, doc):
    qtbot.keyClick(panel.size_spin(0), Qt.Key.Key_Up)
    assert doc.network.sizes == [3, 2, 2] and len(doc.input) == 3
    type_into_spin(qtbot, panel.size_spin(2), "1")
    assert doc.network.sizes == [3, 2, 1] and len(doc.target) == 1


def test_add_and_remove_hidden_layers(qtbot, panel, doc):
    qtbot.mouseClick(panel.add_layer_button, Qt.MouseButton.LeftButton)
    assert len(doc.network.sizes) == 4
    assert [row.name.text() for row in panel.rows] == ["Input", "Layer 1", "Layer 2", "Output"]
    assert panel.remove_button(2) is not None

    qtbot.mouseClick(panel.remove_button(1), Qt.MouseButton.LeftButton)
    assert len(doc.network.sizes) == 3
    assert [row.name.text() for row in panel.rows] == ["Input", "Layer 1", "Output"]


def test_choosing_an_activation(qtbot, panel, doc):
    choose(qtbot, panel.activation_combo(1), "tanh")
    assert doc.network.activations[1] == "tanh"
    assert doc.network.activations[2] == "sigmoid"


def test_cross_entropy_after_a_sigmoid_output(qtbot, panel, doc):
    choose(qtbot, panel.loss_combo, "cross-entropy")
    assert doc.network.loss == "cross_entropy"


def test_cross_entropy_after_a_tanh_output_is_refused(qtbot, panel, doc):
    choose(qtbot, panel.activation_combo(2), "tanh")
    count = doc.undo_stack.count()
    with qtbot.waitSignal(panel.messageRaised) as message:
        choose(qtbot, panel.loss_combo, "cross-entropy")
    assert "tanh" in message.args[0]
    assert doc.network.loss == "mse"
    assert panel.loss_combo.currentData() == "mse"
    assert doc.undo_stack.count() == count


def test_softmax_output_switches_the_loss_shown(qtbot, panel, doc):
    choose(qtbot, panel.activation_combo(2), "softmax")
    assert doc.network.loss == "cross_entropy"
    assert panel.loss_combo.currentData() == "cross_entropy"


def test_undo_refreshes_without_pushing(qtbot, panel, doc):
    type_into_spin(qtbot, panel.size_spin(1), "4")
    qtbot.mouseClick(panel.add_layer_button, Qt.MouseButton.LeftButton)
    choose(qtbot, panel.activation_combo(1), "tanh")
    count = doc.undo_stack.count()
    assert count == 3

    doc.undo_stack.undo()
    assert doc.undo_stack.count() == count and doc.undo_stack.index() == 2
    assert panel.activation_combo(1).currentData() == "sigmoid"
    doc.undo_stack.undo()
    assert sizes_shown(panel) == [2, 4, 2]
    doc.undo_stack.undo()
    assert sizes_shown(panel) == [2, 2, 2]
    assert doc.undo_stack.count() == count and doc.undo_stack.index() == 0
    doc.undo_stack.redo()
    assert sizes_shown(panel) == [2, 4, 2]
    assert doc.undo_stack.count() == count


def test_reinitialise_with_a_scheme_and_seed(qtbot, panel, doc):
    before = doc.network.W[1].copy()
    choose(qtbot, panel.init_combo, "He")
    type_into_spin(qtbot, panel.seed_spin, "7")
    assert doc.undo_stack.count() == 0  # choosing is not yet an edit
    qtbot.mouseClick(panel.reinit_button, Qt.MouseButton.LeftButton)
    assert (doc.network.init, doc.network.seed) == ("he", 7)
    assert not (doc.network.W[1] == before).all()
    doc.undo_stack.undo()
    assert (doc.network.W[1] == before).all()
    assert panel.init_combo.currentData() == doc.network.init


def test_follows_a_document_that_loads_another_network(qtbot, panel, doc):
    doc.open_preset("xor")
    assert sizes_shown(panel) == doc.network.sizes == [2, 4, 1]
    assert panel.activation_combo(1).currentData() == "tanh"
    assert panel.loss_combo.currentData() == "cross_entropy"
    assert doc.undo_stack.count() == 0

    choose(qtbot, panel.activation_combo(2), "tanh")  # cross-entropy cannot follow: mse it is
    assert doc.network.loss == "mse" and panel.loss_combo.currentData() == "mse"


@pytest.mark.parametrize("text, says", [("100", "1 to 64, not 100"), ("0.5 0.6", "is not a whole number"),
                                        ("1e400", "is not a whole number"), ("1_000", "is not a whole number")])
def test_a_layer_size_that_cannot_be_taken_is_refused_with_its_range_and_nothing_changes(qtbot, panel, doc,
                                                                                         text, says):
    count = doc.undo_stack.count()
    with qtbot.waitSignal(panel.messageRaised) as message:
        type_into_spin(qtbot, panel.size_spin(1), text)
    assert says in message.args[0] and "Layer 1" in message.args[0]
    assert sizes_shown(panel) == doc.network.sizes == [2, 2, 2] and doc.undo_stack.count() == count
