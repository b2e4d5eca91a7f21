"""What the computational graph view writes: which of a box's numbers the step has revealed,
and the chosen weight's paths to L, each a product of local derivatives, with their sum."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from bpviz.engine.teaching.computational_graph import LOSS, ComputationalGraph, Node, Path
from bpviz.engine.teaching.worked_example import html, idx, sym
from bpviz.state import Document, Revealed, ViewOptions


def _tr(text: str) -> str:
    return QCoreApplication.translate("GraphView", text)


def node_known(revealed: Revealed, n: Node) -> tuple[bool, bool]:
    """Return whether the step has revealed the box's value, and its ∂L/∂(box)."""
    l, j = n.layer, n.j
    if n.kind == "input":
        return True, bool(revealed.known_rows("delta", 1).all())  # ∂L/∂x⁽⁰⁾ = (W⁽¹⁾)ᵀ δ⁽¹⁾
    if n.kind in ("term", "loss"):
        return revealed.known("loss"), revealed.known("loss")
    if n.kind == "weight":
        return True, revealed.known("dW", l, j)
    if n.kind == "bias":
        return True, revealed.known("db", l, j)
    if n.kind == "activation":
        return revealed.known("x", l, j), revealed.known("dL_dx", l, j)
    return revealed.known("z", l, j), revealed.known("delta", l, j)  # a product, a sum


def _factor(v: float, options: ViewOptions) -> str:
    text = options.fmt(v)
    return f"({text})" if v < 0 else text


def paths_html(g: ComputationalGraph, start: str, paths: list[Path], count: int, doc: Document,
               options: ViewOptions, costs: tuple[int, int, int]) -> str:
    """Return the chosen weight's paths to L as rich text: each written with its local
    derivatives in symbols, then their numbers and product; their sum; and what reverse mode
    saves against forward mode."""
    revealed, weight = doc.revealed, g.nodes[start]
    # The words escaped, then the symbols (rich text) put in. The sum comes first: it is what the
    # paths show, and a short panel (presenter mode) must not hide it below them.
    out, many = [], f"{count:,}"
    known_all = True
    for k, p in enumerate(paths, 1):
        edges = [next(e for e in g.out_edges(a) if e.dst == b) for a, b in zip(p.nodes, p.nodes[1:])]
        known = [node_known(revealed, g.nodes[e.dst])[0] for e in edges]
        known_all &= all(known)
        symbols = " · ".join(f"({html(e.local_text)})" if " " in e.local_text else html(e.local_text) for e in edges)
        numbers = " · ".join(_factor(e.local, options) if ok else "?" for e, ok in zip(edges, known))
        value = f"<b>{escape(options.fmt(p.product))}</b>" if all(known) else "?"
        out.append(f'<p style="margin-left:20px; text-indent:-20px">{k}. {symbols}<br>= {escape(numbers)} = {value}</p>')
    loss = html(g.nodes[LOSS].label)  # L, or Lₙ for a sample of a batch
    out.insert(0, f"<p><b>{escape(_tr('Paths from {w} to {L}: {n}')).format(w=html(weight.label), L=loss, n=many)}</b></p>")
    if count > len(paths):
        out.append(f"<p><i>{escape(_tr('The first {shown} of {n} paths are written; the sum is over all {n}.').format(shown=len(paths), n=many))}</i></p>")
    l, j, i = weight.layer, weight.j, weight.i
    gradient = f"∂{loss}/∂{html(weight.label)}"
    if known_all:
        # More paths than written (a million and more in a big network): summed back from L.
        total = g.path_sum(start) if count > len(paths) else sum(p.product for p in paths)
        line = escape(_tr("The sum of the paths: {total} = {gradient}")).format(
            total=f"<b>{escape(options.fmt(total))}</b>", gradient=gradient)
        if revealed.known("dW", l, j):
            line += ", " + escape(_tr("as backpropagation computes it: {delta} {x} = {value}")).format(
                delta=html(sym("δ", idx(j + 1), l)), x=html(sym("x", idx(i + 1), l - 1)),
                value=f"<b>{escape(options.fmt(weight.gradient))}</b>")
        else:
            line += ", " + escape(_tr("which the backward pass computes as δ x when it reaches layer {l}").format(l=l))
        out.insert(1, f"<p>{line}.</p>")
        terms = revealed.terms("dW", l, j, i) if doc.batch_size > 1 else None
        if terms is not None:  # a batch: the update uses the mean of every sample's sum
            mean = " + ".join(_factor(float(v), options) for v in terms)
            out.insert(2, "<p>" + escape(_tr("The batch's gradient, which the update uses, is the mean of the "
                                               "{B} samples' own: {gradient} = (1/{B})·({terms}) = {value}")).format(
                B=len(terms), gradient=f"∂L/∂{html(weight.label)}", terms=escape(mean),
                value=f"<b>{escape(options.fmt(revealed.value('dW', l, j, i)))}</b>") + ".</p>")
    else:
        out.insert(1, f"<p><i>{escape(_tr('Each local derivative is known once the forward pass has computed the box it leads to: the sum of the paths then appears here.'))}</i></p>")
    reverse, forward, parameters = costs
    out.append('<p style="color:#5d6d7e">' + escape(_tr(
        "Reverse mode (backpropagation) finds all {p} ∂L/∂w and ∂L/∂b of this network with {r:,} "
        "multiplications; forward mode, one pass through the network for each of them, would take "
        "{f:,}.").format(p=parameters, r=reverse, f=forward)) + "</p>")
    return "".join(out)
