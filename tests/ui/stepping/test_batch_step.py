"""A batch of 4 in the window: typed into the Example panel, stepped, each sample's ∂Lₙ/∂w and their mean."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from bpviz.state import Focus
from bpviz.ui.stepping.example_panel import VALUE
from bpviz.ui.stepping.weights_table_model import COLUMNS, GRADIENT

X4 = np.array([[0.05, 0.1], [0.5, -0.2], [1.0, 1.0], [0.0, 0.3]])
T4 = np.array([[0.01, 0.99], [0.9, 0.1], [0.0, 1.0], [0.5, 0.5]])


def type_into_spin(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.fixture
def batch_window(window, qtbot):
    """The window with a batch of 4 typed in: the Batch box, then each sample's inputs and targets."""
    panel = window.example_panel
    type_into_spin(qtbot, panel.batch_spin, "4")
    assert window.doc.batch_size == 4 and panel.shown_row.isVisible()
    window.doc.set_example(X4, T4)
    return window


def test_the_batch_box_makes_a_batch_and_showing_another_sample_shows_its_values(window, qtbot):
    panel, doc = window.example_panel, window.doc
    type_into_spin(qtbot, panel.batch_spin, "4")
    assert doc.batch_size == 4 and np.array_equal(doc.inputs, [[0.05, 0.1]] * 4)
    assert panel.shown_count_label.text() == "of 4"
    type_into_spin(qtbot, panel.shown_spin, "3")
    assert doc.shown_sample == 2
    from tests.ui.stepping.test_example_panel import type_into_cell
    type_into_cell(qtbot, panel.table, 0, "0.7")  # the third sample's x₁, and only its
    assert doc.inputs[:, 0].tolist() == [0.05, 0.05, 0.7, 0.05]
    type_into_spin(qtbot, panel.batch_spin, "1")
    assert doc.batch_size == 1 and not panel.shown_row.isVisible()


def test_stepping_a_batch_of_4_shows_each_samples_gradient_and_their_mean(batch_window, qtbot):
    window, doc = batch_window, batch_window.doc
    doc.show_sample(1)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_End)  # to the end of the backward pass
    assert doc.cursor.phase == "backward"
    doc.set_focus(Focus.edge(1, 0, 0))
    trace = doc.cursor.trace
    terms = trace.delta[1][:, 0] * trace.x[0][:, 0]
    values = window.inspector.equation_values()
    assert [values[f"dW_of_sample[{n}]"] for n in range(4)] == terms.tolist()
    assert values["dW[0]"] == trace.dW[1][0, 0]
    text = window.inspector.plain_text()
    assert "sample 2 of 4" in text and "(1/B) Σn ∂Ln/∂w11(1) = (1/4)·(" in text
    assert "∂L4/∂w11(1)" in text

    model = window.weights_table.model
    assert model.columnCount() == len(COLUMNS) + 4
    assert model.headerData(len(COLUMNS) + 2, Qt.Orientation.Horizontal) == "∂L₃/∂w"
    assert model.headerData(GRADIENT, Qt.Orientation.Horizontal) == "∂L/∂w (mean)"
    row = model.row_of(Focus.edge(1, 0, 0))
    assert [model.index(row, len(COLUMNS) + n).data(Qt.ItemDataRole.UserRole) for n in range(4)] == terms.tolist()
    header = window.weights_table.view.horizontalHeader()
    # Each sample's column stands just after their mean, which a narrow dock keeps in view.
    assert [header.visualIndex(len(COLUMNS) + n) for n in range(4)] == [header.visualIndex(GRADIENT) + 1 + n
                                                                         for n in range(4)]
    assert "A batch of 4" in window.weights_table._batch_note.text()


def test_the_loss_shows_each_samples_loss_and_their_mean(batch_window, qtbot):
    window, doc = batch_window, batch_window.doc
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_End)  # the loss
    doc.set_focus(Focus.loss(doc.network.L))
    values = window.inspector.equation_values()
    losses = doc.cursor.trace.sample_losses
    assert [values[f"loss_of_sample[{n}]"] for n in range(4)] == losses.tolist()
    assert values["loss"] == pytest.approx(float(np.mean(losses)), rel=1e-15)
    assert "Mean loss of 4" in " ".join(b.text for b in window.canvas._chrome_places.boxes)
    assert window.step_bar.title_label.text() == "Loss · sample 1 of 4 shown"


def test_the_canvas_shows_the_shown_samples_values(batch_window, qtbot):
    window, doc = batch_window, batch_window.doc
    qtbot.keyClick(window, Qt.Key.Key_End)  # the forward pass
    doc.show_sample(2)
    window.canvas._refresh()
    trace = doc.cursor.trace
    assert window.canvas._shown[1][0].value == trace.x[1][2, 0]
    assert window.example_panel.table.item(0, VALUE).text() == "1"


def test_the_graph_of_a_batch_is_the_shown_samples_own(batch_window, qtbot):
    window, doc = batch_window, batch_window.doc
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_End)
    doc.show_sample(3)
    doc.set_focus(Focus.edge(1, 0, 1))
    qtbot.keyClick(window, Qt.Key.Key_C)
    view = window.graph_view
    view.refresh()
    own = doc.cursor.trace.sample_gradients(1)[0][3, 0, 1]
    assert sum(p.product for p in view.shown_paths()) == pytest.approx(own, rel=1e-12)
    assert "Sample 4 of a batch of 4" in view.header.text()
    assert "mean of the 4 samples' own" in view.paths.toPlainText()


def test_the_matrix_form_of_a_batch_has_a_column_per_sample(batch_window, qtbot):
    window, doc = batch_window, batch_window.doc
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_X)
    doc.set_focus(Focus.neuron(1, 0))
    text = window.inspector.plain_text()
    assert "Z⁽ˡ⁾ = W⁽ˡ⁾ X⁽ˡ⁻¹⁾ + b⁽ˡ⁾ 1ᵀ" in text and "2×4" in text
    assert "A batch of 4 samples" in text


def test_s_shows_the_next_sample_round_the_batch_and_says_so_without_one(window, qtbot):
    doc = window.doc
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert "one sample" in window.message_bar.text()
    doc.set_example(X4[:3], T4[:3])
    for expected in (1, 2, 0):
        qtbot.keyClick(window, Qt.Key.Key_S)
        assert doc.shown_sample == expected
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    assert doc.shown_sample == 2 and window.example_panel.shown_spin.value() == 3
    assert "sample 3 of 3" in window.inspector.plain_text()
