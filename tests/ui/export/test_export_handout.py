"""File ▸ Export worked example: the current step as a PDF, HTML or Markdown handout."""

import base64
import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage, QKeySequence

from bpviz.ui.export.export_handout import MAX_PARAMETERS, image_path_for

PUBLISHED = ("0.593269992", "0.298371109", "0.35891648", "0.149780716")


def export(window, dialogs, path):
    dialogs.save_answer = str(path)
    window.actions["export_handout"].trigger()
    assert dialogs.asked[-1] == "export"


def pdf_pages(data: bytes) -> int:
    """Return the page count the PDF's page tree declares."""
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data, re.S)
    assert counts, "no page tree"
    return int(counts[0])


def test_the_menu_writes_a_pdf_with_the_picture(window, dialogs, tmp_path):
    path = tmp_path / "step.pdf"
    export(window, dialogs, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 20_000
    assert pdf_pages(data) >= 1
    assert pdf_pages(data) == len(re.findall(rb"/Type\s*/Page\b", data))
    assert b"/Subtype /Image" in data or b"/Subtype/Image" in data
    assert b"/MediaBox [0 0 595" in data  # A4: 595 × 842 points
    assert not window.message_bar.isVisible()
    assert "step.pdf" in window.statusBar().currentMessage()


def test_markdown_has_the_published_numbers_and_links_its_picture(window, dialogs, tmp_path):
    path = tmp_path / "handout.md"
    export(window, dialogs, path)
    text = path.read_text(encoding="utf-8")
    for number in PUBLISHED:
        assert number in text
    picture = image_path_for(path)
    assert f"![The network]({picture.name})" in text
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= 1500
    # Drawn for paper, not copied from the screen: the two panels of the step, one under the other.
    from bpviz.ui.export.paper_picture import CAPTION_PX, PANEL_SIZE
    assert image.height() / image.width() == pytest.approx(2 * (CAPTION_PX + PANEL_SIZE[1]) / PANEL_SIZE[0],
                                                           rel=0.01)


def test_html_embeds_the_picture_and_the_same_numbers(window, dialogs, tmp_path):
    path = tmp_path / "handout.html"
    export(window, dialogs, path)
    page = path.read_text(encoding="utf-8")
    for number in PUBLISHED:
        assert number in page
    encoded = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page).group(1)
    image = QImage.fromData(base64.b64decode(encoded), "PNG")
    assert not image.isNull() and image.width() >= 1500
    assert list(tmp_path.iterdir()) == [path]  # self-contained: nothing beside it


def test_the_handout_is_of_the_documents_current_weights_and_example(window, dialogs, tmp_path):
    window.doc.set_parameter(1, 0, 0, 0.25)
    window.doc.set_example([1.0, 0.0], [0.0, 1.0], 0.1)
    path = tmp_path / "edited.md"
    export(window, dialogs, path)
    text = path.read_text(encoding="utf-8")
    assert "0.25·1 + 0.2·0 + 0.35 = 0.6" in text
    assert "learning rate α = 0.1" in text
    assert "0.593269992" not in text


def test_a_folder_that_does_not_exist_gives_a_message_and_writes_nothing(window, dialogs, tmp_path):
    path = tmp_path / "no-such-folder" / "step.pdf"
    export(window, dialogs, path)
    assert window.message_bar.isVisible()
    assert "Could not export step.pdf" in window.message_bar.label.text()
    assert list(tmp_path.iterdir()) == []


def test_another_suffix_is_explained(window, dialogs, tmp_path):
    export(window, dialogs, tmp_path / "step.docx")
    assert ".pdf, .html or .md" in window.message_bar.label.text()
    assert list(tmp_path.iterdir()) == []


def test_cancelling_writes_nothing_and_says_nothing(window, dialogs, tmp_path):
    export(window, dialogs, "")
    assert not window.message_bar.isVisible()


def test_a_network_too_big_to_write_out_is_refused_before_asking(window, dialogs):
    window.doc.structure.set_layer_size(1, MAX_PARAMETERS)
    dialogs.save_answer = "unused.pdf"
    window.actions["export_handout"].trigger()
    assert "export" not in dialogs.asked
    assert "Cannot export the worked example" in window.message_bar.label.text()


def test_diverged_weights_are_refused(window, dialogs):
    window.doc.set_parameter(2, 0, 0, 1.7e308)
    window.doc.set_parameter(2, 0, 1, 1.7e308)  # z = Σ w x + b overflows
    assert not np.isfinite(window.doc.cursor.trace.z[2]).all()
    window.actions["export_handout"].trigger()
    assert "not all finite" in window.message_bar.label.text()


def test_the_action_sits_in_the_file_menu_with_its_shortcut(window):
    action = window.actions["export_handout"]
    assert QKeySequence("Ctrl+Shift+E") in action.shortcuts()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_the_suggested_file_name_says_worked_example_once(window, dialogs, tmp_path):
    export(window, dialogs, "")
    assert Path(dialogs.suggested).name == "worked-example.pdf"


def test_the_paper_picture_leaves_the_persons_cursor_alone(window):
    from bpviz.ui.export.paper_picture import step_picture
    doc = window.doc
    for _ in range(3):
        doc.advance()
    before = (doc.cursor.position, doc.focus, doc.undo_stack.count())
    image = step_picture(doc, window.options, 1000)
    assert not image.isNull() and (doc.cursor.position, doc.focus, doc.undo_stack.count()) == before


def test_a_canvas_for_paper_has_no_buttons_or_marks_and_every_number_of_the_update(qtbot, window):
    from bpviz.state import Document
    from bpviz.ui.canvas.network_canvas import NetworkCanvas
    from bpviz.ui.export.paper_picture import PANEL_SIZE
    paper = Document()
    canvas = NetworkCanvas(paper, window.options, paper=True)
    qtbot.addWidget(canvas)
    canvas.resize(*PANEL_SIZE)
    canvas.show()
    qtbot.waitExposed(canvas)
    paper.cursor.seek(len(paper.cursor.events))
    paper.cursorMoved.emit()
    canvas.flush()
    assert canvas._chrome_places.buttons == {} and canvas._rings.strokes() == []
    assert canvas.hidden_values() == 0 and len(canvas._edge_label_places.hits) == 8


def test_no_section_heading_is_left_alone_at_the_foot_of_a_pdf_page(qapp):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
    from bpviz.engine import Network, StepThrough
    from bpviz.engine.teaching.handout import to_html
    from bpviz.engine.teaching.worked_example import worked_example
    from bpviz.ui.export import export_handout as eh

    picture = QImage(2000, 2600, QImage.Format.Format_RGB32)
    picture.fill(0xFFFFFF)
    moved = []
    for sizes in ([2, 2, 2], [2, 4, 4, 1], [3, 5, 2], [4, 4, 4, 4]):
        net = Network(sizes, ["sigmoid"] * (len(sizes) - 1), "mse", seed=0)
        trace = StepThrough(net, [0.1] * sizes[0], [0.5] * sizes[-1]).trace
        html = to_html(worked_example(trace, net.activations, net.loss, digits=6), 6, "step",
                       image=eh.PDF_IMAGE, image_width=eh.PDF_IMAGE_WIDTH)
        buffer = QBuffer(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(eh.PDF_RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        document = eh._text_document(html, picture)
        moved.append(eh.keep_headings_with_their_text(document, writer))
        assert eh._lonely_headings(document, writer) == [], sizes
    assert any(moved)  # some of these handouts had a heading at the foot of a page, now moved


def test_in_matrix_form_the_handout_is_written_as_the_inspector_shows_it(window, dialogs, tmp_path):
    window.options.inspector_form = "matrix"
    markdown, page = tmp_path / "matrices.md", tmp_path / "matrices.html"
    export(window, dialogs, markdown)
    text = markdown.read_text(encoding="utf-8")
    assert "`δ^(l) = (W^(l+1))^T δ^(l+1) ⊙ f'(z^(l))`" in text and "⎡" in text
    assert "0.00877135469" in text  # δ₁⁽¹⁾, at the handout's nine digits
    assert "z_1^(1) = Σ_i" not in text  # not neuron by neuron
    assert "matrix form" in window.statusBar().currentMessage()
    export(window, dialogs, page)
    assert '<pre class="matrix">' in page.read_text(encoding="utf-8")
    pdf = tmp_path / "matrices.pdf"
    export(window, dialogs, pdf)
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf_pages(pdf.read_bytes()) >= 1
