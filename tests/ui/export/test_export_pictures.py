"""File ▸ Export picture and the canvas's "Export picture…": PNG and SVG files of the views."""

from __future__ import annotations

import base64
import io
import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _pixels(path) -> np.ndarray:
    with Image.open(path) as image:
        assert image.format == "PNG"
        return np.asarray(image.convert("RGB"))


def _colours(pixels: np.ndarray) -> int:
    """Return how many different colours the picture has (1: blank)."""
    rgb = pixels.astype(np.uint32)
    return len(np.unique((rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]))


def _texts(root: ET.Element) -> list[str]:
    return ["".join(e.itertext()).strip() for e in root.iter(f"{SVG}text")]


def _no_leftovers(folder) -> bool:
    """Whether the folder holds no temporary file of an interrupted write."""
    return not [p for p in folder.iterdir() if p.name.startswith(".")]


def _open_xor(window):
    window.doc.open_preset("xor")
    window.apply_layout("train")


def test_network_png_is_the_canvas_at_twice_its_pixels(window, dialogs, tmp_path):
    dialogs.picture_answer = str(tmp_path / "network.png")
    window.actions["picture_network"].trigger()
    pixels = _pixels(tmp_path / "network.png")
    scene = window.canvas.sceneRect()
    assert pixels.shape[:2] == (math.ceil(2 * scene.height()), math.ceil(2 * scene.width()))
    assert _colours(pixels) > 10  # drawn, not one flat colour
    assert ("picture", "Export picture: Network") in dialogs.asked
    assert _no_leftovers(tmp_path)


def test_network_svg_holds_the_neurons_values_as_text(window, dialogs, tmp_path):
    window.doc.advance("neuron")  # x_1^(1) = σ(0.15·0.05 + 0.2·0.1 + 0.35) = σ(0.3775)
    x = 1 / (1 + math.exp(-0.3775))
    dialogs.picture_answer = str(tmp_path / "network.svg")
    window.actions["picture_network"].trigger()
    root = ET.parse(tmp_path / "network.svg").getroot()
    assert root.tag == f"{SVG}svg"
    texts = _texts(root)
    assert window.options.fmt(x) == "0.5933" and "0.5933" in texts
    assert "Edges: weight w" in texts  # the colour legend is part of the picture


def test_the_canvas_right_click_menu_exports_a_picture(window, dialogs, tmp_path):
    canvas = window.canvas
    menu = canvas.context_menu_at(canvas.neuron_scene_pos(1, 0))
    action = next(a for a in menu.actions() if a.text() == "Export picture…")
    dialogs.picture_answer = str(tmp_path / "from-menu.png")
    action.trigger()
    assert _pixels(tmp_path / "from-menu.png").shape[2] == 3


def test_the_output_map_svg_embeds_the_heatmap_at_the_maps_resolution(window, dialogs, tmp_path):
    _open_xor(window)
    dialogs.picture_answer = str(tmp_path / "output.svg")
    window.actions["picture_output"].trigger()
    root = ET.parse(tmp_path / "output.svg").getroot()
    heatmaps = []
    for image in root.iter(f"{SVG}image"):
        href = image.get(XLINK_HREF) or image.get("href")
        assert href.startswith("data:image/png;base64,")
        with Image.open(io.BytesIO(base64.b64decode(href.split(",", 1)[1]))) as png:
            heatmaps.append(png.size)
    assert (100, 100) in heatmaps  # PlaneMaps.RESOLUTION: the map itself, not a screenshot of it
    assert "network output y" in _texts(root)  # the colour bar came along


@pytest.mark.parametrize("name", ["output", "curves", "matrices", "data"])
def test_every_plot_exports_a_drawn_png(window, dialogs, tmp_path, name):
    _open_xor(window)
    window.session.one_epoch()
    dialogs.picture_answer = str(tmp_path / f"{name}.png")
    window.actions[f"picture_{name}"].trigger()
    pixels = _pixels(tmp_path / f"{name}.png")
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100
    assert _colours(pixels) > 10
    assert not window.message_bar.isVisible()


def test_the_data_picture_names_the_classes_and_the_split(window, dialogs, tmp_path):
    _open_xor(window)
    train, test = window.doc.lab.split()
    dialogs.picture_answer = str(tmp_path / "data.svg")
    window.actions["picture_data"].trigger()
    texts = _texts(ET.parse(tmp_path / "data.svg").getroot())
    assert "class 1 (t = 0)" in texts and "class 2 (t = 1)" in texts
    assert f"train ({len(train)})" in texts and f"test ({len(test)})" in texts


def test_a_name_without_a_suffix_becomes_a_png(window, tmp_path):
    assert window.pictures.export("network", tmp_path / "plain")
    assert _pixels(tmp_path / "plain.png").size


def test_another_suffix_is_refused_with_a_message(window, tmp_path):
    assert not window.pictures.export("network", tmp_path / "network.jpg")
    assert "PNG or SVG" in window.message_bar.text()
    assert not (tmp_path / "network.jpg").exists()


def test_an_unwritable_place_gives_a_message_and_no_file(window, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "network.png"
    assert not window.pictures.export("network", target)
    assert "Could not write the picture network.png" in window.message_bar.text()
    assert (tmp_path / "a-file").read_text() == "not a folder"


def test_a_failed_write_leaves_an_earlier_picture_whole(window, tmp_path, monkeypatch):
    path = tmp_path / "network.png"
    assert window.pictures.export("network", path)
    before = path.read_bytes()

    def fail(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bpviz.ui.export.picture.Picture.png_bytes", fail)
    assert not window.pictures.export("network", path)
    assert "no space left on device" in window.message_bar.text()
    assert path.read_bytes() == before and _no_leftovers(tmp_path)


def test_cancelling_the_file_dialog_writes_nothing(window, dialogs, tmp_path):
    dialogs.picture_answer = ""
    window.actions["picture_curves"].trigger()
    assert ("picture", "Export picture: Curves") in dialogs.asked
    assert not window.message_bar.isVisible()


def test_without_data_there_is_no_output_map_to_export(window, dialogs):
    window.actions["picture_output"].trigger()
    assert "no data yet" in window.message_bar.text().lower()
    assert not any(isinstance(q, tuple) and q[0] == "picture" for q in dialogs.asked)


def test_exporting_shows_the_view_it_draws(window, tmp_path):
    _open_xor(window)
    window.apply_layout("step")
    assert not window.matrices.isVisible()
    assert window.pictures.export("matrices", tmp_path / "matrices.png")
    assert window.matrices.isVisible()
