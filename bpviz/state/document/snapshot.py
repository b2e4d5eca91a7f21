"""A document as a save writes it: a Preset of its network, example, data, settings and step."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bpviz.engine.data.dataset_spec import custom_dataset_spec
from bpviz.engine.files.presets import Preset

if TYPE_CHECKING:
    from bpviz.state.document.document import Document


def snapshot(doc: "Document", name: str) -> Preset:
    """Return `doc` as it stands, called `name`: what a save writes.

    The weights are those at the start of the step in progress, with where the cursor is in
    it (step_document), so that opening replays the step to the same event; taking it
    disturbs nothing, so a recovery copy can be taken at any moment.
    """
    lab = doc.lab
    dataset = lab.spec
    if dataset is None and lab.dataset is not None:
        dataset = custom_dataset_spec(lab.dataset, lab.dataset.name)
    history = tuple(e.to_record() for e in doc.runs.epochs if e.finite)
    net, trace = doc.network.copy(), doc.cursor.trace
    for l in range(1, net.L + 1):
        net.W[l], net.b[l] = np.array(trace.W_before[l]), np.array(trace.b_before[l])
    focus = None if doc.focus is None else tuple(doc.focus)
    step = {"number": doc.step_count, "position": doc.cursor.position,
            "losses": list(doc.loss_history), "focus": focus}
    # One sample as a vector (the file as it always was); a batch as a row per sample.
    x, t = (doc.inputs, doc.targets) if doc.batch_size > 1 else (doc.input, doc.target)
    return Preset(name, doc.title or name, doc.description, net, x.copy(), t.copy(),
                  doc.lr, dataset, features=lab.features, test_fraction=lab.test_fraction,
                  training=lab.settings.saved(), history=history, step=step)
