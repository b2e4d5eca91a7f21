"""The network from the keyboard alone: the focus moves between neurons, weights and the loss,
and a weight is edited, without a mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bpviz.state import Focus

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_step_the_worked_example_focus_w11_of_layer_2_and_edit_it_with_keys_only(window, qtbot):
    doc, canvas = window.doc, window.canvas
    assert QApplication.focusWidget() is canvas  # the window opens with the network in focus
    for _ in range(3):
        key(qtbot, Qt.Key.Key_End)  # the forward pass, the loss, the backward pass
    assert doc.cursor.phase == "backward"
    assert doc.focus == Focus.neuron(1, 1)  # the focus followed the last event
    key(qtbot, Qt.Key.Key_Right, CTRL)
    assert doc.focus == Focus.neuron(2, 1) and doc.cursor.position == 9  # a layer on, no step
    key(qtbot, Qt.Key.Key_Left, CTRL)
    assert doc.focus == Focus.neuron(1, 1)
    key(qtbot, Qt.Key.Key_Tab)  # the output layer's neurons come after the hidden ones
    assert doc.focus == Focus.neuron(2, 0)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Up)
    assert doc.focus == Focus.neuron(2, 0)
    key(qtbot, Qt.Key.Key_W)
    assert doc.focus == Focus.edge(2, 0, 0)  # w₁₁⁽²⁾
    assert "Weight w₁₁⁽²⁾" in window.inspector.plain_text()  # the Inspector follows
    key(qtbot, Qt.Key.Key_F2)
    editor = canvas.editor
    assert editor is not None and editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "0.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.network.W[2][0, 0] == 0.5 and doc.undo_stack.undoText() == "Set w_11^(2) to 0.5"
    assert doc.cursor.position == 9  # the step replayed to where it was


def test_tab_past_the_loss_leaves_the_canvas_and_shift_tab_comes_back(window, qtbot):
    doc, canvas = window.doc, window.canvas
    canvas.setFocus()
    doc.set_focus(Focus.neuron(2, 1))
    key(qtbot, Qt.Key.Key_Tab)
    assert doc.focus == Focus.loss(2) and canvas.hasFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert not canvas.hasFocus()
    key(qtbot, Qt.Key.Key_Backtab)
    assert canvas.hasFocus()


def test_w_on_an_input_says_it_has_no_incoming_weights(window, qtbot):
    window.canvas.setFocus()
    window.doc.set_focus(Focus.neuron(0, 1))
    key(qtbot, Qt.Key.Key_W)
    assert window.doc.focus == Focus.neuron(0, 1)
    assert "no incoming weights" in window.message_bar.text()


def test_every_panel_is_reached_by_tab(window, qtbot):
    window.canvas.setFocus()
    window.doc.set_focus(Focus.loss(2))
    reached = set()
    for _ in range(60):
        key(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and widget is not window:
            reached.add(widget)
            widget = widget.parentWidget()
        if QApplication.focusWidget() is window.canvas:
            break
    for panel in (window.example_panel, window.network_panel, window.inspector, window.step_bar):
        assert panel in reached, f"{type(panel).__name__} is not reached by Tab"
    assert QApplication.focusWidget() is window.canvas  # round the window and back to the network
