"""The training layout in front of a class: speed, stops, neuron maps, runs compared, dead layers."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from bpviz.state import Focus
from bpviz.ui.canvas.neuron_map_popup import MAP_PX

from tests.ui.conftest import settle


@pytest.fixture
def lab(qtbot, window):
    """The XOR preset on a 2-3-1 tanh network, in the training layout at 1280 × 720."""
    window.open_preset("xor")
    window.doc.structure.set_layer_size(1, 3)
    window.resize(1280, 720)
    window.apply_layout("train")
    qtbot.waitUntil(lambda: window.canvas.shown_tiles() != [])  # once the docks have settled
    return window


def test_the_speed_is_one_setting_in_the_panel_and_the_menu(qtbot, lab):
    panel, session, actions = lab.train_panel, lab.session, lab.actions
    assert [panel.speed_combo.itemText(k) for k in range(panel.speed_combo.count())] == [
        "as fast as possible", "100 epochs/s", "20 epochs/s", "5 epochs/s", "1 epoch/s"]
    panel.speed_combo.setCurrentIndex(3)
    assert session.rate == 5 and actions["speed_5"].isChecked()
    actions["speed_slower"].trigger()
    assert session.rate == 1 and panel.speed_combo.currentText() == "1 epoch/s"
    actions["speed_slower"].trigger()  # the slowest stays the slowest
    assert session.rate == 1
    for _ in range(5):
        actions["speed_faster"].trigger()
    assert session.rate is None and actions["speed_fastest"].isChecked()
    assert panel.speed_combo.currentIndex() == 0
    actions["speed_20"].trigger()
    assert lab.settings.value("training/rate") in (20, "20")  # the next start trains at 20 too


def test_stop_targets_are_undoable_settings_and_bad_text_is_refused_in_words(qtbot, lab):
    box, doc = lab.train_panel.stop_box, lab.doc
    box.accuracy_spin.setValue(100.0)
    assert doc.lab.settings.stop_accuracy == 1.0
    box.loss_edit.setText("0.05")
    box.loss_edit.editingFinished.emit()
    assert doc.lab.settings.stop_loss == 0.05
    box.loss_edit.setText("a little")
    box.loss_edit.editingFinished.emit()
    assert doc.lab.settings.stop_loss == 0.05 and box.loss_edit.text() == "0.05"
    assert "Stop at loss" in lab.message_bar.text()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.lab.settings.stop_accuracy is None and doc.lab.settings.stop_loss is None
    assert box.accuracy_spin.text() == "no target" and box.loss_edit.text() == ""


def test_training_stops_at_full_accuracy_and_the_window_says_so(qtbot, lab):
    lab.doc.structure.reinitialise(seed=1)  # starting weights that reach 100 % (some settle at 99.4 %)
    lab.train_panel.stop_box.accuracy_spin.setValue(100.0)
    lab.train_panel.speed_combo.setCurrentIndex(1)  # 100 epochs a second
    qtbot.mouseClick(lab.train_panel.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lab.session.running, timeout=30_000)
    last = lab.doc.runs.epochs[-1]
    assert last.train_accuracy == 1.0 and all(e.train_accuracy < 1.0 for e in lab.doc.runs.epochs[:-1])
    assert f"Stopped at epoch {last.epoch}" in lab.message_bar.text()
    assert lab.train_panel.last_epoch.stop_label.isVisible() and "100.0\u00a0%" in lab.train_panel.last_epoch.stop_label.text()


def test_the_training_layout_has_one_play_and_neuron_maps_large_enough_to_read(qtbot, lab):
    assert lab.step_bar.isHidden() and lab.train_panel.play_button.isVisible()
    qtbot.waitUntil(lambda: lab.canvas.shown_tiles() != [])
    canvas = lab.canvas
    sides = [canvas.mapFromScene(rect).boundingRect().width() for rect in canvas.tiles_item.rects()]
    assert len(sides) == sum(lab.doc.network.sizes) and min(sides) >= 48
    lab.actions["forward"].trigger()  # stepping brings the step-through layout and its bar back
    assert lab.layout_name == "step" and lab.step_bar.isVisible()


def test_resting_on_a_neuron_shows_its_map_large(qtbot, lab):
    canvas = lab.canvas
    qtbot.waitUntil(lambda: canvas.shown_tiles() != [])
    rect = canvas.tiles_item.rects()[2]  # the first hidden neuron, after the two inputs
    hit = canvas.hit_at(rect.center())
    assert hit is not None and hit.kind == "neuron"
    lab.doc.set_hover(Focus.neuron(hit.layer, hit.j))  # as the pointer moving onto it does
    at = canvas.mapFromScene(rect.center())
    event = QHelpEvent(QHelpEvent.Type.ToolTip, at, canvas.viewport().mapToGlobal(at))
    QApplication.sendEvent(canvas.viewport(), event)
    popup = canvas.map_popup
    assert popup.isVisible() and popup.neuron == (hit.layer, hit.j)
    assert popup.image_label.pixmap().width() == MAP_PX and "over the input plane" in popup.text_label.text()
    lab.doc.set_hover(None)
    assert not popup.isVisible()


def test_the_output_map_can_be_enlarged_and_put_back(qtbot, lab):
    dock, enlarger = lab.docks["output"], lab.output_enlarger
    small = dock.widget().plot.width()
    qtbot.mouseClick(enlarger.button, Qt.MouseButton.LeftButton)
    assert dock.isFloating() and "Back" in enlarger.button.text()
    qtbot.waitUntil(lambda: dock.widget().plot.width() > small)
    assert dock.height() >= 0.8 * lab.screen().availableGeometry().height()
    lab.actions["enlarge_output"].trigger()
    assert not dock.isFloating() and "Enlarge" in enlarger.button.text()


def test_a_new_start_keeps_the_run_before_faded_and_named(qtbot, lab):
    doc, curves = lab.doc, lab.curves
    for _ in range(3):
        lab.session.one_epoch()
    qtbot.mouseClick(lab.train_panel.reinit_button, Qt.MouseButton.LeftButton)
    lab.session.one_epoch()
    settle(qtbot, curves)
    qtbot.waitUntil(lambda: not curves.redraw_pending())
    curves._redraw()
    assert [run.label for run in doc.runs.past_runs] == ["run 1: tanh · cross-entropy · α 0.1"]
    assert [len(run.epochs) for run in doc.runs.past_runs] == [3] and len(doc.runs.epochs) == 1
    plot = curves.plots["loss"]
    faded = [c.getOriginalDataset()[0] for c in plot.past]
    assert len(faded) == 1 and list(faded[0]) == [1, 2, 3]
    assert plot.past[0].opts["pen"].color().alpha() < 255
    legend = [label.text for _, label in plot.legend.items]
    assert "run 1: tanh · cross-entropy · α 0.1" in legend and "run 2: tanh · cross-entropy · α 0.1 (now)" in legend
    assert curves.clear_runs_button.isVisible()
    qtbot.mouseClick(curves.clear_runs_button, Qt.MouseButton.LeftButton)
    curves._redraw()
    assert doc.runs.past_runs == [] and plot.past == [] and not curves.clear_runs_button.isVisible()


def test_a_dead_relu_layer_is_explained_and_its_zero_gradients_are_drawn(qtbot, lab):
    doc, curves = lab.doc, lab.curves
    doc.structure.set_activation(1, "relu")
    for j in range(3):  # z ≤ 0 for every sample: the layer is dead from the start
        doc.set_parameter(1, j, -1, -100.0)
    lab.session.one_epoch()
    lab.session.one_epoch()
    curves._redraw()
    note = curves.health_note
    assert not note.isHidden() and "Layer 1 is dead" in note.text() and "leaky ReLU" in note.text()
    assert "He initialisation" not in note.text()  # "auto" already gives a ReLU layer He's weights
    assert "Layer 1 died" in lab.message_bar.text()
    plot = curves.plots["gradients"]
    _, y = curves.points("gradients", "layer 1")
    assert plot.floor is not None and len(y) == 2 and np.all(y == plot.floor)
    assert plot.zero_line.isVisible() and plot.plotItem.getAxis("left").zero_at == np.log10(plot.floor)
    x_range = plot.plotItem.vb.viewRange()[0]
    assert x_range[0] >= 0  # the time axis starts at 0


def test_saturated_sigmoid_neurons_are_told_apart_from_dead_ones(qtbot, lab):
    doc, curves = lab.doc, lab.curves
    doc.structure.set_activation(1, "sigmoid")
    for j in range(3):
        doc.set_parameter(1, j, -1, 40.0)  # σ(z) ≈ 1 everywhere: f′(z) ≈ 0, not 0
    lab.session.one_epoch()
    curves._redraw()
    text = curves.health_note.text()
    assert "Saturated: 3 of 3 sigmoid σ neurons of layer 1" in text and "dead" not in text


def test_a_fast_run_places_the_edge_values_twice_a_second_and_a_pause_places_the_last_at_once(
        qtbot, lab, monkeypatch):
    import time

    from bpviz.ui.canvas import network_canvas

    placements = []
    real = network_canvas.edge_labels
    monkeypatch.setattr(network_canvas, "edge_labels",
                        lambda *a, **k: (placements.append(time.perf_counter()), real(*a, **k))[1])
    frames = []
    lab.doc.weightsChanged.connect(lambda: frames.append(time.perf_counter()))
    lab.session.set_rate(None)
    lab.session.play()
    qtbot.waitUntil(lambda: len(frames) >= 30, timeout=20_000)
    assert lab.canvas._live
    paused_at = time.perf_counter()
    lab.session.pause()
    assert not lab.canvas._live and placements[-1] >= paused_at  # the last weights, placed at once
    during = [t for t in placements if frames[0] <= t <= frames[-1]]
    gaps = np.diff(during)
    assert len(during) < len(frames) and (gaps >= network_canvas.LIVE_LABELS_MS / 1000 - 0.02).all()


def test_a_large_data_set_is_looked_at_on_a_bounded_sample_and_the_note_says_so(qtbot, lab):
    from bpviz.ui.stepping.gradient_health_note import MAX_SAMPLES

    doc, curves = lab.doc, lab.curves
    doc.lab.generate_data("xor", n=5000, seed=0)
    doc.structure.set_activation(1, "relu")
    for j in range(3):
        doc.set_parameter(1, j, -1, -100.0)
    lab.session.one_epoch()
    curves._redraw()
    train, _ = doc.lab.split()
    text = curves.health_note.text()
    assert "Layer 1 is dead" in text
    assert f"(looked at on {MAX_SAMPLES} of the {len(train.X)} training samples)" in text
