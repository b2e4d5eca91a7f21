"""Where each lesson was left, and which are done, kept in the person's settings (QSettings).

Shipped lessons are kept under their name; a lesson opened from a file elsewhere under a key
made from its full path, so two files that share a name keep their own progress.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSettings

from bpviz.engine.teaching.lessons import LESSONS, Lesson

MAX_REMEMBERED_FILES = 12


class Progress(NamedTuple):
    step: int      # the step to resume at (0-based)
    done: bool     # finished at least once
    started: bool  # ever opened


class LessonProgress:
    """Read and write lesson progress in `settings` (group "lessons")."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, lesson: Lesson) -> Progress:
        key = progress_key(lesson)
        s = self.settings
        try:
            step = int(s.value(f"lessons/{key}/step", 0))
        except (TypeError, ValueError):
            step = 0  # a damaged settings file starts the lesson again
        step = min(max(step, 0), len(lesson.steps) - 1)
        return Progress(step, _true(s.value(f"lessons/{key}/done", False)),
                        s.contains(f"lessons/{key}/step"))

    def save_step(self, lesson: Lesson, step: int) -> None:
        self.settings.setValue(f"lessons/{progress_key(lesson)}/step", int(step))

    def mark_done(self, lesson: Lesson) -> None:
        key = progress_key(lesson)
        self.settings.setValue(f"lessons/{key}/done", True)
        self.settings.setValue(f"lessons/{key}/step", 0)  # the next start begins again

    def remembered_files(self) -> list[Path]:
        """Return the lesson files opened from disk before that still exist, newest first."""
        value = self.settings.value("lessons/files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in (value or []) if Path(p).is_file()]

    def remember_file(self, path: Path) -> None:
        path = Path(path).resolve()
        if path.parent == LESSONS.resolve():
            return  # shipped lessons are listed anyway
        files = [path] + [p for p in self.remembered_files() if p.resolve() != path]
        self.settings.setValue("lessons/files", [str(p) for p in files[:MAX_REMEMBERED_FILES]])


def progress_key(lesson: Lesson) -> str:
    """Return the settings key of a lesson: its name if shipped, else a digest of its path."""
    if lesson.path is None or Path(lesson.path).resolve().parent == LESSONS.resolve():
        return lesson.id
    digest = hashlib.sha1(str(Path(lesson.path).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"file-{digest}"


def _true(value) -> bool:
    return value is True or str(value).lower() == "true"
