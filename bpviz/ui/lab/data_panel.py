"""DataPanel: choose, generate, draw, import and export the data set the network trains on.

Every control changes the document through its methods (undoable) and shows the document's
state back, so undo and redo move the controls too. Problems become `messageRaised`.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSlider, QSpinBox, QStyle, QVBoxLayout, QWidget,
)

from bpviz.engine.data.datasets import DEFAULT_NOISE, DEFAULT_POINTS, FEATURES, GENERATORS, MAX_CLASSES
from bpviz.state import Document, ViewOptions

from bpviz.ui.look import palette
from bpviz.ui.lab.csv_box import CsvBox
from bpviz.ui.lab.draw_points_box import DrawPointsBox
from bpviz.ui.look.fonts import dock_font
from bpviz.ui.shell.i18n import tr_noop
from bpviz.ui.widgets.checked_spin_box import CheckedSpinBox
from bpviz.ui.widgets.plain_text import plain_label

# In English; the panel shows each through self.tr (context "DataPanel").
LABELS = {"xor": "XOR", "circles": tr_noop("Circles", "DataPanel"),
          "gaussians": tr_noop("Gaussian blobs", "DataPanel"),
          "spiral": tr_noop("Spiral", "DataPanel"), "moons": tr_noop("Two moons", "DataPanel"),
          "curve": tr_noop("1-D curve (regression)", "DataPanel"),
          "plane": tr_noop("2-D plane (regression)", "DataPanel")}
WITH_CLASSES = ("gaussians", "spiral")  # generators that take a number of classes
FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
                  "sin x1": "sin x₁", "sin x2": "sin x₂"}
RAW = ("x1", "x2")
OWN_POINTS = tr_noop("Your own points", "DataPanel")
CHOOSE = tr_noop("Choose a data set…", "DataPanel")

# Messages, declared once.
MSG_KEEP_ONE = tr_noop("Keep at least one input feature checked: the network needs an input.", "DataPanel")
MIN_CONTENT_WIDTH = 300  # px: below this the panel's buttons and labels are clipped


class DataPanel(QWidget):
    """The data set, its split, the input features, drawing and CSV files."""

    messageRaised = Signal(str)

    def __init__(self, doc: Document, options: ViewOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.options = doc, options
        self._build()
        doc.dataChanged.connect(self._on_document_changed)
        doc.structureChanged.connect(self._on_document_changed)
        options.changed.connect(self._on_options_changed)
        self._on_options_changed()

    # -- what the plot reads --------------------------------------------------------------------

    def draw_value(self) -> float:
        """Return what a click on the plot adds: a class index (0-based) or a target value."""
        return self.drawing.draw_value()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_generator())
        layout.addWidget(self._build_features())
        self.drawing = DrawPointsBox(self.doc)
        self.drawing.messageRaised.connect(self.messageRaised)
        self.csv = CsvBox(self.doc)
        self.csv.messageRaised.connect(self.messageRaised)
        layout.addWidget(self.drawing)
        layout.addWidget(self.csv)
        layout.addStretch(1)
        # A short dock, or large projector text, scrolls the panel rather than squeezing it.
        scroll = QScrollArea()
        scroll.setWidget(self.content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # A narrow dock would clip "Regenerate" and "x₂²" (and its neighbours): the dock stops here.
        # (Set on the panel, not the content: larger projector text still widens the content.)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setMinimumWidth(MIN_CONTENT_WIDTH + bar)

    def _build_generator(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data set"))
        self.generator_combo = QComboBox()
        for name in GENERATORS:
            self.generator_combo.addItem(self.tr(LABELS.get(name, name)), name)
        self.generator_combo.addItem(self.tr(OWN_POINTS), None)  # shown, never chosen: drawn or imported data
        model = self.generator_combo.model()
        if isinstance(model, QStandardItemModel):
            model.item(model.rowCount() - 1).setEnabled(False)
        self.generator_combo.setToolTip(self.tr("Which points the network learns from"))
        self.generator_combo.currentIndexChanged.connect(self._on_generator_setting_changed)

        self.classes_spin = self._spin(2, MAX_CLASSES, self.tr("How many classes (Gaussian blobs and spiral)"),
                                       self.tr("Classes"))
        self.points_spin = self._spin(10, 5000, self.tr("How many points to generate"), self.tr("Points"))
        self.points_spin.setSingleStep(50)
        self.seed_spin = self._spin(0, 999_999, self.tr("The random seed: the same seed gives the same points"),
                                    self.tr("Data seed"))
        for spin in (self.classes_spin, self.points_spin, self.seed_spin):
            spin.valueChanged.connect(self._on_generator_setting_changed)
        self.noise_slider, self.noise_spin = self._percent(0, 50, self._on_noise_changed,
                                                           self.tr("How much the points are jittered"),
                                                           self.tr("Noise"))
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr("New points from the next seed"))
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        self.test_slider, self.test_spin = self._percent(0, 90, self._on_test_share_changed,
                                                         self.tr("The share of points held out to test on"),
                                                         self.tr("Test share"))

        self.summary_label = plain_label(QLabel())
        self.summary_label.setWordWrap(True)
        self.problem_label = plain_label(QLabel())
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(
            f"background: #fde3cf; color: {palette.TEXT.name()}; border: 1px solid "
            f"{palette.NEGATIVE.name()}; border-radius: 4px; padding: 4px;")

        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # projector text: fields go under
        form.addRow(self.generator_combo)
        counts = QHBoxLayout()
        counts.addWidget(self.points_spin, 1)
        self.classes_label = QLabel(self.tr("classes"))
        counts.addWidget(self.classes_label)
        counts.addWidget(self.classes_spin)
        form.addRow(self.tr("Points"), counts)
        form.addRow(self.tr("Noise"), self._pair(self.noise_slider, self.noise_spin))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.regenerate_button)
        form.addRow(self.tr("Seed"), seed_row)
        form.addRow(self.tr("Test share"), self._pair(self.test_slider, self.test_spin))
        form.addRow(self.summary_label)
        form.addRow(self.problem_label)
        return box

    def _build_features(self) -> QGroupBox:
        self.features_box = QGroupBox(self.tr("Input features (2-D data)"))
        grid = QGridLayout(self.features_box)
        self.feature_boxes: dict[str, QCheckBox] = {}
        for k, name in enumerate(FEATURES):
            check = QCheckBox(FEATURE_LABELS.get(name, name))
            check.setToolTip(self.tr("Feed {feature} to the network as an input").format(
                feature=FEATURE_LABELS.get(name, name)))
            check.clicked.connect(self._on_feature_clicked)
            self.feature_boxes[name] = check
            grid.addWidget(check, k // 4, k % 4)
        self.inputs_label = plain_label(QLabel())
        self.inputs_label.setWordWrap(True)
        grid.addWidget(self.inputs_label, 2, 0, 1, 4)
        return self.features_box

    def _spin(self, low: int, high: int, tip: str, what: str) -> CheckedSpinBox:
        spin = CheckedSpinBox(what)
        spin.refused.connect(self.messageRaised)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)  # typing "500" is one change, not "5", "50", "500"
        spin.setToolTip(tip)
        return spin

    def _percent(self, low: int, high: int, slot, tip: str, what: str) -> tuple[QSlider, QSpinBox]:
        """Return a slider and a spin box (in %) that show one value and apply it through `slot`."""
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setToolTip(tip)
        spin = self._spin(low, high, tip, what)
        spin.setSuffix(" %")

        def on_slider(value: int) -> None:
            with QSignalBlocker(spin):
                spin.setValue(value)
            if not slider.isSliderDown():  # a drag applies once, when released
                slot(value)

        def on_spin(value: int) -> None:
            with QSignalBlocker(slider):
                slider.setValue(value)
            slot(value)

        slider.valueChanged.connect(on_slider)
        slider.sliderReleased.connect(lambda: slot(slider.value()))
        spin.valueChanged.connect(on_spin)
        return slider, spin

    @staticmethod
    def _pair(slider: QSlider, spin: QSpinBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(slider, 1)
        row.addWidget(spin)
        return row

    # -- handlers -------------------------------------------------------------------------------

    def _on_generator_setting_changed(self, *_) -> None:
        self._generate(self.seed_spin.value())

    def _on_noise_changed(self, value: int) -> None:
        self._generate(self.seed_spin.value())

    def _on_regenerate_clicked(self) -> None:
        self._generate(self.seed_spin.value() + 1)

    def _generate(self, seed: int) -> None:
        name = self.generator_combo.currentData()
        if name is None:
            return
        classes = self.classes_spin.value() if name in WITH_CLASSES else None
        spec = {"name": name, "n": self.points_spin.value(),
                "noise": self.noise_spin.value() / 100, "seed": seed}
        if classes is not None:
            spec["classes"] = classes
        if spec == self.doc.lab.spec:
            return
        try:
            self.doc.lab.generate_data(name, spec["n"], spec["noise"], seed, classes)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._refresh()

    def _on_test_share_changed(self, value: int) -> None:
        if round(self.doc.lab.test_fraction * 100) == value:
            return
        try:
            self.doc.lab.set_test_fraction(value / 100)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._refresh()

    def _on_feature_clicked(self) -> None:
        names = tuple(name for name, check in self.feature_boxes.items() if check.isChecked())
        if not names:
            self.messageRaised.emit(self.tr(MSG_KEEP_ONE))
            self._refresh()
            return
        if names == (self.doc.lab.features or RAW):
            return
        try:
            self.doc.lab.set_features(names)
        except ValueError as exc:
            self.messageRaised.emit(str(exc))
            self._refresh()
            return
        self.inputs_label.setText(self._inputs_text(now=True))

    def _on_document_changed(self) -> None:
        self._refresh()

    def _on_options_changed(self) -> None:
        font = dock_font(self.font(), self.options.font_scale)
        self.setFont(font)
        # Widgets with a style sheet of their own do not follow their parent's font.
        for widget in (self.problem_label, *self.drawing.class_buttons):
            widget.setFont(font)
        self._refresh()

    # -- showing the document -------------------------------------------------------------------

    def _refresh(self) -> None:
        doc, data, spec = self.doc, self.doc.lab.dataset, self.doc.lab.spec
        combo = self.generator_combo
        with QSignalBlocker(combo):
            own = combo.count() - 1
            combo.setItemText(own, self.tr(OWN_POINTS) if data is not None else self.tr(CHOOSE))
            index = combo.findData(spec["name"]) if spec else -1
            combo.setCurrentIndex(index if index >= 0 else own)
        # Without a generated set the settings show a generator's defaults, which choosing one uses.
        shown = spec or {"n": DEFAULT_POINTS, "seed": 0, "noise": DEFAULT_NOISE}
        for widget, value in ((self.points_spin, shown["n"]), (self.seed_spin, shown["seed"]),
                              (self.noise_spin, round(shown["noise"] * 100)),
                              (self.noise_slider, round(shown["noise"] * 100)),
                              (self.classes_spin, shown.get("classes", data.classes if data else 2))):
            with QSignalBlocker(widget):
                widget.setValue(value)
        generated = spec is not None
        for widget in (self.points_spin, self.noise_slider, self.noise_spin, self.seed_spin,
                       self.regenerate_button):
            widget.setEnabled(generated)
        with_classes = generated and self.generator_combo.currentData() in WITH_CLASSES
        self.classes_spin.setEnabled(with_classes)
        self.classes_label.setEnabled(with_classes)
        share = round(doc.lab.test_fraction * 100)
        for widget in (self.test_slider, self.test_spin):
            with QSignalBlocker(widget):
                widget.setValue(share)

        plane = data is None or data.X.shape[1] == 2
        self.features_box.setEnabled(plane)
        chosen = set(doc.lab.features or RAW)
        for name, check in self.feature_boxes.items():
            with QSignalBlocker(check):
                check.setChecked(name in chosen)
        self.inputs_label.setText(self._inputs_text())

        self.drawing.refresh()
        self.csv.export_button.setEnabled(data is not None)
        self.summary_label.setText(self._summary())
        self.summary_label.setVisible(data is not None)  # without data, the warning says it
        problem = doc.lab.data_problem()
        self.problem_label.setText(f"⚠ {problem}" if problem else "")
        self.problem_label.setVisible(bool(problem))

    def _inputs_text(self, now: bool = False) -> str:
        """Return "The input layer has 2 neurons" ("now has" just after a change of features)."""
        k = self.doc.network.sizes[0]
        if now:
            text = (self.tr("The input layer now has 1 neuron") if k == 1
                    else self.tr("The input layer now has {k} neurons"))
        else:
            text = self.tr("The input layer has 1 neuron") if k == 1 else self.tr("The input layer has {k} neurons")
        return text.format(k=k)

    def _summary(self) -> str:
        data = self.doc.lab.dataset
        if data is None:
            return ""
        n = len(data)
        what = (self.tr("{n} classes").format(n=data.classes) if data.kind == "classification"
                else self.tr("regression"))
        points = self.tr("1 point") if n == 1 else self.tr("{n} points").format(n=n)
        parts = [data.name, points, what]
        try:
            train, test = self.doc.lab.split()
            parts.append(self.tr("{train} train / {test} test").format(
                train=len(train), test=0 if test is None else len(test)))
        except ValueError:
            pass
        return " · ".join(parts)
