"""The handout: one step of backpropagation written out for a student to check by hand.

This is the one renderer of a worked example's text. `bpviz explain` prints its Markdown;
the window's File ▸ Export worked example writes its Markdown or HTML, and prints the HTML
to PDF through Qt. Both forms hold the same things in the same order: a title, the example,
the network picture (when one is given), every equation of the forward pass, the loss, the
backward pass and the update with its numbers substituted, and a table of every weight and
bias before and after the update.

Words pass through `translate` (the window hands in Qt's translator; the command line
prints them as written).
"""

from __future__ import annotations

from html import escape
from itertools import groupby
from typing import Callable

from bpviz.engine.teaching.matrix_form import MatrixEquation
from bpviz.engine.teaching.matrix_text import equation_lines
from bpviz.engine.teaching.worked_example import Equation, Parameter, WorkedExample, html, number, plain, sym

Translate = Callable[[str], str]
TITLE = "One step of backpropagation"
# The context the window translates these words in (bpviz/ui/export/export_handout.py); the
# translation template finds this module's tr("...") words under it.
TRANSLATION_CONTEXT = "Handout"

# The seed's equations in their general form, shown at the head of each section (markup).
GENERAL = {
    "Forward pass": [
        f"{sym('z', 'j', 'l')} = Σ_i {sym('w', 'ji', 'l')} {sym('x', 'i', 'l-1')} + {sym('b', 'j', 'l')}",
        f"{sym('x', 'j', 'l')} = f({sym('z', 'j', 'l')})",
    ],
    "Backward pass": [
        f"∂L/∂{sym('x', 'j', 'l')} = Σ_k {sym('δ', 'k', 'l+1')} {sym('w', 'kj', 'l+1')}",
        f"{sym('δ', 'j', 'l')} = ∂L/∂{sym('z', 'j', 'l')} = ∂L/∂{sym('x', 'j', 'l')} f'({sym('z', 'j', 'l')})",
        f"∂L/∂{sym('w', 'ji', 'l')} = {sym('δ', 'j', 'l')} {sym('x', 'i', 'l-1')}",
        f"∂L/∂{sym('b', 'j', 'l')} = {sym('δ', 'j', 'l')}",
    ],
    "Batch gradients": [
        f"∂L/∂{sym('w', 'ji', 'l')} = (1/B) Σ_n ∂L_n/∂{sym('w', 'ji', 'l')}",
        f"∂L/∂{sym('b', 'j', 'l')} = (1/B) Σ_n ∂L_n/∂{sym('b', 'j', 'l')}",
    ],
    "Update": [
        f"{sym('w', 'ji', 'l')} ← {sym('w', 'ji', 'l')} − α ∂L/∂{sym('w', 'ji', 'l')}",
        f"{sym('b', 'j', 'l')} ← {sym('b', 'j', 'l')} − α ∂L/∂{sym('b', 'j', 'l')}",
    ],
}

PHASE_OF_SECTION = {"Forward pass": "forward", "Backward pass": "backward", "Update": "update"}

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #202020; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 14pt; margin-top: 16pt; margin-bottom: 4pt; color: #1a4f80; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 3pt; margin-bottom: 3pt; }
p.general { color: #3d4a57; }
p.result { font-size: 12pt; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 6pt; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
th, td { border: 1px solid #b8c2cc; padding: 3px 6px; vertical-align: top; }
td.symbol { white-space: nowrap; }
td.number, th.number { text-align: right; white-space: nowrap; }
td.value { text-align: right; white-space: nowrap; font-weight: bold; }
img.network { max-width: 100%; }
pre.matrix { font-family: 'DejaVu Sans Mono', 'Consolas', monospace; font-size: 9.5pt; margin-top: 2pt; }
"""


def _same(text: str) -> str:
    return text


def _layer_symbol(name: str, layer: int) -> str:
    """Return the markup of a whole layer's vector, e.g. x^(0)."""
    return f"{name}^{{({layer})}}"


def _facts(example: WorkedExample, digits: int, tr: Translate) -> list[str]:
    """Return the sentences that state the example (markup)."""
    n = lambda v: number(v, digits)
    L = len(example.sizes) - 1
    network = tr("Network {sizes}, activations {activations}, loss {loss}, learning rate α = {lr}.").format(
        sizes="-".join(map(str, example.sizes)), activations=", ".join(example.activations),
        loss=example.loss_name, lr=n(example.lr))
    output = tr("The output is y = {y}.").format(y=_layer_symbol("x", L))
    if example.input and isinstance(example.input[0], list):  # a batch: one line per sample
        samples = [tr("Sample {k}: input {x} = ({input}); target t = ({target}).").format(
            k=k, x=_layer_symbol("x", 0), input=", ".join(map(n, x)), target=", ".join(map(n, t)))
            for k, (x, t) in enumerate(zip(example.input, example.target), 1)]
        batch = tr("A batch of {B} samples: the loss is the mean of theirs, and the update uses "
                   "the mean of their gradients.").format(B=len(samples))
        return [network, batch, *samples, output]
    return [network, tr("Input {x} = ({input}); target t = ({target}).").format(
        x=_layer_symbol("x", 0), input=", ".join(map(n, example.input)),
        target=", ".join(map(n, example.target))), output]


def _layer_title(layer: int, L: int, tr: Translate) -> str:
    return (tr("Layer {l} (output)") if layer == L else tr("Layer {l} (hidden)")).format(l=layer)


def _by_layer(equations: list[Equation]) -> list[tuple[int | None, list[Equation]]]:
    """Return the equations grouped by layer, in their order (the loss has no layer)."""
    return [(layer, list(group)) for layer, group in groupby(equations, key=lambda e: e.layer)]


def _general(title: str, matrices: list[MatrixEquation] | None = None) -> list[str]:
    """Return the seed's equations a section applies (the loss's own line already says its
    form), in matrix form where `matrices` is given."""
    if matrices is None:
        return GENERAL.get(title, [])
    phase = PHASE_OF_SECTION.get(title)
    return list(dict.fromkeys(m.general for m in matrices if m.phase == phase))


def _matrices_by_layer(matrices: list[MatrixEquation], title: str) -> list[tuple[int, list[MatrixEquation]]]:
    """Return a section's matrix equations grouped by layer, in their order."""
    phase = PHASE_OF_SECTION[title]
    return [(layer, list(group)) for layer, group in
            groupby((m for m in matrices if m.phase == phase), key=lambda m: m.layer)]


# -- Markdown ---------------------------------------------------------------------------------


def to_markdown(example: WorkedExample, digits: int = 9, title: str | None = None,
                image: str | None = None, translate: Translate = _same,
                matrices: list[MatrixEquation] | None = None) -> str:
    """Return the handout as Markdown: equations one a line, the weights in a table.

    `image` is the address of the network picture, linked under the title when given.
    `matrices` (bpviz.engine.teaching.matrix_form): the forward pass, backward pass and update
    written layer by layer as vectors and matrices instead of neuron by neuron.
    """
    tr = translate
    n = lambda v: number(v, digits)
    L = len(example.sizes) - 1
    lines = [f"# {title or tr(TITLE)}", ""]
    lines += [plain(s) for s in _facts(example, digits, tr)]
    if image:
        lines += ["", f"![{tr('The network')}]({image})"]
    for section in example.sections:
        lines += ["", f"## {tr(section.title)}", ""]
        general = _general(section.title, matrices)
        if general:
            lines += [tr("In general:") + " " + ", ".join(f"`{plain(g)}`" for g in general), ""]
        if matrices is not None and section.title in PHASE_OF_SECTION:
            for layer, group in _matrices_by_layer(matrices, section.title):
                lines += [f"### {_layer_title(layer, L, tr)}", ""]
                for m in group:
                    lines += ["```text", *equation_lines(m, digits)[0], "```", ""]
            del lines[-1]
            continue
        for layer, equations in _by_layer(section.equations):
            if layer is not None:
                lines += [f"### {_layer_title(layer, L, tr)}", ""]
            lines += [f"    {plain(e.lhs)} {e.op} {plain(e.expression)} = {n(e.value)}" for e in equations]
            lines.append("")
        if section.title in ("Loss", "Batch loss"):
            lines += [f"**L = {n(example.loss)}**", ""]
        del lines[-1]
    lines += ["", f"## {tr('Weights before → after')}", ""]
    lines += _markdown_table(example.parameters, digits, tr)
    return "\n".join(lines) + "\n"


def _markdown_table(parameters: list[Parameter], digits: int, tr: Translate) -> list[str]:
    n = lambda v: number(v, digits)
    rows = [f"| {tr('Parameter')} | {tr('Before')} | ∂L/∂w | {tr('After')} |", "|---|---:|---:|---:|"]
    rows += [f"| `{plain(p.symbol)}` | {n(p.before)} | {n(p.gradient)} | {n(p.after)} |" for p in parameters]
    return rows


# -- HTML -------------------------------------------------------------------------------------


def to_html(example: WorkedExample, digits: int = 9, title: str | None = None,
            image: str | None = None, image_width: int = 640, translate: Translate = _same,
            matrices: list[MatrixEquation] | None = None) -> str:
    """Return the handout as one HTML document (a style sheet Qt's rich text reads too).

    `image` is the network picture's address (a data: URI keeps the file self-contained;
    Qt's printer is given a resource name), drawn `image_width` pixels wide; `matrices` as
    in to_markdown.
    """
    tr = translate
    n = lambda v: escape(number(v, digits))
    L = len(example.sizes) - 1
    title = title or tr(TITLE)
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{escape(title)}</title>",
           f"<style>{STYLE}</style>", "</head><body>", f"<h1>{escape(title)}</h1>"]
    out += [f"<p>{html(s)}</p>" for s in _facts(example, digits, tr)]
    if image:
        out.append(f'<p align="center"><img class="network" src="{escape(image, quote=True)}" '
                   f'width="{int(image_width)}" alt="{escape(tr("The network"), quote=True)}"></p>')
    for section in example.sections:
        out.append(f"<h2>{escape(tr(section.title))}</h2>")
        general = _general(section.title, matrices)
        if general:
            out.append(f'<p class="general">{escape(tr("In general:"))} '
                       + ", &nbsp; ".join(html(g) for g in general) + "</p>")
        if matrices is not None and section.title in PHASE_OF_SECTION:
            for layer, group in _matrices_by_layer(matrices, section.title):
                out.append(f"<h3>{escape(_layer_title(layer, L, tr))}</h3>")
                out += [matrix_html(m, digits) for m in group]
            continue
        for layer, equations in _by_layer(section.equations):
            if layer is not None:
                out.append(f"<h3>{escape(_layer_title(layer, L, tr))}</h3>")
            out.append(_equation_table(equations, n, tr))
        if section.title in ("Loss", "Batch loss"):
            out.append(f'<p class="result"><b>L = {n(example.loss)}</b></p>')
    out.append(f"<h2>{escape(tr('Weights before → after'))}</h2>")
    out.append(_parameter_table(example.parameters, n, tr))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


_TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="4">'


def _equation_table(equations: list[Equation], n: Callable[[float], str], tr: Translate) -> str:
    """Return one row per equation: the symbol, the equation with its numbers, the value."""
    rows = [_TABLE, f"<thead><tr><th>{escape(tr('Symbol'))}</th><th>{escape(tr('Equation'))}</th>"
                    f'<th class="number">{escape(tr("Value"))}</th></tr></thead><tbody>']
    for e in equations:
        rows.append(f'<tr><td class="symbol">{html(e.lhs)} {e.op}</td><td>{html(e.expression)}</td>'
                    f'<td class="value">{n(e.value)}</td></tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _parameter_table(parameters: list[Parameter], n: Callable[[float], str], tr: Translate) -> str:
    rows = [_TABLE, f"<thead><tr><th>{escape(tr('Parameter'))}</th><th class=\"number\">{escape(tr('Before'))}</th>"
                    '<th class="number">∂L/∂w</th>'
                    f"<th class=\"number\">{escape(tr('After'))}</th></tr></thead><tbody>"]
    for p in parameters:
        rows.append(f'<tr><td class="symbol">{html(p.symbol)}</td><td class="number">{n(p.before)}</td>'
                    f'<td class="number">{n(p.gradient)}</td><td class="value">{n(p.after)}</td></tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def matrix_html(equation: MatrixEquation, digits: int) -> str:
    """Return one matrix equation as a monospaced block of bracketed grids."""
    lines = equation_lines(equation, digits)[0]
    return f'<pre class="matrix">{escape(chr(10).join(lines))}</pre>'
