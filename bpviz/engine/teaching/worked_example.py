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
from dataclasses import asdict, dataclass, field

import numpy as np

from bpviz.engine.nn.activations import ACTIVATIONS
from bpviz.engine.nn.losses import get_loss
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
    """Return every equation of one step on one example, with the numbers substituted.

    The trace must hold one sample and include the update (Network.step or StepThrough).
    """
    if not trace.has_update:
        raise ValueError("the worked example needs a full step: forward, backward and update")
    if trace.n_samples != 1:
        raise ValueError(f"the worked example is for one example; this trace has {trace.n_samples}")
    L = trace.L
    s = 0
    n = lambda v: number(v, digits)
    fac = lambda v: factor(v, digits)
    x, z, W, b = trace.x, trace.z, trace.W_before, trace.b_before
    sizes = [a.shape[1] for a in x]

    forward = []
    for l in range(1, L + 1):
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

    y, t = x[L][s], trace.T[s]
    k = range(sizes[L])
    if loss_name == "mse":
        expr = "½ Σ_k (t_k − y_k)² = ½[" + " + ".join(f"({n(t[q])} − {n(y[q])})²" for q in k) + "]"
    elif activations[L] == "softmax":
        expr = "−Σ_k t_k log y_k = −[" + " + ".join(f"{n(t[q])}·log {n(y[q])}" for q in k) + "]"
    else:
        expr = "−Σ_k [t_k log y_k + (1 − t_k) log(1 − y_k)] = −[" + " + ".join(
            f"{n(t[q])}·log {n(y[q])} + {n(1 - t[q])}·log {n(1 - y[q])}" for q in k) + "]"
    with np.errstate(over="ignore", invalid="ignore"):  # huge outputs: an infinite L, shown as such
        loss_value = float(get_loss(loss_name, activations[L]).L(y[None], t[None])[0])
    loss_section = [Equation("loss", None, None, None, "L", expr, loss_value)]

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
            backward.append(Equation("dL_dx", l, j + 1, None, "∂L/∂" + sym("x", jj, l), rhs, dxj))
            d = float(trace.delta[l][s, j])
            if l == L and loss_name == "cross_entropy":
                rhs = f"y_{{{jj}}} − t_{{{jj}}} = {n(y[j])} − {n(t[j])}"
            else:
                rhs = (f"∂L/∂{sym('x', jj, l)} · f'({sym('z', jj, l)}) = "
                       f"{fac(dxj)}·{fac(trace.f_prime[l][s, j])}")
            backward.append(Equation("delta", l, j + 1, None, sym("δ", jj, l), rhs, d))
        for j in range(sizes[l]):
            for i in range(sizes[l - 1]):
                backward.append(Equation(
                    "dW", l, j + 1, i + 1, "∂L/∂" + sym("w", idx(j + 1, i + 1), l),
                    f"{sym('δ', idx(j + 1), l)} {sym('x', idx(i + 1), l - 1)} = "
                    f"{fac(trace.delta[l][s, j])}·{fac(x[l - 1][s, i])}", float(trace.dW[l][j, i])))
            backward.append(Equation("db", l, j + 1, None, "∂L/∂" + sym("b", idx(j + 1), l),
                                     sym("δ", idx(j + 1), l),
                                     float(trace.db[l][j])))

    update, parameters = [], []
    a = trace.lr
    for l in range(1, L + 1):
        for j in range(sizes[l]):
            for i in range(sizes[l - 1]):
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

    return WorkedExample(
        sizes=sizes, activations=list(activations[1:]), loss_name=loss_name,
        input=[float(v) for v in x[0][s]], target=[float(v) for v in t], lr=float(a),
        sections=[
            Section("Forward pass", forward),
            Section("Loss", loss_section),
            Section("Backward pass", backward),
            Section("Update", update),
        ],
        loss=loss_value, parameters=parameters,
    )


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
    return json.dumps(d, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
