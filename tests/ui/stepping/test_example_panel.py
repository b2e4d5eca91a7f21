"""ExamplePanel: typing into its cells and its α field edits the document's example, undoably."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from bpviz.state import ViewOptions
from bpviz.ui.stepping.example_panel import VALUE, OUTPUT, ExamplePanel


@pytest.fixture
def panel(show_widget, doc):
    """A shown 340 × 400 example panel on the worked example."""
    return show_widget(ExamplePanel(doc, ViewOptions()), 340, 400)


def type_into_cell(qtbot, table, row, text, column=VALUE):
    """Double-click the cell, replace its text by typing, press Enter and wait for the commit."""
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.state() == QAbstractItemView.State.EditingState
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def type_into_line(qtbot, line, text):
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_shows_the_example_with_the_seed_notation(panel, doc):
    table = panel.table
    assert table.rowCount() == 4
    assert table.verticalHeaderItem(0).text() == "input x₁⁽⁰⁾"
    assert table.verticalHeaderItem(3).text() == "target t₂"
    assert [table.item(r, VALUE).text() for r in range(4)] == ["0.05", "0.1", "0.01", "0.99"]
    assert table.item(2, OUTPUT).text() == "–"  # no forward pass yet
    assert panel.lr_edit.text() == "0.5"
    assert not panel.sample_row.isVisibleTo(panel)  # no data set


def test_typing_an_input_sets_it_and_undo_restores_it(qtbot, panel, doc):
    with qtbot.waitSignal(doc.exampleChanged):
        type_into_cell(qtbot, panel.table, 0, "0.5")
    assert doc.input[0] == 0.5
    assert panel.table.item(0, VALUE).text() == "0.5"
    doc.undo_stack.undo()
    assert doc.input[0] == 0.05
    assert panel.table.item(0, VALUE).text() == "0.05"


def test_a_decimal_comma_in_english_is_refused_not_read_as_something_else(qtbot, panel, doc):
    with qtbot.waitSignal(panel.messageRaised) as message:
        type_into_cell(qtbot, panel.table, 3, "0,75")
    assert "decimals with a point" in message.args[0]
    assert list(doc.target) == [0.01, 0.99]


@pytest.mark.parametrize("text", ["abc", "nan", "inf", ""])
def test_a_bad_value_is_refused_with_a_message(qtbot, panel, doc, text):
    count = doc.undo_stack.count()
    with qtbot.waitSignal(panel.messageRaised) as message:
        type_into_cell(qtbot, panel.table, 0, text)
    assert "x₁⁽⁰⁾" in message.args[0]
    assert list(doc.input) == [0.05, 0.1]
    assert doc.undo_stack.count() == count
    assert panel.table.item(0, VALUE).text() == "0.05"


def test_closing_the_editor_without_a_change_pushes_nothing(qtbot, panel, doc):
    count = doc.undo_stack.count()
    with qtbot.assertNotEmitted(panel.messageRaised):
        type_into_cell(qtbot, panel.table, 1, "0.1")
    assert doc.undo_stack.count() == count


def test_outputs_appear_as_the_forward_pass_reveals_them(panel, doc):
    for _ in range(3):
        doc.advance()
    y1 = doc.cursor.trace.x[2][0, 0]
    assert panel.table.item(2, OUTPUT).text() == f"{y1:.4g}"
    assert panel.table.item(3, OUTPUT).text() == "–"
    doc.advance()
    assert panel.table.item(3, OUTPUT).text() != "–"
    doc.reset_step()
    assert panel.table.item(2, OUTPUT).text() == "–"


def test_learning_rate(qtbot, panel, doc):
    type_into_line(qtbot, panel.lr_edit, "0.1")
    assert doc.lr == 0.1
    doc.undo_stack.undo()
    assert doc.lr == 0.5 and panel.lr_edit.text() == "0.5"


@pytest.mark.parametrize("text", ["-3", "abc", "1e9"])
def test_a_bad_learning_rate_is_refused(qtbot, panel, doc, text):
    with qtbot.waitSignal(panel.messageRaised):
        type_into_line(qtbot, panel.lr_edit, text)
    assert doc.lr == 0.5
    assert panel.lr_edit.text() == "0.5"


def test_rows_follow_the_network_shape(panel, doc):
    doc.structure.set_layer_size(0, 3)
    assert panel.table.rowCount() == 5
    assert panel.table.verticalHeaderItem(2).text() == "input x₃⁽⁰⁾"
    doc.structure.set_layer_size(2, 1)
    assert panel.table.rowCount() == 4
    assert panel.table.verticalHeaderItem(3).text() == "target t₁"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert panel.table.rowCount() == 4
    assert panel.table.verticalHeaderItem(3).text() == "target t₂"


def test_sample_picker_selects_and_follows_the_data_set(qtbot, panel, doc):
    doc.open_preset("xor")
    assert panel.sample_row.isVisibleTo(panel)
    assert panel.sample_spin.maximum() == len(doc.lab.dataset)
    assert panel.sample_spin.value() == 1

    spin = panel.sample_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert doc.sample_index == 4
    assert list(doc.input) == list(doc.lab.dataset.X[4])
    assert panel.sample_target_label.text() == f"class {doc.lab.dataset.labels[4]}"
    assert panel.table.item(0, VALUE).text() == f"{doc.lab.dataset.X[4][0]:.4g}"

    doc.advance("step")
    doc.advance()  # finishing the step moves on to the next sample
    assert doc.sample_index == 5 and spin.value() == 6


def test_clearing_every_point_leaves_no_sample_to_pick(qtbot, panel, doc):
    doc.open_preset("xor")
    doc.select_sample(12)
    doc.lab.clear_points()
    assert not panel.sample_spin.isEnabled()
    assert panel.sample_target_label.text() == "no sample: the example is your own"
    doc.lab.add_point(0.5, -0.5, 1)
    assert panel.sample_spin.isEnabled() and panel.sample_spin.maximum() == 1


def test_a_sample_read_through_features_is_the_sample_not_a_custom_example(panel, doc):
    doc.open_preset("xor")
    doc.lab.set_features(["x1", "x2", "x1*x2"])
    doc.select_sample(3)
    assert panel.sample_target_label.text() == f"class {doc.lab.dataset.labels[3]}"
