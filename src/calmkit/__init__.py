"""CalmKit: offline guided coping exercises with a private practice log."""

__version__ = "0.1.0"
APP_NAME = "CalmKit"
APP_ID = "io.github.calmkit.CalmKit"
