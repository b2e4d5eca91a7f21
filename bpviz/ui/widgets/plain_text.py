"""Text from outside shown as written: a file's name, a data set's column names, a CSV cell, a
lesson's title, an error message quoting any of them.

Qt reads tags in the text of a label, a tooltip, a message box or a plot's axis title when it
looks like HTML, and an <img src=…> there makes it read any file on the disk (/dev/zero until
memory runs out). So such text reaches Qt only as plain text or escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def escaped(text: str) -> str:
    """Return `text` for a place that reads HTML (a plot's axis title, rich text built here)."""
    return html.escape(text, quote=True)


def tooltip(text: str) -> str:
    """Return `text` as a tooltip that shows it literally, line breaks kept."""
    return f'<p style="white-space:pre-wrap">{escaped(text)}</p>' if text else ""


def plain_label(label: QLabel) -> QLabel:
    """Make `label` show its text as plain text, whatever it holds; return it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """Make `box` show its text and details as plain text; return it."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
