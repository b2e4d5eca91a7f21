"""Translation: every string a person reads passes through Qt's translator.

Qt classes have their own `self.tr`; module-level text (menus built from tables, messages
formed in helpers) uses `tr` here, with a context naming where the text appears, so a
translator sees it in place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bpviz.engine.files.paths import TRANSLATIONS


def tr(text: str, context: str = "bpviz") -> str:
    """Return `text` translated for the running application (itself when no translation is loaded)."""
    return QCoreApplication.translate(context, text)


def tr_noop(text: str, context: str = "bpviz") -> str:
    """Return `text` unchanged, marked for the translation template.

    For tables built when a module loads, before a translator can be installed: the table
    keeps the English, and the code that shows an entry passes it through `tr(text, context)`.
    """
    return text


def install_translation(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path = TRANSLATIONS) -> list[QTranslator]:
    """Install bpviz_<locale>.qm from `folder` in `app`, with Qt's own qtbase_<locale>.qm (the
    buttons of standard dialogs); return the translators installed, none when bpviz has no
    translation for `locale` (default: the system's) and the English stays.
    """
    locale = QLocale() if locale is None else locale
    installed = []
    for name, where in (("bpviz", str(folder)),
                        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
        if not installed:
            break  # no bpviz translation: Qt's dialogs stay in English too, like the rest
    return installed
