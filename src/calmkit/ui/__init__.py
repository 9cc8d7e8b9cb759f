"""The Qt views. The only package (with calmkit.app) that imports PySide6 or pyqtgraph."""

from PySide6.QtCore import QLoggingCategory

# QtMultimedia probes optional libraries (PipeWire, VA-API video decoding) on first use and
# warns for each one missing; none matter for sound cues. Set here, before any view can touch
# QtMultimedia, so the order of imports does not matter.
QLoggingCategory.setFilterRules(
    "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
)
