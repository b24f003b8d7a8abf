"""Names under a row of faces, always whole: a name too wide for its column wraps to a second
line or is set smaller, never cut ("StarPatri…" tells a player nothing)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame


@dataclass(frozen=True)
class NameTag:
    """One name under one face: its lines, their font size in pixels and the face's size."""

    lines: tuple[str, ...]
    size: int
    face: int


@dataclass(frozen=True)
class NameRow:
    """Faces side by side, each in a column of one width, with their names under them."""

    tags: tuple[NameTag, ...]
    width: int
    """Every column's width: the widest name line, at least a face."""
    height: int
    """A column's height: the face, then as many lines as the longest name needs."""
    gap: int

    def x_of(self, index: int) -> int:
        return index * (self.width + self.gap)


def wrap_name(name: str, fits: Callable[[str], bool]) -> list[str]:
    """The name in lines that each fit: broken at spaces, and a word wider than the room
    broken between letters (never cut short)."""
    lines: list[str] = []
    for word in name.split() or [name]:
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] += f" {word}"
            continue
        while len(word) > 1 and not fits(word):
            cut = _longest_start(word, fits)
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines


def _longest_start(word: str, fits: Callable[[str], bool]) -> int:
    return next((i for i in range(len(word) - 1, 0, -1) if fits(word[:i])), 1)


def name_row(
    names: Sequence[str],
    font: Callable[[int], pygame.font.Font],
    sizes: Sequence[int],
    face: int,
    room: int,
    gap: int,
    faces_wide: int = 2,
) -> NameRow:
    """Columns that share `room`, each at most `faces_wide` faces wide (a long name takes two
    lines rather than spreading the faces apart): the first of `sizes` (largest first) at
    which every name fits its column in two lines, else the last size in as many as it
    takes."""
    count = max(1, len(names))
    cap = max(face, min(faces_wide * face, (room - (count - 1) * gap) // count))
    size, lines = sizes[-1], [[n] for n in names]
    for size in sizes:
        measure = font(size)
        lines = [wrap_name(n, lambda t, m=measure: m.size(t)[0] <= cap) for n in names]
        if all(len(x) <= 2 for x in lines):
            break
    measure = font(size)
    widest = max((measure.size(line)[0] for x in lines for line in x), default=0)
    most = max((len(x) for x in lines), default=0)
    tags = tuple(NameTag(tuple(x), size, face) for x in lines)
    return NameRow(tags, max(face, widest), face + 2 + most * measure.get_linesize(), gap)
