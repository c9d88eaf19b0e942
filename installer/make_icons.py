"""Render the app icon from ``resources/icons/casusoverleg.svg`` into every format the installers need.

    uv run python installer/make_icons.py          # after editing the SVG; commit the results

Writes ``casusoverleg-<size>.png`` (Linux desktop entries, the window icon), ``casusoverleg.ico``
(Windows: executable and installer) and ``casusoverleg.icns`` (macOS ``.app``). Qt renders the
SVG; Pillow (already installed: ReportLab depends on it) packs the multi-size .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "casusoverleg.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on QImage needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        rendered[size].save(ICONS / f"casusoverleg-{size}.png", optimize=True)
    largest = rendered[max(ICO_SIZES)]
    largest.save(ICONS / "casusoverleg.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[rendered[s] for s in ICO_SIZES])
    rendered[1024].save(ICONS / "casusoverleg.icns", append_images=[rendered[s] for s in ICNS_SIZES])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name:28} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
