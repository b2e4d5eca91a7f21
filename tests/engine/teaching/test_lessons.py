"""Lesson files: the shipped lessons read, the tolerance and the text markup, and every kind of
mistake in a file is reported with its line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bpviz.engine.teaching.lessons import (
    LESSONS,
    LessonFormatError,
    Tolerance,
    load_all,
    load_lesson,
    markup_problem,
    parse_lesson,
    rich_text,
)

GOOD = textwrap.dedent('''\
    format = "bpviz-lesson"
    version = 1
    title = "A small lesson"
    summary = "One step."

    [[steps]]
    title = "Predict z"
    text = """
    The weighted sum z_{1}^{(1)}.

        z_{j}^{(l)} = Σ_{i} w_{ji}^{(l)} x_{i}^{(l−1)} + b_{j}^{(l)}
    """
    actions = [
      { do = "load_preset", preset = "worked-example" },
      { do = "focus", layer = 1, j = 1 },
    ]

    [steps.task]
    kind = "predict"
    quantity = "z"
    layer = 1
    j = 1
    digits = 3
    hint = "Add the products."
    ''')


def parse(text: str):
    return parse_lesson(text, "test", source="test.toml")


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(LessonFormatError) as caught:
        parse(text)
    return caught.value.problems


# -- the shipped lessons ----------------------------------------------------------------------

def test_the_shipped_lessons_all_read_and_walk_through_the_seed_in_order():
    entries = load_all()
    assert [e.error for e in entries] == [None] * len(entries)
    ids = [e.lesson.id for e in entries]
    assert len(ids) >= 5 and ids == sorted(ids)
    kinds = {e.lesson.id: {s.task.kind for s in e.lesson.steps if s.task} for e in entries}
    assert kinds["01-one-neuron"] >= {"predict", "edit"}
    assert kinds["03-backward-pass"] >= {"predict", "step"}
    assert kinds["04-xor-hidden-layer"] == {"train"}
    assert kinds["05-vanishing-gradients"] >= {"train", "predict", "structure"}


def test_the_backward_lesson_asks_for_delta_and_the_update():
    lesson = load_lesson(LESSONS / "03-backward-pass.toml")
    asked = [(s.task.args["quantity"], s.task.args.get("layer")) for s in lesson.steps
             if s.task and s.task.kind == "predict"]
    assert ("delta", 2) in asked and ("delta", 1) in asked and ("W_after", 2) in asked


def test_the_xor_lesson_removes_then_adds_the_hidden_layer():
    lesson = load_lesson(LESSONS / "04-xor-hidden-layer.toml")
    kinds = [a.kind for s in lesson.steps for a in s.actions]
    assert kinds.index("remove_layer") < kinds.index("add_layer")


# -- parsing a good file ---------------------------------------------------------------------

def test_a_good_file_gives_its_steps_actions_and_task():
    lesson = parse(GOOD)
    assert lesson.title == "A small lesson" and len(lesson.steps) == 1
    step = lesson.steps[0]
    assert [a.kind for a in step.actions] == ["load_preset", "focus"]
    assert step.actions[1].args == {"layer": 1, "j": 1}
    assert step.task.kind == "predict" and step.task.args == {"quantity": "z", "layer": 1, "j": 1}
    assert step.task.tolerance == Tolerance(digits=3)
    assert step.task.hint == "<p>Add the products.</p>"


def test_text_gets_sub_and_superscripts_and_display_equations():
    html = parse(GOOD).steps[0].text
    assert html.startswith("<p>The weighted sum z<sub>1</sub><sup>(1)</sup>.</p>")
    assert '<p align="center">z<sub>j</sub><sup>(l)</sup> = Σ<sub>i</sub>' in html


def test_rich_text_joins_lines_and_splits_paragraphs():
    assert rich_text("one\ntwo\n\nthree") == "<p>one two</p><p>three</p>"
    assert rich_text("a <b>bold</b> word") == "<p>a <b>bold</b> word</p>"


@pytest.mark.parametrize("text, words", [
    ("z < 0", "&lt;"),
    ("<script>x</script>", "unknown tag <script>"),
    ("w_{11", "unbalanced braces"),
])
def test_markup_problems_are_named(text, words):
    assert words in markup_problem(text)


# -- the tolerance -----------------------------------------------------------------------------

def test_three_significant_digits_accept_a_rounded_or_cut_answer_only():
    t = Tolerance(digits=3)
    assert t.accepts(0.378, 0.3775) and t.accepts(0.377, 0.3775) and t.accepts(0.3775, 0.3775)
    assert not t.accepts(0.376, 0.3775) and not t.accepts(0.38, 0.3775) and not t.accepts(-0.3775, 0.3775)
    assert t.accepts(0.00877, 0.00877135469) and not t.accepts(0.0088, 0.00877135469)
    assert t.accepts(1106, 1105.9) and not t.accepts(1090, 1105.9)


def test_a_zero_answer_and_the_other_tolerances():
    assert Tolerance(digits=3).accepts(0.0004, 0.0) and not Tolerance(digits=3).accepts(0.01, 0.0)
    assert Tolerance(None, absolute=0).accepts(1, 1.0) and not Tolerance(None, absolute=0).accepts(2, 1.0)
    assert Tolerance(None, relative=0.01).accepts(1.009, 1.0) and not Tolerance(None, relative=0.01).accepts(1.02, 1.0)
    assert not Tolerance().accepts(float("nan"), 1.0)
    assert Tolerance(digits=3).describe() == "to 3 significant digits"
    assert Tolerance(None, absolute=0).describe() == "exactly"


# -- bad files: every problem is reported with its line ------------------------------------------

def edit(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


@pytest.mark.parametrize("text, line, words", [
    (edit('title = "A small lesson"', 'title = "A small lesson'), 3, "not valid TOML"),
    (edit('format = "bpviz-lesson"', 'format = "bpviz-preset"'), 1, 'format = "bpviz-lesson"'),
    (edit("version = 1", "version = 7"), 2, "version must be a whole number from 1 to 1"),
    (edit('summary = "One step."', 'summary = "One step."\nauthor = "me"'), 5, 'unknown key "author"'),
    (edit('{ do = "focus", layer = 1, j = 1 }', '{ do = "fly", layer = 1 }'), 15,
     'step 1, action 2: unknown action do = "fly"'),
    (edit('preset = "worked-example"', 'preset = "nonesuch"'), 14, "preset names no preset"),
    (edit('{ do = "focus", layer = 1, j = 1 }', '{ do = "focus", layer = 1 }'), 15, "focus needs layer and j"),
    (edit('{ do = "focus", layer = 1, j = 1 }', '{ do = "focus", layer = 1, j = 0 }'), 15,
     "j must be at least 1, not 0"),
    (edit('{ do = "focus", layer = 1, j = 1 }', '{ do = "focus", layer = "one", j = 1 }'), 15,
     'layer must be a whole number, not "one"'),
    (edit('quantity = "z"', 'quantity = "zeta"'), 20, "quantity must be one of"),
    (edit("j = 1\ndigits", "digits"), 18, 'quantity "z" needs layer, j; missing j'),
    (edit("digits = 3", "digits = 3\nabsolute = 0.1"), 18, "give one tolerance"),
    (edit('kind = "predict"', 'kind = "guess"'), 18, 'unknown kind = "guess"'),
    (edit('hint = "Add the products."', 'hint = "Add the <blink>products</blink>."'), 24, "unknown tag <blink>"),
    (edit('title = "Predict z"\n', ""), 6, 'step 1: needs a title'),
])
def test_each_mistake_is_reported_at_its_line(text, line, words):
    found = problems(text)
    assert any(n == line and words in message for n, message in found), found


def test_every_problem_of_a_file_is_listed_with_the_file_name():
    text = edit('{ do = "focus", layer = 1, j = 1 }', '{ do = "fly" }').replace('kind = "predict"', 'kind = "guess"')
    with pytest.raises(LessonFormatError) as caught:
        parse(text)
    assert len(caught.value.problems) == 2
    assert str(caught.value).splitlines()[0].startswith("test.toml, line 15: step 1, action 2")


def test_a_lesson_without_steps_is_refused():
    assert "at least one step" in problems('format = "bpviz-lesson"\nversion = 1\ntitle = "x"\n')[0][1]


@pytest.mark.parametrize("task, words", [
    ('{ kind = "train" }', "needs epochs, accuracy or both"),
    ('{ kind = "train", accuracy = 1.5 }', "accuracy must be at most 1"),
    ('{ kind = "edit", layer = 1, j = 1 }', "either value"),
    ('{ kind = "edit", layer = 1, j = 1, direction = "up" }', "direction must be one of increase, decrease"),
    ('{ kind = "step" }', "needs phase"),
    ('{ kind = "structure" }', "needs hidden_layers, hidden_activation or both"),
    ('{ kind = "structure", hidden_activation = "swish" }', "hidden_activation must be one of"),
])
def test_task_keys_that_do_not_go_together(task, words):
    text = f'format = "bpviz-lesson"\nversion = 1\ntitle = "x"\n[[steps]]\ntitle = "s"\ntext = "t"\ntask = {task}\n'
    found = problems(text)
    assert any(words in message and line == 7 for line, message in found), found


def test_a_bad_file_on_disk_is_listed_with_its_error_not_raised(tmp_path):
    (tmp_path / "01-good.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "02-bad.toml").write_text(edit('kind = "predict"', 'kind = "guess"'), encoding="utf-8")
    (tmp_path / "03-binary.toml").write_bytes(b"\xff\xfe title")
    good, bad, binary = load_all(tmp_path)
    assert good.lesson is not None and good.error is None and good.lesson.id == "01-good"
    assert bad.lesson is None and bad.error.startswith("02-bad.toml, line 18:")
    assert binary.lesson is None and "not UTF-8" in binary.error


def test_a_missing_file_raises_a_lesson_format_error(tmp_path):
    with pytest.raises(LessonFormatError, match="nope.toml"):
        load_lesson(tmp_path / "nope.toml")


def readme_example() -> str:
    """Return the TOML lesson the README's "Writing a lesson" section shows."""
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Writing a lesson", 1)[1]
    return section.split("```toml\n", 1)[1].split("```", 1)[0]


def test_the_readme_example_is_a_valid_lesson():
    lesson = parse(readme_example())
    assert [s.title for s in lesson.steps] == ["Up to the loss", "Your turn"]
    assert lesson.steps[1].task.args == {"quantity": "delta", "layer": 2, "j": 1}
