"""Export the worked example: the current step as a Markdown, HTML or PDF handout.

The text is the engine's (bpviz.engine.teaching.handout); this module adds what needs Qt: the
network picture, rendered from the canvas at print resolution, and the PDF, which is the
HTML laid out on A4 pages by QTextDocument and written by QPdfWriter. The file name's
suffix chooses the form. Every file is written whole or not at all.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument, QTextFormat

from bpviz.engine.files.atomic_file import write_bytes_atomically
from bpviz.engine.teaching.handout import to_html, to_markdown
from bpviz.engine.teaching.matrix_form import matrix_form
from bpviz.engine.teaching.worked_example import WorkedExample, worked_example

from bpviz.ui.shell.i18n import tr, tr_noop
from bpviz.ui.export.paper_picture import step_picture

if TYPE_CHECKING:
    from bpviz.ui.shell.main_window import MainWindow

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}
HANDOUT_DIGITS = 9            # what a student checks by hand against a calculator
MAX_PARAMETERS = 1000         # every parameter takes several lines: beyond this, a book, not a handout
IMAGE_WIDTH_PX = 2000         # the network picture: sharp at 300 dpi across an A4 page
HTML_IMAGE_WIDTH = 640        # px on screen
PDF_IMAGE_WIDTH = 520         # px at 96 dpi: 138 mm, inside the A4 text column with room to spare
PDF_RESOLUTION = 96           # layout units only: text stays vector, the picture keeps its pixels
PDF_IMAGE = "bpviz-network.png"  # the picture's name inside the PDF's text document


def _tr(text: str) -> str:
    return tr(text, "Handout")


# The section titles of the worked example, which the engine's handout passes through _tr.
SECTION_TITLES = (tr_noop("Forward pass", "Handout"), tr_noop("Loss", "Handout"),
                  tr_noop("Backward pass", "Handout"), tr_noop("Update", "Handout"))


# -- the pieces -------------------------------------------------------------------------------


def png_bytes(image: QImage) -> bytes:
    """Return `image` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(_tr("the picture of the network could not be encoded"))
    buffer.close()
    return bytes(data)


def pdf_bytes(html: str, image: QImage | None, title: str) -> bytes:
    """Return the HTML handout printed on A4 pages, numbered, as a PDF document.

    The picture is handed to the text document as the resource PDF_IMAGE, which the HTML names.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("bpviz")
    writer.setResolution(PDF_RESOLUTION)
    # No margins of the writer's own: QTextDocument.print_ then keeps its 2 cm around the text
    # and puts the page number in the bottom one.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    document = _text_document(html, image)
    keep_headings_with_their_text(document, writer)
    # An unpaginated document is laid out on the writer's pages, with the page numbers at the foot.
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data)


# -- one handout ------------------------------------------------------------------------------


def _text_document(html: str, image: QImage | None) -> QTextDocument:
    document = QTextDocument()
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PDF_IMAGE), image)
    document.setHtml(html)
    return document


def keep_headings_with_their_text(document: QTextDocument, writer: QPdfWriter, rounds: int = 8) -> int:
    """Start a new page before each heading that would otherwise end a page, its first lines on
    the next; return how many were moved.

    QTextDocument.print_ lays an unpaginated document out on the writer's pages with 2 cm
    margins; the same layout is made here on a copy, and a page break put before each heading
    whose next block begins on a later page. Moving one heading moves what follows, so this
    repeats until none is left alone (at most `rounds` times).
    """
    moved = 0
    for _ in range(rounds):
        lonely = _lonely_headings(document, writer)
        if not lonely:
            break
        for number in lonely:
            block = document.findBlockByNumber(number)
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
        moved += len(lonely)
    return moved


def _lonely_headings(document: QTextDocument, writer: QPdfWriter) -> list[int]:
    """Return the block numbers of headings that end a page in print_'s layout of `document`."""
    copy = document.clone()
    for url in (PDF_IMAGE,):
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        if resource is not None:
            copy.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), resource)
    copy.documentLayout().setPaintDevice(writer)
    frame = copy.rootFrame().frameFormat()
    frame.setMargin(2 / 2.54 * writer.logicalDpiY())  # print_'s 2 cm
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(writer.width(), writer.height()))
    page_height, layout = copy.pageSize().height(), copy.documentLayout()
    lonely, block = [], copy.begin()
    while block.isValid() and block.next().isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.text().strip():
            page = int(layout.blockBoundingRect(block).top() // page_height)
            lines = following.layout()
            first_line = lines.lineAt(0).rect().bottom() if lines.lineCount() else 0.0
            if int((layout.blockBoundingRect(following).top() + first_line) // page_height) > page:
                lonely.append(block.blockNumber())
        block = following
    return lonely


def image_path_for(path: Path) -> Path:
    """Return where a Markdown handout's picture goes: beside it, named after it."""
    return path.with_name(f"{path.stem}-network.png")


def write_handout(path: str | Path, example: WorkedExample, image: QImage | None,
                  title: str, digits: int = HANDOUT_DIGITS, matrices: list | None = None) -> list[Path]:
    """Write the handout in the form the suffix of `path` names; return the files written.

    .md: Markdown, with the picture as a PNG beside it; .html: one self-contained page, the
    picture inside as a data URI; .pdf: A4 pages. `matrices` (the step's matrix form): each
    layer's equations as vectors and matrices. Raises ValueError for another suffix and
    OSError when a file cannot be written.
    """
    path = Path(path)
    form = FORMATS.get(path.suffix.lower())
    if form is None:
        raise ValueError(_tr("choose a file name ending in .pdf, .html or .md"))
    if form == "markdown":
        written = []
        link = None
        if image is not None:
            picture = image_path_for(path)
            write_bytes_atomically(picture, png_bytes(image))
            written.append(picture)
            link = quote(picture.name)
        text = to_markdown(example, digits, title, image=link, translate=_tr, matrices=matrices)
        try:
            write_bytes_atomically(path, text.encode("utf-8"))
        except OSError:
            for picture in written:  # no picture left behind without its handout
                picture.unlink(missing_ok=True)
            raise
        return [path, *written]
    if form == "html":
        source = None
        if image is not None:
            source = "data:image/png;base64," + base64.b64encode(png_bytes(image)).decode("ascii")
        text = to_html(example, digits, title, image=source, image_width=HTML_IMAGE_WIDTH, translate=_tr,
                       matrices=matrices)
        write_bytes_atomically(path, text.encode("utf-8"))
        return [path]
    text = to_html(example, digits, title, image=PDF_IMAGE if image is not None else None,
                   image_width=PDF_IMAGE_WIDTH, translate=_tr, matrices=matrices)
    write_bytes_atomically(path, pdf_bytes(text, image, title))
    return [path]


# -- from the window --------------------------------------------------------------------------


def current_example(window: "MainWindow", digits: int) -> WorkedExample:
    """Return the worked example of the document's current step, or raise ValueError saying why not."""
    doc = window.doc
    net, trace = doc.network, doc.cursor.trace
    if net.n_parameters > MAX_PARAMETERS:
        raise ValueError(_tr("this network has {n:,} weights and biases; a handout writes out every "
                             "equation, so it is made for networks of up to {limit:,}").format(
            n=net.n_parameters, limit=MAX_PARAMETERS))
    arrays = [trace.loss, *trace.x, *trace.z[1:], *trace.delta[1:], *trace.W_after[1:], *trace.b_after[1:],
              *trace.dW[1:], *trace.db[1:]]
    if not all(np.isfinite(a).all() for a in arrays):
        raise ValueError(_tr("this step's numbers are not all finite (the weights have diverged); "
                             "restore finite weights first"))
    return worked_example(trace, net.activations, net.loss, digits=digits)


def export_worked_example(window: "MainWindow", path: str | None = None) -> bool:
    """Ask where, then write the current step's handout; say so in the window either way."""
    doc = window.doc
    digits = max(HANDOUT_DIGITS, window.options.digits)
    try:
        example = current_example(window, digits)
    except ValueError as e:
        window.show_message(_tr("Cannot export the worked example: {reason}.").format(reason=e))
        return False
    if path is None:
        folder = Path(doc.path).parent if doc.path else Path(window._last_folder())
        name = doc.name if "worked-example" in doc.name else f"{doc.name}-worked-example"  # the name once
        path = window.dialogs.export_path(window, str(folder / f"{name}.pdf"))
    if not path:
        return False
    path = Path(path)
    title = _tr("One step of backpropagation: {name}").format(name=doc.name)
    # The handout is written as the Inspector shows the step: neuron by neuron, or in matrix form.
    in_matrices = window.options.inspector_form == "matrix"
    matrices = matrix_form(doc.cursor.trace, doc.network.activations, doc.network.loss) if in_matrices else None
    try:
        written = write_handout(path, example, step_picture(doc, window.options, IMAGE_WIDTH_PX), title, digits,
                                matrices)
    except (ValueError, OSError) as e:
        reason = (e.strerror.lower() if isinstance(e, OSError) and e.strerror else str(e))
        window.show_message(_tr("Could not export {name}: {reason}. Nothing was written; "
                                "your work is unchanged.").format(name=path.name, reason=reason))
        return False
    done = (_tr("Exported the worked example in matrix form to {files}") if in_matrices
            else _tr("Exported the worked example to {files}"))
    window.statusBar().showMessage(done.format(files=", ".join(str(p) for p in written)), 8000)
    return True
