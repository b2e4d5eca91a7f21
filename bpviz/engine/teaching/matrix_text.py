"""The matrix form written out: each equation as bracketed grids of numbers, side by side.

    z⁽¹⁾        W⁽¹⁾            x⁽⁰⁾       b⁽¹⁾
    ⎡0.3775⎤    ⎡0.15   0.2⎤    ⎡0.05⎤     ⎡0.35⎤
    ⎣0.3925⎦ =  ⎣0.25   0.3⎦    ⎣ 0.1⎦  +  ⎣0.35⎦
      2×1          2×2            2×1        2×1

Plain text in a monospaced font (Markdown, the handout, the Inspector), so that the same
grid reads the same everywhere. A view that shows a step in progress passes `known` (which
entries are revealed: the others read "?") and `mark` (markup around an entry, to highlight
the one it focuses); `rows` and `cols` limit a big layer to some of its neurons, with "⋯"
standing for the others; `wrapped_lines` breaks an equation too wide for its room between
its terms, each later part opening with its operator, as written by hand.
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
         rows: dict | None = None, cols: dict | None = None) -> Block:
    """Return `operand` as a bracketed grid: its symbol above, its shape below (a number, α,
    under its symbol alone)."""
    if operand.row_layer is None and operand.col_layer is None:
        text = number(float(operand.values[0, 0]), digits)
        width = max(len(text), len(unicode_symbol(operand.symbol)))
        lines = [unicode_symbol(operand.symbol).center(width), text.center(width), " " * width]
        return Block(lines, lines, middle=1)
    row_window, col_window = rows, cols
    rows = _indices(operand.values.shape[0], (row_window or {}).get(operand.row_layer))
    cols = _indices(operand.values.shape[1], (col_window or {}).get(operand.col_layer))
    numbers = [[MORE if r is None or c is None else number(float(operand.values[r, c]), digits)
                for c in cols] for r in rows]
    # Widths from every number, revealed or not: a grid keeps its shape as the step fills it in.
    widths = [max(len(row[k]) for row in numbers) for k in range(len(cols))]
    texts = [[text if r is None or c is None or known is None or known(operand, r, c) else UNKNOWN
              for c, text in zip(cols, row)] for r, row in zip(rows, numbers)]
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
                   mark: Mark | None = None, rows: dict | None = None, cols: dict | None = None,
                   terms: tuple | None = None, indent: int | None = None) -> tuple[list[str], list[str]]:
    """Return the equation's grids side by side (plain, and with `mark`'s markup), each
    operator on the middle line of the grids beside it. `terms`: only these of its terms;
    `indent`: a later part of a wrapped equation, without the result and "=", this many
    columns in."""
    if indent is None:
        blocks = [grid(equation.result, digits, known, mark, rows, cols), _word(equation.op)]
    else:
        blocks = [Block([" " * indent], [" " * indent], 0)]
    previous = None
    for term in equation.terms if terms is None else terms:
        if isinstance(term, Operand) and isinstance(previous, Operand):
            blocks.append(Block([" "], [" "], 0))  # two grids side by side multiply: a space between
        blocks.append(_word(term) if isinstance(term, str) else grid(term, digits, known, mark, rows, cols))
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
    keep = [k for k, line in enumerate(plain) if line.strip()]  # a continued part has no symbol row to keep
    return [plain[k].rstrip() for k in keep], [marked[k].rstrip() for k in keep]


def _pieces(terms: tuple) -> list[tuple]:
    """Return the terms cut where an equation may break: before "+", "−" and "⊙", and between
    two grids that multiply (the later piece then opens with "·")."""
    pieces: list[list] = [[]]
    for k, term in enumerate(terms):
        if k and (term in ("+", "−", "⊙") or (isinstance(term, Operand) and isinstance(terms[k - 1], Operand))):
            pieces.append([] if isinstance(term, str) else ["·"])
        pieces[-1].append(term)
    return [tuple(p) for p in pieces]


def wrapped_lines(equation: MatrixEquation, digits: int, max_chars: int, known: Known | None = None,
                  mark: Mark | None = None, rows: dict | None = None,
                  cols: dict | None = None) -> tuple[list[str], list[str]]:
    """Return the equation as equation_lines does, broken into parts (a blank line between)
    so that each is at most `max_chars` wide where a break can make it so."""
    kw = dict(known=known, mark=mark, rows=rows, cols=cols)
    width = lambda terms, indent: max(len(line) for line in
                                      equation_lines(equation, digits, terms=terms, indent=indent, **kw)[0])
    # A later part stands under the first's terms, as written by hand, or further left
    # where it would not fit there.
    lead = width((), None)
    indent_for = lambda terms: max(0, min(lead, max_chars - width(terms, 0)))
    pieces = _pieces(equation.terms)
    # The result and "=" stand alone when even the first term does not fit beside them.
    parts: list[tuple] = [()] if width(pieces[0], None) > max_chars else [pieces.pop(0)]
    for piece in pieces:
        joined = piece[1:] if piece[0] == "·" else piece  # side by side, grids multiply unmarked
        if parts == [()] or width(parts[-1] + joined,
                                  None if len(parts) == 1 else indent_for(parts[-1] + joined)) > max_chars:
            parts.append(piece)
        else:
            parts[-1] = parts[-1] + joined
    plain, marked = [], []
    for k, part in enumerate(parts):
        p, m = equation_lines(equation, digits, terms=part, indent=indent_for(part) if k else None, **kw)
        plain += ([""] if k else []) + p
        marked += ([""] if k else []) + m
    return plain, marked


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
