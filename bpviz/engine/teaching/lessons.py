"""Lessons: guided walks through the seed, written as TOML files a teacher can edit.

A lesson is a title and a list of steps; each step has a text, actions that set the
document up (load a preset, set a weight, point at a neuron) and at most one task the
learner must do before going on (step through to an event, predict a number, edit a
weight, train, change the network). The keys are in `lesson_schema`; the README's
"Writing a lesson" shows a whole file. A bad file raises LessonFormatError naming the
line of each problem. Nothing here runs a lesson: bpviz.state.lessons.lesson_runner does.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bpviz.engine.files import paths
from bpviz.engine.files.bounded_read import FileTooLarge, read_regular_file
from bpviz.engine.teaching.lesson_markup import markup_problem, rich_text
from bpviz.engine.teaching.lesson_translation import translated
from bpviz.engine.limits import MAX_LESSON_BYTES, MAX_LESSON_STEPS
from bpviz.engine.teaching.lesson_schema import (
    ACTIONS, COMMON_TASK_KEYS, TASKS, TOLERANCE_KEYS, BadValue, Key, combination_problem,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib

LESSON_FORMAT = "bpviz-lesson"
LESSON_VERSION = 1
# LESSON_MIGRATIONS[v] turns a version-v lesson (a dict) into a version-(v + 1) one.
LESSON_MIGRATIONS: dict[int, Callable[[dict], dict]] = {}
LESSONS = paths.RESOURCES / "lessons"
DEFAULT_DIGITS = 3

TOP_KEYS = {"format", "version", "title", "summary", "steps"}
STEP_KEYS = {"title", "text", "actions", "task"}


class LessonFormatError(ValueError):
    """A lesson file that cannot be used; `problems` lists (line, message), line 0 when unknown."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source, self.problems = source, problems
        super().__init__("\n".join(f"{source}, line {line}: {message}" if line else f"{source}: {message}"
                                   for line, message in problems))


# -- what a lesson holds --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tolerance:
    """How close a typed number must be: `digits` significant digits, or an absolute or relative gap."""

    digits: int | None = DEFAULT_DIGITS
    absolute: float | None = None
    relative: float | None = None

    def accepts(self, typed: float, expected: float) -> bool:
        """Return whether `typed` is `expected` within the tolerance.

        With digits d: within one unit of the d-th significant digit of `expected`, so both a
        rounded and a cut-off answer pass (0.378 and 0.377 for 0.3775 at 3 digits).
        """
        if not (math.isfinite(typed) and math.isfinite(expected)):
            return False
        gap = abs(typed - expected)
        if self.absolute is not None:
            return gap <= self.absolute * (1 + 1e-12)
        if self.relative is not None:
            return gap <= self.relative * abs(expected)
        if expected == 0:
            return gap <= 10.0 ** -self.digits
        unit = 10.0 ** (math.floor(math.log10(abs(expected))) - self.digits + 1)
        return gap <= unit * (1 + 1e-9)

    def describe(self) -> str:
        if self.absolute is not None:
            return "exactly" if self.absolute == 0 else f"to within {self.absolute:g}"
        if self.relative is not None:
            return f"to within {self.relative:.3g} × the value"
        return f"to {self.digits} significant digits"


@dataclass(frozen=True)
class Action:
    """One change the step makes when it starts: `kind` (a key of ACTIONS) and its checked keys."""

    kind: str
    args: dict = field(default_factory=dict)
    line: int = 0


@dataclass(frozen=True)
class Task:
    """What the learner must do: `kind` (a key of TASKS), its keys, and the words around it."""

    kind: str
    args: dict = field(default_factory=dict)
    prompt: str = ""          # rich text
    hint: str = ""            # rich text, shown after a wrong answer
    tolerance: Tolerance | None = None  # predict, and edit to a value
    line: int = 0


@dataclass(frozen=True)
class Step:
    title: str
    text: str                 # rich text
    actions: tuple[Action, ...] = ()
    task: Task | None = None
    line: int = 0


@dataclass(frozen=True)
class Lesson:
    id: str                   # the file's name without .toml; progress is kept under it
    title: str
    summary: str
    steps: tuple[Step, ...]
    path: Path | None = None

    def __repr__(self) -> str:
        return f"Lesson({self.id!r}, {len(self.steps)} steps)"


@dataclass(frozen=True)
class LessonEntry:
    """A lesson file as the chooser lists it: the lesson, or why it cannot be used."""

    path: Path
    lesson: Lesson | None
    error: str | None


# -- reading ---------------------------------------------------------------------------------------

def lesson_paths(folder: Path = LESSONS) -> list[Path]:
    """Return the lesson files in `folder`, in name order (01-…, 02-…)."""
    return sorted(Path(folder).glob("*.toml"))


def load_all(folder: Path = LESSONS, language: str = "en") -> list[LessonEntry]:
    """Return every lesson file in `folder`, each read or with its error (never raises for a
    file), in `language` where the lesson has a translation into it (lesson_translation)."""
    return [read_entry(path, language) for path in lesson_paths(folder)]


def read_entry(path: Path, language: str = "en") -> LessonEntry:
    """Return the lesson in `path`, or why it cannot be used: one bad file never stops the list."""
    try:
        return LessonEntry(Path(path), translated(load_lesson(path), language), None)
    except LessonFormatError as e:
        return LessonEntry(Path(path), None, str(e))
    except Exception as e:  # a parser's failure no file should cause: said, and the list goes on
        return LessonEntry(Path(path), None, f"{Path(path).name}: cannot be read ({type(e).__name__}: {e})")


def load_lesson(path: str | Path) -> Lesson:
    """Return the lesson in the TOML file `path`; raise LessonFormatError naming each bad line."""
    path = Path(path)
    try:
        text = read_regular_file(path, MAX_LESSON_BYTES).decode("utf-8")
    except FileTooLarge as too_big:
        raise LessonFormatError(path.name, [(0, str(too_big))]) from None
    except UnicodeDecodeError as e:
        raise LessonFormatError(path.name, [(0, f"not UTF-8 text (byte at offset {e.start})")]) from None
    except OSError as e:
        raise LessonFormatError(path.name, [(0, e.strerror or str(e))]) from None
    return parse_lesson(text, path.stem, source=path.name, path=path)


def parse_lesson(text: str, lesson_id: str, source: str = "lesson", path: Path | None = None) -> Lesson:
    """Return the lesson TOML `text` describes; raise LessonFormatError listing every problem found."""
    try:
        data = tomllib.loads(text)
        reader = _Reader(text)
        data = reader.header(data)
        steps = reader.steps(data.get("steps"))
    except tomllib.TOMLDecodeError as e:
        raise LessonFormatError(source, [_decode_problem(str(e))]) from None
    except RecursionError:
        raise LessonFormatError(source, [(0, "not valid TOML for a lesson: arrays or tables nested too deeply")]) from None
    except ValueError as e:  # an integer of thousands of digits, which Python refuses to convert
        if isinstance(e, LessonFormatError):
            raise
        raise LessonFormatError(source, [(0, "not valid TOML for a lesson: a number with thousands of digits")]) from None
    if reader.problems:
        raise LessonFormatError(source, reader.problems)
    return Lesson(lesson_id, data["title"].strip(), rich_text(data.get("summary", "")), steps, path)


def _decode_problem(message: str) -> tuple[int, str]:
    """Return (line, words) for a TOML syntax error ("Invalid value (at line 3, column 9)")."""
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
    if not m:
        return 0, f"not valid TOML: {message}"
    words = message[:m.start()] + message[m.end():]
    return int(m.group(1)), f"not valid TOML: {words.strip()} (column {m.group(2)})"


class _Reader:
    """Checks the parsed TOML against the schema, noting each problem with its line."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.problems: list[tuple[int, str]] = []
        # Where each [[steps]] table starts; a step's keys are looked for between two of them.
        self.step_starts = [n for n, line in enumerate(self.lines, 1)
                            if re.match(r"\s*\[\[\s*steps\s*\]\]", line)]

    def problem(self, line: int, message: str) -> None:
        self.problems.append((line, message))

    def find(self, pattern: str, start: int = 1, end: int | None = None, nth: int = 0) -> int:
        """Return the line number of the nth line in [start, end) matching `pattern`, else `start`."""
        end = end or len(self.lines) + 1
        seen = 0
        for n in range(max(start, 1), min(end, len(self.lines) + 1)):
            if re.search(pattern, self.lines[n - 1]):
                if seen == nth:
                    return n
                seen += 1
        return start if start <= len(self.lines) else 0

    def key_line(self, key: str, start: int = 1, end: int | None = None) -> int:
        return self.find(rf"(^|[{{,\s]){re.escape(key)}\s*=", start, end)

    def header(self, data: dict) -> dict:
        for key in sorted(set(data) - TOP_KEYS):
            self.problem(self.key_line(key), f"unknown key \"{key}\"; a lesson has {', '.join(sorted(TOP_KEYS))}")
        if data.get("format") != LESSON_FORMAT:
            found = _spelled(data.get("format"))
            self.problem(self.key_line("format"), f'the first line must be format = "{LESSON_FORMAT}", found {found}')
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and 1 <= version <= LESSON_VERSION:
            for v in range(version, LESSON_VERSION):
                data = LESSON_MIGRATIONS[v](data)
        else:
            self.problem(self.key_line("version"), f"version must be a whole number from 1 to {LESSON_VERSION}, "
                                                    f"found {version!r}")
        for key in ("title", "summary"):
            if key in data and (not isinstance(data[key], str) or not data[key].strip()):
                self.problem(self.key_line(key), f"{key} must be text in quotes")
        if "title" not in data:
            self.problem(1, 'the lesson needs a title = "…"')
        elif isinstance(data.get("summary"), str):
            self.markup(data["summary"], self.key_line("summary"), "summary")
        return data

    def steps(self, steps: Any) -> tuple[Step, ...]:
        if not isinstance(steps, list) or not steps or not all(isinstance(s, dict) for s in steps):
            self.problem(0, "the lesson needs at least one step: a [[steps]] table with a title and a text")
            return ()
        if len(steps) > MAX_LESSON_STEPS:
            self.problem(0, f"the lesson has {len(steps):,} steps; a lesson has at most {MAX_LESSON_STEPS}")
            return ()
        return tuple(self.step(n, raw) for n, raw in enumerate(steps))

    def step(self, n: int, raw: dict) -> Step:
        start = self.step_starts[n] if n < len(self.step_starts) else 1
        end = self.step_starts[n + 1] if n + 1 < len(self.step_starts) else None
        where = f"step {n + 1}"
        for key in sorted(set(raw) - STEP_KEYS):
            self.problem(self.key_line(key, start, end),
                         f"{where}: unknown key \"{key}\"; a step has {', '.join(sorted(STEP_KEYS))}")
        for key in ("title", "text"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                self.problem(self.key_line(key, start, end) if key in raw else start,
                             f'{where}: needs a {key} = "…"')
            else:
                self.markup(value, self.key_line(key, start, end), f"{where}, {key}")
        actions = raw.get("actions", [])
        if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
            self.problem(self.key_line("actions", start, end),
                         f"{where}: actions must be a list of tables, e.g. [{{ do = \"focus\", layer = 1, j = 1 }}]")
            actions = []
        parsed = tuple(self.action(f"{where}, action {m + 1}", a, self.find(r"\bdo\s*=", start, end, m), end)
                       for m, a in enumerate(actions))
        task = raw.get("task")
        if task is not None and not isinstance(task, dict):
            self.problem(self.key_line("task", start, end), f"{where}: task must be a table, e.g. "
                                                            "task = { kind = \"step\", phase = \"loss\" }")
            task = None
        line = self.find(r"^\s*\[\s*steps\.task\s*\]|(^|[\s,{])task\s*=", start, end)
        return Step(str(raw.get("title", "")).strip(), rich_text(str(raw.get("text", ""))), parsed,
                    self.task(f"{where}, task", task, line, end) if task is not None else None, start)

    def action(self, where: str, raw: dict, line: int, end: int | None) -> Action:
        kind = raw.get("do")
        if kind not in ACTIONS:
            self.problem(line, f"{where}: unknown action do = {_spelled(kind)}; allowed: {', '.join(ACTIONS)}")
            return Action("", {}, line)
        args = self.keys(where, {k: v for k, v in raw.items() if k != "do"}, ACTIONS[kind], line, end)
        if args is not None:
            self.combination(where, kind, args, line)
        return Action(kind, args or {}, line)

    def task(self, where: str, raw: dict, line: int, end: int | None) -> Task | None:
        kind = raw.get("kind")
        if kind not in TASKS:
            self.problem(line, f"{where}: unknown kind = {_spelled(kind)}; allowed: {', '.join(TASKS)}")
            return None
        args = self.keys(where, raw, {**COMMON_TASK_KEYS, **TASKS[kind]}, line, end)
        if args is None:
            return None
        self.combination(where, kind, args, line)
        for key in ("prompt", "hint"):
            if key in args:
                self.markup(args[key], self.key_line(key, line, end), f"{where}, {key}")
        tolerance = None
        if kind == "predict" or (kind == "edit" and "value" in args):
            given = {k: args[k] for k in TOLERANCE_KEYS if k in args}
            tolerance = Tolerance(**given) if ("digits" in given or not given) else Tolerance(None, **given)
        prompt, hint = rich_text(args.pop("prompt", "")), rich_text(args.pop("hint", ""))
        for key in ("kind", *TOLERANCE_KEYS):
            args.pop(key, None)
        return Task(kind, args, prompt, hint, tolerance, line)

    def keys(self, where: str, raw: dict, schema: dict[str, Key], line: int, end: int | None) -> dict | None:
        """Return the checked values of `raw`, or None after noting its problems."""
        args, ok = {}, True
        for key, value in raw.items():
            if key not in schema:
                self.problem(self.key_line(key, line, end),
                             f"{where}: unknown key \"{key}\"; allowed here: {', '.join(schema)}")
                ok = False
                continue
            try:
                args[key] = schema[key].check(value)
            except BadValue as e:
                self.problem(self.key_line(key, line, end), f"{where}: {key} {e}")
                ok = False
        for key, spec in schema.items():
            if spec.required and key not in raw:
                self.problem(line, f"{where}: needs {key} = …")
                ok = False
        return args if ok else None

    def combination(self, where: str, kind: str, args: dict, line: int) -> None:
        problem = combination_problem(kind, args)
        if problem:
            self.problem(line, f"{where}: {problem}")

    def markup(self, text: str, line: int, where: str) -> None:
        problem = markup_problem(text)
        if problem:
            self.problem(line, f"{where}: {problem}")


def _spelled(value: Any) -> str:
    return "nothing" if value is None else f'"{value}"' if isinstance(value, str) else repr(value)
