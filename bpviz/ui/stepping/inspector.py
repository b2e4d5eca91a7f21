"""Inspector: the seed's equations for the focused neuron, edge or loss, numbers substituted.

Every equation comes from the engine's worked example (bpviz.engine.teaching.worked_example), built
once per (trace, digits); every number is the trace's. An equation whose event the cursor
has not revealed yet keeps its symbolic form and says "not yet computed" instead. The Lines
and Notes, their source and their rich text are in inspector_text; here, which ones a focus shows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from bpviz.engine import ACTIVATIONS
from bpviz.engine.teaching.worked_example import Equation, factor, idx, sym
from bpviz.state import Document, Focus, ViewOptions

from bpviz.ui.widgets.redraw_timer import RedrawTimer
from bpviz.ui.look import notation
from bpviz.ui.look.engine_words import activation_label, event_title, loss_label
from bpviz.ui.look.fonts import font_at
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.stepping.inspector_text import (STYLE_SHEET, WORD_JOINER, WORKED_EXAMPLE_MAX_PARAMETERS, EquationSource, Line, Note, Section, as_line,
                             parameter_count, section_html)
from bpviz.ui.look.number_fit import FLOOR_PT
from bpviz.ui.look.saturation import is_saturated
from bpviz.ui.stepping.inspector_matrix import MatrixSource, matrix_html

BASE_POINT_SIZE = 12.5                # × options.font_scale
MATRIX_TEXT = 0.9                     # the matrix form's grids, against the text: wide grids fit
MAX_WEIGHT_LINES = 32                 # incoming weights listed per neuron; the weights table has all

# The notes in English; the Inspector shows each through self.tr (context "Inspector").
SATURATION_NOTE = tr_noop("f'(z) ≈ 0: this neuron is saturated, so δ = ∂L/∂x · f'(z) is small however "
                          "large ∂L/∂x is; its incoming weights barely learn.", "Inspector")
CROSS_ENTROPY_NOTE = tr_noop("With cross-entropy after a {f} output, ∂L/∂y and f'(z) cancel, so δ = y − t "
                             "directly: a confidently wrong output still learns fast.", "Inspector")
OUTPUT_NOTE = tr_noop("The output is y = x<sup>({L})</sup>: "
                      "∂L/∂y<sub>k</sub> is ∂L/∂x<sub>k</sub><sup>({L})</sup>.", "Inspector")
INPUT_NOTE = tr_noop("An input has no weights of its own: the backward pass stops at layer 1.", "Inspector")
WEIGHT_NOTE = tr_noop("The value this step's forward pass uses.", "Inspector")
LARGE_NETWORK_NOTE = tr_noop("This network has {n:,} parameters; equations are written out with their "
                             "numbers up to {limit:,}. The values below are the trace's.", "Inspector")
MORE_WEIGHTS_NOTE = tr_noop("… and {n:,} more incoming weights: see the weights table.", "Inspector")
NO_FOCUS_TEXT = tr_noop("Nothing in focus: click a neuron, an edge or the loss.", "Inspector")


class Inspector(QWidget):
    """The focused item's equations in the seed's notation, with the trace's numbers.

    Public: `equation_values()` (the numbers shown, by key), `plain_text()`, `rich_text()`.
    """

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc, self._options = doc, options
        self._equations = EquationSource()
        self._values: dict[str, float | None] = {}
        self._html = ""
        self._stale = True
        self._refresh_timer = RedrawTimer(self, self._refresh_if_stale)
        self._shown_focus: Focus | None = None  # a new focus starts at the top
        self._shown_event: tuple | None = None  # a new event brings its own section into view

        self._header = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self._phase = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self._matrices = MatrixSource()
        self.form_button = QToolButton(text=self.tr("Matrix form"), checkable=True)
        self.form_button.setToolTip(self.tr("Write the focused layer's step as vectors and matrices "
                                            "(z = W x + b, δ = (W)ᵀ δ ⊙ f'(z), ∂L/∂W = δ xᵀ) instead of "
                                            "neuron by neuron (X)"))
        self.form_button.toggled.connect(
            lambda on: setattr(options, "inspector_form", "matrix" if on else "neuron"))
        self._browser = QTextBrowser(openLinks=False)
        self._browser.setFrameShape(QFrame.Shape.NoFrame)
        # Lines break between words only: a number is never split across two lines.
        self._browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._browser.document().setDefaultStyleSheet(STYLE_SHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self._header)
        phase_row = QHBoxLayout()
        phase_row.addWidget(self._phase, 1)
        phase_row.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(phase_row)
        layout.addWidget(self._browser, 1)

        for signal in (doc.focusChanged, doc.cursorMoved, doc.weightsChanged,
                       doc.structureChanged, doc.exampleChanged):
            signal.connect(self._on_document_changed)
        options.changed.connect(self._on_options_changed)
        self.form_button.setChecked(options.inspector_form == "matrix")
        self._apply_fonts()
        self._refresh()

    # -- public --------------------------------------------------------------------------------

    def equation_values(self) -> dict[str, float | None]:
        """Return the numbers shown, full precision, by key; None where not yet computed.

        Keys: "z", "x", "f_prime", "dL_dx", "delta", "dW[i]", "db", "W_after[i]", "b_after"
        (neuron); "w[i]", "dW[i]", "W_after[i]" (edge); "loss", "dL_dy[k]" (loss); "x" (input).
        In a batch, also the shown sample's "dW_sample[i]" and "db_sample" (neuron), each
        sample n's "dW_of_sample[n]" (edge) and "loss_of_sample[n]" (loss); the neuron's
        values are the shown sample's. i, k and n are 0-based, as in the trace's arrays.
        """
        self._refresh_if_stale()
        return dict(self._values)

    def plain_text(self) -> str:
        """Return everything shown as plain text: header, phase and equations."""
        self._refresh_if_stale()
        text = "\n".join((self._header.text(), self._phase.text(), self._browser.toPlainText()))
        return text.replace(WORD_JOINER, "")

    def rich_text(self) -> str:
        """Return the equations as the rich text given to the browser."""
        self._refresh_if_stale()
        return self._html

    # -- handlers ------------------------------------------------------------------------------

    def _on_document_changed(self) -> None:
        # One step event sends several signals (cursor, focus, weights): rebuild once, on the
        # next pass of the event loop.
        self._stale = True
        if self.isVisible():
            self._refresh_timer.request()

    def _on_options_changed(self) -> None:
        self._apply_fonts()
        self.form_button.setChecked(self._options.inspector_form == "matrix")
        self._on_document_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._options.inspector_form == "matrix" and event.size().width() != event.oldSize().width():
            # The grids break to the new width: the event's section is then somewhere else, so
            # it is brought into view again (entering presenter mode, a dock dragged).
            self._shown_event = None
            self._on_document_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self._refresh_if_stale()
        super().showEvent(event)

    # -- rendering -----------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        scale = self._options.font_scale
        for widget, size, bold in ((self._browser, BASE_POINT_SIZE, False),
                                   (self._header, BASE_POINT_SIZE * 1.15, True),
                                   (self._phase, BASE_POINT_SIZE * 0.96, False)):
            widget.setFont(font_at(self.font(), size * scale, bold))
        self._browser.document().setDefaultFont(self._browser.font())
        mono = QFont("DejaVu Sans Mono")  # as the style sheet's pre.matrix
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self._mono = font_at(mono, BASE_POINT_SIZE * scale * MATRIX_TEXT)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        """Rebuild header, phase and equations from the document."""
        self._stale = False
        doc, focus = self._doc, self._doc.focus
        if focus is None or not focus.fits(doc.network.sizes):
            header, sections = self.tr(NO_FOCUS_TEXT), []
        elif focus.kind == "loss":
            header, sections = self._loss_view()
        elif focus.kind == "edge":
            header, sections = self._edge_view(focus)
        elif focus.layer == 0:
            header, sections = self._input_view(focus)
        else:
            header, sections = self._neuron_view(focus)
        if sections and not self._equations.written_out(doc):
            limit = WORKED_EXAMPLE_MAX_PARAMETERS
            sections.insert(0, ("", [Note(self.tr(LARGE_NETWORK_NOTE).format(
                n=parameter_count(doc.network.sizes), limit=limit))]))

        self._values = {item.key: item.value for _, items in sections
                        for item in items if isinstance(item, Line)}
        self._header.setText(header)
        self._phase.setText(self._phase_text())
        anchors = {self.tr("Forward pass"): "forward", self.tr("Backward pass"): "backward",
                   self._update_title(): "update"}
        if self._options.inspector_form == "matrix" and focus is not None and focus.fits(doc.network.sizes):
            # The loss is one number, not a layer's vector: its own line heads the output layer's grids.
            loss = "".join(section_html(title, items, self._options) for title, items in sections[:1]) \
                if focus.kind == "loss" else ""
            self._html = loss + matrix_html(doc, focus, self._options.digits, self._matrix_chars(), self._matrices,
                                            self._mono.pointSizeF(), FLOOR_PT * self._options.font_scale)
        else:
            self._html = "".join(section_html(title, items, self._options, anchors.get(title, ""))
                                 for title, items in sections)
        scroll = self._browser.verticalScrollBar().value() if focus == self._shown_focus else 0
        cursor = doc.cursor
        # A new form of the text is a new page too: the event's section in view again.
        event = (id(cursor), cursor.position, doc.step_count, self._options.inspector_form)
        moved, self._shown_focus, self._shown_event = event != self._shown_event, focus, event
        self._browser.setHtml(self._html)
        self._browser.verticalScrollBar().setValue(scroll)
        if moved and cursor.current is not None and cursor.current.phase in ("forward", "backward", "update"):
            # The event just revealed: its section in view, without the class scrolling.
            self._browser.scrollToAnchor(cursor.current.phase)
        elif moved:
            self._browser.verticalScrollBar().setValue(0)

    def _matrix_chars(self) -> int:
        """Return how many characters of the grids' monospaced font a line of the Inspector holds."""
        browser = self._browser
        width = browser.width() - 2 * browser.frameWidth() - 2 * browser.document().documentMargin()
        if not browser.verticalScrollBar().isVisible():
            width -= browser.verticalScrollBar().sizeHint().width()  # the grids will make the text taller
        return max(20, int(width / QFontMetricsF(self._mono).horizontalAdvance("0")) - 2)

    def _phase_text(self) -> str:
        doc = self._doc
        event, step = doc.cursor.current, doc.step_count + 1
        if event:
            text = self.tr("Step {step} · {event}").format(step=step, event=event_title(event))
        else:
            text = self.tr("Step {step} · start: nothing computed yet").format(step=step)
        if doc.batch_size > 1:
            text += " · " + self.tr("sample {n} of {B}").format(n=doc.shown_sample + 1, B=doc.batch_size)
        return text

    # -- the four views: a header and sections of lines ------------------------------------------

    def _eq(self, kind: str, layer: int | None = None, j: int | None = None,
            i: int | None = None, sample: int | None = None) -> Equation:
        return self._equations.equation(self._doc, self._options.digits, kind, layer, j, i, sample)

    def _neuron_view(self, focus: Focus) -> tuple[str, list[Section]]:
        doc, l, j0 = self._doc, focus.layer, focus.j
        net, cursor, j = doc.network, doc.cursor, focus.j + 1
        L, name = net.L, net.activations[focus.layer]
        revealed = doc.revealed
        forward, backward = revealed.known("x", l, j0), revealed.known("delta", l, j0)
        update = revealed.known("W_after", l, j0)
        inputs = range(1, min(net.sizes[l - 1], MAX_WEIGHT_LINES) + 1)
        more = [Note(self.tr(MORE_WEIGHTS_NOTE).format(n=net.sizes[l - 1] - len(inputs)))] \
            if net.sizes[l - 1] > len(inputs) else []

        forward_items = [as_line("z", self._eq("z", l, j), forward), as_line("x", self._eq("x", l, j), forward)]
        if name != "softmax":
            forward_items.append(self._f_prime_line(l, j0, name, forward))
        if is_saturated(net, cursor, l, j0, doc.shown_sample):
            forward_items.append(Note(self.tr(SATURATION_NOTE), warning=True))
        backward_items = [as_line("dL_dx", self._eq("dL_dx", l, j), revealed.known("dL_dx", l, j0)),
                          as_line("delta", self._eq("delta", l, j), backward)]
        if l == L and net.loss == "cross_entropy":
            backward_items.append(Note(self.tr(CROSS_ENTROPY_NOTE).format(f=activation_label(name))))
        if doc.batch_size == 1:
            gradients = [as_line(f"dW[{i - 1}]", self._eq("dW", l, j, i), backward) for i in inputs] + more
            gradients.append(as_line("db", self._eq("db", l, j), backward))
        else:  # the shown sample's own term, then the batch's mean, which the update uses
            gradients = [line for i in inputs for line in (
                as_line(f"dW_sample[{i - 1}]", self._eq("dW_sample", l, j, i), backward),
                as_line(f"dW[{i - 1}]", self._eq("dW", l, j, i), backward))] + more
            gradients += [as_line("db_sample", self._eq("db_sample", l, j), backward),
                          as_line("db", self._eq("db", l, j), backward)]
        updates = [as_line(f"W_after[{i - 1}]", self._eq("W_after", l, j, i), update) for i in inputs] + more
        updates.append(as_line("b_after", self._eq("b_after", l, j), update))

        header = (self.tr("Neuron {j} of layer {l} (output) · {f}") if l == L
                  else self.tr("Neuron {j} of layer {l} · {f}")).format(j=j, l=l, f=activation_label(name))
        return header, [(self.tr("Forward pass"), forward_items), (self.tr("Backward pass"), backward_items),
                        (self.tr("Gradients"), gradients), (self._update_title(), updates)]

    def _update_title(self) -> str:
        return self.tr("Update · α = {lr}").format(lr=self._options.fmt(self._doc.cursor.trace.lr))

    def _f_prime_line(self, l: int, j0: int, name: str, revealed: bool) -> Line:
        """Return f'(z_j) written with x_j (σ' = x(1 − x), tanh' = 1 − x²), the trace's value."""
        trace, jj = self._doc.cursor.trace, idx(j0 + 1)
        x_sym, z_sym = sym("x", jj, l), sym("z", jj, l)
        s = self._doc.shown_sample
        x = factor(float(trace.x[l][s, j0]), self._options.digits)
        f = ACTIVATIONS[name]
        symbolic, numbers = f.f_prime_text.format(x=x_sym, z=z_sym), f.f_prime_numbers.format(x=x)
        value = float(trace.f_prime[l][s, j0]) if revealed else None
        return Line("f_prime", f"f'({z_sym})", symbolic, numbers, value)

    def _edge_view(self, focus: Focus) -> tuple[str, list[Section]]:
        cursor, l, j0, i0 = self._doc.cursor, focus.layer, focus.j, focus.i
        j, i = j0 + 1, i0 + 1
        weight = Line(f"w[{i0}]", sym("w", idx(j, i), l), "", "", float(cursor.trace.W_before[l][j0, i0]))
        header = self.tr("Weight {w} (from neuron {i} of layer {k} to neuron {j} of layer {l})").format(
            w=notation.weight(l, j0, i0), i=i, k=l - 1, j=j, l=l)
        known = self._doc.revealed.known("dW", l, j0)
        # In a batch: each sample's own ∂Lₙ/∂w, then their mean ∂L/∂w, which the update uses.
        terms = [as_line(f"dW_of_sample[{n - 1}]", self._eq("dW_sample", l, j, i, sample=n), known)
                 for n in range(1, self._doc.batch_size + 1)] if self._doc.batch_size > 1 else []
        return header, [
            (self.tr("Value"), [weight, Note(self.tr(WEIGHT_NOTE))]),
            (self.tr("Gradient"), [*terms, as_line(f"dW[{i0}]", self._eq("dW", l, j, i), known)]),
            (self._update_title(),
             [as_line(f"W_after[{i0}]", self._eq("W_after", l, j, i), self._doc.revealed.known("W_after", l, j0))]),
        ]

    def _loss_view(self) -> tuple[str, list[Section]]:
        net = self._doc.network
        L, known = net.L, self._doc.revealed.known("loss")
        outputs = range(1, min(net.sizes[L], MAX_WEIGHT_LINES) + 1)
        derivatives = [as_line(f"dL_dy[{k - 1}]", self._eq("dL_dx", L, k), known) for k in outputs]
        header = self.tr("Loss · {loss}").format(loss=loss_label(net.loss, net.activations[L]))
        # In a batch: each sample's own Lₙ, then their mean L.
        terms = [as_line(f"loss_of_sample[{n - 1}]", self._eq("loss", sample=n), known)
                 for n in range(1, self._doc.batch_size + 1)] if self._doc.batch_size > 1 else []
        return header, [(self.tr("Loss"), [*terms, as_line("loss", self._eq("loss"), known)]),
                        (self.tr("Its derivative for each output"),
                         [Note(self.tr(OUTPUT_NOTE).format(L=L)), *derivatives])]

    def _input_view(self, focus: Focus) -> tuple[str, list[Section]]:
        doc, i = self._doc, focus.j + 1
        value = Line("x", sym("x", idx(i), 0), "", "", doc.revealed.value("x", 0, focus.j))
        if doc.lab.dataset is not None and len(doc.lab.dataset):
            source = self.tr("Input {i} of sample {n} of the data set “{name}”.").format(
                i=i, n=doc.shown_data_index + 1, name=escape(doc.lab.dataset.name))
        else:
            source = self.tr("Input {i} of the example, as set for this step.").format(i=i)
        return self.tr("Input {i} · layer 0").format(i=i), [
            (self.tr("Value"), [value, Note(source), Note(self.tr(INPUT_NOTE))])]
