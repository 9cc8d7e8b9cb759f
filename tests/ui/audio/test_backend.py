"""Sound needs no media backend: Qt's FFmpeg plugin (with QtQuick and QML, ~13-20 MB) stays
unloaded, in a fresh process as the app has it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from calmkit.core.clock import SystemClock
from calmkit.ui.audio import AudioEngine
from calmkit.ui.voice import Voice
engine = AudioEngine(SystemClock())
engine.available  # asks Qt for the default output
Voice("mock")
maps = open("/proc/self/maps").read()
print("ffmpeg" if "ffmpegmediaplugin" in maps else "no ffmpeg")
print(";".join(QCoreApplication.libraryPaths()))
"""


def test_sound_and_voice_do_not_load_the_ffmpeg_media_plugin() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    found = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert found.returncode == 0, found.stderr
    loaded, paths = found.stdout.splitlines()
    assert loaded == "no ffmpeg"
    # Qt's plugin folder is back for everything else (image formats, styles, themes).
    assert any((Path(p) / "platforms").is_dir() for p in paths.split(";"))
