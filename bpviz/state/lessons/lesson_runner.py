"""LessonRunner: walks a learner through a lesson's steps, on the window's own document.

Entering a step carries out its actions through the Document's public methods (so every view
follows through the usual signals), then waits for its task: a typed prediction is checked
when the learner asks; stepping, editing, training and changing the network are noticed as
the document changes. Going back, or resuming a lesson left earlier, replays the actions of
every step up to that one, so a step always finds the document its text describes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from bpviz.engine.teaching.lessons import LessonEntry, Lesson, Step, load_all, load_lesson, read_entry

from bpviz.state.lessons import lesson_checks as checks
from bpviz.state.lessons.lesson_actions import apply_action, reveal
from bpviz.state.lessons.lesson_progress import LessonProgress, Progress
from bpviz.state.document.parsing import in_locale, parse_number

HINT_AFTER_TRIES = 3  # wrong answers before the feedback shows the engine's number


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonRunner", text)


class LessonRunner(QObject):
    """The lesson in progress, its current step, and whether that step's task is done."""

    lessonChanged = Signal()          # a lesson started or was left
    stepChanged = Signal()            # another step is shown
    taskChanged = Signal()            # the task passed, or new feedback is shown
    progressChanged = Signal()        # saved progress changed (the chooser's list)
    layoutRequested = Signal(str)     # "step" or "train"
    panelRequested = Signal(str)      # a panel or tab to bring forward (lesson_schema.PANELS)
    messageRaised = Signal(str)       # an action could not be done: the reason, in words
    finished = Signal(str)            # the lesson of this title was finished

    def __init__(self, doc, settings: QSettings, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.doc = doc
        self.language = language  # the shipped lessons are read in it, where translated
        self.store = LessonProgress(settings)
        self.lesson: Lesson | None = None
        self.index = 0
        self.passed = False            # the current step's task is done (or it has none)
        self.feedback = ""             # rich text under the task
        self.feedback_ok: bool | None = None
        self._tries = 0
        self._start = checks.Baseline(0, 0, None)
        self._applying = False
        self._passed_steps: set[int] = set()
        for signal in (doc.cursorMoved, doc.weightsChanged, doc.structureChanged, doc.epochsChanged):
            signal.connect(self._on_document_changed)

    # -- reading --------------------------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        return self.lesson.steps[self.index] if self.lesson else None

    @property
    def at_last_step(self) -> bool:
        return self.lesson is not None and self.index == len(self.lesson.steps) - 1

    def entries(self) -> list[LessonEntry]:
        """Return the shipped lessons and those opened from files, each read or with its error."""
        return load_all(language=self.language) + [read_entry(p) for p in self.store.remembered_files()]

    def progress(self, lesson: Lesson) -> Progress:
        return self.store.get(lesson)

    def status(self, lesson: Lesson) -> str:
        """Return "✓ Done", "◐ In progress: step n of m" or "○ Not started", as the chooser lists it."""
        p = self.store.get(lesson)
        where = _tr("step {n} of {m}").format(n=p.step + 1, m=len(lesson.steps))
        if self.lesson is not None and self.lesson.id == lesson.id and self.lesson.path == lesson.path:
            where = _tr("step {n} of {m}").format(n=self.index + 1, m=len(lesson.steps))
            return _tr("▶ Open: {where}").format(where=where)
        if p.done:
            return _tr("✓ Done") if p.step == 0 else _tr("✓ Done · again at {where}").format(where=where)
        return _tr("◐ In progress: {where}").format(where=where) if p.started else _tr("○ Not started")

    def expected(self) -> float:
        """Return the engine's value the current prediction is checked against (ValueError if none)."""
        return checks.expected_value(self.doc, self.step.task)

    def symbol(self) -> str:
        task = self.step.task if self.step else None
        return checks.symbol(task) if task is not None and task.kind in ("predict", "edit") else ""

    # -- moving through a lesson ----------------------------------------------------------------

    def open_file(self, path: str | Path) -> Lesson:
        """Return the lesson in `path`; raise LessonFormatError. It is listed from now on either
        way, so a teacher sees a broken file's problems in the chooser and can fix them."""
        self.store.remember_file(Path(path))
        self.progressChanged.emit()
        return load_lesson(path)

    def start(self, lesson: Lesson, from_start: bool = False) -> None:
        """Open `lesson` where it was left (or at its first step), replaying the steps before."""
        self.lesson = lesson
        self._passed_steps = set()
        index = 0 if from_start else self.store.get(lesson).step
        self.lessonChanged.emit()
        self._enter(index, replay=True)

    def next(self) -> None:
        """Go on to the next step once the task is done; past the last, the lesson is finished."""
        if self.lesson is None or not self.passed:
            return
        if self.at_last_step:
            title = self.lesson.title
            self.store.mark_done(self.lesson)
            self.leave(save=False)
            self.finished.emit(title)
            return
        self._enter(self.index + 1, replay=False)

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self._enter(self.index - 1, replay=True)

    def leave(self, save: bool = True) -> None:
        """Close the lesson, keeping its step for next time; the document stays as it is."""
        if self.lesson is None:
            return
        if save:
            self.store.save_step(self.lesson, self.index)
        self.lesson = None
        self.lessonChanged.emit()
        self.progressChanged.emit()

    def check(self, answer: str | None = None) -> bool:
        """Check the task now (a prediction needs the typed `answer`); return whether it passed."""
        task = self.step.task if self.step else None
        if task is None or self.passed:
            return self.passed
        if task.kind == "predict":
            return self._check_prediction(task, answer or "")
        try:
            done = checks.is_done(self.doc, task, self._start)
        except ValueError as e:
            self._say(False, _tr("This task cannot be checked: {reason}.").format(reason=e))
            return False
        if done:
            self._pass(_tr("Done."))
        else:
            self._say(False, _tr("Not yet: {hint}").format(hint=task.hint or task.prompt)
                      if task.hint or task.prompt else _tr("Not yet."))
        return done

    # -- helpers --------------------------------------------------------------------------------

    def _enter(self, index: int, replay: bool) -> None:
        steps = self.lesson.steps
        self._applying = True
        try:
            with self.doc.changes_told_once():  # the views draw the step reached, not each on the way
                for k in range(0 if replay else index, index + 1):
                    for action in steps[k].actions:
                        self._apply(k, action)
        finally:
            self._applying = False
        self.index = index
        self.store.save_step(self.lesson, index)
        task = steps[index].task
        self._start = checks.baseline(self.doc, task)
        self._tries = 0
        self.feedback, self.feedback_ok = "", None
        self.passed = task is None or index in self._passed_steps
        if task is not None and task.kind != "predict" and not self.passed:
            self._auto_check()
        self.stepChanged.emit()
        self.taskChanged.emit()
        self.progressChanged.emit()

    def _apply(self, k: int, action) -> None:
        try:
            apply_action(self.doc, action, self._on_view_requested)
        except ValueError as e:
            self.messageRaised.emit(_tr("Lesson step {n}: could not {what}: {reason}.")
                                    .format(n=k + 1, what=action.kind.replace("_", " "), reason=e))

    def _on_view_requested(self, kind: str, name: str) -> None:
        (self.layoutRequested if kind == "layout" else self.panelRequested).emit(name)

    def _check_prediction(self, task, answer: str) -> bool:
        try:
            typed = parse_number(answer, _tr("Your answer"))
            expected = checks.expected_value(self.doc, task)
        except ValueError as e:
            self._say(False, str(e))
            return False
        symbol = checks.symbol(task)
        if task.tolerance.accepts(typed, expected):
            if task.args["quantity"] == "weakest_layer":
                self._pass(_tr("Right: layer {n} has the smallest gradient.").format(n=int(expected)))
            else:
                self._pass(_tr("Right: {symbol} = {value}").format(symbol=symbol, value=_number(expected)))
            if task.args.get("reveal", True):
                self._reveal(task)
            return True
        self._tries += 1
        if task.args["quantity"] == "weakest_layer":
            words = [_tr("Not yet: layer {typed} is not the one.").format(typed=_number(typed))]
        else:
            words = [_tr("Not yet: {typed} is not {symbol} {tolerance}.").format(
                typed=_number(typed), symbol=symbol, tolerance=checks.tolerance_words(task.tolerance))]
        if expected != 0 and typed != 0 and (typed < 0) != (expected < 0):
            words.append(_tr("Check the sign."))
        if task.hint:
            words.append(task.hint)
        if self._tries >= HINT_AFTER_TRIES:
            words.append(_tr("The engine's value is {value}; type it to go on.").format(value=_number(expected)))
        self._say(False, " ".join(words))
        return False

    def _reveal(self, task) -> None:
        """After a right prediction, step through to the event that shows the number on screen."""
        try:
            index = checks.reveal_index(self.doc, task)
        except ValueError:
            return
        if index is not None:
            self._applying = True
            try:
                reveal(self.doc, index)
            finally:
                self._applying = False

    def _pass(self, text: str) -> None:
        self.passed = True
        self._passed_steps.add(self.index)
        self._say(True, text)

    def _say(self, ok: bool, text: str) -> None:
        self.feedback, self.feedback_ok = text, ok
        self.taskChanged.emit()

    def _auto_check(self) -> None:
        try:
            if checks.is_done(self.doc, self.step.task, self._start):
                self._pass(_tr("Done."))
        except ValueError:
            pass  # e.g. the learner removed the layer the task names: Check says so

    def _on_document_changed(self) -> None:
        if self.lesson is None or self._applying or self.passed:
            return
        task = self.step.task
        if task is None or task.kind == "predict":
            return
        if task.kind == "train" and not self.doc.runs.epochs:
            self._start = self._start._replace(epoch=0)  # training was reset: count from zero
        self._auto_check()


def _number(value: float) -> str:
    """Return a number at full useful precision for feedback (9 significant digits)."""
    return in_locale(f"{value:.9g}")
