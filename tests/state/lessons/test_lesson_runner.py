"""LessonRunner: actions go through the document, checks use the engine's numbers, progress
is kept in the settings, and a step that cannot be set up says why instead of failing."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from bpviz.engine.teaching.lessons import LESSONS, load_lesson, parse_lesson
from bpviz.state.lessons.lesson_runner import LessonRunner
from bpviz.state.training.training_session import TrainingSession

HEAD = 'format = "bpviz-lesson"\nversion = 1\ntitle = "Test lesson"\n'


def lesson(steps: str, name: str = "test"):
    """Return a lesson made of the TOML `steps` (each a [[steps]] table)."""
    return parse_lesson(HEAD + textwrap.dedent(steps), name)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner(doc, settings) -> LessonRunner:
    return LessonRunner(doc, settings)


PREDICT = '''
[[steps]]
title = "Set up"
text = "The worked example, at the loss."
actions = [{ do = "load_preset", preset = "worked-example" }, { do = "step_to", phase = "loss" }]

[[steps]]
title = "Predict"
text = "δ of the first output."
task = { kind = "predict", quantity = "{quantity}", layer = 2, j = 1, {more} hint = "Use the chain rule." }

[[steps]]
title = "End"
text = "Done."
'''


def predict_lesson(quantity: str = "delta", more: str = ""):
    return lesson(PREDICT.replace("{quantity}", quantity).replace("{more}", more))


def test_actions_change_the_document_through_its_methods(runner, doc):
    doc.set_parameter(1, 0, 0, 9.0)
    runner.start(predict_lesson())
    assert doc.network.W[1][0, 0] == 0.15            # the preset was loaded again
    assert doc.cursor.current.phase == "loss"         # and stepped to the loss
    assert runner.index == 0 and runner.passed        # a step with no task can be left at once


def test_a_prediction_is_checked_against_the_traces_number(runner, doc):
    runner.start(predict_lesson())
    runner.next()
    delta = doc.cursor.trace.delta[2][0, 0]
    assert runner.expected() == delta
    assert not runner.check("0.2") and not runner.passed
    assert "Not yet" in runner.feedback and "Use the chain rule." in runner.feedback
    assert not runner.check("abc") and "not a number" in runner.feedback
    assert runner.check(f"{delta:.3g}") and runner.passed and runner.feedback_ok
    assert doc.cursor.is_revealed("backward", 2, 0)   # a right answer shows the number on screen


def test_reveal_false_leaves_the_step_through_where_it_was(runner, doc):
    runner.start(predict_lesson(more="reveal = false,"))
    runner.next()
    position = doc.cursor.position
    assert runner.check(f"{doc.cursor.trace.delta[2][0, 0]:.4g}")
    assert doc.cursor.position == position


def test_the_engines_value_is_shown_after_three_wrong_answers(runner, doc):
    runner.start(predict_lesson("dW", "i = 1,"))
    runner.next()
    for _ in range(2):
        runner.check("1")
        assert "engine's value" not in runner.feedback
    runner.check("-1")
    assert "Check the sign." in runner.feedback
    assert f"{doc.cursor.trace.dW[2][0, 0]:.9g}" in runner.feedback


@pytest.mark.parametrize("quantity, more, read", [
    ("z", "", lambda t: t.z[2][0, 0]),
    ("x", "", lambda t: t.x[2][0, 0]),
    ("dL_dx", "", lambda t: t.dL_dx[2][0, 0]),
    ("db", "", lambda t: t.db[2][0]),
    ("W_after", "i = 2,", lambda t: t.W_after[2][0, 1]),
    ("b_after", "", lambda t: t.b_after[2][0]),
])
def test_every_quantity_reads_its_trace_field(runner, doc, quantity, more, read):
    runner.start(predict_lesson(quantity, more))
    runner.next()
    assert runner.expected() == read(doc.cursor.trace)


def test_the_hand_worked_numbers(runner, doc):
    """The seed's equations on the worked example, written out: the runner agrees with them."""
    runner.start(predict_lesson())
    runner.next()
    y1, t1 = 0.75136507, 0.01
    assert runner.expected() == pytest.approx((y1 - t1) * y1 * (1 - y1), rel=1e-6)


def test_next_waits_for_the_task_and_back_replays_the_steps_before(runner, doc):
    runner.start(predict_lesson())
    runner.next()
    runner.next()
    assert runner.index == 1                           # not passed yet
    doc.set_parameter(2, 0, 0, 3.0)
    runner.back()
    assert runner.index == 0 and doc.network.W[2][0, 0] == 0.4


def test_progress_is_kept_and_a_new_runner_resumes_there(doc, settings):
    shipped = load_lesson(LESSONS / "03-backward-pass.toml")
    first = LessonRunner(doc, settings)
    first.start(shipped)
    first.next()
    first.check(f"{first.expected():.6g}")
    first.next()
    first.leave()
    assert "In progress: step 3 of 9" in first.status(shipped)
    again = LessonRunner(doc, settings)
    again.start(shipped)
    assert again.index == 2 and again.step.title == "The gradient of a weight"
    assert doc.cursor.current.phase == "loss"           # the steps before were replayed
    again.start(shipped, from_start=True)
    assert again.index == 0


def test_finishing_marks_the_lesson_done_and_starts_it_over_next_time(runner, settings, qtbot):
    small = predict_lesson()
    runner.start(small)
    runner.next()
    runner.check(f"{runner.expected():.5g}")
    runner.next()
    with qtbot.waitSignal(runner.finished) as finished:
        runner.next()
    assert finished.args == ["Test lesson"] and runner.lesson is None
    assert runner.status(small) == "✓ Done"
    runner.start(small)
    assert runner.index == 0


def test_step_task_passes_when_the_cursor_reaches_the_event(runner, doc):
    runner.start(lesson('''
        [[steps]]
        title = "Step"
        text = "Step through layer 1."
        actions = [{ do = "step_to", phase = "start" }]
        task = { kind = "step", phase = "forward", layer = 1 }
        '''))
    assert not runner.passed
    doc.advance()
    assert not runner.passed
    doc.advance()
    assert runner.passed and runner.feedback_ok


def test_edit_tasks_to_a_value_and_in_a_direction(runner, doc):
    runner.start(lesson('''
        [[steps]]
        title = "To a value"
        text = "Set w."
        task = { kind = "edit", layer = 1, j = 1, i = 2, value = 0.5 }

        [[steps]]
        title = "Down"
        text = "Lower the bias."
        task = { kind = "edit", layer = 2, j = 2, direction = "decrease" }
        '''))
    doc.set_parameter(1, 0, 1, 0.7)
    assert not runner.passed
    doc.set_parameter(1, 0, 1, 0.5)
    assert runner.passed
    runner.next()
    doc.advance("step")                                 # stepping moves b, but is not an edit
    assert not runner.passed
    doc.set_parameter(2, 1, -1, doc.cursor.trace.b_before[2][1] + 1)
    assert not runner.passed
    doc.set_parameter(2, 1, -1, 0.0)
    assert runner.passed


def test_train_and_structure_tasks_follow_the_epochs_and_the_network(runner, doc):
    runner.start(lesson('''
        [[steps]]
        title = "Deep"
        text = "Train."
        actions = [
          { do = "new_network", sizes = [2, 3, 3, 1], activations = ["sigmoid", "sigmoid", "sigmoid"] },
          { do = "generate_data", dataset = "circles", n = 40 },
        ]
        task = { kind = "train", epochs = 2 }

        [[steps]]
        title = "ReLU"
        text = "Switch."
        task = { kind = "structure", hidden_layers = 2, hidden_activation = "relu" }
        '''))
    assert doc.network.sizes == [2, 3, 3, 1] and doc.network.loss == "cross_entropy"
    session = TrainingSession(doc)
    session.one_epoch()
    assert not runner.passed
    session.one_epoch()
    assert runner.passed
    runner.next()
    doc.structure.set_activation(1, "relu")
    assert not runner.passed
    doc.structure.set_activation(2, "relu")
    assert runner.passed


def test_weakest_layer_is_read_from_the_recorded_gradient_norms(runner, doc):
    runner.start(lesson('''
        [[steps]]
        title = "Which"
        text = "Which layer?"
        actions = [
          { do = "new_network", sizes = [2, 4, 4, 4, 1], activations = ["sigmoid", "sigmoid", "sigmoid", "sigmoid"] },
          { do = "generate_data", dataset = "circles", n = 40 },
        ]
        task = { kind = "predict", quantity = "weakest_layer", absolute = 0 }
        '''))
    assert not runner.check("1") and "train first" in runner.feedback
    TrainingSession(doc).one_epoch()
    weakest = int(np.argmin(doc.runs.epochs[-1].grad_norms)) + 1
    assert not runner.check(str(weakest % 4 + 1))
    assert runner.check(str(weakest)) and f"layer {weakest}" in runner.feedback


def test_an_action_that_cannot_be_done_is_told_not_raised(runner, doc):
    broken = lesson('''
        [[steps]]
        title = "Too far"
        text = "Focus a neuron that is not there."
        actions = [{ do = "focus", layer = 5, j = 1 }, { do = "set_weight", layer = 1, j = 9, i = 1, value = 1 }]
        ''')
    messages = []
    runner.messageRaised.connect(messages.append)
    runner.start(broken)
    assert runner.index == 0 and len(messages) == 2
    assert "could not focus: the network (layer sizes 2, 2, 2) has no neuron 1 in layer 5" in messages[0]
    assert "has no w_91^(1)" in messages[1]
    assert doc.network.W[1][0, 0] == 0.15


def test_view_actions_are_requests_to_the_window(runner, qtbot):
    with qtbot.waitSignal(runner.panelRequested) as panel, qtbot.waitSignal(runner.layoutRequested) as layout:
        runner.start(lesson('''
            [[steps]]
            title = "Look"
            text = "At the curves."
            actions = [{ do = "layout", name = "train" }, { do = "show", panel = "gradients" }]
            '''))
    assert layout.args == ["train"] and panel.args == ["gradients"]


def test_the_readme_example_runs(runner, doc):
    from tests.engine.teaching.test_lessons import readme_example

    runner.start(parse_lesson(readme_example(), "readme"))
    runner.next()
    assert not runner.check("0.7414")
    assert runner.check("0.1385") and doc.cursor.is_revealed("backward", 2, 0)


def test_a_lesson_resumed_at_its_last_step_tells_the_views_once(runner, doc):
    many = lesson("".join(f'''
        [[steps]]
        title = "Step {k}"
        text = "t"
        actions = [{{ do = "load_preset", preset = "xor" }}, {{ do = "add_layer", position = 1, size = {k + 2} }},
                   {{ do = "step_to", phase = "backward" }}]
        ''' for k in range(40)))
    runner.store.save_step(many, 39)
    told = []
    for signal in (doc.structureChanged, doc.weightsChanged, doc.cursorMoved, doc.dataChanged):
        signal.connect(lambda signal=signal: told.append(signal))
    runner.start(many)
    assert runner.index == 39 and doc.network.sizes == [2, 41, 4, 1]  # every step's actions were applied
    assert doc.cursor.current.phase == "backward"
    assert len(told) == 4  # once each, at the end: not 40 times over
