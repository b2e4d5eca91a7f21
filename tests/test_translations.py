"""Every text a person reads passes through Qt's translator, and the template holds it.

The extraction tool (tools/update_translations.py) must find the texts of every window
module; a walk over bpviz/ui's syntax trees keeps bare English out of the calls that put
text on screen; and a translation compiled from the template really changes the menus.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "bpviz" / "ui"

# Calls that put text on screen, by name, and which of their positional arguments are text
# (None: all of them). Keyword arguments are text when named so (QLabel(text, objectName=...)).
SHOWN_BY: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(("QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QDockWidget", "QMenu", "QToolButton", "QTableWidgetItem", "QListWidgetItem",
                     "setToolTip", "setWindowTitle", "addMenu", "setText", "showMessage", "show_message",
                     "setStatusTip", "setPlaceholderText", "setWhatsThis", "setTitle", "addAction",
                     "setSuffix", "setPrefix", "setSpecialValueText", "setHorizontalHeaderLabels",
                     "setVerticalHeaderLabels", "addItems", "setAccessibleName", "setLabelText",
                     "setFormat"), None),
    "addItem": (0,),                        # QComboBox.addItem(text, data): the data is a key
    "addRow": (0,),                         # QFormLayout.addRow(label, field)
    "setLabel": (1,),                       # pyqtgraph's setLabel(side, text)
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,),
    "information": (1, 2), "warning": (1, 2), "question": (1, 2), "critical": (1, 2),
}
TEXT_KEYWORDS = {"text", "title", "label", "tip", "toolTip", "statusTip", "placeholderText"}


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = tool  # dataclasses look their module up while the class is made
    spec.loader.exec_module(tool)
    return tool


@pytest.fixture(scope="module")
def tool():
    return _load_tool()


@pytest.fixture(scope="module")
def contexts(tool):
    return tool.extract()


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _has_letters(text: str) -> bool:
    """Whether `text` holds a word: two letters in a row, outside markup and {placeholders}.

    "L = ", "ε =", "<b></b>" and "−" read the same in every language; "Add" does not.
    """
    bare = re.sub(r"<[^>]*>|\{[^}]*\}|&\w+;", " ", text)
    return re.search(r"[^\W\d_]{2}", bare) is not None


def _bare_texts(node: ast.AST):
    """Yield the English a call argument spells out without a translation call around it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_letters(node.value):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        constant = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if _has_letters(constant):
            yield constant
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _bare_texts(element)
    elif isinstance(node, ast.BinOp):  # "Sample " + str(i): English glued to a value
        yield from _bare_texts(node.left)
        yield from _bare_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_texts(node.body)
        yield from _bare_texts(node.orelse)


def _bare_shown_texts(path: Path) -> list[str]:
    """Return "module:line: text" for each bare literal passed to a call that shows text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _called_name(node) not in SHOWN_BY:
            continue
        positions = SHOWN_BY[_called_name(node)]
        arguments = [a for k, a in enumerate(node.args) if positions is None or k in positions]
        arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            found += [f"{path.stem}.py:{node.lineno}: {text!r}" for text in _bare_texts(argument)]
    return found


def test_no_window_text_reaches_the_screen_untranslated():
    found = [line for path in sorted(UI.rglob("*.py")) for line in _bare_shown_texts(path)]
    assert not found, "wrap these in self.tr(...) or tr(..., context):\n" + "\n".join(found)


def test_translated_texts_are_constants_a_translator_can_see():
    """tr(f"..."), tr("a" + b) or tr("{n}".format(n=n)) would look up a text no template holds."""
    bad = []
    for path in sorted((ROOT / "bpviz").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called_name(node) in ("tr", "tr_noop", "_tr") and node.args:
                first = node.args[0]
                formatted = (isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute)
                             and first.func.attr == "format")
                if isinstance(first, (ast.JoinedStr, ast.BinOp)) or formatted:
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, "translate a constant text, then .format() the values into it: " + ", ".join(bad)


def test_a_text_marked_for_later_is_looked_up_where_it_was_marked():
    """tr_noop("...", "Inspector") only works if the Inspector (or a tr(..., "Inspector")) shows it."""
    wrong = []
    for path in sorted((ROOT / "bpviz").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        shown_in = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        shown_in |= {n.args[1].value for n in calls if _called_name(n) == "tr" and len(n.args) > 1
                     and isinstance(n.args[1], ast.Constant)}
        shown_in |= {n.args[0].value for n in calls if _called_name(n) == "translate" and n.args
                     and isinstance(n.args[0], ast.Constant)}
        for n in calls:
            name, args = _called_name(n), n.args
            context = args[1] if name == "tr_noop" and len(args) > 1 else \
                args[0] if name == "QT_TRANSLATE_NOOP" and args else None
            if isinstance(context, ast.Constant) and context.value not in shown_in:
                wrong.append(f"{path.relative_to(ROOT)}:{n.lineno}: {context.value}")
    assert wrong == []


# -- the template ---------------------------------------------------------------------------------

# Window modules that call text-showing functions but have no words of their own.
NO_TEXT_OF_THEIR_OWN = {
    "reading_dialog",  # shows the title and the text its caller (already translated) hands it
    "neuron_map_popup",  # shows a neuron's map and the canvas's own (translated) tooltip text
    "step_button",  # shows the words the step bar (already translated) hands it
}


def _sources(contexts, context: str) -> set[str]:
    return {m.source for m in contexts.get(context, [])}


def test_the_template_holds_the_window_s_words_in_their_contexts(contexts):
    assert sum(len(messages) for messages in contexts.values()) >= 600
    assert {"&File", "&Edit", "&View", "&Step", "&Train", "&Help", "&Quit", "{n} significant digits"} \
        <= _sources(contexts, "menus")
    assert {"Forward pass", "Backward pass", "Gradients", "Update · α = {lr}"} <= _sources(contexts, "Inspector")
    assert "Ready: press → or Space to begin" in _sources(contexts, "StepBar")
    assert {"Parameter", "Before", "After"} <= _sources(contexts, "weights_table")
    assert "Could not save {name}: {reason}. Your work is still open and still unsaved." \
        in _sources(contexts, "MainWindow")
    # Messages made in bpviz/state reach the window too: undo texts, refusals, typed numbers.
    assert "Add a neuron to layer {l}" in _sources(contexts, "StructureEdits")
    assert "Set example" in _sources(contexts, "Document")
    assert "There is no data set: choose one in the Data panel." in _sources(contexts, "DataLab")
    assert "Set {name} to {value:g}" in _sources(contexts, "commands")
    assert "{what}: type a number" in _sources(contexts, "parsing")
    # The engine's handout words sit in the context the window translates them in.
    assert {"The network", "Weights before → after", "Forward pass"} <= _sources(contexts, "Handout")


def test_no_seed_symbol_is_sent_to_the_translator_alone(contexts):
    """The notation is the seed's in every language: "δ", "∂L/∂w" or "Δw" never stand as a text."""
    alone = [m.source for messages in contexts.values() for m in messages
             if not _has_letters(m.source.replace("∂L", ""))]
    assert alone == []


def test_every_window_module_that_shows_text_has_words_in_the_template(tool):
    silent = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        shows = any(isinstance(n, ast.Call) and _called_name(n) in SHOWN_BY for n in ast.walk(tree))
        if shows and path.stem not in NO_TEXT_OF_THEIR_OWN and not tool.extract_file(path):
            silent.append(path.name)
    assert silent == []


def test_the_engine_handout_and_the_window_agree_on_its_context(tool):
    from bpviz.engine.teaching import handout

    engine = {m.context for m in tool.extract_file(ROOT / "bpviz" / "engine" / "teaching" / "handout.py")}
    window = {m.context for m in tool.extract_file(UI / "export" / "export_handout.py")}
    assert engine == window == {handout.TRANSLATION_CONTEXT}


def test_the_written_template_is_a_linguist_file_of_every_text(tool, tmp_path):
    out = tmp_path / "bpviz_template.ts"
    assert tool.main([str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag == "TS" and root.get("version") == "2.1"
    written = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    assert written == {(context, m.source) for context, messages in tool.extract().items() for m in messages}
    for message in root.iter("message"):
        location = message.find("location")
        source = Path(location.get("filename"))
        assert source.is_file() and 1 <= int(location.get("line")) <= len(source.read_text().splitlines())
        assert message.find("translation").get("type") == "unfinished"


def test_a_translation_beside_the_template_keeps_its_work_as_the_code_changes(tool, tmp_path):
    (tmp_path / "bpviz_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>menus</name>"
        "<message><source>&amp;File</source><translation>&amp;Datei</translation></message>"
        "<message><source>&amp;Quit</source><translation type=\"unfinished\">&amp;Beenden</translation></message>"
        "<message><source>A menu that is gone</source><translation>Ein Menü, das es nicht mehr gibt</translation>"
        "</message></context>\n</TS>\n", encoding="utf-8")
    assert tool.main([str(tmp_path / "bpviz_template.ts")]) == 0
    root = ET.parse(tmp_path / "bpviz_de.ts").getroot()
    assert root.get("language") == "de"
    translations = {(c.findtext("name"), m.findtext("source")): m.find("translation")
                    for c in root.iter("context") for m in c.iter("message")}
    assert {k for k, t in translations.items() if t.get("type") != "vanished"} == \
        {(context, m.source) for context, messages in tool.extract().items() for m in messages}
    file, quit_, gone = (translations["menus", s] for s in ("&File", "&Quit", "A menu that is gone"))
    assert (file.text, file.get("type")) == ("&Datei", None)
    assert (quit_.text, quit_.get("type")) == ("&Beenden", "unfinished")
    assert (gone.text, gone.get("type")) == ("Ein Menü, das es nicht mehr gibt", "vanished")
    assert translations["Inspector", "Forward pass"].get("type") == "unfinished"


def test_the_shipped_template_is_one_the_tool_wrote(tool):
    root = ET.parse(tool.TEMPLATE).getroot()
    menus = next(c for c in root.iter("context") if c.findtext("name") == "menus")
    assert "&File" in {m.findtext("source") for m in menus.iter("message")}
    # Locations are relative to the template, so the file reads the same on every machine.
    names = {m.find("location").get("filename") for m in root.iter("message")}
    assert all(n.startswith("../../") and (tool.TEMPLATE.parent / n).resolve().is_file() for n in names)


# -- a translation, compiled and loaded ------------------------------------------------------------

GERMAN = {
    ("menus", "&File"): "&Datei",
    ("Inspector", "Forward pass"): "Vorwärtsdurchlauf",
    ("StepBar", "Speed"): "Tempo",
    ("DataLab", "There is no data set: choose one in the Data panel."): "Es gibt keinen Datensatz.",
    ("parsing", "{what}: type a number"): "{what}: bitte eine Zahl eingeben",
}


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside_python) if beside_python.is_file() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")


@pytest.fixture
def german(qapp, tmp_path):
    """bpviz_de.qm compiled from a .ts holding GERMAN, installed for German; removed afterwards."""
    from PySide6.QtCore import QLocale

    from bpviz.ui.shell.i18n import install_translation

    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("no lrelease to compile a translation with")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="de">']
    for (context, source), translation in GERMAN.items():
        lines += [f"<context><name>{context}</name><message>",
                  f"<source>{source.replace('&', '&amp;')}</source>",
                  f"<translation>{translation.replace('&', '&amp;')}</translation></message></context>"]
    (tmp_path / "bpviz_de.ts").write_text("\n".join(lines + ["</TS>"]), encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "bpviz_de.ts"), "-qm", str(tmp_path / "bpviz_de.qm")],
                   check=True, capture_output=True, timeout=60)
    assert install_translation(qapp, QLocale("fr_FR"), tmp_path) == []  # no French: English stays
    installed = install_translation(qapp, QLocale("de_DE"), tmp_path)
    assert installed
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_compiled_translation_changes_the_window_s_words(german, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from bpviz.state import Document, ViewOptions
    from bpviz.state.document.parsing import parse_number
    from bpviz.ui.stepping.inspector import Inspector
    from bpviz.ui.shell.main_window import MainWindow
    from bpviz.ui.stepping.step_bar import StepBar

    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Datei"
    doc = Document()
    inspector = Inspector(doc, ViewOptions())
    qtbot.addWidget(inspector)
    assert "Vorwärtsdurchlauf" in inspector.plain_text() and "Forward pass" not in inspector.plain_text()
    bar = StepBar(doc, ViewOptions())
    qtbot.addWidget(bar)
    assert "Tempo" in {label.text() for label in bar.findChildren(type(bar.step_label))}
    assert doc.lab.data_problem() == "Es gibt keinen Datensatz."  # a mixin of the document, in its own context
    with pytest.raises(ValueError, match="α: bitte eine Zahl eingeben"):
        parse_number(" ", "α")


# -- the shipped translations ----------------------------------------------------------------------

LOCALES = ("de", "es", "fr", "pt_BR", "zh_CN")
TRANSLATIONS = ROOT / "bpviz" / "resources" / "translations"


def _checker():
    spec = importlib.util.spec_from_file_location("check_translations", ROOT / "tools" / "check_translations.py")
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    return checker


@pytest.mark.parametrize("locale", LOCALES)
def test_every_text_and_lesson_is_translated_with_its_placeholders_and_markup(tool, locale):
    checker = _checker()
    path = TRANSLATIONS / f"bpviz_{locale}.ts"
    assert tool.extract(), "the template's texts"
    wanted = {(context, m.source) for context, messages in tool.extract().items() for m in messages}
    assert set(checker.messages(checker.TEMPLATE)) == wanted, "the template is out of date: run tools/update_translations.py"
    problems = checker.check(path) + [p for lesson in sorted(checker.LESSONS.glob("*.toml"))
                                      for p in checker.check_lesson(lesson, locale)]
    assert problems == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_compiled_translation_is_its_ts_compiled(tmp_path, locale):
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("no lrelease to compile a translation with")
    subprocess.run([lrelease, str(TRANSLATIONS / f"bpviz_{locale}.ts"), "-qm", str(tmp_path / "out.qm")],
                   check=True, capture_output=True, timeout=60)
    shipped = TRANSLATIONS / f"bpviz_{locale}.qm"
    assert shipped.is_file() and shipped.read_bytes() == (tmp_path / "out.qm").read_bytes(), \
        f"bpviz_{locale}.qm is not bpviz_{locale}.ts compiled: run make translations"


def _texts_of_menus(menu_bar) -> list[str]:
    out = []

    def walk(actions):
        for action in actions:
            if action.text():
                out.append(action.text())
            if action.menu() is not None:
                walk(action.menu().actions())

    walk(menu_bar.actions())
    return out


@pytest.fixture
def speaking(qapp, request):
    """The application speaking `request.param`: its compiled translation installed, its numbers the default."""
    from bpviz.ui.shell import i18n

    assert i18n.start_language(qapp, request.param) == request.param
    yield request.param
    i18n.stop_language(qapp)


@pytest.mark.parametrize("speaking", LOCALES, indirect=True)
def test_the_window_in_each_language_has_no_english_in_its_menus_and_docks(speaking, qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDockWidget

    from bpviz.ui.shell.main_window import MainWindow

    checker = _checker()
    translated = {source for (_, source), m in checker.messages(TRANSLATIONS / f"bpviz_{speaking}.ts").items()
                  if m.findtext("translation") != source}
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    texts = _texts_of_menus(window.menuBar()) + [d.windowTitle() for d in window.findChildren(QDockWidget)]
    english = [t for t in texts if t in translated]
    assert texts and english == [], f"English left in the {speaking} window: {english}"
    assert window.menuBar().actions()[0].text() != "&File"
    lessons = window.lesson_dock.runner.entries()  # the first lesson in the window's language
    assert lessons[0].lesson.title != "One neuron: a weighted sum, then an activation"


def test_in_german_numbers_are_shown_and_typed_with_a_comma_and_in_english_with_a_point(qapp):
    from PySide6.QtCore import QLocale

    from bpviz.state import ViewOptions
    from bpviz.state.document.parsing import parse_number

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert ViewOptions().fmt(0.5) == "0,5" and ViewOptions().fmt(-1.25e-7) == "-1,25e-07"
        assert parse_number("0,5") == 0.5
        QLocale.setDefault(QLocale("en_US"))
        assert ViewOptions().fmt(0.5) == "0.5"
        with pytest.raises(ValueError, match="write decimals with a point"):
            parse_number("0,5")
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_lessons_read_in_each_language_with_the_english_steps(locale):
    from bpviz.engine.teaching.lessons import load_all

    english, translated = load_all(), load_all(language=locale)
    for a, b in zip(english, translated):
        assert b.error is None and b.lesson.title != a.lesson.title
        assert [s.actions for s in b.lesson.steps] == [s.actions for s in a.lesson.steps]
        assert [s.task and s.task.args for s in b.lesson.steps] == [s.task and s.task.args for s in a.lesson.steps]
        assert all(sb.text != sa.text for sa, sb in zip(a.lesson.steps, b.lesson.steps))


def test_a_lesson_translation_that_does_not_fit_leaves_the_lesson_in_english(tmp_path):
    from bpviz.engine.teaching.lessons import LESSONS, load_all

    folder = tmp_path / "lessons"
    (folder / "translations" / "de").mkdir(parents=True)
    english = sorted(LESSONS.glob("*.toml"))[0]
    (folder / english.name).write_bytes(english.read_bytes())
    (folder / "translations" / "de" / english.name).write_text('title = "Ein Neuron"\n[[steps]]\ntitle = "x"\ntext = "y"\n',
                                                             encoding="utf-8")
    [entry] = load_all(folder, language="de")
    assert entry.lesson.title == load_all(folder)[0].lesson.title  # one step, where the lesson has more


def test_the_presets_titles_listed_for_the_translator_are_the_files_titles():
    from bpviz.engine.files.presets import load_preset, preset_names
    from bpviz.ui.shell.preset_titles import TITLES

    assert sorted(TITLES) == sorted(load_preset(name).title for name in preset_names())
