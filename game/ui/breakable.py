"""Long words made of marks and zero-width characters, cut where the text layout can cut them.

pygame_gui breaks a word wider than its box by guessing a letter index from the word's width
and walking one letter at a time while the width gets closer; a combining mark, variation
selector or zero-width joiner adds no width, so the walk stops short and the row overflows
(`RuntimeError: Row longer than layout`). Such a word is given zero-width spaces between short
groups of its characters: places to wrap that the layout measures exactly and that draw
nothing (line_breaks teaches the layout to wrap there), so the word reads as it was written."""

import re
import unicodedata

from game.ui.line_breaks import ZERO_WIDTH_SPACE

_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_LONG_WORD = re.compile(r"\S{25,}")
_LONG_RUN = re.compile(r"[^\s\u200b]{25,}")
"""A long word between places to wrap: Thai words already parted by zero-width spaces are
short words, not one long word, so no break points are put inside them (a row ending inside
such a word, wherever the box's width happened to fall)."""
_CLUSTER = re.compile(r"&#?\w+;|.", re.DOTALL)
_ZERO_WIDTH = frozenset({"Mn", "Me", "Cf"})
GROUP = 4
"""Characters (with their marks) kept together between the break points added."""


def breakable(markup: str) -> str:
    """The markup with each long word that holds zero-width characters cut into groups."""
    parts = _TAG_OR_TEXT.split(markup)
    return "".join(p if p.startswith("<") else _LONG_RUN.sub(_cut, p) for p in parts)


def _cut(match: re.Match[str]) -> str:
    word = match.group(0)
    if not any(unicodedata.category(c) in _ZERO_WIDTH and c != ZERO_WIDTH_SPACE for c in word):
        return word  # (a word with places to wrap already, as `breakable_path` gives, too)
    clusters: list[str] = []
    for piece in _CLUSTER.findall(word):
        if clusters and len(piece) == 1 and unicodedata.category(piece) in _ZERO_WIDTH:
            clusters[-1] += piece
        else:
            clusters.append(piece)
    return ZERO_WIDTH_SPACE.join(
        "".join(clusters[i : i + GROUP]) for i in range(0, len(clusters), GROUP)
    )


_SEPARATOR = re.compile(r"([/\\_.\-])")


def breakable_path(text: str) -> str:
    """Text naming a file, with each long word given places to wrap after its separators
    (/, \\, _, - and .): pygame_gui cuts a word too long for its row with a hyphen of its own,
    so a path like ``…c6a19-`` / ``-a6e.json`` read as a name with a hyphen in it, and a
    student copying the name by hand got it wrong."""
    return _LONG_WORD.sub(lambda m: _SEPARATOR.sub("\\1" + ZERO_WIDTH_SPACE, m.group(0)), text)
