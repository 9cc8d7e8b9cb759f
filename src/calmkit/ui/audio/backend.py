"""Qt's audio without its media backend plugin.

The first QMediaDevices (or any QtMultimedia or QtTextToSpeech use) makes Qt load a media
backend. From a source install that is the FFmpeg plugin, which pulls in FFmpeg, QtQuick and
QML: about 13-20 MB for decoders and video that CalmKit never uses. QMediaDevices, QAudioSink
and QTextToSpeech work without any backend (Qt says so in its warning "No QtMultimedia backends
found"), as the packaged bundle, which leaves the plugin out, shows. QT_MEDIA_BACKEND cannot
say "none": Qt falls back to any backend it finds. So the backend is chosen while Qt's plugin
folders are hidden, and they are put back at once for every other kind of plugin.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QMediaDevices

_chosen = False


def use_builtin_audio() -> None:
    """Let Qt pick its media backend now, with none to find. Call before the first
    QtMultimedia or QtTextToSpeech object; later calls do nothing. Qt keeps its first choice
    for the life of the process."""
    global _chosen
    if _chosen:
        return
    _chosen = True
    paths = QCoreApplication.libraryPaths()
    kept = [path for path in paths if not (Path(path) / "multimedia").is_dir()]
    if kept == paths:  # no backend to hide (the bundle): nothing to change
        return
    QCoreApplication.setLibraryPaths(kept)
    try:
        QMediaDevices.defaultAudioOutput()  # makes Qt choose its backend, once
    finally:
        QCoreApplication.setLibraryPaths(paths)
