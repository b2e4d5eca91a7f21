"""The inspector shows the seed's equations for the focus, with exactly the trace's numbers."""

import pytest
from PySide6.QtGui import QTextCharFormat
from shiboken6 import isValid

from bpviz.state import Focus
from bpviz.state.document.view_options import NOT_YET
from bpviz.ui.stepping.inspector import CROSS_ENTROPY_NOTE, Inspector, LARGE_NETWORK_NOTE, SATURATION_NOTE
from bpviz.ui.stepping.inspector_text import WORKED_EXAMPLE_MAX_PARAMETERS

NEURON_KEYS = ("z", "x", "f_prime", "dL_dx", "delta", "dW[0]", "dW[1]", "db", "W_after[0]", "W_after[1]",
               "b_after")


@pytest.fixture
def inspector(show_widget, doc, options):
    """A shown 420 × 600 inspector on the worked example."""
    return show_widget(Inspector(doc, options), 420, 600)


def advance_phases(doc, phases):
    """Advance the cursor through `phases` whole phases (forward, loss, backward, update)."""
    for _ in range(phases):
        doc.advance("phase")


def tooltips(widget):
    """Return every tooltip in the inspector's equations (the full-precision numbers)."""
    found, block = [], widget._browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                found.append(tip)
            it += 1
        block = block.next()
    return found


def has_vertical_alignment(widget, alignment):
    block = widget._browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().verticalAlignment() == alignment:
                return True
            it += 1
        block = block.next()
    return False


def test_at_the_start_nothing_about_an_output_neuron_is_computed(inspector, doc):
    doc.set_focus(Focus.neuron(2, 0))
    values = inspector.equation_values()
    assert set(values) == set(NEURON_KEYS)
    assert all(v is None for v in values.values())
    text = inspector.plain_text()
    assert text.count(NOT_YET) == len(NEURON_KEYS)
    assert "Neuron 1 of layer 2" in text and "sigmoid" in text
    assert "start: nothing computed yet" in text
    assert "Σ" in text and "δ" in text  # the symbolic forms stay visible


def test_after_the_backward_pass_the_numbers_are_the_traces(inspector, doc):
    advance_phases(doc, 3)  # forward, loss, backward
    doc.set_focus(Focus.neuron(2, 0))
    trace = doc.cursor.trace
    values = inspector.equation_values()
    assert values["z"] == trace.z[2][0, 0]
    assert values["x"] == trace.x[2][0, 0]
    assert values["f_prime"] == trace.f_prime[2][0, 0]
    assert values["dL_dx"] == trace.dL_dx[2][0, 0]
    assert values["delta"] == trace.delta[2][0, 0]
    assert [values["dW[0]"], values["dW[1]"]] == list(trace.dW[2][0])
    assert values["db"] == trace.db[2][0]
    assert values["W_after[0]"] is values["W_after[1]"] is values["b_after"] is None
    assert "Backward · layer 1 · neuron 2" in inspector.plain_text()


def test_at_the_end_of_the_step_the_update_is_the_published_one(inspector, doc, options):
    advance_phases(doc, 4)
    options.digits = 8
    doc.set_focus(Focus.neuron(2, 0))
    values = inspector.equation_values()
    assert values["W_after[0]"] == doc.cursor.trace.W_after[2][0, 0]
    assert values["W_after[0]"] == pytest.approx(0.35891648, abs=5e-9)
    assert "0.35891648" in inspector.plain_text()
    assert "←" in inspector.plain_text()


def test_equations_use_real_subscripts_and_superscripts(inspector, doc):
    doc.set_focus(Focus.neuron(1, 0))
    rich = inspector.rich_text()
    assert "<sub>" in rich and "<sup>" in rich
    assert "z<sub>1</sub><sup>(1)</sup>" in rich
    assert has_vertical_alignment(inspector, QTextCharFormat.VerticalAlignment.AlignSubScript)
    assert has_vertical_alignment(inspector, QTextCharFormat.VerticalAlignment.AlignSuperScript)


def test_nine_digits_show_the_hand_worked_hidden_output(inspector, doc, options):
    options.digits = 9
    advance_phases(doc, 1)
    doc.set_focus(Focus.neuron(1, 0))
    text = inspector.plain_text()
    assert "0.593269992" in text
    assert "0.15·0.05 + 0.2·0.1 + 0.35" in text  # the numbers substituted into z


def test_full_precision_is_in_the_tooltips(inspector, doc):
    advance_phases(doc, 1)
    doc.set_focus(Focus.neuron(1, 0))
    x = doc.cursor.trace.x[1][0, 0]
    assert "0.5933" in inspector.plain_text()
    assert any(repr(float(x)) in tip for tip in tooltips(inspector))


def test_focusing_an_edge_shows_delta_times_x(inspector, doc):
    advance_phases(doc, 3)
    doc.set_focus(Focus.edge(2, 0, 1))
    text = inspector.plain_text()
    assert "Weight w₁₂⁽²⁾ (from neuron 2 of layer 1 to neuron 1 of layer 2)" in text
    assert "∂L/∂w12(2) = δ1(2) x2(1) = 0.1385·0.5969" in text
    values = inspector.equation_values()
    trace = doc.cursor.trace
    assert values == {"w[1]": trace.W_before[2][0, 1], "dW[1]": trace.dW[2][0, 1], "W_after[1]": None}


def test_the_loss_with_its_numbers(inspector, doc, options):
    options.digits = 7
    doc.set_focus(Focus.loss(2))
    assert inspector.equation_values()["loss"] is None
    advance_phases(doc, 2)  # forward, loss
    doc.set_focus(Focus.loss(2))
    text = inspector.plain_text()
    assert "Loss · mean squared error" in text
    assert "½ Σk (tk − yk)²" in text and "0.2983711" in text
    values = inspector.equation_values()
    trace = doc.cursor.trace
    assert values["loss"] == trace.loss
    assert [values["dL_dy[0]"], values["dL_dy[1]"]] == list(trace.dL_dx[2][0])


def test_an_input_shows_its_value_and_where_it_comes_from(inspector, doc):
    doc.set_focus(Focus.neuron(0, 1))
    assert inspector.equation_values() == {"x": 0.1}
    assert "Input 2 of the example" in inspector.plain_text()


def test_a_saturated_neuron_gets_the_note_once_its_forward_event_is_revealed(inspector, doc):
    doc.set_parameter(1, 0, 0, 400.0)  # z₁⁽¹⁾ = 400·0.05 + 0.2·0.1 + 0.35 = 20.37
    doc.set_focus(Focus.neuron(1, 0))
    assert SATURATION_NOTE not in inspector.plain_text()
    doc.advance()
    doc.set_focus(Focus.neuron(1, 0))
    assert inspector.equation_values()["z"] == pytest.approx(20.37)
    assert SATURATION_NOTE in inspector.plain_text()
    doc.set_focus(Focus.neuron(1, 1))
    assert SATURATION_NOTE not in inspector.plain_text()


def test_cross_entropy_output_explains_delta_is_y_minus_t(inspector, doc):
    doc.structure.set_loss("cross_entropy")
    advance_phases(doc, 3)
    doc.set_focus(Focus.neuron(2, 0))
    text = inspector.plain_text()
    assert CROSS_ENTROPY_NOTE.format(f="sigmoid σ") in text
    assert "δ1(2) = y1 − t1" in text
    assert inspector.equation_values()["delta"] == doc.cursor.trace.delta[2][0, 0]


def test_changing_the_digits_redraws(qtbot, inspector, doc, options):
    advance_phases(doc, 1)
    doc.set_focus(Focus.neuron(1, 0))
    assert "0.5933" in inspector.plain_text() and "0.59327" not in inspector.plain_text()
    with qtbot.waitSignal(options.changed):
        options.digits = 6
    assert "0.59327" in inspector.plain_text()


def test_the_font_is_readable_and_scales(inspector, options):
    assert inspector._browser.font().pointSizeF() >= 12
    options.font_scale = 2.0
    assert inspector._browser.font().pointSizeF() >= 24


def test_editing_a_weight_redraws_with_the_new_trace(inspector, doc):
    advance_phases(doc, 1)
    doc.set_focus(Focus.neuron(1, 0))
    before = inspector.equation_values()["z"]
    doc.set_parameter(1, 0, 1, 0.7)  # an edit sends the cursor back to the start of the step
    doc.advance("phase")
    doc.set_focus(Focus.neuron(1, 0))
    assert inspector.equation_values()["z"] == doc.cursor.trace.z[1][0, 0] != before


def test_survives_adding_and_undoing_a_neuron(inspector, doc):
    doc.structure.add_neuron(1)
    doc.set_focus(Focus.neuron(1, 2))
    assert "Neuron 3 of layer 1" in inspector.plain_text()
    doc.undo_stack.undo()
    assert doc.focus.fits(doc.network.sizes)
    assert "Neuron 1 of layer 1" in inspector.plain_text()


def test_no_focus_says_what_to_do(inspector, doc):
    doc.set_focus(None)
    assert inspector.equation_values() == {}
    assert "Nothing in focus" in inspector.plain_text()


def test_a_large_network_shows_the_traces_values_without_writing_them_out(inspector, doc):
    doc.structure.set_layer_size(1, 1700)
    advance_phases(doc, 3)
    doc.set_focus(Focus.neuron(2, 1))
    trace = doc.cursor.trace
    values = inspector.equation_values()
    assert values["z"] == trace.z[2][0, 1] and values["delta"] == trace.delta[2][0, 1]
    assert values["dW[31]"] == trace.dW[2][1, 31] and "dW[32]" not in values  # the table has the rest
    note = LARGE_NETWORK_NOTE.format(n=8502, limit=WORKED_EXAMPLE_MAX_PARAMETERS)
    assert note in inspector.plain_text()
    assert "This network has 8,502 parameters" in note


def test_hidden_inspector_draws_when_asked(qtbot, doc, options):
    widget = Inspector(doc, options)
    qtbot.addWidget(widget)
    doc.advance()
    assert widget.equation_values()["z"] == doc.cursor.trace.z[1][0, 0]


def test_closes_cleanly_while_the_document_lives_on(qtbot, doc, options):
    widget = Inspector(doc, options)
    widget.show()
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not isValid(widget))
    doc.advance()
    doc.set_focus(Focus.loss(2))
    options.digits = 6


def test_a_new_focus_starts_at_the_top(inspector, doc):
    inspector.resize(420, 200)
    advance_phases(doc, 4)
    doc.set_focus(Focus.neuron(1, 0))
    inspector.rich_text()  # what the next pass of the event loop shows
    bar = inspector._browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    doc.set_focus(Focus.neuron(1, 1))
    inspector.rich_text()
    assert bar.value() == 0


@pytest.mark.parametrize("hidden, output, loss", [
    ("tanh", "linear", "mse"),
    ("relu", "sigmoid", "cross_entropy"),
    ("leaky_relu", "softmax", "cross_entropy"),
])
def test_every_focus_at_every_position_shows_the_traces_numbers(inspector, doc, hidden, output, loss):
    doc.structure.set_loss(loss)
    doc.structure.set_activation(1, hidden)
    doc.structure.set_activation(2, output)
    sizes = doc.network.sizes
    foci = [Focus.loss(2)] + [Focus.neuron(l, j) for l in range(3) for j in range(sizes[l])] + [
        Focus.edge(l, j, i) for l in (1, 2) for j in range(sizes[l]) for i in range(sizes[l - 1])]
    for _ in range(len(doc.cursor) + 1):
        trace = doc.cursor.trace
        for focus in foci:
            doc.set_focus(focus)
            values = inspector.equation_values()
            assert values
            if focus.kind == "neuron" and focus.layer > 0 and values["delta"] is not None:
                assert values["delta"] == trace.delta[focus.layer][0, focus.j]
                assert ("f_prime" in values) == (output != "softmax" or focus.layer == 1)
        if doc.cursor.current is not None:
            assert doc.cursor.current.title in inspector.plain_text()
        if doc.cursor.at_end:
            break
        doc.advance()
