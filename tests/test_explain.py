"""`bpviz explain`: the worked example printed headless, and its refusals."""

import json

import numpy as np

import pytest

from bpviz.cli import main


def run(capsys, *argv):
    status = main(["explain", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_worked_example_preset_prints_the_published_numbers(capsys):
    status, out, err = run(capsys, "worked-example")
    assert status == 0 and err == ""
    assert "z_1^(1) = Σ_i w_1i^(1) x_i^(0) + b_1^(1) = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775" in out
    assert "x_1^(1) = σ(z_1^(1)) = σ(0.3775) = 0.593269992" in out
    assert "= 0.298371109" in out
    assert "w_11^(2) ← w_11^(2) − α ∂L/∂w_11^(2) = 0.4 − 0.5·0.0821670406 = 0.35891648" in out
    assert "= 0.149780716" in out
    for symbol in ("∂L/∂x_1^(1)", "δ_2^(1)", "∂L/∂w_22^(1)", "∂L/∂b_2^(2)", "b_2^(1) ←"):
        assert symbol in out


def test_json_format_carries_full_precision_values(capsys):
    status, out, _ = run(capsys, "worked-example", "--format", "json")
    data = json.loads(out)
    assert status == 0 and data["lr"] == 0.5 and data["sizes"] == [2, 2, 2]
    loss = data["sections"][1]["equations"][0]
    assert loss["kind"] == "loss" and loss["value"] == pytest.approx(0.298371109, abs=1e-9)
    update = {(e["layer"], e["j"], e["i"]): e["value"] for e in data["sections"][3]["equations"]
              if e["kind"] == "W_after"}
    assert update[(2, 1, 1)] == pytest.approx(0.35891648, abs=1e-8)


def test_input_target_lr_and_digits_override_the_preset(capsys):
    status, out, _ = run(capsys, "worked-example", "--input", "1,0", "--target", "0", "1",
                         "--lr", "0.1", "--digits", "4")
    assert status == 0
    assert "0.15·1 + 0.2·0 + 0.35 = 0.5" in out
    assert "learning rate α = 0.1" in out


def test_a_saved_network_file_needs_an_example(capsys, tmp_path):
    from bpviz.engine import Network, save_network

    path = tmp_path / "net.json"
    save_network(Network([2, 3, 1], ["tanh", "sigmoid"], "cross_entropy", seed=1), path)
    status, _, err = run(capsys, str(path))
    assert status == 2 and "give --input and --target" in err
    status, out, _ = run(capsys, str(path), "--input", "0.5", "-1", "--target", "1")
    assert status == 0 and "δ_1^(2) = y_1 − t_1" in out


@pytest.mark.parametrize("argv, message", [
    (["no-such-thing"], "no such file or preset"),
    (["worked-example", "--input", "1", "2", "3"], "the network has 2 inputs, 3 values given"),
    (["worked-example", "--target", "a", "b"], "'a' is not a number"),
    (["worked-example", "--input", "nan", "1"], "not a finite number"),
    (["worked-example", "--digits", "40"], "choose 1 to 17"),
    (["worked-example", "--lr", "fast"], "--lr: 'fast' is not a number"),
    (["worked-example", "--lr", "-1"], "learning rate"),
])
def test_bad_input_gives_one_line_and_status_2(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_damaged_file_names_the_problem(capsys, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "bpviz-network", "version": 1, "sizes": [2, "x"]}')
    status, _, err = run(capsys, str(path))
    assert status == 2 and "sizes" in err and err.count("\n") == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("bpviz ")


BATCH = ("--input", "0.05", "0.1", "--target", "0.01", "0.99", "--input", "0.5", "-0.2", "--target", "0.9", "0.1",
         "--input", "1", "1", "--target", "0", "1")


def test_a_batch_shows_each_samples_terms_then_the_mean_the_update_uses(capsys):
    status, out, err = run(capsys, "worked-example", *BATCH, "--digits", "4")
    assert status == 0 and err == ""
    assert "A batch of 3 samples" in out and "Sample 3: input x^(0) = (1, 1); target t = (0, 1)." in out
    for k in (1, 2, 3):
        assert f"## Sample {k} · forward pass" in out and f"## Sample {k} · backward pass" in out
    assert "∂L_2/∂w_11^(1) = δ_1^(1) x_1^(0)" in out
    assert "L = (1/B) Σ_n L_n = (1/3)·(0.2984 + " in out
    assert "∂L/∂w_12^(1) = (1/B) Σ_n ∂L_n/∂w_12^(1) = (1/3)·(0.0008771 + (-0.00231) + " in out


def test_a_batch_in_json_gives_the_mean_and_each_samples_term_as_network_step_does(capsys):
    from bpviz.engine.files.presets import load_preset
    status, out, _ = run(capsys, "worked-example", *BATCH, "--format", "json")
    assert status == 0
    data = json.loads(out)
    net = load_preset("worked-example").network
    X, T = np.array([[0.05, 0.1], [0.5, -0.2], [1, 1]]), np.array([[0.01, 0.99], [0.9, 0.1], [0, 1]])
    trace = net.step(X, T, 0.5)
    assert data["loss"] == float(trace.loss)
    gradients = [e for s in data["sections"] for e in s["equations"] if e["kind"] in ("dW", "db")]
    assert len(gradients) == 12
    for e in gradients:
        l, j = e["layer"], e["j"] - 1
        if e["kind"] == "dW":
            i = e["i"] - 1
            assert e["value"] == float(trace.dW[l][j, i])  # Network.step's, bit for bit
            assert e["per_sample"] == [float(trace.delta[l][s, j] * X[s, i] if l == 1 else
                                             trace.delta[l][s, j] * trace.x[1][s, i]) for s in range(3)]
        else:
            assert e["value"] == float(trace.db[l][j])
            assert e["per_sample"] == [float(v) for v in trace.delta[l][:, j]]
        assert np.mean(e["per_sample"]) == pytest.approx(e["value"], rel=1e-12, abs=1e-18)
    updates = {(e["layer"], e["j"], e["i"]): e["value"] for s in data["sections"] for e in s["equations"]
               if e["kind"] == "W_after"}
    assert updates[(1, 1, 1)] == float(trace.W_after[1][0, 0])
    one = json.loads(run(capsys, "worked-example", "--format", "json")[1])
    assert all("per_sample" not in e for s in one["sections"] for e in s["equations"])


@pytest.mark.parametrize("argv, says", [
    (("--input", "0.1", "0.2", "--input", "0.3", "0.4", "--target", "0", "1"), "2 inputs but 1 targets"),
    (("--input", "0.1", "--target", "0", "1", "--input", "0.3", "0.4", "--target", "0", "1"),
     "--input 1: the network has 2 inputs, 1 values given"),
    (tuple(a for _ in range(17) for a in ("--input", "0", "0", "--target", "0", "0")), "up to 16"),
])
def test_a_batch_that_does_not_fit_is_refused_in_one_line(capsys, argv, says):
    status, out, err = run(capsys, "worked-example", *argv)
    assert status == 2 and out == "" and says in err and len(err.strip().splitlines()) == 1
