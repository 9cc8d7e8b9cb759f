"""Pure-Python heart of CalmKit: exercises, timing, the practice store and statistics.

Nothing in this package imports Qt, pyqtgraph or numpy (an import-linter contract checks it).
"""
