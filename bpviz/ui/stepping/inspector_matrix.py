"""The Inspector in matrix form: the focused layer's step as vectors and matrices.

The equations are the engine's (bpviz.engine.teaching.matrix_form) and their grids its text
(matrix_text); here, which layer a focus shows, which entries the step has revealed (the
others read "?", as everywhere), the focused entry highlighted, a big layer cut to a window
of rows round the focus (and the window said), and equations too wide for the Inspector
broken between their grids.
"""

from __future__ import annotations

from html import escape

from bpviz.engine.teaching.matrix_form import GIVEN, SAMPLES, MatrixEquation, Operand, matrix_form
from bpviz.engine.teaching.matrix_text import unicode_symbol, wrapped_lines
from bpviz.state import Document, Focus
from bpviz.state.document.parsing import in_locale

from bpviz.ui.shell.i18n import tr, tr_noop

MAX_SHOWN = 8          # rows of one layer shown at once; "⋯" stands for the others
SHRINK = 0.8           # an equation is drawn this much smaller at most to keep it on one row
MIN_COLUMNS = 2        # columns are as many as the Inspector's width holds, never fewer than this
HIGHLIGHT = "#ffe08a"  # the focused neuron's row, or the focused weight's entry

WINDOW_NOTE = tr_noop("Layer {l} has {n} neurons; shown: {shown}, ⋯ stands for the others. Focus "
                      "another neuron to move them; the weights table has every number.", "InspectorMatrix")
ROWS_SHOWN = tr_noop("rows {first}–{last}", "InspectorMatrix")
COLUMNS_SHOWN = tr_noop("columns {first}–{last}", "InspectorMatrix")
BATCH_NOTE = tr_noop("A batch of {B} samples: X, Z and Δ have a column per sample; the shown "
                     "sample's is highlighted ({n}). The gradients are the mean over the columns.",
                     "InspectorMatrix")
SAMPLES_SHOWN = tr_noop("The batch has {B} samples; shown: samples {first}–{last}, ⋯ stands for the "
                        "others. Show another sample (Example panel) to move them.", "InspectorMatrix")
NO_MATRIX_NOTE = tr_noop("The matrix form is written for a step without a weight penalty.", "InspectorMatrix")
SECTION_TITLES = {"forward": tr_noop("Forward pass · layer {l}", "InspectorMatrix"),
                  "backward": tr_noop("Backward pass · layer {l}", "InspectorMatrix"),
                  "update": tr_noop("Update · layer {l}", "InspectorMatrix")}


class MatrixSource:
    """The matrix form of the cursor's step, made once per trace."""

    def __init__(self) -> None:
        self._trace, self._equations = None, []

    def equations(self, doc: Document) -> list[MatrixEquation]:
        trace = doc.cursor.trace
        if trace is not self._trace:
            self._trace, net = trace, doc.network
            self._equations = matrix_form(trace, net.activations, net.loss)
        return self._equations


def shown_layer(doc: Document, focus: Focus) -> int:
    """Return the layer whose equations a focus shows: its own (the input: layer 1, which reads it)."""
    if focus.kind == "loss":
        return doc.network.L
    return max(1, focus.layer)


def _window(n: int, index: int, most: int) -> range | None:
    """Return which of n neurons are shown, at most `most` round `index` (None: all of them)."""
    if n <= most:
        return None
    start = min(max(0, index - most // 2), n - most)
    return range(start, start + most)


def matrix_html(doc: Document, focus: Focus, digits: int, max_chars: int, source: MatrixSource,
                font_pt: float, floor_pt: float) -> str:
    """Return the focused layer's equations in matrix form as rich text: grids in a
    monospaced font of `font_pt` points, `max_chars` of it wide at most; an equation that no
    break makes narrow enough is drawn smaller, down to `floor_pt`."""
    try:
        equations = source.equations(doc)
    except ValueError:
        return f"<p><i>{escape(tr(NO_MATRIX_NOTE, 'InspectorMatrix'))}</i></p>"
    sizes, l = doc.network.sizes, shown_layer(doc, focus)
    # The focused neuron of each layer: a neuron's own, an edge's two ends, the loss none.
    index = {focus.layer: focus.j} if focus.kind in ("neuron", "edge") else {}
    if focus.kind == "edge":
        index[focus.layer - 1] = focus.i
    # As many columns as the width holds: a number and the space after it take digits + 7.
    most_columns = max(MIN_COLUMNS, (max_chars - 6) // (digits + 7))
    rows = {k: _window(n, index.get(k, 0), MAX_SHOWN) for k, n in enumerate(sizes)}
    cols = {k: _window(n, index.get(k, 0), most_columns) for k, n in enumerate(sizes)}
    B = doc.batch_size
    if B > 1:  # a batch's matrices: a column per sample, the shown one highlighted
        index[SAMPLES] = doc.shown_sample
        rows[SAMPLES] = _window(B, doc.shown_sample, MAX_SHOWN)
        cols[SAMPLES] = _window(B, doc.shown_sample, most_columns)
    revealed = doc.revealed

    def known(o: Operand, r: int, c: int) -> bool:
        return o.kind == GIVEN or revealed.known(o.kind, o.layer, o.neuron_of(r, c))

    def focused(o: Operand, r: int, c: int) -> bool:
        hits = [(layer, k) for layer, k in ((o.row_layer, r), (o.col_layer, c)) if layer is not None]
        # In a batch's matrix, the shown sample's entries only.
        if any(layer == SAMPLES and k != index[SAMPLES] for layer, k in hits):
            return False
        hits = [(layer, k) for layer, k in hits if layer != SAMPLES]
        if focus.kind == "edge" and len(hits) == 2:
            return all(layer in index and index[layer] == k for layer, k in hits)  # w_ji itself
        return any(index.get(layer) == k for layer, k in hits)

    def mark(o: Operand, r: int, c: int, text: str) -> str:
        text = escape(text)
        return f'<span style="background-color:{HIGHLIGHT}"><b>{text}</b></span>' if focused(o, r, c) else text

    out, phase = [], None
    wanted = [e for e in equations if e.layer == l and (focus.kind != "loss" or e.phase == "backward")]
    for e in wanted:
        if e.phase != phase:
            phase = e.phase
            out.append(f'<p style="margin-top:10px"><a name="{phase}"></a>'
                       f"<b>{escape(tr(SECTION_TITLES[phase], 'InspectorMatrix').format(l=l))}</b></p>")
        out.append(f"<p>{escape(unicode_symbol(e.general))}</p>")
        out.append(_fitted_grids(e, digits, max_chars, font_pt, floor_pt, known, mark, rows, cols))
    if B > 1:
        out.insert(0, f'<p style="color:#5d6d7e"><i>{escape(tr(BATCH_NOTE, "InspectorMatrix").format(B=B, n=doc.shown_sample + 1))}</i></p>')
        if cols[SAMPLES] is not None:
            note = tr(SAMPLES_SHOWN, "InspectorMatrix").format(B=B, first=cols[SAMPLES].start + 1,
                                                                last=cols[SAMPLES].stop)
            out.append(f'<p style="color:#5d6d7e"><i>{escape(note)}</i></p>')
    for k in sorted({l, l - 1, l + 1} & set(range(len(sizes)))):
        if not any(_uses(e, k) for e in wanted):
            continue
        parts = [tr(text, "InspectorMatrix").format(first=w.start + 1, last=w.stop)
                 for text, w in ((ROWS_SHOWN, rows[k]), (COLUMNS_SHOWN, cols[k])) if w is not None]
        if parts:
            note = tr(WINDOW_NOTE, "InspectorMatrix").format(l=k, n=sizes[k], shown=", ".join(parts))
            out.append(f'<p style="color:#5d6d7e"><i>{escape(note)}</i></p>')
    return "".join(out)


def _uses(equation: MatrixEquation, layer: int) -> bool:
    operands = [equation.result] + [t for t in equation.terms if isinstance(t, Operand)]
    return any(layer in (o.row_layer, o.col_layer) for o in operands)


def _fitted_grids(e: MatrixEquation, digits: int, max_chars: int, font_pt: float, floor_pt: float,
                  known, mark, rows: dict, cols: dict) -> str:
    """Return one equation's grids in a monospaced block that fits `max_chars`: whole on one
    row, drawn up to SHRINK smaller if that is enough (an equation broken over rows is harder
    to read than one slightly smaller); else broken between its terms; else smaller still,
    down to `floor_pt`, and broken again for the width that gives."""
    plain, lines = wrapped_lines(e, digits, 10 ** 6, known, mark, rows, cols)
    points, widest = font_pt, max(map(len, plain))
    # A smaller font's advance is not quite in proportion (hinting): 3 % to spare.
    if widest > max_chars and 0.97 * font_pt * max_chars / widest >= max(floor_pt, SHRINK * font_pt):
        points = 0.97 * font_pt * max_chars / widest
    elif widest > max_chars:
        plain, lines = wrapped_lines(e, digits, max_chars, known, mark, rows, cols)
        widest = max(map(len, plain))
        if widest > max_chars:
            points = max(floor_pt, 0.97 * font_pt * max_chars / widest)
            if points == floor_pt:  # at the floor, more fits on a line: break again for that width
                plain, lines = wrapped_lines(e, digits, int(0.97 * max_chars * font_pt / floor_pt), known, mark,
                                             rows, cols)
    return f'<pre class="matrix" style="font-size:{points:.1f}pt">' + in_locale("\n".join(lines)) + "</pre>"
