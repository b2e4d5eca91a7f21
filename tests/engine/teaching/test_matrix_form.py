"""The matrix form: each layer's step as vectors and matrices, with the trace's own numbers."""

import json

import numpy as np
import pytest

from bpviz.cli import main
from bpviz.engine import Network
from bpviz.engine.files.presets import load_preset
from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.losses import LOSS_OUTPUTS
from bpviz.engine.teaching.matrix_form import matrix_form
from bpviz.engine.teaching.matrix_text import equation_lines, grid, unicode_symbol, wrapped_lines

CASES = [(hidden, output, loss) for loss, outputs in LOSS_OUTPUTS.items() for output in outputs
         for hidden in ACTIVATIONS if hidden != "softmax"]


def _worked():
    preset = load_preset("worked-example")
    net = preset.network
    return net, net.step(preset.input, preset.target, preset.lr)


def _by(equations, kind, layer):
    return next(e for e in equations if e.kind == kind and e.layer == layer)


def test_the_worked_examples_matrices_are_the_traces_numbers():
    net, trace = _worked()
    eqs = matrix_form(trace, net.activations, net.loss)
    z1 = _by(eqs, "z", 1)
    assert np.array_equal(z1.result.values[:, 0], trace.z[1][0])
    W, x, plus, b = z1.terms
    assert (W.symbol, x.symbol, plus, b.symbol) == ("W^{(1)}", "x^{(0)}", "+", "b^{(1)}")
    assert np.array_equal(W.values, trace.W_before[1]) and W.values.shape == (2, 2)  # rows: layer 1
    d1 = _by(eqs, "delta", 1)
    Wt, d2, odot, fp = d1.terms
    assert Wt.symbol == "(W^{(2)})^{T}" and np.array_equal(Wt.values, trace.W_before[2].T)
    assert np.array_equal(d2.values[:, 0], trace.delta[2][0]) and odot == "⊙"
    assert np.allclose(d1.result.values[:, 0], [0.00877135468, 0.00995425470], atol=1e-11)
    dW1 = _by(eqs, "dW", 1)
    assert np.array_equal(dW1.result.values, trace.dW[1])
    assert dW1.terms[1].values.shape == (1, 2)  # (x⁽⁰⁾)ᵀ, a row
    assert [e.phase for e in eqs].count("update") == 4 and eqs[-1].op == "←"


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_the_layer_equations_hold_with_the_numbers_shown(hidden, output, loss):
    net = Network([3, 4, 3, 2], [hidden, hidden, output], loss, seed=3)
    rng = np.random.default_rng(7)
    t = rng.uniform(0.1, 0.9, 2)
    if output == "softmax":
        t = np.array([0.0, 1.0])
    trace = net.step(rng.normal(size=3), t, 0.3)
    eqs = matrix_form(trace, net.activations, net.loss)
    for l in range(1, 4):
        W, x, _, b = _by(eqs, "z", l).terms
        assert np.allclose(W.values @ x.values + b.values, _by(eqs, "z", l).result.values, atol=1e-12)
        delta, x_row = _by(eqs, "dW", l).terms
        assert np.allclose(delta.values @ x_row.values, _by(eqs, "dW", l).result.values, atol=1e-12)
        W0, _, alpha, dW = _by(eqs, "W_after", l).terms
        assert np.allclose(W0.values - alpha.values[0, 0] * dW.values, _by(eqs, "W_after", l).result.values)
    for l in (1, 2):
        Wt, d_above, _, fp = _by(eqs, "delta", l).terms
        assert np.allclose((Wt.values @ d_above.values) * fp.values, _by(eqs, "delta", l).result.values,
                           atol=1e-12)
    out = _by(eqs, "delta", 3)
    if loss == "cross_entropy":
        y, _, target = out.terms
        assert np.allclose(y.values - target.values, out.result.values, atol=1e-12)
    else:
        dL_dx, _, fp = out.terms
        assert np.allclose(dL_dx.values * fp.values, out.result.values, atol=1e-12)


def test_a_grid_is_bracketed_with_its_symbol_above_and_its_shape_below():
    net, trace = _worked()
    W = _by(matrix_form(trace, net.activations, net.loss), "z", 1).terms[0]
    block = grid(W, 4)
    assert [line.strip() for line in block.lines] == ["W⁽¹⁾", "⎡0.15  0.2⎤", "⎣0.25  0.3⎦", "2×2"]
    assert len({len(line) for line in block.lines}) == 1  # one width: grids stand side by side
    hidden = grid(W, 4, known=lambda o, r, c: r == 0, mark=lambda o, r, c, text: f"<{text}>" if (r, c) == (0, 1) else text)
    assert hidden.lines[2].strip() == "⎣   ?    ?⎦" and "<0.2>" in hidden.marked[1]
    assert len(hidden.lines[2]) == len(block.lines[2])  # the same shape before its numbers are known
    assert unicode_symbol("(W^{(l+1)})^{T}") == "(W⁽ˡ⁺¹⁾)ᵀ"


def test_a_big_layer_shows_a_window_of_its_rows_with_the_others_marked():
    net = Network([3, 20, 2], ["tanh", "sigmoid"], "mse", seed=0)
    trace = net.step([0.1, 0.2, 0.3], [0.5, 0.5], 0.1)
    z1 = _by(matrix_form(trace, net.activations, net.loss), "z", 1)
    plain, _ = equation_lines(z1, 4, rows={1: range(8, 14)})
    body = [line for line in plain if "⎢" in line or "⎡" in line or "⎣" in line]
    assert len(body) == 8 and "⋯" in body[0] and "⋯" in body[-1]  # six rows and a ⋯ either side
    assert f"{trace.z[1][0, 8]:.4g}" in body[1]


def test_explain_prints_the_matrix_form_and_json_with_every_operand(capsys):
    assert main(["explain", "worked-example", "--form", "matrix", "--digits", "4"]) == 0
    out = capsys.readouterr().out
    assert "⎡0.008771⎤ = ⎡ 0.4   0.5⎤ ⎡ 0.1385⎤ ⊙ ⎡0.2413⎤" in out
    assert "`δ^(l) = (W^(l+1))^T δ^(l+1) ⊙ f'(z^(l))`" in out
    assert "| `w_11^(1)` | 0.15 |" in out  # the weights' table, as in the neuron form
    assert main(["explain", "worked-example", "--form", "matrix", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    d1 = next(e for e in data["equations"] if e["kind"] == "delta" and e["layer"] == 1)
    assert d1["terms"][0]["symbol"] == "(W^(2))^T" and d1["terms"][0]["shape"] == [2, 2]
    assert [v for (v,) in d1["result"]["values"]] == pytest.approx([0.00877135468, 0.0099542547])
    assert data["loss"] == pytest.approx(0.298371109)


def test_an_equation_too_wide_breaks_between_its_terms_each_part_within_the_width():
    net, trace = _worked()
    delta1 = _by(matrix_form(trace, net.activations, net.loss), "delta", 1)
    whole, _ = equation_lines(delta1, 4)
    assert max(map(len, whole)) > 30
    plain, _ = wrapped_lines(delta1, 4, 30)
    assert max(map(len, plain)) <= 30
    text = "\n".join(plain)
    assert "⊙ ⎡0.2413⎤" in text and "· ⎡ 0.1385⎤" in text  # the later parts open with their operator
    assert wrapped_lines(delta1, 4, 200)[0] == whole


@pytest.mark.parametrize("hidden, output, loss", CASES)
def test_a_batch_is_written_a_column_per_sample_and_its_equations_hold(hidden, output, loss):
    net = Network([3, 4, 2], [hidden, output], loss, seed=4)
    rng = np.random.default_rng(3)
    X = rng.normal(size=(3, 3))
    T = np.eye(2)[[0, 1, 1]] if output == "softmax" else rng.uniform(0.1, 0.9, (3, 2))
    trace = net.step(X, T, 0.3)
    eqs = matrix_form(trace, net.activations, net.loss)
    for l in (1, 2):
        z = _by(eqs, "z", l)
        W, X_in, plus, b, ones_row = z.terms
        assert z.result.symbol == f"Z^{{({l})}}" and z.result.values.shape == (net.sizes[l], 3)
        assert np.array_equal(z.result.values, trace.z[l].T)  # column n: sample n's z
        assert np.allclose(W.values @ X_in.values + b.values @ ones_row.values, z.result.values, atol=1e-12)
        dW = _by(eqs, "dW", l)
        mean, delta, X_T = dW.terms
        assert mean.values[0, 0] == 1 / 3 and np.array_equal(dW.result.values, trace.dW[l])
        assert np.allclose(mean.values[0, 0] * delta.values @ X_T.values, dW.result.values, atol=1e-14)
        db = _by(eqs, "db", l)
        assert np.allclose(db.terms[0].values[0, 0] * db.terms[1].values @ db.terms[2].values, db.result.values)
    Wt, d2, _, fp = _by(eqs, "delta", 1).terms
    assert np.allclose((Wt.values @ d2.values) * fp.values, trace.delta[1].T, atol=1e-13)
    assert [e.phase for e in eqs].count("update") == 4


def test_explain_writes_a_batch_in_matrix_form(capsys):
    status = main(["explain", "worked-example", "--form", "matrix", "--format", "json",
                   "--input", "0.05", "0.1", "--target", "0.01", "0.99",
                   "--input", "1", "0", "--target", "1", "0"])
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    data = json.loads(out)
    z1 = next(e for e in data["equations"] if e["kind"] == "z" and e["layer"] == 1)
    assert z1["general"] == "Z^(l) = W^(l) X^(l-1) + b^(l) 1^T" and z1["result"]["shape"] == [2, 2]
    assert z1["result"]["values"][0][0] == pytest.approx(0.3775, abs=1e-15)
    net = load_preset("worked-example").network
    trace = net.step([[0.05, 0.1], [1, 0]], [[0.01, 0.99], [1, 0]], 0.5)
    dW1 = next(e for e in data["equations"] if e["kind"] == "dW" and e["layer"] == 1)
    assert dW1["result"]["values"] == trace.dW[1].tolist()
