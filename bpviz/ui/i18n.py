"""Translation: every string a person reads passes through Qt's translator.

Qt classes have their own `self.tr`; module-level text (menus built from tables, messages
formed in helpers) uses `tr` here, with a context naming where the text appears, so a
translator sees it in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "bpviz") -> str:
    """Return `text` translated for the running application (itself when no translation is loaded)."""
    return QCoreApplication.translate(context, text)
