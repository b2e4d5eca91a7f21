"""StepBar: clicks on its buttons move the document's step cursor, and it shows where it is."""

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from bpviz.ui.stepping.step_bar import READY, StepBar

EVENTS_IN_A_STEP = 11  # 2-2-2: 4 forward, the loss, 4 backward, 2 updates


@pytest.fixture
def bar(show_widget, doc, options):
    """A shown StepBar on the worked example."""
    return show_widget(StepBar(doc, options), 900, 160, wait=False)


def click(qtbot, button, times=1):
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_starts_ready_with_back_and_reset_disabled(bar, doc):
    assert doc.cursor.at_start
    assert bar.title_label.text() == READY
    assert bar.highlighted_phase() is None
    assert not bar.back_button.isEnabled()
    assert not bar.reset_button.isEnabled()
    assert bar.step_label.text() == "Step 1"
    assert bar.plotted_losses() == []


def test_forward_eleven_times_reaches_the_update_then_starts_step_two(qtbot, bar, doc):
    click(qtbot, bar.forward_button)
    assert bar.highlighted_phase() == "Forward"
    assert bar.title_label.text() == "Forward · layer 1 · neuron 1"
    assert bar.count_label.text() == f"event 1 of {EVENTS_IN_A_STEP}"
    assert bar.back_button.isEnabled()

    click(qtbot, bar.forward_button, EVENTS_IN_A_STEP - 1)
    assert doc.cursor.at_end
    assert bar.highlighted_phase() == "Update"
    assert bar.title_label.text() == "Step 1 done: → starts step 2"
    assert bar.phase_strip.labels["forward"].text().startswith("✓")
    loss = doc.cursor.trace.loss
    assert "this step" in bar.loss_label.text()
    assert bar.plotted_losses() == [loss]  # the step just finished is on the plot before the next begins

    with qtbot.waitSignal(doc.historyChanged):
        click(qtbot, bar.forward_button)
    assert doc.step_count == 1
    assert doc.loss_history == [pytest.approx(loss)]
    assert bar.plotted_losses() == [pytest.approx(loss)]
    assert bar.step_label.text() == "Step 2"
    assert bar.highlighted_phase() == "Forward"
    assert "step 1" in bar.loss_label.text()  # the previous step's loss until this one's is known


def test_back_returns_through_the_start_into_the_previous_step(qtbot, bar, doc):
    click(qtbot, bar.forward_button, EVENTS_IN_A_STEP + 1)
    assert (doc.step_count, doc.cursor.position) == (1, 1)

    click(qtbot, bar.back_button)  # straight into step 1, all of it still shown, as forward came
    assert doc.step_count == 0 and doc.cursor.at_end
    assert bar.back_button.isEnabled()
    assert bar.step_label.text() == "Step 1"
    assert bar.plotted_losses() == [doc.cursor.trace.loss]  # step 1's loss is revealed: it is plotted


def test_reset_and_end_of_phase(qtbot, bar, doc):
    weights = doc.network.W[1].copy()
    click(qtbot, bar.phase_button)
    assert doc.cursor.position == 4 and bar.highlighted_phase() == "Forward"
    click(qtbot, bar.phase_button)
    assert doc.cursor.phase == "loss"
    click(qtbot, bar.forward_button, 6)
    assert doc.cursor.phase == "update"
    assert not (doc.network.W[1] == weights).all()

    click(qtbot, bar.reset_button)
    assert doc.cursor.at_start
    assert (doc.network.W[1] == weights).all()
    assert not bar.reset_button.isEnabled()


def test_granularity_combo_is_two_way(qtbot, bar, doc, options):
    combo = bar.granularity_combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # neuron → layer → phase, as a person would
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "phase"
    assert options.granularity == "phase"
    click(qtbot, bar.forward_button)
    assert doc.cursor.position == 4  # the whole forward pass

    options.granularity = "layer"
    assert combo.currentText() == "layer"
    combo.setCurrentIndex(combo.findText("whole step"))
    assert options.granularity == "step"


def test_play_advances_until_paused(qtbot, bar, doc, options):
    options.play_interval_ms = 20
    click(qtbot, bar.play_button)
    assert bar.is_playing() and bar.play_button.text().startswith("Pause")
    qtbot.waitUntil(lambda: doc.cursor.position >= 3, timeout=3000)

    click(qtbot, bar.play_button)
    assert not bar.is_playing() and bar.play_button.text().startswith("Play")
    stopped_at = doc.cursor.position
    QCoreApplication.processEvents()
    assert doc.cursor.position == stopped_at and not bar._timer.isActive()


def test_play_keeps_going_across_steps(qtbot, bar, doc, options):
    options.play_interval_ms = 16
    options.granularity = "phase"
    bar.toggle_play()
    qtbot.waitUntil(lambda: doc.step_count >= 2, timeout=5000)
    bar.toggle_play()
    # Every finished step, and this one once its loss is revealed.
    assert bar.plotted_losses()[:doc.step_count] == doc.loss_history
    assert len(bar.plotted_losses()) == doc.step_count + doc.revealed.known("loss")
    assert doc.loss_history[1] < doc.loss_history[0]  # the loss falls


def test_speed_slider_sets_the_play_interval(qtbot, bar, options):
    bar.speed_slider.setValue(bar.speed_slider.maximum())
    assert options.play_interval_ms == 100
    bar.speed_slider.setValue(bar.speed_slider.minimum())
    assert options.play_interval_ms == 2000
    options.play_interval_ms = 1000
    assert bar.speed_slider.value() == 1100
    bar.toggle_play()
    assert bar._timer.interval() == 1000
    bar.toggle_play()


def test_deleting_the_bar_stops_its_timer(qtbot, doc, options):
    bar = StepBar(doc, options)
    options.play_interval_ms = 16
    bar.toggle_play()
    timer = bar._timer
    assert timer.isActive()
    bar.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(timer)
    position = doc.cursor.position
    QCoreApplication.processEvents()
    assert doc.cursor.position == position


def test_buttons_name_their_keys(bar):
    assert "→" in bar.forward_button.text() and "Space" in bar.forward_button.toolTip()
    assert "←" in bar.back_button.text()
    assert "Home" in bar.reset_button.toolTip() and "End" in bar.phase_button.toolTip()
    assert not bar.forward_button.icon().isNull()


def test_a_narrow_bar_keeps_the_icons_and_drops_the_words(qtbot, doc, options):
    parent = QWidget()  # a child can be narrower than its minimum; a window cannot
    qtbot.addWidget(parent)
    bar = StepBar(doc, options, parent)
    bar.setGeometry(0, 0, 560, 160)
    parent.resize(560, 160)
    parent.show()
    qtbot.waitUntil(lambda: bar.forward_button.text() == "")
    assert bar.forward_button.toolTip() and not bar.forward_button.icon().isNull()
    bar.setGeometry(0, 0, 1000, 160)
    qtbot.waitUntil(lambda: bar.forward_button.text() == "Forward →")


def test_fonts_are_legible_and_follow_the_font_scale(bar, options):
    assert bar.font().pointSizeF() >= 10
    assert bar.phase_strip.labels["loss"].font().pointSizeF() >= 10
    options.font_scale = 2.0
    assert bar.font().pointSizeF() >= 20
    assert bar.phase_strip.labels["loss"].font().pointSizeF() >= 20
    assert bar.step_label.font().bold()


def test_hovering_a_point_of_the_loss_plot_gives_its_value(qtbot, bar, doc):
    doc.advance("step")
    doc.advance("step")
    assert bar.loss_points.opts["hoverable"]
    tip = bar.loss_points.opts["tip"](x=1.0, y=doc.loss_history[0], data=None)
    assert tip == f"step 1: L = {doc.loss_history[0]:.6g}"


def test_follows_a_document_that_loads_another_network(qtbot, bar, doc):
    click(qtbot, bar.forward_button, 3)
    doc.open_preset("xor")
    assert doc.cursor.at_start
    assert bar.title_label.text() == READY
    assert bar.count_label.text() == f"0 of {len(doc.cursor)} events"
