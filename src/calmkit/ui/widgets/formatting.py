"""Short human forms of durations and dates for the views: calmkit.core.wording, shared with
the command line."""

from calmkit.core.wording import clock_time, describe_length, describe_total, local_datetime, plural

__all__ = ["clock_time", "describe_length", "describe_total", "local_datetime", "plural"]
