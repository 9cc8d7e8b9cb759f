"""The Qt views. The only package (with calmkit.app) that imports PySide6 or pyqtgraph."""
