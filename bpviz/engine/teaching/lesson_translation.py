"""A shipped lesson in the person's language: its texts from lessons/translations/<language>/.

A translation holds only the words of the lesson of the same file name (its title, summary,
and each step's title, text, prompt and hint, in order); the actions and tasks stay the
English file's, so the two never disagree about what a step does. A translation that does
not fit its lesson (another number of steps, a text missing, a markup problem) is not used:
the lesson stays in English, as it does in a language that has no translation of it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from bpviz.engine.files.bounded_read import read_regular_file
from bpviz.engine.limits import MAX_LESSON_BYTES
from bpviz.engine.teaching.lesson_markup import markup_problem, rich_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lessons imports this module
    from bpviz.engine.teaching.lessons import Lesson


def translation_path(lesson_path: Path, language: str) -> Path:
    """Return where the translation into `language` of the shipped lesson at `lesson_path` lives."""
    return lesson_path.parent / "translations" / language / lesson_path.name


def translated(lesson: "Lesson", language: str) -> "Lesson":
    """Return `lesson` with its texts in `language` where its translation exists and fits, else itself."""
    if language == "en" or lesson.path is None:
        return lesson
    path = translation_path(Path(lesson.path), language)
    try:
        words = tomllib.loads(read_regular_file(path, MAX_LESSON_BYTES).decode("utf-8"))
    except (OSError, ValueError):  # none (FileNotFoundError), unreadable, not UTF-8 or not TOML
        return lesson
    steps = words.get("steps")
    if not isinstance(steps, list) or len(steps) != len(lesson.steps) or not _fits(words, lesson):
        return lesson
    new_steps = []
    for step, said in zip(lesson.steps, steps):
        task = step.task
        if task is not None:
            task = replace(task, prompt=rich_text(said["prompt"]) if task.prompt else task.prompt,
                           hint=rich_text(said["hint"]) if task.hint else task.hint)
        new_steps.append(replace(step, title=said["title"].strip(), text=rich_text(said["text"]), task=task))
    summary = rich_text(words["summary"]) if lesson.summary else lesson.summary
    return replace(lesson, title=words["title"].strip(), summary=summary, steps=tuple(new_steps))


def _fits(words: dict, lesson: "Lesson") -> bool:
    """Return whether the translation gives every text the lesson has, each a text of good markup."""
    wanted = [("title", True), ("summary", bool(lesson.summary))]
    texts = [words.get(key) for key, needed in wanted if needed]
    for step, said in zip(lesson.steps, words["steps"]):
        if not isinstance(said, dict):
            return False
        texts += [said.get("title"), said.get("text")]
        if step.task is not None:
            texts += [said.get(key) for key, given in (("prompt", step.task.prompt), ("hint", step.task.hint)) if given]
    return all(isinstance(t, str) and t.strip() and markup_problem(t) is None for t in texts)
