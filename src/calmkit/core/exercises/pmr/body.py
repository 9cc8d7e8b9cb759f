"""The body as PMR sees it: the regions a body map draws, the muscle groups the protocols
tense, and the areas a person can leave out.

Regions are named by the body's own left and right. A group is named by the dominant side
("dominant-hand"), which becomes right or left with the person's handedness.
"""

from __future__ import annotations

from dataclasses import dataclass

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

GROUPS: dict[str, MuscleGroup] = {
    g.id: g
    for g in (
        # The 16 groups of Bernstein & Borkovec, in their order.
        _group(
            "dominant-hand", "{Dominant} hand and forearm", "{dominant}-hand", "{dominant}-forearm"
        ),
        _group("dominant-biceps", "{Dominant} upper arm", "{dominant}-upper-arm"),
        _group("other-hand", "{Other} hand and forearm", "{other}-hand", "{other}-forearm"),
        _group("other-biceps", "{Other} upper arm", "{other}-upper-arm"),
        _group("forehead", "Forehead", "forehead"),
        _group("upper-face", "Upper cheeks and nose", "eyes"),
        _group("jaw", "Lower cheeks and jaw", "jaw"),
        _group("neck", "Neck and throat", "neck"),
        _group("chest-shoulders", "Chest, shoulders and upper back", "chest", "shoulders"),
        _group("abdomen", "Abdomen", "abdomen"),
        _group("dominant-thigh", "{Dominant} thigh", "{dominant}-thigh"),
        _group("dominant-calf", "{Dominant} calf", "{dominant}-calf"),
        _group("dominant-foot", "{Dominant} foot", "{dominant}-foot"),
        _group("other-thigh", "{Other} thigh", "{other}-thigh"),
        _group("other-calf", "{Other} calf", "{other}-calf"),
        _group("other-foot", "{Other} foot", "{other}-foot"),
        # The seven combined groups.
        _group("dominant-arm", "{Dominant} arm", *(f"{{dominant}}-{p}" for p in _ARM)),
        _group("other-arm", "{Other} arm", *(f"{{other}}-{p}" for p in _ARM)),
        _group("face", "Face", *_FACE),
        _group("trunk", "Chest, shoulders, back and abdomen", *_TRUNK),
        _group("dominant-leg", "{Dominant} leg", *(f"{{dominant}}-{p}" for p in _LEG)),
        _group("other-leg", "{Other} leg", *(f"{{other}}-{p}" for p in _LEG)),
        # The four: both arms, face and neck, the trunk, both legs.
        _group("arms", "Both arms", *(f"{s}-{p}" for s in SIDES for p in _ARM)),
        _group("face-neck", "Face and neck", *_FACE, "neck"),
        _group("legs", "Both legs", *(f"{s}-{p}" for s in SIDES for p in _LEG)),
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
AREA_NAMES: dict[str, str] = {area: area.replace("-", " ").capitalize() for area in AREAS}
AREA_NAMES.update(
    {
        "right-hand": "Right hand and forearm",
        "left-hand": "Left hand and forearm",
        "eyes": "Upper cheeks and nose",
        "shoulders": "Shoulders and upper back",
        "right-arm": "Whole right arm",
        "left-arm": "Whole left arm",
        "right-leg": "Whole right leg",
        "left-leg": "Whole left leg",
        "face": "Whole face",
    }
)


@dataclass(frozen=True, slots=True)
class Sides:
    """Which side is dominant: the right unless the person is left-handed."""

    left_handed: bool = False

    @property
    def dominant(self) -> str:
        return "left" if self.left_handed else "right"

    @property
    def other(self) -> str:
        return "right" if self.left_handed else "left"

    def fill(self, text: str) -> str:
        """Side words in a name or a script line: "{dominant}" -> "right" and so on."""
        return (
            text.replace("{dominant}", self.dominant)
            .replace("{other}", self.other)
            .replace("{Dominant}", self.dominant.capitalize())
            .replace("{Other}", self.other.capitalize())
        )

    def name(self, group: MuscleGroup) -> str:
        return self.fill(group.name)

    def regions(self, group: MuscleGroup) -> tuple[str, ...]:
        return tuple(self.fill(r) for r in group.regions)


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
