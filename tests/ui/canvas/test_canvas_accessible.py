"""A screen reader's view of the canvas: an item per neuron, bias, weight and the loss, each
reading what the canvas shows, and each step event announced."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from bpviz.state import Focus

NAME, VALUE = QAccessible.Text.Name, QAccessible.Text.Value


def children(canvas):
    iface = QAccessible.queryAccessibleInterface(canvas)
    return iface, {iface.child(k).text(NAME): iface.child(k) for k in range(iface.childCount())}


def test_the_canvas_has_an_item_for_every_neuron_bias_weight_and_the_loss(window):
    iface, items = children(window.canvas)
    assert iface.role() == QAccessible.Role.Graphic and iface.text(NAME) == "Network"
    assert iface.childCount() == 6 + 4 + 1 + 8  # neurons, biases, the loss, weights of 2-2-2
    assert items["input 1, x₁⁽⁰⁾"].text(VALUE) == "x = 0.05"
    assert items["neuron 1 of layer 1, sigmoid σ"].text(VALUE) == "x not yet computed"
    assert items["bias b₂⁽²⁾ of neuron 2 of layer 2"].text(VALUE) == "b = 0.6"
    assert items["weight w₁₂⁽¹⁾, from neuron 2 of layer 0 to neuron 1 of layer 1"].text(VALUE) == "w = 0.2"
    assert items["loss, mean squared error"].text(VALUE) == "L not yet computed"
    child = items["neuron 1 of layer 1, sigmoid σ"]
    assert child.parent().text(NAME) == "Network" and iface.indexOfChild(child) == 2
    assert window.canvas.rect().contains(window.canvas.mapFromGlobal(child.rect().center()))


def test_the_values_read_what_the_canvas_shows_as_the_step_goes_on(window, qtbot):
    doc, canvas = window.doc, window.canvas
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_End)
    iface, items = children(canvas)
    trace = doc.cursor.trace
    fmt = window.options.fmt
    assert items["neuron 1 of layer 2, sigmoid σ"].text(VALUE) == f"δ = {fmt(trace.delta[2][0, 0])}"
    assert items["loss, mean squared error"].text(VALUE) == "L = 0.2984"
    weight = items["weight w₁₁⁽²⁾, from neuron 1 of layer 1 to neuron 1 of layer 2"]
    assert weight.text(VALUE) == f"∂L/∂w = {fmt(trace.dW[2][0, 0])}"  # the edges show gradients now
    doc.set_focus(Focus.edge(2, 0, 0))
    assert weight.state().focused and iface.focusChild().text(NAME) == weight.text(NAME)


def test_each_step_event_is_announced_with_its_numbers(window, qtbot):
    speaker = window.canvas.speaker
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert speaker.last_announcement == "Forward, layer 1, neuron 1: z = 0.3775, x = 0.5933"
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert speaker.last_announcement == "Loss: L = 0.2984"


def test_the_inspectors_equations_are_readable_as_text(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.inspector.equation_values()  # drawn on the next pass of the event loop; now
    browser = QAccessible.queryAccessibleInterface(window.inspector._browser)
    text = browser.textInterface().text(0, browser.textInterface().characterCount())
    spoken = text.replace("\u2060", "").replace("\xa0", " ")  # no-break spaces read as spaces
    assert "z1(1) = Σi w1i(1) xi(0) + b1(1) = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775" in spoken
