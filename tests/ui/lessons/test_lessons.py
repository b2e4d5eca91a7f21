"""Lessons in the real window: each shipped lesson runs to its end by keys and clicks, answers
are typed as a learner would (the numbers the engine computes), a wrong one is refused, a
lesson left resumes where it was, and a broken lesson file is listed with its error."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bpviz.engine.teaching.lessons import load_all

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton
LESSON_IDS = [e.lesson.id for e in load_all()]


def open_chooser(window):
    window.actions["lessons"].trigger()      # Help ▸ Lessons ▸ Choose a lesson…
    return window.lesson_dock.panel.chooser


def start(qtbot, window, lesson_id: str):
    """Pick `lesson_id` in the chooser with the keyboard and press Enter."""
    chooser = open_chooser(window)
    chooser.list.setCurrentRow(LESSON_IDS.index(lesson_id))
    qtbot.keyClick(chooser.list, K.Key_Return)
    runner = window.lesson_dock.runner
    assert runner.lesson is not None and runner.lesson.id == lesson_id
    return runner


def type_answer(qtbot, panel, text: str) -> None:
    edit = panel.answer_edit
    assert edit.isVisible()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, K.Key_Return)


def do_task(qtbot, window, train_key=K.Key_E) -> None:
    """Do what the current step asks, through the window, as a learner would."""
    dock = window.lesson_dock
    runner, panel = dock.runner, dock.panel
    task = runner.step.task
    if task is None or runner.passed:
        return
    if task.kind == "predict":
        type_answer(qtbot, panel, f"{runner.expected():.6g}")
    elif task.kind == "step":
        for _ in range(40):
            if runner.passed:
                break
            qtbot.keyClick(window.canvas, K.Key_Space)
    elif task.kind == "edit":
        window.canvas.setFocus()
        qtbot.keyClick(window.canvas, K.Key_F2)  # edits the focused edge (weight) or neuron (bias)
        editor = window.canvas.editor
        editor.clear()
        qtbot.keyClicks(editor, f"{task.args['value']:g}")
        qtbot.keyClick(editor, K.Key_Return)
    elif task.kind == "train":
        for _ in range(300):
            if runner.passed:
                break
            qtbot.keyClick(window.canvas, train_key)
    elif task.kind == "structure":
        qtbot.mouseClick(window.curves.relu_button, LEFT)
    assert runner.passed, (runner.step.title, runner.feedback)


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_each_lesson_runs_to_its_end_by_keys_and_clicks(window, qtbot, lesson_id):
    runner = start(qtbot, window, lesson_id)
    panel = window.lesson_dock.panel
    steps = len(runner.lesson.steps)
    for n in range(steps):
        assert runner.index == n and panel.count_label.text() == f"Step {n + 1} of {steps}"
        assert panel.title_label.text() == f"<b>{runner.step.title}</b>"
        do_task(qtbot, window)
        assert panel.next_button.isEnabled()
        qtbot.mouseClick(panel.next_button, LEFT)
    assert runner.lesson is None and not panel.showing_lesson()
    assert panel.chooser.finished_label.isVisible()
    row = LESSON_IDS.index(lesson_id)
    assert panel.chooser.entry_texts()[row].endswith("✓ Done")
    assert not window.message_bar.text()            # no action of a shipped lesson failed


def test_a_wrong_prediction_is_refused_with_a_hint_and_the_right_one_accepted(window, qtbot):
    runner = start(qtbot, window, "03-backward-pass")
    panel = window.lesson_dock.panel
    qtbot.mouseClick(panel.next_button, LEFT)
    assert runner.step.title == "δ of the first output neuron"
    delta = window.doc.cursor.trace.delta[2][0, 0]          # the engine's δ₁⁽²⁾
    type_answer(qtbot, panel, "0.7414")                       # ∂L/∂y, without f′(z)
    assert not runner.passed and not panel.next_button.isEnabled()
    assert panel.feedback_label.isVisible() and panel.feedback_label.text().startswith("✗ Not yet")
    assert "y<sub>1</sub>(1 − y<sub>1</sub>)" in panel.feedback_label.text()   # the lesson's hint
    type_answer(qtbot, panel, f"{delta:.3g}")
    assert runner.passed and panel.next_button.isEnabled()
    assert panel.feedback_label.text().startswith("✓ Right") and "0.138498562" in panel.feedback_label.text()
    qtbot.keyClick(panel.answer_edit, K.Key_Return)           # Enter again goes on
    assert runner.index == 2


def test_typing_digits_in_the_answer_field_does_not_trigger_window_shortcuts(window, qtbot):
    start(qtbot, window, "02-forward-pass")
    panel = window.lesson_dock.panel
    granularity = window.options.granularity
    qtbot.mouseClick(panel.next_button, LEFT)
    do_task(qtbot, window)
    qtbot.mouseClick(panel.next_button, LEFT)
    position = window.doc.cursor.position
    panel.answer_edit.setFocus()
    qtbot.keyClicks(panel.answer_edit, "3 2")
    qtbot.keyClick(panel.answer_edit, K.Key_Backspace)
    assert panel.answer_edit.text() == "3 "
    assert window.options.granularity == granularity and window.doc.cursor.position == position


def test_leaving_and_resuming_returns_to_the_same_step_even_in_a_new_window(window, qtbot, settings, dialogs):
    runner = start(qtbot, window, "03-backward-pass")
    panel = window.lesson_dock.panel
    qtbot.mouseClick(panel.next_button, LEFT)
    do_task(qtbot, window)
    qtbot.mouseClick(panel.next_button, LEFT)
    assert runner.index == 2
    qtbot.mouseClick(panel.leave_button, LEFT)
    assert runner.lesson is None and not panel.showing_lesson()
    assert "In progress: step 3 of 9" in panel.chooser.entry_texts()[2]

    from bpviz.ui.shell.main_window import MainWindow

    window.doc.mark_saved()
    later = MainWindow(settings=settings)
    qtbot.addWidget(later)
    later.show()
    chooser = open_chooser(later)
    chooser.list.setCurrentRow(2)
    assert chooser.start_button.text() == "&Resume at step 3" and chooser.restart_button.isVisible()
    qtbot.mouseClick(chooser.start_button, LEFT)
    resumed = later.lesson_dock.runner
    assert resumed.index == 2 and resumed.step.title == "The gradient of a weight"
    assert later.doc.cursor.current.phase == "loss" and not resumed.passed
    later.doc.mark_saved()


def test_back_goes_to_the_previous_step_and_sets_it_up_again(window, qtbot):
    runner = start(qtbot, window, "01-one-neuron")
    panel = window.lesson_dock.panel
    for _ in range(3):
        do_task(qtbot, window)
        qtbot.mouseClick(panel.next_button, LEFT)
    do_task(qtbot, window)                                    # w₁₁⁽¹⁾ set to 0.5
    assert window.doc.network.W[1][0, 0] == 0.5
    qtbot.mouseClick(panel.back_button, LEFT)
    assert runner.index == 2 and window.doc.network.W[1][0, 0] == 0.15
    assert panel.next_button.isEnabled()                      # already answered in this visit


def test_a_malformed_lesson_file_is_listed_with_its_error(window, qtbot, dialogs, tmp_path):
    bad = tmp_path / "broken.toml"
    bad.write_text('format = "bpviz-lesson"\nversion = 1\ntitle = "Broken"\n\n[[steps]]\ntitle = "One"\n'
                   'text = "t"\nactions = [{ do = "teleport" }]\n', encoding="utf-8")
    dialogs.open_answer = str(bad)
    window.actions["open_lesson"].trigger()
    chooser = window.lesson_dock.panel.chooser
    assert window.lesson_dock.isVisible() and window.lesson_dock.runner.lesson is None
    assert "broken.toml is not a usable lesson" in window.message_bar.text()
    assert chooser.selected().path == bad and "Cannot be used" in chooser.list.currentItem().text()
    assert "broken.toml, line 8: step 1, action 1: unknown action do = &quot;teleport&quot;" in \
        chooser.details.text().replace('"', "&quot;")
    assert not chooser.start_button.isEnabled()


def test_a_lesson_file_from_disk_opens_and_is_listed_from_then_on(window, qtbot, dialogs, tmp_path):
    good = tmp_path / "mine.toml"
    good.write_text('format = "bpviz-lesson"\nversion = 1\ntitle = "My lesson"\n\n[[steps]]\n'
                    'title = "Hello"\ntext = "The loss is L."\n', encoding="utf-8")
    dialogs.open_answer = str(good)
    window.actions["open_lesson"].trigger()
    runner = window.lesson_dock.runner
    assert runner.lesson.title == "My lesson" and runner.passed
    qtbot.mouseClick(window.lesson_dock.panel.next_button, LEFT)
    assert any(text.startswith("My lesson\n✓ Done") for text in window.lesson_dock.panel.chooser.entry_texts())


def test_starting_a_lesson_keeps_unsaved_work_when_the_person_cancels(window, qtbot, dialogs):
    window.doc.set_parameter(1, 0, 0, 2.0)
    dialogs.changes_answer = "cancel"
    chooser = open_chooser(window)
    chooser.list.setCurrentRow(0)
    qtbot.mouseClick(chooser.start_button, LEFT)
    assert window.lesson_dock.runner.lesson is None and window.doc.network.W[1][0, 0] == 2.0
    assert dialogs.asked[-1] == "changes"


def test_training_with_t_pauses_when_the_train_task_passes(window, qtbot):
    runner = start(qtbot, window, "04-xor-hidden-layer")
    assert window.layout_name == "train" and window.doc.network.sizes == [2, 1]
    qtbot.mouseClick(window.lesson_dock.panel.next_button, LEFT)
    qtbot.keyClick(window.canvas, K.Key_T)
    qtbot.waitUntil(lambda: runner.passed, timeout=60_000)
    assert not window.session.running
    assert window.doc.runs.epochs[-1].epoch >= 30


def test_the_panel_fits_a_small_window(window, qtbot):
    window.resize(1024, 700)
    start(qtbot, window, "03-backward-pass")
    panel = window.lesson_dock.panel
    qtbot.mouseClick(panel.next_button, LEFT)
    for widget in (panel.next_button, panel.back_button, panel.leave_button, panel.answer_edit):
        assert widget.isVisible() and not widget.visibleRegion().isEmpty()
    assert window.lesson_dock.width() >= 260
