"""The document's parts on their own: the lab's typed settings, the focus a step moves to, and
how each part reaches the document only through what it declares."""

import numpy as np
import pytest

from bpviz.engine.nn.step_through import StepThrough
from bpviz.state import Document, Focus
from bpviz.state.document.lab import LabSettings


def test_lab_settings_hold_alpha_with_the_trainers_knobs_and_save_without_it():
    settings = LabSettings.from_saved(0.25, {"batch_size": 8, "l2": 1e-3})
    assert (settings.lr, settings.batch_size, settings.l2, settings.seed) == (0.25, 8, 1e-3, 0)
    assert settings.saved() == {"batch_size": 8, "l1": 0.0, "l2": 1e-3, "epochs": None, "seed": 0,
                                "stop_accuracy": None, "stop_loss": None}
    assert LabSettings.from_saved(settings.lr, settings.saved()) == settings
    trainer = settings.for_training()
    assert (trainer.lr, trainer.batch_size, trainer.l2) == (0.25, 8, 1e-3)


def test_alpha_zero_is_a_step_that_shows_gradients_but_nothing_to_train_with():
    settings = LabSettings.from_saved(0.0, None)
    assert settings.lr == 0.0
    with pytest.raises(ValueError, match="learning rate"):
        settings.for_training()


@pytest.mark.parametrize("knob, value", [("batch_size", 0), ("l1", -1.0), ("epochs", 0), ("stop_accuracy", 2.0)])
def test_lab_settings_refuse_a_knob_out_of_range(knob, value):
    with pytest.raises(ValueError):
        LabSettings.from_saved(0.5, {knob: value})


def test_the_documents_alpha_is_the_lab_settings_and_undo_of_a_data_edit_leaves_it():
    doc = Document()
    doc.lab.generate_data("xor", n=40, noise=0, seed=0)
    doc.set_lr(0.125)
    assert doc.lr == doc.lab.settings.lr == 0.125 == doc.cursor.trace.lr
    doc.lab.set_training(batch_size=4)
    doc.undo_stack.undo()  # the batch size
    assert doc.lab.settings.batch_size == 10 and doc.lr == 0.125
    doc.undo_stack.undo()  # α
    assert doc.lr == 0.5 == doc.lab.settings.lr


def test_a_step_event_moves_the_focus_to_what_it_computes():
    doc = Document()
    events = StepThrough(doc.network, doc.input, doc.target, doc.lr).events
    forward = next(e for e in events if e.phase == "forward" and e.layer == 2 and e.neuron == 1)
    loss = next(e for e in events if e.phase == "loss")
    update = next(e for e in events if e.phase == "update" and e.layer == 1)
    assert Focus.neuron(1, 0).following(forward) == Focus.neuron(2, 1)
    assert Focus.edge(2, 0, 1).following(loss) == Focus.loss(2)
    assert Focus.neuron(1, 1).following(update) == Focus.neuron(1, 1)  # the same neuron of its layer
    assert Focus.neuron(2, 1).following(update) == Focus.neuron(1, 0)


def test_stepping_through_the_playback_moves_the_documents_focus_and_weights():
    doc = Document()
    seen = []
    doc.weightsChanged.connect(lambda: seen.append("weights"))
    while doc.cursor.phase != "update" or not doc.cursor.at_end:
        doc.advance()
    assert "weights" in seen and doc.modified  # updates applied by stepping, not an edit
    assert doc.undo_stack.count() == 0
    doc.reset_step()
    assert not doc.modified


def test_structure_edits_are_undoable_replacements():
    doc = Document()
    before = [w.copy() for w in doc.network.W[1:]]
    doc.structure.add_neuron(1)
    assert doc.network.sizes == [2, 3, 2] and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.network.sizes == [2, 2, 2]
    assert all(np.array_equal(a, b) for a, b in zip(before, doc.network.W[1:]))
    with pytest.raises(ValueError):
        doc.structure.set_layer_size(1, 5000)
