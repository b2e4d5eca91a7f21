"""The hostile-input corpus through the API and `bpviz explain`: refused at once, in words.

Every case is bounded in time (a hang fails), leaves the process under MEMORY_LIMIT, leaves
its file as it was, and is refused with the format's own error naming the problem; never a
RecursionError, a plain ValueError of Python's, or a wait on a pipe.
"""

from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from bpviz.cli import main as bpviz_main
from bpviz.engine.data.csv_data import CSVError, load_csv
from bpviz.engine.files.json_document import NetworkFormatError
from bpviz.engine.teaching.lessons import LessonFormatError, load_lesson, read_entry
from bpviz.engine.files.network_file import load_network
from bpviz.engine.files.presets import load_document
from bpviz.engine.files.recovery_file import read_recovery_file
from tests.hostile_corpus import (
    MEMORY_LIMIT, bounded, csv_cases, document_cases, fingerprint, lesson_cases, peak_memory,
)

@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return {"json": document_cases(folder / "json"), "toml": lesson_cases(folder / "toml"),
            "csv": csv_cases(folder / "csv")}


def refused(read, case, errors) -> str:
    """Run `read(case.path)` under the guards; return the message it was refused with."""
    before = fingerprint(case.path)
    with bounded():
        with pytest.raises(errors) as raised:
            read(case.path)
    assert fingerprint(case.path) == before, f"{case.path.name} was changed"
    assert peak_memory() < MEMORY_LIMIT
    message = raised.value.strerror if isinstance(raised.value, OSError) and raised.value.strerror \
        else str(raised.value)
    assert case.says in message, f"{case.path.name}: {message!r} does not say {case.says!r}"
    return message


FILE_LEVEL = {"fifo.json", "folder.json", "zero.json", "too-big.json", "nested.json", "nested-objects.json",
              "huge-int.json", "surrogate.json"}  # refused before any reader looks at a field


def test_every_document_case_is_refused_by_every_reader(corpus):
    for case in corpus["json"]:
        refused(load_document, case, (NetworkFormatError, OSError))
        if case.path.name in FILE_LEVEL or case.path.name in ("wide.json", "img-loss.json"):
            refused(load_network, case, (NetworkFormatError, OSError))  # reads a document's network
        if case.path.name in FILE_LEVEL:
            refused(read_recovery_file, case, (NetworkFormatError, OSError))


def test_every_document_case_is_refused_by_bpviz_explain_in_one_line(corpus):
    for case in corpus["json"]:
        out, err = io.StringIO(), io.StringIO()
        with bounded(), redirect_stdout(out), redirect_stderr(err):
            status = bpviz_main(["explain", str(case.path)])
        assert status == 2 and out.getvalue() == ""
        lines = err.getvalue().splitlines()
        assert len(lines) == 1 and lines[0].startswith("bpviz explain: error: "), err.getvalue()
        assert case.says in lines[0]


def test_explain_refuses_a_fifo_as_a_real_command_without_waiting(corpus):
    fifo = next(c.path for c in corpus["json"] if c.path.name == "fifo.json")
    result = subprocess.run([sys.executable, "-m", "bpviz", "explain", str(fifo)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "pipe (FIFO)" in result.stderr and "Traceback" not in result.stderr


def test_every_lesson_case_is_refused_and_listed_with_its_problem(corpus):
    for case in corpus["toml"]:
        refused(load_lesson, case, LessonFormatError)
        with bounded():
            entry = read_entry(case.path)
        assert entry.lesson is None and case.says in entry.error


def test_every_csv_case_is_refused_naming_the_problem(corpus):
    for case in corpus["csv"]:
        refused(load_csv, case, (CSVError, OSError))


@pytest.mark.parametrize("value, says", [
    ("1_000", "'1_000' is not a number"), ("\u0661", "is not a number"), ("1e-400", "too small to tell from 0"),
    ("nan", "not a finite number"),
])
def test_explain_reads_typed_numbers_by_the_plain_number_rule(value, says):
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        status = bpviz_main(["explain", "worked-example", "--input", "0.05", value])
    assert status == 2 and says in err.getvalue()


def test_explain_refuses_a_learning_rate_past_the_limit():
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        status = bpviz_main(["explain", "worked-example", "--lr", "1e6"])
    assert status == 2 and "0 to 10" in err.getvalue()
