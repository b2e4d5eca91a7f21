"""Translation: every string a person reads passes through Qt's translator.

Qt classes have their own `self.tr`; module-level text (menus built from tables, messages
formed in helpers) uses `tr` here, with a context naming where the text appears, so a
translator sees it in place. The window speaks one of LANGUAGES, chosen at start
(`start_language`): the person's preference, else the first of the system's languages that
bpviz has; its numbers then follow that language too (0,5 in German, typed and shown).
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


# The languages bpviz speaks, each named in itself (a person finds their own in any language).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français",
             "pt_BR": "Português (Brasil)", "zh_CN": "简体中文"}
LANGUAGE_KEY = "appearance/language"  # "system", or a code of LANGUAGES
_current = "en"
_translators: list[QTranslator] = []  # what start_language installed


def current_language() -> str:
    """Return the code (of LANGUAGES) of the language the window speaks."""
    return _current


def language_of(locale: QLocale) -> str | None:
    """Return the code of LANGUAGES that serves `locale`, or None (Portuguese is Brazil's; Chinese
    the simplified script, not Taiwan's or Hong Kong's traditional one)."""
    L, T = QLocale.Language, QLocale.Country
    simple = {L.English: "en", L.German: "de", L.Spanish: "es", L.French: "fr", L.Portuguese: "pt_BR"}
    if locale.language() in simple:
        return simple[locale.language()]
    if locale.language() == L.Chinese and locale.script() != QLocale.Script.TraditionalHanScript \
            and locale.territory() not in (T.Taiwan, T.HongKong, T.Macao):
        return "zh_CN"
    return None


def language_for(preference: str, system: QLocale | None = None) -> str:
    """Return the code the window speaks for `preference`: itself if it names one of LANGUAGES;
    for "system", the first of the system's languages (LANGUAGE, then LANG) that bpviz has, else English."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system() if system is None else system
    tried = set()
    for name in [*system.uiLanguages(), system.name()]:
        locale = QLocale(name)
        if locale.language() in tried:
            continue  # "zh" after "zh-Hant-TW" is still traditional Chinese
        tried.add(locale.language())
        code = language_of(locale)
        if code:
            return code
    return "en"


def start_language(app: QCoreApplication, preference: str = "system", folder: Path = TRANSLATIONS) -> str:
    """Make the window speak `language_for(preference)`: its translation installed and its way of
    writing numbers the default (typing "0,5" is 0.5 in German, refused in English); return its code."""
    global _current
    stop_language(app)
    code = language_for(preference)
    locale = QLocale("en_US") if code == "en" else QLocale(code)
    QLocale.setDefault(locale)
    if code != "en":
        _translators.extend(install_translation(app, locale, folder))
        if not _translators:
            code = "en"  # no compiled translation installed with this copy: English, numbers too
            QLocale.setDefault(QLocale("en_US"))
    _current = code
    return code


def stop_language(app: QCoreApplication) -> None:
    """Take out the translation `start_language` installed: English again, numbers too."""
    global _current
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale("en_US"))
    _current = "en"


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
