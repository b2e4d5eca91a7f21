"""The matrix form written out: each equation as bracketed grids of numbers, side by side.

    z⁽¹⁾        W⁽¹⁾            x⁽⁰⁾       b⁽¹⁾
    ⎡0.3775⎤    ⎡0.15   0.2⎤    ⎡0.05⎤     ⎡0.35⎤
    ⎣0.3925⎦ =  ⎣0.25   0.3⎦    ⎣ 0.1⎦  +  ⎣0.35⎦
      2×1          2×2            2×1        2×1

Plain text in a monospaced font (Markdown, the handout, the Inspector), so that the same
grid reads the same everywhere. A view that shows a step in progress passes `known` (which
entries are revealed: the others read "?") and `mark` (markup around an entry, to highlight
the one it focuses); `window` limits a big layer to some of its rows and columns, with "⋯"
standing for the others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from bpviz.engine.teaching.matrix_form import MatrixEquation, Operand
from bpviz.engine.teaching.worked_example import number, plain

if TYPE_CHECKING:
    from bpviz.engine.teaching.worked_example import WorkedExample

_SUP = str.maketrans("0123456789()+-=lLT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼ˡᴸᵀ")
UNKNOWN = "?"
MORE = "⋯"

Known = Callable[[Operand, int, int], bool]
Mark = Callable[[Operand, int, int, str], str]


def unicode_symbol(markup: str) -> str:
    """Return a symbol's markup in Unicode: "(W^{(2)})^{T}" → "(W⁽²⁾)ᵀ", "x^{(l-1)}" → "x⁽ˡ⁻¹⁾"."""
    out, k = [], 0
    while k < len(markup):
        if markup.startswith("^{", k):
            end = markup.index("}", k)
            inner = markup[k + 2:end]
            out.append(inner.translate(_SUP))
            k = end + 1
        else:
            out.append(markup[k])
            k += 1
    return "".join(out).replace("'", "′")


@dataclass(frozen=True)
class Block:
    """Lines of equal width, `middle` the line an operator beside it sits on."""

    lines: list[str]      # plain text: what the widths are measured on
    marked: list[str]     # the same lines with `mark`'s markup
    middle: int

    @property
    def width(self) -> int:
        return max((len(line) for line in self.lines), default=0)


def _indices(n: int, keep: range | None) -> list[int | None]:
    """Return the indices shown of n (None where "⋯" stands for those left out)."""
    if keep is None or (keep.start <= 0 and keep.stop >= n):
        return list(range(n))
    shown: list[int | None] = []
    if keep.start > 0:
        shown.append(None)
    shown.extend(range(max(0, keep.start), min(n, keep.stop)))
    if keep.stop < n:
        shown.append(None)
    return shown


def grid(operand: Operand, digits: int, known: Known | None = None, mark: Mark | None = None,
         window: dict | None = None) -> Block:
    """Return `operand` as a bracketed grid: its symbol above, its shape below (a number, α,
    under its symbol alone)."""
    if operand.row_layer is None and operand.col_layer is None:
        text = number(float(operand.values[0, 0]), digits)
        width = max(len(text), len(unicode_symbol(operand.symbol)))
        lines = [unicode_symbol(operand.symbol).center(width), text.center(width), " " * width]
        return Block(lines, lines, middle=1)
    rows = _indices(operand.values.shape[0], (window or {}).get(operand.row_layer))
    cols = _indices(operand.values.shape[1], (window or {}).get(operand.col_layer))
    texts = [[MORE if r is None or c is None else
              number(float(operand.values[r, c]), digits) if known is None or known(operand, r, c) else UNKNOWN
              for c in cols] for r in rows]
    widths = [max(len(row[k]) for row in texts) for k in range(len(cols))]
    plain_rows, marked_rows = [], []
    for ri, r in enumerate(rows):
        cells, marked = [], []
        for ci, c in enumerate(cols):
            text = texts[ri][ci].rjust(widths[ci])
            cells.append(text)
            marked.append(mark(operand, r, c, text) if mark and r is not None and c is not None else text)
        plain_rows.append("  ".join(cells))
        marked_rows.append("  ".join(marked))
    n = len(rows)
    left = ["["] if n == 1 else ["⎡"] + ["⎢"] * (n - 2) + ["⎣"]
    right = ["]"] if n == 1 else ["⎤"] + ["⎥"] * (n - 2) + ["⎦"]
    body = [f"{a}{row}{b}" for a, row, b in zip(left, plain_rows, right)]
    body_marked = [f"{a}{row}{b}" for a, row, b in zip(left, marked_rows, right)]
    width = max(len(body[0]), len(unicode_symbol(operand.symbol)), len(operand.shape_text))
    head, foot = unicode_symbol(operand.symbol).center(width), operand.shape_text.center(width)
    pad = lambda line: line.ljust(width)
    return Block([head] + [pad(line) for line in body] + [foot],
                 [head] + [m + " " * (width - len(p)) for m, p in zip(body_marked, body)] + [foot],
                 middle=1 + (n - 1) // 2)


def _word(text: str) -> Block:
    """An operator or a function's name as a block of one line ("σ(" keeps to its grid)."""
    padded = f" {text}" if text.endswith("(") else f"{text} " if text == ")" else f" {text} "
    return Block([padded], [padded], 0)


def equation_lines(equation: MatrixEquation, digits: int, known: Known | None = None,
                   mark: Mark | None = None, window: dict | None = None) -> tuple[list[str], list[str]]:
    """Return the equation's grids side by side (plain, and with `mark`'s markup), each
    operator on the middle line of the grids beside it."""
    blocks = [grid(equation.result, digits, known, mark, window), _word(equation.op)]
    previous = None
    for term in equation.terms:
        if isinstance(term, Operand) and isinstance(previous, Operand):
            blocks.append(Block([" "], [" "], 0))  # two grids side by side multiply: a space between
        blocks.append(_word(term) if isinstance(term, str) else grid(term, digits, known, mark, window))
        previous = term
    above = max(b.middle for b in blocks)
    below = max(len(b.lines) - b.middle for b in blocks)
    plain, marked = [""] * (above + below), [""] * (above + below)
    for b in blocks:
        top = above - b.middle
        for k in range(above + below):
            inside = 0 <= k - top < len(b.lines)
            plain[k] += b.lines[k - top] if inside else " " * b.width
            marked[k] += b.marked[k - top] if inside else " " * b.width
    return [line.rstrip() for line in plain], [line.rstrip() for line in marked]


def equation_text(equation: MatrixEquation, digits: int) -> str:
    """Return the equation as plain text: its general form for layer l, then its grids."""
    return unicode_symbol(equation.general) + "\n\n" + "\n".join(equation_lines(equation, digits)[0])


def to_matrix_json(example: "WorkedExample", equations: list[MatrixEquation]) -> str:
    """Return the step in matrix form as JSON: the example's facts and loss, then each
    equation with its operands' symbols, shapes and values at full precision."""
    def operand(o: Operand) -> dict:
        return {"symbol": plain(o.symbol), "shape": list(o.values.shape), "values": o.values.tolist()}

    d = {"form": "matrix", "sizes": example.sizes, "activations": example.activations,
         "loss_name": example.loss_name, "input": example.input, "target": example.target,
         "lr": example.lr, "loss": example.loss,
         "equations": [{"kind": e.kind, "layer": e.layer, "phase": e.phase, "general": plain(e.general),
                        "op": e.op, "result": operand(e.result),
                        "terms": [t if isinstance(t, str) else operand(t) for t in e.terms]}
                       for e in equations]}
    return json.dumps(d, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
