"""The classroom screen: at a projector's 1280 × 720 and 1024 × 768, in the normal window and
in presenter mode, every number of the current event is on the canvas, legible and apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from bpviz.ui.look.number_fit import FLOOR_PT, shorter_forms

SCREENS = [(1280, 720), (1024, 768)]
BACKWARD_END = 9   # the hand-worked 2-2-2 step: 4 forward, the loss, 4 backward
UPDATE_END = 11


def _at_size(window, qtbot, size, presenter=False):
    """Give the window a projector's size and wait until it has it. In presenter mode the
    window is then shown normal at that size: offscreen, "full screen" is an 800-pixel screen."""
    from bpviz.ui.shell.presenter import INSPECTOR_SHARE
    if presenter:
        window.presenter.enter()
    window.showNormal()
    window.setGeometry(0, 0, *size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    if presenter:  # the inspector's share of a real screen of that width, as entering gives it
        window.resizeDocks([window.docks["inspector"]], [int(INSPECTOR_SHARE * size[0])], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: abs(window.docks["inspector"].width() - INSPECTOR_SHARE * size[0]) < 8)
    window.canvas.flush()


def _labels(canvas):
    """Return every text drawn on the canvas with its box in viewport pixels."""
    canvas.flush()
    boxes = canvas._edge_labels.boxes()
    out = [(b.text, canvas.mapFromScene(b.rect).boundingRect()) for b in boxes]
    for _, _, rect, text, _ in canvas.neurons_item._texts:
        out.append((text, canvas.mapFromScene(rect).boundingRect()))
    return out


def _matches(text: str, value: float, digits: int) -> bool:
    return text in shorter_forms(value, digits)


@pytest.mark.parametrize("size", SCREENS)
def test_the_window_fits_the_screen(window, qtbot, size):
    for layout in ("step", "train"):
        window.apply_layout(layout)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (layout, hint)
    window.apply_layout("step")
    _at_size(window, qtbot, size)
    assert window.width() <= size[0]


@pytest.mark.parametrize("presenter", [False, True])
@pytest.mark.parametrize("size", SCREENS)
def test_every_delta_and_gradient_of_the_backward_pass_is_labelled_apart(window, qtbot, size, presenter):
    _at_size(window, qtbot, size, presenter)
    doc, canvas = window.doc, window.canvas
    for _ in range(BACKWARD_END):
        doc.advance()
    trace, digits = doc.cursor.trace, window.options.digits
    labels = _labels(canvas)
    texts = [t for t, _ in labels]
    view = QRectF(canvas.viewport().rect())
    # Every δ inside its neuron, and every ∂L/∂w and ∂L/∂b on an edge or beside its square.
    for l in (1, 2):
        for j in range(2):
            assert any(_matches(t, trace.delta[l][0, j], digits) for t in texts), ("δ", l, j, texts)
            for i in range(2):
                assert any(_matches(t, trace.dW[l][j, i], digits) for t, _ in labels), ("∂L/∂w", l, j, i)
    assert canvas.hidden_values() == 0 and not canvas.hidden_note.isVisible()
    edge_boxes = [canvas.mapFromScene(b.rect).boundingRect() for b in canvas._edge_labels.boxes()]
    for k, a in enumerate(edge_boxes):
        assert view.contains(QRectF(a)), a
        for b in edge_boxes[k + 1:]:
            assert not a.intersects(b), (a, b)
    # Nothing is drawn below the legibility floor.
    for font, *_ in canvas.neurons_item._texts:
        assert font.pointSizeF() * canvas.zoom >= FLOOR_PT * window.options.font_scale - 1e-6


@pytest.mark.parametrize("size", SCREENS)
def test_the_update_labels_each_edge_with_its_new_weight_and_change(window, qtbot, size):
    _at_size(window, qtbot, size)
    doc = window.doc
    for _ in range(UPDATE_END):
        doc.advance()
    trace, digits = doc.cursor.trace, window.options.digits
    window.canvas.flush()
    texts = [b.text for b in window.canvas._edge_labels.boxes()]
    for l in (1, 2):
        for j in range(2):
            for i in range(2):
                new, change = float(trace.W_after[l][j, i]), float(trace.W_after[l][j, i] - trace.W_before[l][j, i])
                # The new weight on every edge; Δw under it where two lines fit (else its colour says it).
                assert any(t.split("\n")[0] in shorter_forms(new, digits)
                           and ("\n" not in t or t.split("\n")[1].removeprefix("Δ ") in shorter_forms(change, digits))
                           for t in texts), (l, j, i, texts)
    assert window.canvas.hidden_values() == 0
    assert trace.W_after[2][0, 0] == pytest.approx(0.35891648)  # w₁₁⁽²⁾ after the update, as on paper


def test_nine_digits_do_not_blank_the_hidden_neurons(window, qtbot):
    _at_size(window, qtbot, (1280, 720))
    window.options.digits = 9
    for _ in range(BACKWARD_END):
        window.doc.advance()
    trace = window.doc.cursor.trace
    window.canvas.flush()
    texts = window.canvas.neurons_item.texts()
    for l in (1, 2):
        for j in range(2):
            assert any(_matches(t, trace.delta[l][0, j], 9) for t in texts), (l, j, texts)


def test_shorter_forms_get_shorter_and_keep_the_value():
    forms = shorter_forms(-0.00123456789, 9)
    assert forms[0] == "-0.00123456789" and forms[-1] == "-1.23e-3"
    assert all(len(a) >= len(b) for a, b in zip(forms, forms[1:]))
    for text in forms:
        assert float(text) == pytest.approx(-0.00123456789, rel=0.05)


def test_a_crowded_network_labels_the_focused_neurons_edges_and_counts_the_rest(window, qtbot):
    _at_size(window, qtbot, (1280, 720))
    doc = window.doc
    doc.new(sizes=[12, 12, 12, 2], activations=["sigmoid"] * 3)
    doc.advance()
    canvas = window.canvas
    canvas.flush()
    hits = {edge for _, edge in canvas._edge_label_places.hits}
    assert {(1, 0, i) for i in range(12)} & hits  # edges into the focused neuron carry labels
    hidden = canvas.hidden_values()
    assert hidden > 0 and canvas.hidden_note.isVisible()
    assert f": {hidden}." in canvas.hidden_note.text()


@pytest.mark.parametrize("size", SCREENS)
def test_in_presenter_mode_the_inspector_follows_each_event_page_down_reveals(window, qtbot, size):
    _at_size(window, qtbot, size, presenter=True)
    browser = window.inspector._browser
    expected = {5: None, 6: "Backward pass", 8: "Backward pass", 9: "Backward pass", 10: "Update", 11: "Update"}
    for position in range(1, UPDATE_END + 1):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        assert window.doc.cursor.position == position
        window.inspector.equation_values()  # brought up to date
        heading = expected.get(position, "Forward pass" if position <= 4 else None)
        if heading is None:
            continue
        assert _heading_in_view(browser, heading), (position, heading)


def _heading_in_view(browser, heading: str) -> bool:
    """Return whether the section heading `heading` lies inside the browser's viewport."""
    document, scroll = browser.document(), browser.verticalScrollBar().value()
    block = document.begin()
    while block.isValid():
        if block.text().startswith(heading):
            y = document.documentLayout().blockBoundingRect(block).top() - scroll
            return 0 <= y <= browser.viewport().height() - 20
        block = block.next()
    return False


def test_the_step_loss_axis_shows_the_values_themselves(window, qtbot):
    for _ in range(5):  # up to the loss: L = 0.2984
        window.doc.advance()
    axis = window.step_bar.plot.getAxis("left")
    axis.updateAutoSIPrefix()
    assert axis.autoSIPrefixScale == 1.0 and axis.labelUnitPrefix == ""
    assert window.step_bar.plotted_losses() == [pytest.approx(0.298371109)]


@pytest.mark.parametrize("presenter", [False, True])
@pytest.mark.parametrize("size", SCREENS)
def test_column_headers_fit_their_columns_and_never_run_together(window, qtbot, size, presenter):
    _at_size(window, qtbot, size, presenter)
    canvas = window.canvas
    canvas.flush()
    headers = [canvas._chrome_places.headers[l] for l in sorted(canvas._chrome_places.headers)]
    boxes = {(b.rect.x(), b.rect.y(), b.rect.width()): b for b in canvas._chrome.boxes()}
    for rect in headers:
        box = boxes[(rect.x(), rect.y(), rect.width())]
        metrics = QFontMetricsF(box.font)
        for line in box.text.split("\n"):
            assert "…" not in line and metrics.horizontalAdvance(line) <= rect.width(), (line, rect)
    for a, b in zip(headers, headers[1:]):
        assert a.right() <= b.left(), (a, b)


def test_an_edit_mid_step_keeps_the_event_and_says_so(window, qtbot):
    for _ in range(BACKWARD_END):
        window.doc.advance()
    window.doc.set_parameter(1, 0, 0, 0.2)
    assert window.doc.cursor.position == BACKWARD_END
    assert "w₁₁⁽¹⁾ changed" in window.statusBar().currentMessage()
    assert f"event {BACKWARD_END} of {UPDATE_END}" in window.statusBar().currentMessage()


def test_ctrl_s_mid_step_leaves_the_cursor_at_its_event(window, qtbot, dialogs, tmp_path):
    for _ in range(BACKWARD_END):
        window.doc.advance()
    dialogs.save_answer = str(tmp_path / "mid.json")
    window.actions["save"].trigger()
    assert window.doc.cursor.position == BACKWARD_END and window.doc.path is not None


def test_the_step_menu_goes_back_to_the_starting_weights(window):
    start = [w.copy() for w in window.doc.network.W[1:]]
    window.doc.advance("step")
    window.doc.advance("step")
    window.actions["restore_start"].trigger()
    assert all((a == b).all() for a, b in zip(start, window.doc.network.W[1:]))
    assert window.actions["undo"].isEnabled()


@pytest.mark.parametrize("size", SCREENS)
def test_in_presenter_mode_the_layout_does_not_jump_between_events(window, qtbot, size):
    _at_size(window, qtbot, size, presenter=True)
    seen = set()
    for _ in range(2 * UPDATE_END + 1):  # two whole steps and into a third
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        window.canvas.flush()
        seen.add((window.step_bar.height(), window.canvas.viewport().size().toTuple()))
    assert len(seen) == 1, seen


@pytest.mark.parametrize("size", SCREENS)
def test_a_lesson_and_the_gradient_check_never_grow_the_window_past_the_screen(window, qtbot, size):
    from bpviz.engine.teaching.lessons import load_all
    _at_size(window, qtbot, size)
    lesson = next(e.lesson for e in load_all() if e.lesson)
    window.lesson_dock.start(lesson, from_start=True)
    window.show_tab(window.gradient_check)
    window.gradient_check.all_box.setChecked(True)
    qtbot.waitUntil(lambda: window.lesson_dock.panel.isVisible())
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    assert (window.width(), window.height()) == size
    window.lesson_dock.runner.leave()


def test_a_shortened_new_weight_never_reads_as_the_old_one():
    from bpviz.ui.canvas.canvas_value_labels import _label_forms
    forms = _label_forms(-0.0002193, 0.1497807, 4)  # w₁₁⁽¹⁾: 0.15 before, 0.1498 after
    assert all(f.split("\n")[0] != "0.15" for f in forms)
    assert forms[-1] == "0.1498"  # its shortest form keeps the digits that show the change


@pytest.mark.parametrize("value, text", [(float("inf"), "inf"), (float("-inf"), "-inf"), (float("nan"), "nan")])
def test_a_number_past_every_float_is_written_as_itself_on_the_canvas(value, text):
    assert shorter_forms(value, 4) == [text]  # (a weight that training blew up: 1e308 × α)
