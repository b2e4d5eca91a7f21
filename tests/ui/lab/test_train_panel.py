"""TrainPanel: its fields set the document's training settings, its buttons drive the session."""

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from bpviz.engine.training.training import Trainer
from bpviz.state import ViewOptions
from bpviz.ui.lab.train_panel import TrainPanel

from tests.ui.conftest import laid_out, weights


@pytest.fixture
def doc(xor_doc):
    """The XOR 2-4-1 document, at its default learning rate."""
    return xor_doc


@pytest.fixture
def panel(show_widget, doc, session):
    """A shown 340 × 700 train panel on the XOR document."""
    return show_widget(TrainPanel(doc, session, ViewOptions()), 340, 700)


def type_into(qtbot, edit, text):
    """Select the field's text, type `text`, press Enter (as a person would)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_into_spin(qtbot, spin, text):
    type_into(qtbot, spin.lineEdit(), text)


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def all_equal(a, b):
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_fields_show_the_documents_settings(panel, doc):
    assert panel.lr_edit.text() == f"{doc.lr:g}"
    assert panel.batch_spin.value() == doc.lab.settings.batch_size == 10
    assert panel.batch_spin.maximum() == len(doc.lab.split()[0])
    assert panel.penalty_combo.currentData() == "none" and not panel.rate_edit.isEnabled()
    assert panel.epochs_spin.value() == 0 and panel.epochs_spin.text() == "until stopped"
    assert "penalty" in panel.penalty_combo.toolTip()


def test_typing_settings_changes_the_document_undoably(qtbot, panel, doc):
    type_into(qtbot, panel.lr_edit, "0.25")
    assert doc.lr == 0.25
    type_into_spin(qtbot, panel.batch_spin, "32")
    type_into_spin(qtbot, panel.epochs_spin, "300")
    type_into_spin(qtbot, panel.seed_spin, "7")
    assert (doc.lab.settings.batch_size, doc.lab.settings.epochs, doc.lab.settings.seed) == (32, 300, 7)
    doc.undo_stack.undo()
    assert doc.lab.settings.seed == 0 and panel.seed_spin.value() == 0


def test_whole_set_means_one_batch_per_epoch(qtbot, panel, doc, session):
    click(qtbot, panel.whole_check)
    n = len(doc.lab.split()[0])
    assert doc.lab.settings.batch_size == n and not panel.batch_spin.isEnabled()
    click(qtbot, panel.epoch_button)
    assert doc.runs.epochs[-1].steps == 1
    click(qtbot, panel.whole_check)
    assert doc.lab.settings.batch_size == 10 and panel.batch_spin.isEnabled()


def test_penalty_combo_and_rate_set_l1_or_l2(qtbot, panel, doc):
    panel.penalty_combo.setFocus()
    qtbot.keyClick(panel.penalty_combo, Qt.Key.Key_Down)       # L1
    assert doc.lab.settings.l1 == 0.001 and doc.lab.settings.l2 == 0.0
    type_into(qtbot, panel.rate_edit, "0.01")
    assert doc.lab.settings.l1 == 0.01
    panel.penalty_combo.setFocus()
    qtbot.keyClick(panel.penalty_combo, Qt.Key.Key_Down)       # L2, same rate
    assert doc.lab.settings.l1 == 0.0 and doc.lab.settings.l2 == 0.01
    panel.penalty_combo.setFocus()
    qtbot.keyClick(panel.penalty_combo, Qt.Key.Key_Up)
    qtbot.keyClick(panel.penalty_combo, Qt.Key.Key_Up)         # none
    assert doc.lab.settings.l1 == doc.lab.settings.l2 == 0.0 and not panel.rate_edit.isEnabled()


@pytest.mark.parametrize("text", ["0", "-1", "11", "fast"])
def test_a_learning_rate_training_cannot_use_is_refused_with_a_message(qtbot, panel, doc, text):
    before = doc.lr
    with qtbot.waitSignal(panel.messageRaised) as message:
        type_into(qtbot, panel.lr_edit, text)
    assert "Learning rate α" in message.args[0]
    assert doc.lr == before and panel.lr_edit.text() == f"{before:g}"


def test_a_negative_penalty_rate_is_refused(qtbot, panel, doc):
    panel.penalty_combo.setFocus()
    qtbot.keyClick(panel.penalty_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.messageRaised):
        type_into(qtbot, panel.rate_edit, "-0.5")
    assert doc.lab.settings.l1 == 0.001 and panel.rate_edit.text() == "0.001"


def test_xor_reaches_full_training_accuracy_by_clicks_alone(qtbot, panel, doc, session):
    # Two clicks on Re-initialise draw the seed-2 starting weights, from which α = 0.1 in
    # batches of 10 classifies every training point by epoch 184 and stays there.
    click(qtbot, panel.reinit_button)
    click(qtbot, panel.reinit_button)
    assert doc.network.seed == 2
    type_into(qtbot, panel.lr_edit, "0.1")
    type_into_spin(qtbot, panel.epochs_spin, "300")
    click(qtbot, panel.play_button)
    assert session.running and panel.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: panel.progress_box.isVisible(), timeout=5000)
    assert " / 300 epochs" in panel.progress_bar.format()
    qtbot.waitUntil(lambda: not session.running, timeout=60_000)
    assert doc.runs.epochs[-1].epoch == 300
    assert doc.runs.epochs[-1].train_accuracy == 1.0
    qtbot.waitUntil(lambda: panel.last_epoch.epoch_label.text() == "Epoch 300")
    assert panel.last_epoch.train_accuracy_label.text() == "100.0\u00a0%"
    assert panel.play_button.text() == "Play" and not panel.progress_box.isVisible()


def test_one_epoch_clicks_equal_a_headless_trainer(qtbot, panel, doc, session):
    type_into(qtbot, panel.lr_edit, "0.1")
    start = doc.network.copy()
    for _ in range(5):
        click(qtbot, panel.epoch_button)
    assert [e.epoch for e in doc.runs.epochs] == [1, 2, 3, 4, 5]
    train, test = doc.lab.split()
    trainer = Trainer(start, train, test, doc.lab.training_settings())
    for _ in range(5):
        trainer.run_epoch()
    assert all_equal(weights(doc.network), weights(start))


def test_one_batch_takes_one_step(qtbot, panel, doc, session):
    before = weights(doc.network)
    click(qtbot, panel.batch_button)
    assert not all_equal(weights(doc.network), before)
    assert doc.runs.epochs == []  # an epoch is 16 batches of 10


def test_reset_brings_back_the_starting_weights_bit_for_bit(qtbot, panel, doc, session):
    start = weights(doc.network)
    for _ in range(3):
        click(qtbot, panel.epoch_button)
    click(qtbot, panel.batch_button)
    assert not all_equal(weights(doc.network), start)
    click(qtbot, panel.reset_button)
    assert all_equal(weights(doc.network), start)
    assert doc.runs.epochs == [] and panel.last_epoch.epoch_label.text() == "Epoch 0"


def test_reinitialise_draws_new_weights_and_clears_the_curves(qtbot, panel, doc):
    click(qtbot, panel.epoch_button)
    start = weights(doc.network)
    click(qtbot, panel.reinit_button)
    assert not all_equal(weights(doc.network), start) and doc.runs.epochs == []
    doc.undo_stack.undo()
    assert all_equal(weights(doc.network), start)


def test_divergence_shows_a_banner_and_restore_makes_every_weight_finite(qtbot, panel, doc, session):
    doc.lab.generate_data("plane", n=200, noise=0, seed=0)  # regression: linear output, mse
    type_into(qtbot, panel.lr_edit, "10")
    with qtbot.waitSignal(session.diverged, timeout=10_000):
        click(qtbot, panel.play_button)
    assert panel.banner.isVisible() and "too large" in panel.banner.label.text()
    assert not all(np.isfinite(w).all() for w in weights(doc.network))
    click(qtbot, panel.banner.restore_button)
    assert all(np.isfinite(w).all() for w in weights(doc.network))
    assert not panel.banner.isVisible()


def test_reset_also_clears_the_divergence_banner(qtbot, panel, doc, session):
    doc.lab.generate_data("plane", n=200, noise=0, seed=0)
    start = weights(doc.network)
    type_into(qtbot, panel.lr_edit, "10")
    with qtbot.waitSignal(session.diverged, timeout=10_000):
        click(qtbot, panel.play_button)
    click(qtbot, panel.reset_button)
    assert not panel.banner.isVisible() and all_equal(weights(doc.network), start)


def test_a_fixed_run_can_be_cancelled(qtbot, panel, doc, session):
    type_into_spin(qtbot, panel.epochs_spin, "100000")
    click(qtbot, panel.play_button)
    qtbot.waitUntil(lambda: panel.progress_box.isVisible() and len(doc.runs.epochs) > 0, timeout=5000)
    assert "epochs/s" in panel.progress_text() and "s left" in panel.progress_text()
    click(qtbot, panel.cancel_button)
    assert not session.running and not panel.progress_box.isVisible()
    assert doc.runs.epochs and doc.runs.epochs[-1].epoch < 100000


def test_play_pause_and_the_public_slots(qtbot, panel, doc, session):
    panel.toggle_play()
    assert session.running
    qtbot.waitUntil(lambda: panel.last_epoch.speed_label.text().endswith("epochs/s"), timeout=5000)
    panel.toggle_play()
    assert not session.running and panel.last_epoch.speed_label.text() == ""
    done = len(doc.runs.epochs)
    panel.one_epoch()
    assert len(doc.runs.epochs) == done + 1
    panel.one_batch()
    panel.reset()
    assert doc.runs.epochs == []


def test_a_problem_becomes_a_message_not_an_exception(qtbot, panel, doc, session):
    doc.structure.set_layer_size(0, 3)  # the data gives 2 inputs
    with qtbot.waitSignal(panel.messageRaised) as message:
        click(qtbot, panel.epoch_button)
    assert "inputs" in message.args[0]
    qtbot.waitUntil(lambda: panel.last_epoch.problem_label.isVisible())
    assert doc.runs.epochs == []


def test_status_is_redrawn_once_per_pass_of_the_event_loop(qtbot, panel, doc):
    calls = []
    panel._status_timer.timeout.connect(lambda: calls.append(1))
    for _ in range(50):
        doc.epochsChanged.emit()
    qtbot.waitUntil(lambda: calls == [1])
    QCoreApplication.processEvents()
    assert calls == [1] and not panel._status_timer.isActive()  # and no second one due


def test_buttons_have_text_tooltips_and_take_the_keyboard(panel):
    for button in (panel.play_button, panel.epoch_button, panel.batch_button, panel.reset_button,
                   panel.reinit_button, panel.cancel_button, panel.banner.restore_button):
        assert button.text() and button.toolTip() and not button.icon().isNull()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_nothing_is_clipped_in_a_narrow_dock_and_text_is_legible(qtbot, panel):
    panel.resize(340, 700)
    laid_out()
    assert panel.minimumSizeHint().width() <= 340
    assert panel.font().pointSizeF() >= 10


def test_the_divergence_banner_wraps_and_never_squeezes_the_settings(qtbot, panel, session):
    panel.resize(300, 420)  # a short dock
    panel._on_session_diverged("The weights of layer 1 became not a number (NaN) at epoch 6, batch 8: "
                               "the learning rate 10 is too large for this network. " * 2)
    laid_out()
    assert panel.banner.label.wordWrap()
    assert panel.banner.width() <= panel.scroll.viewport().width()
    for field in (panel.lr_edit, panel.batch_spin, panel.rate_edit, panel.epochs_spin, panel.seed_spin):
        assert field.height() >= field.minimumSizeHint().height(), field
    assert panel.banner.label.height() >= panel.banner.label.heightForWidth(panel.banner.label.width())
    assert panel.scroll.verticalScrollBar().maximum() > 0  # the panel scrolls instead


def test_the_penalty_rate_field_shows_a_whole_rate(panel):
    metrics = panel.rate_edit.fontMetrics()
    assert panel.rate_edit.minimumWidth() >= metrics.horizontalAdvance("0.001") + 8
