"""Typed reads from an exercise file's TOML tables, each naming the field when it fails."""

from __future__ import annotations

import math
from typing import Any

from calmkit.core.exercises.model import ExerciseFileError
from calmkit.core.i18n import translate


class Fields:
    """Typed reads from one TOML table that remember which keys were used, so a key nobody
    read (a typo) can be reported instead of silently ignored."""

    def __init__(self, data: dict[str, Any], source: str, prefix: str = "") -> None:
        self.data = data
        self.source = source
        self.prefix = prefix
        self.used: set[str] = set()

    def error(self, key: str, reason: str) -> ExerciseFileError:
        return ExerciseFileError(self.source, f"{self.prefix}{key}", reason)

    def _get(self, key: str) -> Any:
        self.used.add(key)
        return self.data.get(key)

    def has(self, key: str) -> bool:
        return key in self.data

    def mark_used(self, key: str) -> None:
        self.used.add(key)

    def text(self, key: str, max_length: int = 200) -> str:
        value = self._get(key)
        if value is None:
            raise self.error(key, translate("ExerciseFile", "is missing"))
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, translate("ExerciseFile", "must be non-empty text"))
        if len(value) > max_length:
            raise self.error(
                key,
                translate("ExerciseFile", "is longer than {limit} characters").format(
                    limit=max_length
                ),
            )
        return value.strip()

    def optional_text(self, key: str, max_length: int = 200) -> str:
        return self.text(key, max_length) if self.has(key) else self._mark(key, "")

    def _mark(self, key: str, value: str) -> str:
        self.used.add(key)
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(key, translate("ExerciseFile", "must be a list of non-empty texts"))
        return tuple(v.strip() for v in value)

    def number(self, key: str, default: float | None) -> Any:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(
                key,
                translate("ExerciseFile", "must be a number of seconds, got {value}").format(
                    value=repr(value)
                ),
            )
        if not math.isfinite(value):
            raise self.error(key, translate("ExerciseFile", "must be a finite number"))
        return float(value)

    def integer(self, key: str, default: int | None) -> Any:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(
                key,
                translate("ExerciseFile", "must be a whole number, got {value}").format(
                    value=repr(value)
                ),
            )
        return value

    def table(self, key: str) -> Fields:
        value = self._get(key)
        if not isinstance(value, dict):
            if value is None:
                raise self.error(key, translate("ExerciseFile", "is missing"))
            raise self.error(key, translate("ExerciseFile", "must be a table"))
        return Fields(value, self.source, f"{self.prefix}{key}.")

    def table_list(self, key: str) -> list[Fields]:
        value = self._get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(
                key, translate("ExerciseFile", "must be a list of tables ([[...]] in TOML)")
            )
        # Counted from 1, as a person counts the [[...]] tables in the file.
        return [Fields(v, self.source, f"{self.prefix}{key}[{i}].") for i, v in enumerate(value, 1)]

    def reject_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.error(
                unknown[0], translate("ExerciseFile", "is not a known field (a typo?)")
            )
