"""Entry script of the probe: a throwaway frozen app built with CalmKit's exact contents filter.

The app's own --smoke-test proves the main window starts frozen, but it imports neither
pyqtgraph (the charts load it lazily) nor necessarily every Qt module a later screen needs.
The probe imports and uses them inside a bundle made by the same spec, so an exclusion that
breaks one of them fails the build's verification instead of a person's history view.

Prints one line per check ("ok NAME: detail" or "FAIL NAME: error") and exits 1 if any failed.
`--play` also plays a cue through the default audio output and waits for it to finish.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def check_resources() -> str:
    from calmkit.resources import resource_root

    root = resource_root()
    bundle = Path(sys.executable).resolve().parent
    if bundle not in root.parents:
        raise RuntimeError(f"resources found outside the bundle: {root}")
    exercises = sorted(p.name for p in (root / "exercises").glob("*.toml"))
    if not exercises:
        raise RuntimeError(f"no exercises in {root}")
    return f"{root.relative_to(bundle)}: {', '.join(exercises)}"


def check_numpy() -> str:
    import numpy

    matrix = numpy.arange(40_000, dtype=float).reshape(200, 200) / 40_000
    product = matrix @ matrix.T  # goes through the bundled OpenBLAS
    return f"numpy {numpy.__version__}, trace {product.trace():.3f}"


def check_pyqtgraph() -> str:
    import importlib

    from PySide6.QtWidgets import QApplication

    pyqtgraph = importlib.import_module("pyqtgraph")  # untyped: keep mypy out of it

    app = QApplication.instance() or QApplication([])
    plot = pyqtgraph.PlotWidget()
    plot.plot([0, 1, 2, 3], [2, 5, 3, 6])
    plot.resize(320, 200)
    plot.show()
    app.processEvents()
    image = plot.grab().toImage()
    plot.close()
    if image.isNull():
        raise RuntimeError("the plot did not render")
    return f"pyqtgraph {pyqtgraph.__version__}, plot rendered {image.width()}x{image.height()}"


def check_qt_modules() -> str:
    import importlib

    names = ["QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtSvgWidgets", "QtNetwork", "QtMultimedia"]
    for name in names:
        importlib.import_module(f"PySide6.{name}")
    import pydoc

    return f"{', '.join(names)}, pydoc ({pydoc.__name__})"


def check_svg_icon() -> str:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from calmkit import APP_ID
    from calmkit.resources import resource_path

    QApplication.instance() or QApplication([])
    svg = resource_path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    pixmap = QIcon(str(svg)).pixmap(64, 64)
    if pixmap.isNull():
        raise RuntimeError(f"could not draw {svg}")
    return f"{svg.name} drawn at {pixmap.width()} px"


def check_sound(play: bool) -> str:
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    from PySide6.QtWidgets import QApplication

    from calmkit.resources import resource_path

    QApplication.instance() or QApplication([])
    outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    # The largest clip: the bundled silence would prove nothing when recorded.
    wav = max(resource_path("sounds").glob("*.wav"), key=lambda path: path.stat().st_size)
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(wav)))
    loop = QEventLoop()
    done = QSoundEffect.Status.Ready, QSoundEffect.Status.Error

    def status_changed() -> None:
        if effect.status() in done:
            loop.quit()

    def playing_changed() -> None:
        if not effect.isPlaying():
            loop.quit()

    effect.statusChanged.connect(status_changed)
    QTimer.singleShot(5000, loop.quit)
    if effect.status() not in done:
        loop.exec()
    status = effect.status().name
    if play:
        if not outputs or effect.status() != QSoundEffect.Status.Ready:
            raise RuntimeError(f"cannot play: outputs {outputs}, status {status}")
        effect.playingChanged.connect(playing_changed)
        effect.play()
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    elif outputs and effect.status() != QSoundEffect.Status.Ready:
        raise RuntimeError(f"{wav.name} did not load although {outputs} exist: {status}")
    return f"{wav.name}: {status}; outputs: {outputs or 'none (no sound server)'}"


def check_narration() -> str:
    import soundfile

    from calmkit.core.narration import NARRATION_FOLDER, load_clips
    from calmkit.resources import resource_path
    from calmkit.ui.narration_clips import STREAM_RATE, decode_clip

    index = load_clips(resource_path(NARRATION_FOLDER))
    if index.manifest is None:
        raise RuntimeError(index.problem)
    bundle = Path(sys.executable).resolve().parent
    if hasattr(soundfile, "_libname"):  # set only when it fell back to the system's library
        raise RuntimeError(f"the bundled libsndfile did not load; used {soundfile._libname}")
    library = Path(soundfile._full_path).resolve()
    if bundle not in library.parents:
        raise RuntimeError(f"libsndfile loaded from outside the bundle: {library}")
    seconds = 0.0
    for clip in index.manifest.clips.values():
        samples = decode_clip(clip)
        if samples is None or len(samples) != 2 * clip.frames:
            raise RuntimeError(f"{clip.path.name} did not decode to {clip.seconds:.2f} s")
        seconds += len(samples) / STREAM_RATE
    return (
        f"{len(index.manifest.clips)} clips, {seconds:.2f} s decoded at {STREAM_RATE} Hz by "
        f"{soundfile.__libsndfile_version__} ({library.relative_to(bundle)})"
    )


def check_speech() -> str:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return f"engines: {QTextToSpeech.availableEngines()}"


def main() -> int:
    play = "--play" in sys.argv[1:]
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", check_resources),
        ("numpy", check_numpy),
        ("qt-modules", check_qt_modules),
        ("pyqtgraph", check_pyqtgraph),
        ("svg-icon", check_svg_icon),
        ("sound", lambda: check_sound(play)),
        ("narration", check_narration),
        ("speech", check_speech),
    ]
    failed = 0
    for name, check in checks:
        try:
            print(f"ok {name}: {check()}", flush=True)
        except Exception as error:  # every failure is reported, then counted
            failed += 1
            print(f"FAIL {name}: {error!r}", flush=True)
            traceback.print_exc(file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
