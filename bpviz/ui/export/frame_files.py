"""Frame files: where a recording's frames go, written whole or not at all.

A recording collects its frames under a temporary name and puts them in place only when it
is finished: an animated GIF (Pillow writes it; Qt cannot) becomes the chosen file in one
rename, a PNG sequence (frame_0001.png …) moves into the chosen folder. Cancelled or failed,
the temporary files are removed and nothing the person sees has changed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from bpviz.engine.files.atomic_file import atomic_open

from bpviz.ui.shell.i18n import tr

FRAME_NAME = "frame_{:04d}.png"


class FrameFiles:
    """Frames as PNG files in a temporary folder, then a GIF or a PNG sequence (`commit`)."""

    def __init__(self, target: Path, fmt: str, frame_ms: int = 500) -> None:
        """Prepare to record into `target` (a .gif file, or a folder for "png"); raises OSError
        when the place cannot be written, before any frame is made."""
        if fmt not in ("gif", "png"):
            raise ValueError(f"a recording is a GIF or a PNG sequence, not {fmt!r}")
        self.target, self.fmt, self.frame_ms = Path(target), fmt, int(frame_ms)
        self.count = 0
        self._size = None
        if fmt == "png" and self.target.exists() and not self.target.is_dir():
            raise NotADirectoryError(20, tr("a file of that name is there, not a folder", "recording"),
                                     str(self.target))
        # Frames wait beside the target, so that they move into place by renaming.
        home = self.target if fmt == "png" and self.target.is_dir() else self.target.parent
        if not home.is_dir():
            raise FileNotFoundError(2, tr("no such folder", "recording"), str(home))
        self._folder = Path(tempfile.mkdtemp(dir=home, prefix=f".{self.target.name}.frames."))

    def add(self, image: QImage) -> None:
        """Write the next frame (every frame takes the first one's size)."""
        if self._size is None:
            self._size = image.size()
        elif image.size() != self._size:
            image = image.scaled(self._size)  # the window was resized while recording
        self.count += 1
        if not image.save(str(self._folder / FRAME_NAME.format(self.count)), "PNG"):
            raise OSError(5, tr("the frame could not be written", "recording"), str(self._folder))

    def commit(self) -> Path:
        """Put the frames in place (the GIF file, or the folder's frame files) and return where."""
        if self.count == 0:
            raise ValueError(tr("there are no frames to write", "recording"))
        try:
            if self.fmt == "gif":
                self._write_gif()
            else:
                self._move_frames()
        finally:
            self.discard()
        return self.target

    def discard(self) -> None:
        """Remove the temporary frames (after a commit, or when the recording stops)."""
        shutil.rmtree(self._folder, ignore_errors=True)

    def _paths(self) -> list[Path]:
        return [self._folder / FRAME_NAME.format(k) for k in range(1, self.count + 1)]

    def _write_gif(self) -> None:
        from PIL import Image  # here, not at start-up: only a GIF needs it

        paths = self._paths()
        with atomic_open(self.target, "wb") as file, Image.open(paths[0]) as first:
            first.convert("RGB").save(file, format="GIF", save_all=True, append_images=_frames(paths[1:]),
                                      duration=self.frame_ms, loop=0)  # loop 0: forever

    def _move_frames(self) -> None:
        target = self.target
        if not target.exists():
            target.mkdir()
        # Frames of an earlier, longer recording would play on after this one's last frame.
        for old in target.glob("frame_*.png"):
            old.unlink()
        for path in self._paths():
            os.replace(path, target / path.name)


def _frames(paths: list[Path]):
    """Yield each frame as an RGB image, reading one file at a time."""
    from PIL import Image

    for path in paths:
        with Image.open(path) as image:
            yield image.convert("RGB")
