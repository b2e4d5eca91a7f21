"""The whole window, driven as a person would: keys, clicks, menus and files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from bpviz.state import Focus

from tests.ui.conftest import weights


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, k, modifier)


def test_opens_on_the_hand_worked_example_ready_to_step(window):
    assert window.windowTitle().startswith("bpviz — worked-example")
    assert window.doc.network.sizes == [2, 2, 2]
    assert window.focusWidget() is window.canvas


def test_space_and_arrows_step_forward_and_back(window, qtbot):
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.doc.cursor.position == 2
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.doc.cursor.position == 1


def test_arrow_keys_edit_text_rather_than_step_while_a_field_is_being_edited(window, qtbot):
    field = window.example_panel.lr_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_Space)
    assert window.doc.cursor.position == 0


def test_stepping_to_the_end_of_the_backward_pass_shows_the_traces_numbers(window, qtbot):
    doc = window.doc
    while not (doc.cursor.phase == "backward" and doc.cursor.current.layer == 1
               and doc.cursor.current.neuron == 1):
        key(qtbot, window, Qt.Key.Key_Right)
    trace = doc.cursor.trace
    for l, j in [(1, 0), (1, 1), (2, 0), (2, 1)]:
        doc.set_focus(Focus.neuron(l, j))
        values = window.inspector.equation_values()
        assert values["z"] == trace.z[l][0, j]
        assert values["x"] == trace.x[l][0, j]
        assert values["delta"] == trace.delta[l][0, j]
        assert values["dL_dx"] == trace.dL_dx[l][0, j]
        assert values["dW[0]"] == trace.dW[l][j, 0]
    window.options.digits = 9
    doc.set_focus(Focus.neuron(1, 0))
    assert "0.593269992" in window.inspector.plain_text()


def test_going_back_to_the_start_restores_bit_identical_weights(window, qtbot):
    start = weights(window.doc.network)
    for _ in range(11):
        key(qtbot, window, Qt.Key.Key_Space)
    assert window.doc.network.W[2][0, 0] == pytest.approx(0.35891648, abs=1e-8)
    for _ in range(11):
        key(qtbot, window, Qt.Key.Key_Left)
    after = weights(window.doc.network)
    assert all(np.array_equal(a, b) for a, b in zip(start, after))


def test_undo_and_redo_from_the_keyboard(window, qtbot):
    window.doc.set_parameter(1, 0, 0, 0.9)
    window.doc.structure.add_neuron(1)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.sizes == [2, 2, 2]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.W[1][0, 0] == 0.15
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.network.W[1][0, 0] == 0.9


def test_build_a_2_4_4_1_network_from_scratch_and_save_it(window, qtbot, dialogs, tmp_path):
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)   # File ▸ New
    panel = window.network_panel
    assert window.doc.network.sizes[0] == 2
    qtbot.mouseClick(panel.add_layer_button, Qt.MouseButton.LeftButton)
    for layer in range(1, window.doc.network.L):
        panel.size_spin(layer).setValue(4)
    panel.size_spin(window.doc.network.L).setValue(1)
    assert window.doc.network.sizes == [2, 4, 4, 1]
    assert window.isWindowModified()
    dialogs.save_answer = str(tmp_path / "mine")
    key(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "mine.json"
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("bpviz — mine")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["network"]["sizes"] == [2, 4, 4, 1]


def test_saved_work_reopens_identically(window, qtbot, dialogs, tmp_path):
    window.doc.set_parameter(2, 1, 0, -0.123456789)
    dialogs.save_answer = str(tmp_path / "w.json")
    assert window.save_as()
    before = weights(window.doc.network)
    window.doc.new()
    dialogs.open_answer = str(tmp_path / "w.json")
    key(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert all(np.array_equal(a, b) for a, b in zip(before, weights(window.doc.network)))
    assert str((tmp_path / "w.json").resolve()) in window.recent_files()


def test_a_damaged_file_gets_a_message_and_the_document_stays(window, tmp_path):
    window.doc.set_parameter(1, 0, 0, 0.7)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bpviz-network", "version": 1, "sizes": [2, -3, 1], '
                   '"activations": ["tanh", "tanh"], "loss": "mse", "weights": [], "biases": []}')
    assert not window.open_file(str(bad))
    text = window.message_bar.text()
    assert "bad.json" in text and "sizes" in text and "unchanged" in text
    assert window.doc.network.W[1][0, 0] == 0.7 and window.doc.modified


def test_a_file_that_cannot_be_written_keeps_the_document_modified(window, dialogs, tmp_path):
    window.doc.set_parameter(1, 0, 0, 0.7)
    dialogs.save_answer = str(tmp_path / "no-such-folder" / "x.json")
    assert not window.save_as()
    assert "Could not save" in window.message_bar.text() and window.doc.modified


def test_unsaved_changes_are_asked_about_on_close_and_on_open(window, dialogs):
    window.doc.set_parameter(1, 0, 0, 0.7)
    dialogs.changes_answer = "cancel"
    assert not window.close()
    assert window.isVisible() and "changes" in dialogs.asked
    assert not window.open_file("/nowhere.json")
    dialogs.changes_answer = "discard"
    assert window.close()


def test_an_invalid_typed_weight_is_refused_with_a_message(window, qtbot):
    canvas = window.canvas
    canvas.edit_parameter(1, 0, 0)
    editor = canvas.editor
    assert isinstance(editor, QLineEdit)
    editor.setText("abc")
    with qtbot.waitSignal(canvas.messageRaised):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.doc.network.W[1][0, 0] == 0.15 and window.doc.undo_stack.count() == 0
    assert "not a number" in window.message_bar.text()


def test_help_lists_every_shortcut(window, qtbot, dialogs):
    window.actions["shortcuts"].trigger()
    kind, title, text = dialogs.asked[-1]
    assert title == "Keyboard shortcuts"
    for name in ("Forward", "Back", "Undo", "Save", "Play"):
        assert name in text


def test_view_options_persist_in_settings(window, settings):
    window.actions["show_numbers"].setChecked(False)
    window.options.digits = 7
    assert settings.value("view/digits") in (7, "7")
    assert settings.value("view/show_numbers") in (False, "false")


def test_a_loss_changed_to_fit_new_data_is_said_and_undone_from_the_message(window, qtbot):
    assert window.doc.network.loss == "mse"
    window.doc.lab.generate_data("xor")
    assert window.doc.network.loss == "cross_entropy"
    text = window.message_bar.label.text()
    assert "loss mean squared error → cross-entropy" in text and "two classes" in text
    assert window.message_bar.action_button.isVisible()
    qtbot.mouseClick(window.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert window.doc.network.loss == "mse" and window.doc.lab.dataset is None
