"""The body as PMR sees it: the regions a body map draws, the muscle groups the protocols
tense, and the areas a person can leave out.

Regions are named by the body's own left and right. A group is named by the dominant side
("dominant-hand"), which becomes right or left with the person's handedness.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from calmkit.core.i18n import QT_TRANSLATE_NOOP, active, translate

SIDES = ("right", "left")

# Every region a front-view body map draws. The upper back has no region of its own: it is
# tensed with the shoulders and drawn as them.
REGIONS = (
    "forehead",
    "eyes",
    "jaw",
    "neck",
    "shoulders",
    "chest",
    "abdomen",
    *(f"{side}-{part}" for side in SIDES for part in ("upper-arm", "forearm", "hand")),
    *(f"{side}-{part}" for side in SIDES for part in ("thigh", "calf", "foot")),
)


@dataclass(frozen=True, slots=True)
class MuscleGroup:
    """One group a protocol works on. `name` and `regions` may hold "{dominant}"/"{other}"
    (and "{Dominant}"/"{Other}" at the start of a name), filled in by `Sides`."""

    id: str
    name: str
    regions: tuple[str, ...]

    @property
    def sided(self) -> bool:
        return "{" in self.name


def _group(group_id: str, name: str, *regions: str) -> MuscleGroup:
    return MuscleGroup(group_id, name, regions)


_ARM = ("upper-arm", "forearm", "hand")
_LEG = ("thigh", "calf", "foot")
_FACE = ("forehead", "eyes", "jaw")
_TRUNK = ("shoulders", "chest", "abdomen")


# Group names are marked for translation; Sides.name() translates and fills them in.
GROUPS: dict[str, MuscleGroup] = {
    g.id: g
    for g in (
        # The 16 groups of Bernstein & Borkovec, in their order.
        _group(
            "dominant-hand",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} hand and forearm"),
            "{dominant}-hand",
            "{dominant}-forearm",
        ),
        _group(
            "dominant-biceps",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} upper arm"),
            "{dominant}-upper-arm",
        ),
        _group(
            "other-hand",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Other} hand and forearm"),
            "{other}-hand",
            "{other}-forearm",
        ),
        _group(
            "other-biceps",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Other} upper arm"),
            "{other}-upper-arm",
        ),
        _group("forehead", QT_TRANSLATE_NOOP("MuscleGroup", "Forehead"), "forehead"),
        _group("upper-face", QT_TRANSLATE_NOOP("MuscleGroup", "Upper cheeks and nose"), "eyes"),
        _group("jaw", QT_TRANSLATE_NOOP("MuscleGroup", "Lower cheeks and jaw"), "jaw"),
        _group("neck", QT_TRANSLATE_NOOP("MuscleGroup", "Neck and throat"), "neck"),
        _group(
            "chest-shoulders",
            QT_TRANSLATE_NOOP("MuscleGroup", "Chest, shoulders and upper back"),
            "chest",
            "shoulders",
        ),
        _group("abdomen", QT_TRANSLATE_NOOP("MuscleGroup", "Abdomen"), "abdomen"),
        _group(
            "dominant-thigh",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} thigh"),
            "{dominant}-thigh",
        ),
        _group(
            "dominant-calf", QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} calf"), "{dominant}-calf"
        ),
        _group(
            "dominant-foot", QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} foot"), "{dominant}-foot"
        ),
        _group("other-thigh", QT_TRANSLATE_NOOP("MuscleGroup", "{Other} thigh"), "{other}-thigh"),
        _group("other-calf", QT_TRANSLATE_NOOP("MuscleGroup", "{Other} calf"), "{other}-calf"),
        _group("other-foot", QT_TRANSLATE_NOOP("MuscleGroup", "{Other} foot"), "{other}-foot"),
        # The seven combined groups.
        _group(
            "dominant-arm",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} arm"),
            *(f"{{dominant}}-{p}" for p in _ARM),
        ),
        _group(
            "other-arm",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Other} arm"),
            *(f"{{other}}-{p}" for p in _ARM),
        ),
        _group("face", QT_TRANSLATE_NOOP("MuscleGroup", "Face"), *_FACE),
        _group(
            "trunk", QT_TRANSLATE_NOOP("MuscleGroup", "Chest, shoulders, back and abdomen"), *_TRUNK
        ),
        _group(
            "dominant-leg",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Dominant} leg"),
            *(f"{{dominant}}-{p}" for p in _LEG),
        ),
        _group(
            "other-leg",
            QT_TRANSLATE_NOOP("MuscleGroup", "{Other} leg"),
            *(f"{{other}}-{p}" for p in _LEG),
        ),
        # The four: both arms, face and neck, the trunk, both legs.
        _group(
            "arms",
            QT_TRANSLATE_NOOP("MuscleGroup", "Both arms"),
            *(f"{s}-{p}" for s in SIDES for p in _ARM),
        ),
        _group("face-neck", QT_TRANSLATE_NOOP("MuscleGroup", "Face and neck"), *_FACE, "neck"),
        _group(
            "legs",
            QT_TRANSLATE_NOOP("MuscleGroup", "Both legs"),
            *(f"{s}-{p}" for s in SIDES for p in _LEG),
        ),
    )
}

# What a person can leave out (an injury, a painful joint), by the body's own sides. The
# finer areas match the 16 groups; the wider ones are for saying "my whole left leg".
AREAS: dict[str, tuple[str, ...]] = {
    **{f"{side}-hand": (f"{side}-hand", f"{side}-forearm") for side in SIDES},
    **{f"{side}-upper-arm": (f"{side}-upper-arm",) for side in SIDES},
    **{f"{side}-arm": tuple(f"{side}-{p}" for p in _ARM) for side in SIDES},
    "forehead": ("forehead",),
    "eyes": ("eyes",),
    "jaw": ("jaw",),
    "face": _FACE,
    "neck": ("neck",),
    "shoulders": ("shoulders",),
    "chest": ("chest",),
    "abdomen": ("abdomen",),
    **{f"{side}-{part}": (f"{side}-{part}",) for side in SIDES for part in _LEG},
    **{f"{side}-leg": tuple(f"{side}-{p}" for p in _LEG) for side in SIDES},
}


class _AreaNames(Mapping[str, str]):
    """The areas' names, marked for translation here and translated when looked up (which
    is when they are shown)."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    def __getitem__(self, area: str) -> str:
        return translate("BodyArea", self._names[area])

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


AREA_NAMES: Mapping[str, str] = _AreaNames(
    {
        "right-hand": QT_TRANSLATE_NOOP("BodyArea", "Right hand and forearm"),
        "left-hand": QT_TRANSLATE_NOOP("BodyArea", "Left hand and forearm"),
        "right-upper-arm": QT_TRANSLATE_NOOP("BodyArea", "Right upper arm"),
        "left-upper-arm": QT_TRANSLATE_NOOP("BodyArea", "Left upper arm"),
        "right-arm": QT_TRANSLATE_NOOP("BodyArea", "Whole right arm"),
        "left-arm": QT_TRANSLATE_NOOP("BodyArea", "Whole left arm"),
        "forehead": QT_TRANSLATE_NOOP("BodyArea", "Forehead"),
        "eyes": QT_TRANSLATE_NOOP("BodyArea", "Upper cheeks and nose"),
        "jaw": QT_TRANSLATE_NOOP("BodyArea", "Jaw"),
        "face": QT_TRANSLATE_NOOP("BodyArea", "Whole face"),
        "neck": QT_TRANSLATE_NOOP("BodyArea", "Neck"),
        "shoulders": QT_TRANSLATE_NOOP("BodyArea", "Shoulders and upper back"),
        "chest": QT_TRANSLATE_NOOP("BodyArea", "Chest"),
        "abdomen": QT_TRANSLATE_NOOP("BodyArea", "Abdomen"),
        "right-thigh": QT_TRANSLATE_NOOP("BodyArea", "Right thigh"),
        "right-calf": QT_TRANSLATE_NOOP("BodyArea", "Right calf"),
        "right-foot": QT_TRANSLATE_NOOP("BodyArea", "Right foot"),
        "left-thigh": QT_TRANSLATE_NOOP("BodyArea", "Left thigh"),
        "left-calf": QT_TRANSLATE_NOOP("BodyArea", "Left calf"),
        "left-foot": QT_TRANSLATE_NOOP("BodyArea", "Left foot"),
        "right-leg": QT_TRANSLATE_NOOP("BodyArea", "Whole right leg"),
        "left-leg": QT_TRANSLATE_NOOP("BodyArea", "Whole left leg"),
    }
)


@dataclass(frozen=True, slots=True)
class Sides:
    """Which side is dominant: the right unless the person is left-handed."""

    left_handed: bool = False

    @property
    def dominant(self) -> str:
        """The dominant side's id ("right" or "left"), as region names use it."""
        return "left" if self.left_handed else "right"

    @property
    def other(self) -> str:
        return "right" if self.left_handed else "left"

    def fill(self, text: str) -> str:
        """Side words in a name or a script line: "{dominant}" -> "right" and so on, in the
        person's language. Languages need different forms for the two places: "{dominant}"
        stands in a sentence ("your {dominant} hand": German "rechten"), "{Dominant}" starts a
        group's name (German writes "Hand und Unterarm {Dominant}": "rechts")."""
        if "{" not in text:
            return text
        right, left = _in_a_sentence()
        right_name, left_name = _in_a_name()
        dominant, other = (left, right) if self.left_handed else (right, left)
        dominant_name, other_name = (
            (left_name, right_name) if self.left_handed else (right_name, left_name)
        )
        return (
            text.replace("{dominant}", dominant)
            .replace("{other}", other)
            .replace("{Dominant}", dominant_name)
            .replace("{Other}", other_name)
        )

    def name(self, group: MuscleGroup) -> str:
        """The group's name as shown, in the person's language."""
        return self.fill(translate("MuscleGroup", group.name))

    def regions(self, group: MuscleGroup) -> tuple[str, ...]:
        return tuple(
            r.replace("{dominant}", self.dominant).replace("{other}", self.other)
            for r in group.regions
        )


def _in_a_sentence() -> tuple[str, str]:
    return (
        translate("Sides", "right", "in a sentence: your right hand"),
        translate("Sides", "left", "in a sentence: your left hand"),
    )


def _in_a_name() -> tuple[str, str]:
    return (
        translate("Sides", "Right", "start of a body part name"),
        translate("Sides", "Left", "start of a body part name"),
    )


def rest_line(template: str, group_name: str) -> str:
    """The cue for a group left out: `template` with "{group}" as the group's name. English
    writes the name in lower case mid-sentence; other languages keep it as it is (German
    nouns keep their capitals)."""
    return template.replace("{group}", group_name if active() else group_name.lower())


def skipped_regions(areas: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    """The regions of the chosen areas; KeyError (with the area) for an unknown one."""
    regions: set[str] = set()
    for area in areas:
        regions.update(AREAS[area])
    return frozenset(regions)


def unfilled_placeholders(text: str) -> list[str]:
    """Braced words in a script line other than the side words (a typo like "{dominnat}")."""
    filled = Sides().fill(text)
    found: list[str] = []
    start = filled.find("{")
    while start != -1:
        end = filled.find("}", start)
        found.append(filled[start : end + 1] if end != -1 else filled[start:])
        start = filled.find("{", start + 1)
    return found
