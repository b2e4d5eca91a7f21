"""The worked example: one step of backpropagation written out as the seed's equations
with every number substituted, the way a student would check it by hand.

`worked_example(trace, ...)` builds the equations once; bpviz.engine.teaching.handout writes them as
Markdown or HTML (for `bpviz explain` and the window's handout export alike), `to_json` as
data. Symbols are written in a small markup, `z_{1}^{(1)}`, that `plain` and `html` turn into
text or rich text.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import asdict, dataclass, field, replace

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.trace import StepTrace

@dataclass(frozen=True)
class Equation:
    """One line of the worked example: lhs = expression = value."""

    kind: str  # "z", "x", "loss", "dL_dx", "delta", "dW", "db", "W_after", "b_after"
    layer: int | None
    j: int | None  # 1-based, as written
    i: int | None  # 1-based, for weights
    lhs: str
    expression: str
    value: float
    op: str = "="  # "←" for the update
    per_sample: list | None = None  # in a batch, the gradient's (or loss's) term of each sample, in order
    sample: int | None = None  # in a batch, the sample (1-based) whose forward, loss or backward line this is


@dataclass(frozen=True)
class Section:
    title: str
    equations: list


@dataclass(frozen=True)
class Parameter:
    """One weight w_ji^(l) (i given) or bias b_j^(l) (i None): before, ∂L/∂w and after the update."""

    layer: int
    j: int  # 1-based, as written
    i: int | None
    symbol: str  # markup
    before: float
    gradient: float
    after: float


@dataclass(frozen=True)
class WorkedExample:
    sizes: list
    activations: list
    loss_name: str
    input: list
    target: list
    lr: float
    sections: list
    loss: float = float("nan")
    parameters: list = field(default_factory=list)  # every Parameter, layer by layer


# -- symbols --------------------------------------------------------------------------------


def idx(*indices: int) -> str:
    """Return subscript text for 1-based indices: "11", or "10,3" once any index has two digits."""
    sep = "," if any(k > 9 for k in indices) else ""
    return sep.join(str(k) for k in indices)


def sym(name: str, sub: str, layer: int | None = None) -> str:
    """Return the markup for a symbol such as z_j^(l)."""
    text = f"{name}_{{{sub}}}"
    return text if layer is None else f"{text}^{{({layer})}}"


_MARKUP = re.compile(r"([_^])\{([^}]*)\}")


def plain(markup: str) -> str:
    """Return markup as plain text: z_{1}^{(1)} becomes z_1^(1)."""
    return _MARKUP.sub(lambda m: m.group(1) + m.group(2), markup)


_BARE_SUBSCRIPT = re.compile(r"(?<=[A-Za-zΣ])_([a-z])\b")


@functools.lru_cache(maxsize=4096)  # the Inspector writes the same symbols at every step
def html(markup: str) -> str:
    """Return markup as rich text with real subscripts and superscripts.

    Bare one-letter subscripts, as in Σ_i and t_k, become subscripts too.
    """
    escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(
        lambda m: f"<{'sub' if m.group(1) == '_' else 'sup'}>{m.group(2)}</{'sub' if m.group(1) == '_' else 'sup'}>",
        escaped,
    )
    return _BARE_SUBSCRIPT.sub(r"<sub>\1</sub>", text)


def number(v: float, digits: int) -> str:
    """Return v with `digits` significant digits; negatives in parentheses inside products."""
    return f"{v:.{digits}g}"


def factor(v: float, digits: int) -> str:
    text = number(v, digits)
    return f"({text})" if v < 0 else text


# -- building -------------------------------------------------------------------------------


def worked_example(trace: StepTrace, activations: list, loss_name: str, digits: int = 9) -> WorkedExample:
    """Return every equation of one step, with the numbers substituted.

    The trace must include the update (Network.step or StepThrough). On one example: the
    forward pass, the loss, the backward pass and the update. On a batch of B examples: each
    sample's forward pass, loss and backward pass (its own ∂Lₙ/∂w), then the batch loss
    L = (1/B) Σₙ Lₙ, the batch gradients ∂L/∂w = (1/B) Σₙ ∂Lₙ/∂w (each with `per_sample`),
    and the update, which uses them.
    """
    if not trace.has_update:
        raise ValueError("the worked example needs a full step: forward, backward and update")
    a = trace.lr
    update, parameters = _update(trace, digits)
    facts = dict(sizes=[x.shape[1] for x in trace.x], activations=list(activations[1:]), loss_name=loss_name,
                 lr=float(a), parameters=parameters)
    if trace.n_samples == 1:
        loss_section, loss_value = _loss(trace, 0, activations, loss_name, digits)
        return WorkedExample(
            input=[float(v) for v in trace.x[0][0]], target=[float(v) for v in trace.T[0]],
            sections=[Section("Forward pass", _forward(trace, 0, activations, digits)),
                      Section("Loss", loss_section),
                      Section("Backward pass", _backward(trace, 0, loss_name, activations, digits,
                                                         trace.dW, trace.db)),
                      Section("Update", update)],
            loss=loss_value, **facts)
    B, sections, losses = trace.n_samples, [], []
    terms = [None] + [trace.sample_gradients(l) for l in range(1, trace.L + 1)]
    for s in range(B):
        dW = [None] + [terms[l][0][s] for l in range(1, trace.L + 1)]
        db = [None] + [terms[l][1][s] for l in range(1, trace.L + 1)]
        loss_section, loss_value = _loss(trace, s, activations, loss_name, digits)
        losses.append(loss_value)
        sections += [Section(f"Sample {s + 1} · forward pass", _of_sample(_forward(trace, s, activations, digits), s)),
                     Section(f"Sample {s + 1} · loss", _of_sample(loss_section, s)),
                     Section(f"Sample {s + 1} · backward pass", _of_sample(
                         _backward(trace, s, loss_name, activations, digits, dW, db, sample=s + 1), s))]
    n = lambda v: number(v, digits)
    mean = f"(1/{B})·(" + " + ".join(n(v) for v in losses) + ")"
    batch_loss = [Equation("loss", None, None, None, "L", f"(1/B) Σ_n L_n = {mean}", float(trace.loss),
                           per_sample=losses)]
    sections += [Section("Batch loss", batch_loss), Section("Batch gradients", _batch_gradients(trace, digits)),
                 Section("Update", update)]
    return WorkedExample(input=[[float(v) for v in row] for row in trace.x[0]],
                         target=[[float(v) for v in row] for row in trace.T], sections=sections,
                         loss=float(trace.loss), **facts)


def _of_sample(equations: list[Equation], s: int) -> list[Equation]:
    """Return `equations` marked as sample s's (0-based; written 1-based) in a batch."""
    return [replace(e, sample=s + 1) for e in equations]


def _forward(trace: StepTrace, s: int, activations: list, digits: int) -> list[Equation]:
    """Return z and x of every neuron for sample s, layer by layer."""
    n, fac = (lambda v: number(v, digits)), (lambda v: factor(v, digits))
    x, z, W, b = trace.x, trace.z, trace.W_before, trace.b_before
    sizes = [a.shape[1] for a in x]
    forward = []
    for l in range(1, trace.L + 1):
        f = ACTIVATIONS[activations[l]].symbol
        for j in range(sizes[l]):
            terms = " + ".join(f"{fac(W[l][j, i])}·{fac(x[l - 1][s, i])}" for i in range(sizes[l - 1]))
            forward.append(Equation("z", l, j + 1, None, sym("z", idx(j + 1), l),
                                    f"Σ_i {sym('w', idx(j + 1) + 'i', l)} {sym('x', 'i', l - 1)} + {sym('b', idx(j + 1), l)}"
                                    f" = {terms} + {fac(b[l][j])}", float(z[l][s, j])))
        for j in range(sizes[l]):
            forward.append(Equation("x", l, j + 1, None, sym("x", idx(j + 1), l),
                                    f"{f}({sym('z', idx(j + 1), l)}) = {f}({n(z[l][s, j])})",
                                    float(x[l][s, j])))
    return forward


def _loss(trace: StepTrace, s: int, activations: list, loss_name: str, digits: int) -> tuple[list[Equation], float]:
    """Return the loss equation of sample s, and its value."""
    n, L = (lambda v: number(v, digits)), trace.L
    y, t = trace.x[L][s], trace.T[s]
    k = range(y.shape[0])
    if loss_name == "mse":
        expr = "½ Σ_k (t_k − y_k)² = ½[" + " + ".join(f"({n(t[q])} − {n(y[q])})²" for q in k) + "]"
    elif activations[L] == "softmax":
        expr = "−Σ_k t_k log y_k = −[" + " + ".join(f"{n(t[q])}·log {n(y[q])}" for q in k) + "]"
    else:
        expr = "−Σ_k [t_k log y_k + (1 − t_k) log(1 − y_k)] = −[" + " + ".join(
            f"{n(t[q])}·log {n(y[q])} + {n(1 - t[q])}·log {n(1 - y[q])}" for q in k) + "]"
    value = float(trace.sample_losses[s])  # huge outputs: an infinite L, shown as such
    return [Equation("loss", None, None, None, "L" if trace.n_samples == 1 else f"L_{{{s + 1}}}", expr, value)], value


def _backward(trace: StepTrace, s: int, loss_name: str, activations: list, digits: int, dW: list, db: list,
              sample: int | None = None) -> list[Equation]:
    """Return ∂L/∂x, δ, ∂L/∂w and ∂L/∂b of sample s, from the output down; `dW`, `db` are the
    gradients its lines give (the batch's for one sample; `sample` n's own, ∂Lₙ/∂w, in a batch)."""
    n, fac = (lambda v: number(v, digits)), (lambda v: factor(v, digits))
    x, W, L = trace.x, trace.W_before, trace.L
    sizes = [a.shape[1] for a in x]
    y, t = x[L][s], trace.T[s]
    of = "L" if sample is None else f"L_{{{sample}}}"
    grad_kinds = ("dW", "db") if sample is None else ("dW_sample", "db_sample")
    backward = []
    for l in range(L, 0, -1):
        for j in range(sizes[l]):
            jj = idx(j + 1)
            dxj = float(trace.dL_dx[l][s, j])
            if l == L:
                if loss_name == "mse":
                    rhs = f"y_{{{jj}}} − t_{{{jj}}} = {n(y[j])} − {n(t[j])}"
                elif activations[L] == "softmax":
                    rhs = f"−t_{{{jj}}} / y_{{{jj}}} = −{n(t[j])} / {n(y[j])}"
                else:
                    rhs = (f"−t_{{{jj}}} / y_{{{jj}}} + (1 − t_{{{jj}}}) / (1 − y_{{{jj}}})"
                           f" = −{n(t[j])} / {n(y[j])} + {n(1 - t[j])} / {n(1 - y[j])}")
            else:
                terms = " + ".join(f"{fac(trace.delta[l + 1][s, q])}·{fac(W[l + 1][q, j])}"
                                   for q in range(sizes[l + 1]))
                rhs = f"Σ_k {sym('δ', 'k', l + 1)} {sym('w', 'k' + jj, l + 1)} = {terms}"
            backward.append(Equation("dL_dx", l, j + 1, None, f"∂{of}/∂" + sym("x", jj, l), rhs, dxj))
            d = float(trace.delta[l][s, j])
            if l == L and loss_name == "cross_entropy":
                rhs = f"y_{{{jj}}} − t_{{{jj}}} = {n(y[j])} − {n(t[j])}"
            else:
                rhs = (f"∂{of}/∂{sym('x', jj, l)} · f'({sym('z', jj, l)}) = "
                       f"{fac(dxj)}·{fac(trace.f_prime[l][s, j])}")
            backward.append(Equation("delta", l, j + 1, None, sym("δ", jj, l), rhs, d))
        for j in range(sizes[l]):
            for i in range(sizes[l - 1]):
                backward.append(Equation(
                    grad_kinds[0], l, j + 1, i + 1, f"∂{of}/∂" + sym("w", idx(j + 1, i + 1), l),
                    f"{sym('δ', idx(j + 1), l)} {sym('x', idx(i + 1), l - 1)} = "
                    f"{fac(trace.delta[l][s, j])}·{fac(x[l - 1][s, i])}", float(dW[l][j, i])))
            backward.append(Equation(grad_kinds[1], l, j + 1, None, f"∂{of}/∂" + sym("b", idx(j + 1), l),
                                     sym("δ", idx(j + 1), l), float(db[l][j])))
    return backward


def _batch_gradients(trace: StepTrace, digits: int) -> list[Equation]:
    """Return ∂L/∂w = (1/B) Σₙ ∂Lₙ/∂w for every weight and bias: the batch's, which the update uses."""
    fac, B = (lambda v: factor(v, digits)), trace.n_samples
    out = []
    for l in range(1, trace.L + 1):
        dW_n, db_n = trace.sample_gradients(l)
        for j in range(dW_n.shape[1]):
            for i in range(dW_n.shape[2]):
                terms = [float(v) for v in dW_n[:, j, i]]
                w = sym("w", idx(j + 1, i + 1), l)
                out.append(Equation("dW", l, j + 1, i + 1, f"∂L/∂{w}",
                                    f"(1/B) Σ_n ∂L_n/∂{w} = (1/{B})·(" + " + ".join(map(fac, terms)) + ")",
                                    float(trace.dW[l][j, i]), per_sample=terms))
            terms = [float(v) for v in db_n[:, j]]
            bj = sym("b", idx(j + 1), l)
            out.append(Equation("db", l, j + 1, None, f"∂L/∂{bj}",
                                f"(1/B) Σ_n ∂L_n/∂{bj} = (1/{B})·(" + " + ".join(map(fac, terms)) + ")",
                                float(trace.db[l][j]), per_sample=terms))
    return out


def _update(trace: StepTrace, digits: int) -> tuple[list[Equation], list[Parameter]]:
    """Return w ← w − α ∂L/∂w for every weight and bias, and each one's before, gradient and after."""
    n, fac, a = (lambda v: number(v, digits)), (lambda v: factor(v, digits)), trace.lr
    W, b = trace.W_before, trace.b_before
    update, parameters = [], []
    for l in range(1, trace.L + 1):
        rows, cols = np.asarray(W[l]).shape
        for j in range(rows):
            for i in range(cols):
                w = sym("w", idx(j + 1, i + 1), l)
                update.append(Equation("W_after", l, j + 1, i + 1, w,
                                       f"{w} − α ∂L/∂{w} = {n(W[l][j, i])} − {n(a)}·{fac(trace.dW[l][j, i])}",
                                       float(trace.W_after[l][j, i]), op="←"))
                parameters.append(Parameter(l, j + 1, i + 1, w, float(W[l][j, i]), float(trace.dW[l][j, i]),
                                            float(trace.W_after[l][j, i])))
            bj = sym("b", idx(j + 1), l)
            update.append(Equation("b_after", l, j + 1, None, bj,
                                   f"{bj} − α ∂L/∂{bj} = {n(b[l][j])} − {n(a)}·{fac(trace.db[l][j])}",
                                   float(trace.b_after[l][j]), op="←"))
            parameters.append(Parameter(l, j + 1, None, bj, float(b[l][j]), float(trace.db[l][j]),
                                        float(trace.b_after[l][j])))
    return update, parameters


# -- as data ---------------------------------------------------------------------------------


def to_json(example: WorkedExample) -> str:
    """Return the worked example as JSON: every equation as text and its value at full precision."""
    d = asdict(example)
    for p in d["parameters"]:
        p["symbol"] = plain(p["symbol"])
    for section in d["sections"]:
        for e in section["equations"]:
            e["lhs"] = plain(e["lhs"])
            e["expression"] = plain(e["expression"])
            for key in ("per_sample", "sample"):
                if e[key] is None:
                    del e[key]  # one example: the equations as they always were
    return json.dumps(d, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
