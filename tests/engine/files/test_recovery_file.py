"""The recovery copy: the document, its name, its file and its time read back exactly."""

import json
from datetime import datetime

import numpy as np
import pytest

from bpviz.engine.files.json_document import NetworkFormatError
from bpviz.engine.files.presets import load_preset
from bpviz.engine.files.recovery_file import read_recovery_file, write_recovery_file

WHEN = datetime(2025, 3, 4, 14, 5, 9)


def test_a_copy_reads_back_bit_exact(tmp_path):
    preset = load_preset("xor")
    preset.network.W[1][0, 0] = 0.1 + 0.2  # not a short decimal: must survive exactly
    copy = tmp_path / "c.json"
    write_recovery_file(copy, preset, "my xor", tmp_path / "xor.json", WHEN)
    work = read_recovery_file(copy)
    assert (work.name, work.path, work.saved_at) == ("my xor", str(tmp_path / "xor.json"), WHEN)
    back = work.preset
    assert back.network.sizes == preset.network.sizes
    assert back.network.activations == preset.network.activations
    for l in range(1, preset.network.L + 1):
        assert np.array_equal(back.network.W[l], preset.network.W[l])
        assert np.array_equal(back.network.b[l], preset.network.b[l])
    assert back.dataset == preset.dataset and back.lr == preset.lr


def test_a_document_never_saved_has_no_path(tmp_path):
    write_recovery_file(tmp_path / "c.json", load_preset("worked-example"), "untitled", None, WHEN)
    assert read_recovery_file(tmp_path / "c.json").path is None


def test_diverged_weights_are_refused_in_words_and_the_old_copy_stays(tmp_path):
    copy = tmp_path / "c.json"
    write_recovery_file(copy, load_preset("worked-example"), "a", None, WHEN)
    before = copy.read_bytes()
    preset = load_preset("worked-example")
    preset.network.W[2][1, 0] = np.nan
    with pytest.raises(ValueError, match="NaN or infinite"):
        write_recovery_file(copy, preset, "a", None, WHEN)
    assert copy.read_bytes() == before


@pytest.mark.parametrize("change, field", [
    (lambda d: d.update(format="bpviz-preset"), "format"),
    (lambda d: d.update(version=7), "version"),
    (lambda d: d.pop("name"), "name"),
    (lambda d: d.update(path=3), "path"),
    (lambda d: d.update(saved_at="yesterday"), "saved_at"),
    (lambda d: d.pop("document"), "document"),
    (lambda d: d["document"]["network"].update(sizes=[2, 0, 2]), "document.network.sizes[1]"),
])
def test_a_damaged_copy_is_refused_naming_the_field(tmp_path, change, field):
    copy = tmp_path / "c.json"
    write_recovery_file(copy, load_preset("worked-example"), "a", None, WHEN)
    d = json.loads(copy.read_text(encoding="utf-8"))
    change(d)
    copy.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(NetworkFormatError) as error:
        read_recovery_file(copy)
    assert error.value.field == field
