"""The handout: one renderer writes the worked example as Markdown and as HTML."""

import re
from html.parser import HTMLParser

import numpy as np
import pytest

from bpviz.cli import main
from bpviz.engine import Network
from bpviz.engine.teaching.handout import to_html, to_markdown
from bpviz.engine.files.presets import load_preset
from bpviz.engine.teaching.worked_example import worked_example

PUBLISHED = ("0.593269992", "0.298371109", "0.35891648", "0.149780716")


@pytest.fixture
def hand_worked():
    preset = load_preset("worked-example")
    net = preset.network
    trace = net.step(preset.input, preset.target, preset.lr)
    return worked_example(trace, net.activations, net.loss, digits=9)


class Cells(HTMLParser):
    """Collects the text of every table row, cell by cell."""

    def __init__(self):
        super().__init__()
        self.rows, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def test_markdown_holds_the_published_numbers_and_the_weights_table(hand_worked):
    text = to_markdown(hand_worked, digits=9)
    for number in PUBLISHED:
        assert number in text
    assert "    x_1^(1) = σ(z_1^(1)) = σ(0.3775) = 0.593269992" in text
    assert "**L = 0.298371109**" in text
    assert "| `w_11^(2)` | 0.4 | 0.0821670406 | 0.35891648 |" in text
    assert "| `w_11^(1)` | 0.15 | 0.000438567734 | 0.149780716 |" in text
    assert text.count("\n| `") == 12  # every weight and bias, once
    for heading in ("## Forward pass", "## Loss", "## Backward pass", "## Update", "### Layer 2 (output)"):
        assert heading in text


def test_markdown_links_the_picture_when_given(hand_worked):
    assert "![The network](handout-network.png)" in to_markdown(hand_worked, image="handout-network.png")
    assert "![" not in to_markdown(hand_worked)


def test_html_tables_hold_the_same_numbers_with_real_subscripts(hand_worked):
    page = to_html(hand_worked, digits=9, title="Step 1", image="data:image/png;base64,AAAA")
    assert page.startswith("<!DOCTYPE html>") and "<title>Step 1</title>" in page
    assert '<img class="network" src="data:image/png;base64,AAAA"' in page
    assert "Σ<sub>i</sub> w<sub>1i</sub><sup>(1)</sup>" in page
    cells = Cells()
    cells.feed(page)
    rows = {row[0]: row[1:] for row in cells.rows if row}
    assert rows["x1(1) ="] == ["σ(z1(1)) = σ(0.3775)", "0.593269992"]
    assert rows["L ="][-1] == "0.298371109"
    assert rows["w11(2)"] == ["0.4", "0.0821670406", "0.35891648"]
    assert rows["w11(1)"] == ["0.15", "0.000438567734", "0.149780716"]


def test_words_pass_through_the_translator(hand_worked):
    def shout(text):  # a translation keeps the {placeholders} as they are
        return re.sub(r"(\{[^}]*\})|([^{}]+)", lambda m: m.group(1) or m.group(2).upper(), text)

    text = to_markdown(hand_worked, translate=shout)
    assert "# ONE STEP OF BACKPROPAGATION" in text and "## FORWARD PASS" in text
    assert "LEARNING RATE Α = 0.5" in text and "| PARAMETER | BEFORE |" in text


def test_softmax_cross_entropy_handout_writes_delta_as_y_minus_t():
    net = Network([2, 3, 3], ["tanh", "softmax"], "cross_entropy", seed=1)
    trace = net.step([0.2, -0.4], [0, 1, 0], 0.1)
    text = to_markdown(worked_example(trace, net.activations, net.loss, digits=6))
    assert "L = −Σ_k t_k log y_k = " in text
    assert re.search(r"δ_2\^\(2\) = y_2 − t_2 = [0-9.]+ − 1 = -", text)
    assert text.count("\n| `") == net.n_parameters


def test_explain_prints_html_on_request(capsys):
    assert main(["explain", "worked-example", "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    for number in PUBLISHED:
        assert number in out


def test_an_output_too_large_to_square_gives_an_infinite_loss_and_no_warning():
    import warnings
    net = Network([1, 1], ["linear"], "mse", seed=0)
    net.W[1][:] = 1e200  # y = 1e200 is finite, but (t − y)² overflows
    with np.errstate(over="ignore", invalid="ignore"):
        trace = net.step([1.0], [0.0], 0.1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        example = worked_example(trace, net.activations, net.loss)
    assert example.loss == float("inf")
