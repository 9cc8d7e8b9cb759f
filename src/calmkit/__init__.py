"""CalmKit: offline guided coping exercises with a private practice log."""

from calmkit import generated_code

__version__ = "0.1.0"
APP_NAME = "CalmKit"
APP_ID = "io.github.calmkit.CalmKit"

generated_code.install()  # before any of CalmKit's dataclasses is made
