"""Short human forms of durations, dates and numbers for the views: calmkit.core.wording, shared
with the command line, and numbers written the way the person's language writes them."""

from PySide6.QtCore import QLocale

from calmkit.core.wording import clock_time, describe_length, describe_total, local_datetime, plural

__all__ = [
    "clock_time",
    "decimal",
    "describe_length",
    "describe_total",
    "local_datetime",
    "plural",
]


def decimal(value: float, places: int | None = None, *, sign: bool = False) -> str:
    """`value` with the language's decimal mark (6.5; German 6,5): `places` digits after it,
    or as few as needed when None; `sign` puts a plus before a positive value (+0.50)."""
    locale = QLocale()
    text = locale.toString(value, "g", 6) if places is None else locale.toString(value, "f", places)
    return locale.positiveSign() + text if sign and value >= 0 else text
