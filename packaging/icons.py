"""The app icon for each system, rendered from resources/icons/smallwins.svg with Qt.

    python packaging/icons.py OUT_FOLDER

writes ``hicolor/<N>x<N>/apps/smallwins.png`` and ``hicolor/scalable/apps/smallwins.svg`` (Linux),
``smallwins.ico`` (Windows) and ``smallwins.icns`` (macOS). ICO and ICNS hold PNG images, which
both formats allow, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

ICON_NAME = "smallwins"  # the Icon= of the app's desktop entries (system/autostart.py)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# ICNS types holding PNG data, by pixel size (a @2x type repeats a size; one of each suffices).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # fmt: skip


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "icon.png"
        if not image.save(str(path)):
            raise OSError("Qt could not write a PNG image")
        return path.read_bytes()


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images by size (256 is written as 0, as the format says)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory = b""
    body = b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(body))
        body += png
    return header + directory + body


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG images by size (sizes without an ICNS type are left out)."""
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def write_all(svg: Path, out: Path) -> list[Path]:
    """Every icon file, under ``out``; returns the paths written."""
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_TYPES})
    images = {size: render_png(svg, size) for size in sizes}
    written = []
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(images[size])
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    for path, data in (
        (out / f"{ICON_NAME}.ico", ico({s: images[s] for s in ICO_SIZES})),
        (out / f"{ICON_NAME}.icns", icns({s: images[s] for s in ICNS_TYPES})),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/icons.py OUT_FOLDER", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication([])  # QPainter needs one
    svg = Path(__file__).resolve().parent.parent / "resources" / "icons" / f"{ICON_NAME}.svg"
    written = write_all(svg, Path(argv[1]))
    del app
    print(f"icons: wrote {len(written)} files to {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
