"""Text checks: strings too long for the phone screen, placeholders left from the starter, and
characters the game's font cannot draw.

Claims without sources are errors the loader reports (`crossrefs`), wherever they appear.
"""

import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel

from game.core.content.problems import Problem, Severity
from game.core.content.yaml_source import Positions
from game.core.level_spec import LevelSpec
from game.core.rules.base import RuleBase
from game.core.spec.catalog import FeedPost, Post
from game.core.spec.effects import Bulletin, DirectScore
from game.core.spec.intended import Check
from game.design.findings import Finding
from game.design.limits import BULLETIN_TEXT_MAX, LABEL_MAX, POST_TEXT_MAX, REASON_MAX
from game.design.walk import owner_id, walk
from game.paths import assets_dir

STARTER_MARK = "replace this"
"""Words every placeholder of `new-level`'s starter level holds (game.design.starter)."""

_LABEL_FIELDS = ("label", "title", "name", "headline")


def _limits(model: BaseModel) -> Iterator[tuple[str, int, str]]:
    """(field, most characters, what it is) for the text fields of one model."""
    for name in _LABEL_FIELDS:
        if name in type(model).model_fields:
            yield name, LABEL_MAX, name
    if isinstance(model, Post | FeedPost):
        yield "text", POST_TEXT_MAX, "post text"
    if isinstance(model, RuleBase | DirectScore):
        yield "reason", REASON_MAX, "reason"
    if isinstance(model, Bulletin):
        yield "text", BULLETIN_TEXT_MAX, "bulletin text"


def long_texts(spec: LevelSpec) -> Iterator[Finding]:
    """Every string longer than the screen shows without cutting it."""
    for path, model in walk(spec):
        for name, most, what in _limits(model):
            value = getattr(model, name)
            if isinstance(value, str) and len(value) > most:
                yield Finding(
                    Check.LONG_TEXT,
                    owner_id(spec, path),
                    (*path, name),
                    f"{what} is {len(value)} characters; the screen shows {most}",
                    "shorten it; put detail in a description or the debrief",
                )


def starter_leftovers(spec: LevelSpec) -> Iterator[Finding]:
    """Every placeholder `new-level` wrote that is still there: level select, the cards and
    the debrief would show it to players as it stands."""
    for path, model in walk(spec):
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            texts = value if isinstance(value, tuple) else (value,)
            for i, text in enumerate(texts):
                if isinstance(text, str) and STARTER_MARK in text.lower():
                    key = (*path, info.alias or name)
                    yield Finding(
                        Check.STARTER_TEXT,
                        owner_id(spec, path),
                        (*key, i) if isinstance(value, tuple) else key,
                        f"'{text}' is the starter level's placeholder",
                        "write the level's own words here",
                    )


FONT_FACES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "slanted": "DejaVuSans-Oblique.ttf",
    "bold slanted": "DejaVuSans-BoldOblique.ttf",
}
"""The faces of the bundled font (assets/fonts) the game draws level text with: plain, and
bold or slanted in markup (game.ui.theme.font_paths names the same files)."""

SHOWN_MOST = 3
"""The most undrawable characters one warning names; it counts the rest."""


@cache
def font_characters(path: str) -> frozenset[int]:
    """The code points a TrueType font has a glyph for, read once from its Unicode cmap (the
    platform 3 encoding 10 subtable, format 12, which each DejaVu Sans face carries)."""
    with open(path, "rb") as font:
        data = font.read()
    (tables,) = struct.unpack_from(">H", data, 4)
    offsets = {
        tag: offset
        for tag, _, offset, _ in (
            struct.unpack_from(">4sIII", data, 12 + 16 * i) for i in range(tables)
        )
    }
    cmap = offsets[b"cmap"]
    (subtables,) = struct.unpack_from(">H", data, cmap + 2)
    for i in range(subtables):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        start = cmap + offset
        if (platform, encoding) == (3, 10) and struct.unpack_from(">H", data, start)[0] == 12:
            (groups,) = struct.unpack_from(">I", data, start + 12)
            found: set[int] = set()
            for g in range(groups):
                first, last, _ = struct.unpack_from(">III", data, start + 16 + 12 * g)
                found.update(range(first, last + 1))
            return frozenset(found)
    raise ValueError(f"{path} has no full Unicode character map (format 12)")


def missing_faces(char: str) -> tuple[str, ...]:
    """The bundled font's faces that have no glyph for a character: the game draws an empty
    box for it there."""
    folder = assets_dir() / "fonts"
    return tuple(
        face
        for face, name in FONT_FACES.items()
        if ord(char) not in font_characters(str(folder / name))
    )


def _undrawable(text: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(place counted from 1, character, faces lacking it) for each character of a text the
    font cannot draw in some face, the first place of each."""
    if text.isascii():  # every face has every printable ASCII character; lines break at \n
        return
    seen: set[str] = set()
    for i, char in enumerate(text, start=1):
        if char == "\n" or char.isascii() or char in seen:
            continue
        seen.add(char)
        faces = missing_faces(char)
        if faces:
            yield i, char, faces


def _named(place: int, char: str, faces: tuple[str, ...], column: int | None = None) -> str:
    """A character as a warning names it: its code, its name, and where it is, by column
    when the YAML line is known (`column`), else as the how-manieth character of the text."""
    name = unicodedata.name(char, "")
    where = f"column {column}" if column else f"character {place}"
    if "regular" not in faces:
        where += f", in {' and '.join(faces)} text"
    return f"U+{ord(char):04X}{' ' + name if name else ''} ({where})"


def written_column(row: str, column: int, text: str, index: int) -> int | None:
    """The 1-based column of `text[index]` on a YAML line whose value starts at `column`,
    when the line writes the text as it reads up to that character: plain, in '...' (with ''
    for each ' inside), or in "..." with no escape before it. None when the exact place
    cannot be known: a block scalar (| or >), text folded over lines, an escape, a tag."""
    at = column - 1
    opener = row[at : at + 1]
    written = text[: index + 1]
    if opener == "'":
        written, at = written.replace("'", "''"), at + 1
    elif opener == '"':
        at += 1
    elif opener in ("", "|", ">", "&", "!", "*"):
        return None
    found = row[at : at + len(written)]
    if found != written or (opener == '"' and "\\" in found):
        return None
    return at + len(written)


@dataclass(frozen=True)
class UndrawableFinding(Finding):
    """An undrawable-character warning, with what lint needs to point at the character
    itself in the YAML rather than at the start of its text."""

    text: str = ""
    """The text as the level holds it."""
    characters: tuple[tuple[int, str, tuple[str, ...]], ...] = ()
    """(place counted from 1, character, faces lacking it) for each character named."""
    more: int = 0
    """How many more characters the font cannot draw, counted but not named."""

    def placed(self, file: str, positions: Positions, source: str) -> Problem:
        """The warning at the first named character's line and column when the YAML writes
        the text on one line up to it, each character named by its column; else at the
        start of the text, each named as the how-manieth character."""
        start = positions.values.get(self.path)
        if start is None or not self.characters:
            return self.problem(file, positions)
        lines = source.split("\n")
        row = lines[start[0] - 1] if 0 < start[0] <= len(lines) else ""
        columns = {
            place: written_column(row, start[1], self.text, place - 1)
            for place, _, _ in self.characters
        }
        first = columns[self.characters[0][0]]
        if first is None:
            return self.problem(file, positions)
        message = _cannot_draw(
            [_named(p, c, f, columns[p]) for p, c, f in self.characters], self.more
        )
        return Problem(file, start[0], first, message, self.hint, Severity.WARNING, self.check)


def _cannot_draw(named: list[str], more: int) -> str:
    counted = f" and {more} more" if more else ""
    return (
        f"the game's font (DejaVu Sans) cannot draw {', '.join(named)}{counted}: players see "
        "an empty box there"
    )


def undrawable_characters(spec: LevelSpec) -> Iterator[Finding]:
    """Every text the game may draw that holds a character the bundled font (DejaVu Sans)
    has no glyph for: players would see an empty box in its place."""
    for path, model in walk(spec):
        if path[:1] == ("intended_warnings",):
            continue  # their reasons are for lint's own output, not drawn by the game
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            texts = value if isinstance(value, tuple) else (value,)
            for i, text in enumerate(texts):
                if not isinstance(text, str):
                    continue
                found = list(_undrawable(text))
                if not found:
                    continue
                key = (*path, info.alias or name)
                shown = tuple(found[:SHOWN_MOST])
                more = len(found) - len(shown)
                yield UndrawableFinding(
                    Check.UNDRAWABLE_CHARACTER,
                    owner_id(spec, path),
                    (*key, i) if isinstance(value, tuple) else key,
                    _cannot_draw([_named(*entry) for entry in shown], more),
                    "write it in words, or use a character DejaVu Sans has; few emoji are in it",
                    text,
                    shown,
                    more,
                )
