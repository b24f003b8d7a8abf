"""Faces drawn in code: flat shapes from one small palette, four expressions, any size.

Every trait a level leaves out is picked from a hash of the character's id (never Python's
salted `hash`), so a character looks the same in every run, on every machine. A `portrait:`
image under assets/ wins over the drawn face.
"""

import hashlib
import re
from dataclasses import dataclass, fields
from pathlib import Path

import pygame

from game.core.level import Level
from game.core.spec.characters import Character, Face

EXPRESSIONS = ("neutral", "happy", "worried", "angry")

SKINS = {
    "pale": "#f4d9c6",
    "light": "#e9bb95",
    "tan": "#d19a6a",
    "olive": "#b7875b",
    "brown": "#8a5a3c",
    "dark": "#5c3a27",
}
HAIR_COLOURS = {
    "black": "#1f1d24",
    "brown": "#5a3921",
    "auburn": "#8c3b1e",
    "blond": "#d9b45b",
    "grey": "#9b9ea4",
    "white": "#e8e6e1",
}
SHIRTS = {
    "red": "#b0413e",
    "orange": "#d17a34",
    "yellow": "#d9b13b",
    "green": "#5f8d4e",
    "teal": "#2f7f7a",
    "blue": "#3b6aa0",
    "purple": "#6d4f91",
    "grey": "#6c7078",
}
BACKDROPS = ("#dfe6ee", "#e9e0d0", "#dbe8dc", "#eddcdc", "#e4dced", "#f0e8c8")
INK = "#1b1b22"
LIPS = "#7a2f2f"
BLUSH = (230, 110, 110, 90)

HAIRS = ("short", "long", "bun", "ponytail", "curly", "buzz", "bald")
HAIRS_FOR = {
    "he": ("short", "curly", "buzz", "bald"),
    "she": ("short", "long", "bun", "ponytail", "curly"),
}
"""Hair is the face's only sign of who a character is: a bio that says "she" never gets a
bald head, one that says "he" never long hair or a bun (a player read "he" beside a face
with a bun and thought the wrong person spoke)."""
HAIRS_AT = {"child": HAIRS[:5], "young": HAIRS[:6]}
"""No child is buzz-cut or bald, and no one young is bald (a bald son of 14 read as a man)."""
PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
}
KIN = {
    **dict.fromkeys(("son", "father", "dad", "grandfather", "grandpa", "brother"), "he"),
    **dict.fromkeys(("uncle", "nephew", "husband"), "he"),
    **dict.fromkeys(("daughter", "mother", "mum", "mom", "grandmother", "grandma"), "she"),
    **dict.fromkeys(("sister", "aunt", "auntie", "niece", "wife"), "she"),
}
"""Who a bio says the character is to the player ("Your son, 14."), as a pronoun."""
TITLES = {
    **dict.fromkeys(("Mr", "Uncle", "Grandpa"), "he"),
    **dict.fromkeys(("Mrs", "Ms", "Miss", "Auntie", "Aunt", "Grandma"), "she"),
}
"""A title a name starts with ("Mr Hu", "Auntie Qian"), as a pronoun."""
NOT_ALONE = frozenset({*TITLES, "Old", "Dr", "Cousin", "Inspector", "Lao", "Xiao"})
"""First words of a name that do not name the person alone ('Old Peng', 'Lao Ma')."""
STATED_AGE = re.compile(r", (\d{1,3})[,.]")
"""An age the bio states, as in "Your father, 78, a retired bus driver." """
AGES = ("child", "young", "adult", "old")
DRAW_SCALE = 3
"""Faces are drawn this many times larger and smoothed down, for clean edges at any size."""
CACHE_LIMIT = 256


@dataclass(frozen=True)
class Traits:
    """Everything that decides how a face looks."""

    skin: str
    hair: str
    hair_colour: str
    age: str
    glasses: bool
    shirt: str
    backdrop: str


def pronoun_of(bio: str) -> str | None:
    """ "he" or "she" when the bio uses only that one; None otherwise."""
    found = {PRONOUNS[w] for w in re.findall(r"[a-z]+", bio.lower()) if w in PRONOUNS}
    return found.pop() if len(found) == 1 else None


def pronoun_for(character: Character) -> str | None:
    """The bio's pronoun, else what the name's title or the bio's "Your son" says."""
    said = pronoun_of(character.bio)
    if said is None:
        kin = re.match(r"Your (\w+)", character.bio)
        said = KIN.get(kin.group(1).lower()) if kin else None
    return said or TITLES.get(character.name.split(" ", 1)[0])


def pronouns_in(level: Level) -> dict[str, str]:
    """For each character whose bio, name and kin say nothing: the pronoun the level's
    other text uses for them ("Lan holds up her phone."), read from each sentence that
    names them alone, and the next one when it starts with their name and the next names
    no one ("Kit messaged you. He is 120 short."); none where the text uses both."""
    sentences = [
        s
        for text in _strings(level.spec.model_dump())
        for s in re.split(r"(?<=[.!?])\s+|\n+", text)
    ]
    named = [{c.id for c in level.characters.values() if _names(c, s)} for s in sentences]
    votes: dict[str, set[str]] = {}
    for i, (sentence, who) in enumerate(zip(sentences, named, strict=True)):
        if len(who) != 1:
            continue
        (cid,) = who
        character = level.characters[cid]
        words = sentence
        if i + 1 < len(sentences) and not named[i + 1] and sentence.startswith(character.name):
            words += " " + sentences[i + 1]
        found = {PRONOUNS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in PRONOUNS}
        votes.setdefault(cid, set()).update(found)
    return {
        cid: said.pop()
        for cid, said in votes.items()
        if len(said) == 1 and pronoun_for(level.characters[cid]) is None
    }


def _names(character: Character, sentence: str) -> bool:
    """Whether a sentence names the character as a word: full name, or its first word."""
    words = re.findall(r"\w+", character.name)
    calls = [character.name] + ([words[0]] if len(words) > 1 and words[0] not in NOT_ALONE else [])
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence) for n in calls)


def _strings(data: object) -> list[str]:
    """Every text in a level's data, in order."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list | tuple):
        return [s for value in data for s in _strings(value)]
    return []


def age_of(bio: str) -> str | None:
    """The face's age for an age the bio states (60 and over is old); None when none."""
    match = STATED_AGE.search(bio)
    if match is None:
        return None
    years = int(match.group(1))
    return "child" if years < 13 else "young" if years < 35 else "adult" if years < 60 else "old"


def traits_for(
    character_id: str, face: Face | None = None, bio: str = "", pronoun: str | None = None
) -> Traits:
    """The level's picks, then what the bio says (pronoun, or the one given, stated age),
    and for the rest a stable choice from the id's SHA-256."""
    d = hashlib.sha256(character_id.encode("utf-8")).digest()

    def pick(options: tuple[str, ...], byte: int) -> str:
        return options[d[byte] % len(options)]

    picked = {
        f.name: getattr(face, f.name) for f in fields(Traits) if face and hasattr(face, f.name)
    }
    age = picked.get("age") or age_of(bio) or pick(("young", "adult", "young", "adult", "old"), 3)
    colours = ("grey", "white") if age == "old" else ("black", "black", "brown", "auburn", "blond")
    hair = pick(HAIRS if age != "child" else HAIRS[:5], 1)
    said = HAIRS_FOR.get(pronoun or pronoun_of(bio) or "", HAIRS)
    allowed = tuple(h for h in said if h in HAIRS_AT.get(age, HAIRS))
    traits = {
        "skin": pick(tuple(SKINS), 0),
        "hair": hair if hair in allowed else pick(allowed, 1),
        "hair_colour": pick(colours, 2),
        "age": age,
        "glasses": d[4] % 4 == 0,
        "shirt": pick(tuple(SHIRTS), 5),
        "backdrop": pick(BACKDROPS, 6),
    }
    traits.update({k: v for k, v in picked.items() if v is not None})
    return Traits(**traits)


def _shade(colour: str, factor: float) -> tuple[int, int, int]:
    c = pygame.Color(colour)
    return (int(c.r * factor), int(c.g * factor), int(c.b * factor))


@dataclass
class Pen:
    """Draws in a 100 x 100 grid over a surface of any size."""

    surface: pygame.Surface
    unit: float

    def rect(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        u = self.unit
        return pygame.Rect(round(x * u), round(y * u), max(1, round(w * u)), max(1, round(h * u)))

    def pt(self, x: float, y: float) -> tuple[int, int]:
        return round(x * self.unit), round(y * self.unit)

    def px(self, length: float) -> int:
        return max(1, round(length * self.unit))


def draw_face(traits: Traits, size: int, expression: str = "neutral") -> pygame.Surface:
    """A square portrait of `size` pixels; `expression` is one of EXPRESSIONS."""
    big = max(16, size) * DRAW_SCALE
    s = pygame.Surface((big, big), pygame.SRCALPHA)
    pen = Pen(s, big / 100)
    pygame.draw.rect(s, traits.backdrop, s.get_rect(), border_radius=pen.px(18))
    top = 28 if traits.age == "child" else 22
    skin, hair, shirt = SKINS[traits.skin], HAIR_COLOURS[traits.hair_colour], SHIRTS[traits.shirt]
    _hair_back(pen, traits.hair, hair)
    pygame.draw.ellipse(s, shirt, pen.rect(12, 80, 76, 44))
    pygame.draw.rect(s, _shade(skin, 0.85), pen.rect(42, top + 40, 16, 20))
    pygame.draw.polygon(s, _shade(shirt, 0.75), [pen.pt(42, 81), pen.pt(50, 90), pen.pt(58, 81)])
    for x in (25.5, 68.5):
        pygame.draw.ellipse(s, _shade(skin, 0.92), pen.rect(x, top + 20, 6, 10))
    pygame.draw.ellipse(s, skin, pen.rect(28, top, 44, 48 if traits.age == "child" else 50))
    _hair_front(pen, traits.hair, hair, skin, top)
    _features(pen, traits, expression, top)
    return pygame.transform.smoothscale(s, (size, size))


def _hair_back(pen: Pen, style: str, colour: str) -> None:
    s = pen.surface
    if style == "long":
        pygame.draw.ellipse(s, colour, pen.rect(22, 18, 56, 50))
        pygame.draw.rect(s, colour, pen.rect(22, 40, 56, 40), border_radius=pen.px(10))
    elif style == "bun":
        pygame.draw.circle(s, colour, pen.pt(50, 15), pen.px(11))
    elif style == "ponytail":
        pygame.draw.ellipse(s, colour, pen.rect(64, 30, 16, 34))


def _hair_front(pen: Pen, style: str, colour: str, skin: str, top: int) -> None:
    s = pen.surface
    if style == "bald":
        pygame.draw.ellipse(s, colour, pen.rect(26, top + 14, 7, 14))
        pygame.draw.ellipse(s, colour, pen.rect(67, top + 14, 7, 14))
        return
    if style == "curly":
        for i in range(7):
            pygame.draw.circle(s, colour, pen.pt(29 + i * 7, top + 4 + (i % 2) * 3), pen.px(8))
        pygame.draw.ellipse(s, skin, pen.rect(32, top + 12, 36, 40))
        return
    pygame.draw.ellipse(s, colour, pen.rect(26, top - 3, 48, 24 if style == "buzz" else 30))
    # The forehead: a skin ellipse cut into the cap leaves a fringe line.
    pygame.draw.ellipse(s, skin, pen.rect(31, top + (10 if style == "buzz" else 11), 38, 42))
    if style in ("short", "long", "ponytail"):
        points = [pen.pt(34, top + 6), pen.pt(56, top + 6), pen.pt(40, top + 16)]
        pygame.draw.polygon(s, colour, points)


BROWS = {"neutral": (0, 0), "happy": (-1.5, -1.5), "worried": (1, -3.5), "angry": (-2.5, 4)}
"""(outer end, inner end) of each eyebrow, moved down (+) or up (-) from rest."""


def _features(pen: Pen, traits: Traits, expression: str, top: int) -> None:
    s, ey, w = pen.surface, top + 25, pen.px(1.6)
    outer, inner = BROWS.get(expression, (0, 0))
    brow, line = _shade(HAIR_COLOURS[traits.hair_colour], 0.7), _shade(SKINS[traits.skin], 0.78)
    for side in (-1, 1):
        ex = 50 + side * 9
        ends = pen.pt(ex + side * 5, ey - 6 + outer), pen.pt(ex - side * 4, ey - 6 + inner)
        pygame.draw.line(s, brow, *ends, w + 1)
        if expression == "happy":
            pygame.draw.arc(s, INK, pen.rect(ex - 3.5, ey - 2, 7, 6), 0.3, 2.85, w)
        else:
            big = traits.age == "child" or expression == "worried"
            pygame.draw.circle(s, INK, pen.pt(ex, ey), pen.px(2.8 if big else 2.4))
        if traits.age == "old":
            pygame.draw.line(
                s, line, pen.pt(ex + side * 6, ey + 1), pen.pt(ex + side * 8, ey + 3), w
            )
        if expression == "happy":
            blush = pygame.Surface((pen.px(8), pen.px(5)), pygame.SRCALPHA)
            pygame.draw.ellipse(blush, BLUSH, blush.get_rect())
            s.blit(blush, pen.pt(50 + side * 13 - 4, ey + 7))
    pygame.draw.line(s, line, pen.pt(50, ey + 3), pen.pt(48.5, ey + 10), w)
    if traits.age == "old" and traits.hair in ("bald", "buzz"):
        pygame.draw.line(s, line, pen.pt(42, top + 14), pen.pt(58, top + 14), w)
    _mouth(pen, expression, ey + 15, w + 1)
    if traits.glasses:
        for side in (-1, 1):
            pygame.draw.circle(s, INK, pen.pt(50 + side * 9, ey), pen.px(6), w)
        pygame.draw.line(s, INK, pen.pt(47, ey), pen.pt(53, ey), w)


def _mouth(pen: Pen, expression: str, y: float, w: int) -> None:
    s = pen.surface
    if expression == "happy":
        pygame.draw.arc(s, LIPS, pen.rect(42, y - 6, 16, 10), 3.4, 6.0, w)
    elif expression == "angry":
        pygame.draw.arc(s, LIPS, pen.rect(42, y - 1, 16, 10), 0.3, 2.85, w + 1)
    elif expression == "worried":
        pygame.draw.ellipse(s, LIPS, pen.rect(47, y - 1, 6, 5))
    else:
        pygame.draw.line(s, LIPS, pen.pt(45, y), pen.pt(55, y), w)


class Portraits:
    """Drawn or loaded portraits, cached by character, size and expression (drawing a face
    takes about a millisecond; a frame must not)."""

    def __init__(self, project_root: Path | None = None) -> None:
        self.project_root = project_root
        self._cache: dict[tuple, pygame.Surface] = {}
        self.said: dict[tuple[str, str], str] = {}
        """(id, bio) -> the pronoun the level's text uses for a character (see `learn`)."""

    def learn(self, level: Level) -> None:
        """Read how a level's text speaks of its characters, so a face whose bio says
        nothing still matches "Lan holds up her phone"."""
        for cid, pronoun in pronouns_in(level).items():
            self.said[(cid, level.characters[cid].bio)] = pronoun

    def get(self, character: Character, size: int, expression: str = "neutral") -> pygame.Surface:
        pronoun = pronoun_for(character) or self.said.get((character.id, character.bio))
        key = (character.id, character.bio, pronoun, character.face, character.portrait)
        key += (size, expression)
        surface = self._cache.get(key)
        if surface is None:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            surface = self._image(character, size) or draw_face(
                traits_for(character.id, character.face, character.bio, pronoun), size, expression
            )
            self._cache[key] = surface
        return surface

    def _image(self, character: Character, size: int) -> pygame.Surface | None:
        """The level's own picture, when it names one that loads; else None (drawn face)."""
        if character.portrait is None or self.project_root is None:
            return None
        try:
            image = pygame.image.load(str(self.project_root / character.portrait))
        except (pygame.error, OSError, FileNotFoundError):
            return None
        return pygame.transform.smoothscale(image.convert_alpha(), (size, size))
