"""The inspector's text: equations as Lines and Notes, where the equations come from, and the
rich text they are shown in.

Every equation comes from the engine's worked example (bpviz.engine.teaching.worked_example), built
once per (trace, digits); every number is the trace's. No widget here: the Inspector chooses
which Lines and Notes a focus shows, and hands them to these functions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html import escape

from bpviz.engine import StepTrace
from bpviz.engine.teaching.worked_example import Equation, html, idx, plain, sym, worked_example
from bpviz.state import Document, ViewOptions
from bpviz.state.document.parsing import in_locale
from bpviz.state.document.view_options import not_yet

WORKED_EXAMPLE_MAX_PARAMETERS = 5000  # above this, writing out every equation takes too long

NOT_YET_COLOUR = "#8a8a8a"
NOTE_COLOUR = "#5d6d7e"
WARNING_BACKGROUND, WARNING_TEXT = "#ffe7a0", "#3b2a00"
STYLE_SHEET = ("p { margin-top: 3px; margin-bottom: 5px; } "
               "pre.matrix { font-family: 'DejaVu Sans Mono', monospace; margin-top: 2px; margin-bottom: 8px; }")
EQUALS = " =&nbsp;"  # a long equation wraps before an "=", as written by hand


# -- what the inspector shows ------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One equation: lhs op symbolic = numbers = value; value None means not yet computed."""

    key: str        # its key in Inspector.equation_values()
    lhs: str        # symbol markup, as in worked_example
    symbolic: str   # the seed's form ("" when the lhs says it all)
    numbers: str    # the form with numbers substituted ("" when there is none)
    value: float | None
    op: str = "="


@dataclass(frozen=True)
class Note:
    """A sentence (rich text) under the equations; `warning` highlights it."""

    text: str
    warning: bool = False


Section = tuple[str, list]  # a title and its Lines and Notes


def as_line(key: str, eq: Equation, revealed: bool) -> Line:
    """Return `eq` as a Line, its numbers hidden unless `revealed`."""
    symbolic, _, numbers = eq.expression.partition(" = ")
    return Line(key, eq.lhs, symbolic, numbers, eq.value if revealed else None, eq.op)


def parameter_count(sizes: list[int]) -> int:
    """Return how many weights and biases a network of `sizes` has: Σ_l n_l (n_(l−1) + 1)."""
    return sum(sizes[l] * (sizes[l - 1] + 1) for l in range(1, len(sizes)))


# -- where the equations come from ------------------------------------------------------------


# A batch's equations of one sample: the shown sample's unless another is asked for.
PER_SAMPLE_KINDS = ("z", "x", "dL_dx", "delta", "dW_sample", "db_sample")


class EquationSource:
    """The equations of the cursor's trace by (kind, layer, j, i, sample), 1-based as written.

    The worked example is built once per (trace, digits). A network too large to write out
    gets bare equations instead: the symbol and the trace's value, nothing substituted. In a
    batch, `sample` (1-based) picks a sample's own line (its z, δ, Lₙ, ∂Lₙ/∂w); the lines of
    PER_SAMPLE_KINDS are the shown sample's unless it is given.
    """

    def __init__(self) -> None:
        self._trace: StepTrace | None = None
        self._by_digits: dict[int, dict[tuple, Equation]] = {}

    def written_out(self, doc: Document) -> bool:
        return parameter_count(doc.network.sizes) <= WORKED_EXAMPLE_MAX_PARAMETERS

    def equation(self, doc: Document, digits: int, kind: str, layer: int | None = None,
                 j: int | None = None, i: int | None = None, sample: int | None = None) -> Equation:
        trace = doc.cursor.trace
        if trace.n_samples == 1:
            sample = None
        elif sample is None and kind in PER_SAMPLE_KINDS:
            sample = doc.shown_sample + 1
        if not self.written_out(doc):
            return _bare_equation(trace, kind, layer, j, i, sample)
        if trace is not self._trace:
            self._trace, self._by_digits = trace, {}
        if digits not in self._by_digits:
            net = doc.network
            example = worked_example(trace, net.activations, net.loss, digits=digits)
            self._by_digits[digits] = {(e.kind, e.layer, e.j, e.i, e.sample): e
                                       for section in example.sections for e in section.equations}
        return self._by_digits[digits][kind, layer, j, i, sample]


def _bare_equation(trace: StepTrace, kind: str, l: int | None, j: int | None, i: int | None,
                   sample: int | None = None) -> Equation:
    """Return equation `kind` with its symbol and the trace's value, nothing written out."""
    s = 0 if sample is None else sample - 1
    of = "L" if sample is None else f"L_{{{sample}}}"
    if kind == "loss":
        value = trace.loss if sample is None else trace.sample_losses[s]
        return Equation("loss", None, None, None, of, "", float(value), sample=sample)
    j0, jj, i0 = j - 1, idx(j), (i or 0) - 1
    w = sym("w", idx(j, i), l) if i is not None else ""
    if kind in ("dW_sample", "db_sample"):
        dW, db = trace.sample_gradients(l)
        lhs, value = ((f"∂{of}/∂" + w, dW[s, j0, i0]) if kind == "dW_sample"
                      else (f"∂{of}/∂" + sym("b", jj, l), db[s, j0]))
        return Equation(kind, l, j, i, lhs, "", float(value), sample=sample)
    lhs, array, at = {
        "z": (sym("z", jj, l), trace.z, (s, j0)),
        "x": (sym("x", jj, l), trace.x, (s, j0)),
        "dL_dx": (f"∂{of}/∂" + sym("x", jj, l), trace.dL_dx, (s, j0)),
        "delta": (sym("δ", jj, l), trace.delta, (s, j0)),
        "dW": ("∂L/∂" + w, trace.dW, (j0, i0)),
        "db": ("∂L/∂" + sym("b", jj, l), trace.db, (j0,)),
        "W_after": (w, trace.W_after, (j0, i0)),
        "b_after": (sym("b", jj, l), trace.b_after, (j0,)),
    }[kind]
    return Equation(kind, l, j, i, lhs, "", float(array[l][at]), "←" if kind.endswith("_after") else "=",
                    sample=sample)


# -- rich text ---------------------------------------------------------------------------------


def section_html(title: str, items: list, options: ViewOptions, anchor: str = "") -> str:
    """Return a section as rich text: its title in bold (an anchor named `anchor` on it, to
    scroll to), then its Lines and Notes."""
    mark = f'<a name="{anchor}"></a>' if anchor else ""
    heading = f'<p style="margin-top:10px">{mark}<b>{escape(title)}</b></p>' if title else ""
    return heading + "".join(line_html(item, options) if isinstance(item, Line) else note_html(item)
                             for item in items)


def line_html(line: Line, options: ViewOptions) -> str:
    """Return `lhs op symbolic = numbers = value` as one paragraph, wrapped lines indented."""
    parts = [_rich(line.symbolic)] if line.symbolic else []
    # A narrow Inspector may break the line after the "=" (or "←"), never inside a term.
    start = f'<p style="margin-left:24px; text-indent:-24px">{_rich(line.lhs)}&nbsp;{line.op} '
    if line.value is None:
        parts.append(f"<i>{escape(not_yet())}</i>")  # words, which a narrow Inspector may wrap
        return f'{start}<span style="color:{NOT_YET_COLOUR}">{EQUALS.join(parts)}</span></p>'
    if line.numbers:
        parts.append(_rich(in_locale(line.numbers)))
    tip = escape(f"{plain(line.lhs)} = {options.full(line.value)}")
    parts.append(f'<b><span title="{tip}">{escape(options.fmt(line.value))}</span></b>')
    return f"{start}{EQUALS.join(parts)}</p>"


def note_html(note: Note) -> str:
    """Return a Note as rich text: a shaded box for a warning, else an italic paragraph."""
    if note.warning:
        return (f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-top:4px; '
                f'margin-bottom:6px"><tr><td bgcolor="{WARNING_BACKGROUND}" style="color:{WARNING_TEXT}">'
                f"⚠ {note.text}</td></tr></table>")
    return f'<p style="color:{NOTE_COLOUR}"><i>{note.text}</i></p>'


_BARE_SUBSCRIPT = re.compile(r"(?<=[A-Za-zΣ])_([a-z])\b")
WORD_JOINER = "\u2060"  # no line break here; invisible, and taken out of the plain text
_MEAN = re.compile(r"(?<=\(1)/(?=[0-9B])")  # (1/B), (1/4): a batch's mean, never broken after the slash


@functools.lru_cache(maxsize=4096)  # the same symbols and sums at every step
def _rich(markup: str) -> str:
    """Return markup as rich text; bare one-letter subscripts (Σ_i, t_k) become <sub> too.

    Spaces become non-breaking except after "+" and "−", so a long sum wraps between its terms, and
    a word joiner after the "/" of a derivative keeps ∂L/∂x in one piece (Qt would break a
    line after the slash), as it does (1/B).
    """
    text = _BARE_SUBSCRIPT.sub(r"<sub>\1</sub>", html(markup))
    text = text.replace(" ", "&nbsp;").replace("&nbsp;+&nbsp;", "&nbsp;+ ").replace("&nbsp;−&nbsp;", "&nbsp;− ")
    return _MEAN.sub(f"/{WORD_JOINER}", text.replace("/∂", f"/{WORD_JOINER}∂"))
