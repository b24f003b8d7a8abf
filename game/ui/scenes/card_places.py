"""Where a card's buttons go: beside its text, in a row or a column, when the text keeps
its share of the card's width; otherwise the card puts them below its text."""

from dataclasses import dataclass

TEXT_SHARE = 0.6
"""A card's buttons go beside its text only if the text keeps this share of the card's width."""
BESIDE_GAP = 10
"""Space between a card's text and the buttons beside it."""
BUTTON_GAP = 8
"""Space between two buttons beside each other."""


@dataclass(frozen=True)
class Side:
    """A card's buttons beside its text: the block's size and each button's (x, row) in it."""

    width: int
    height: int
    places: list[tuple[int, int]]


def beside(sizes: list[int], width: int, x: int, line: int) -> Side | None:
    """Where buttons of these widths (each `line` high) go on the right of a card `width`
    wide whose text starts at `x`: in a row if that leaves the text TEXT_SHARE of the card's
    width, else in a column if that does; None (below the text) if neither does."""
    if not sizes:
        return None
    room = width - x - BESIDE_GAP - int(width * TEXT_SHARE)
    across = sum(sizes) + BUTTON_GAP * (len(sizes) - 1)
    if across <= room:
        places, cx = [], 0
        for w in sizes:
            places.append((cx, 0))
            cx += w + BUTTON_GAP
        return Side(across, line, places)
    column = max(sizes)
    if column <= room:
        places = [(column - w, i) for i, w in enumerate(sizes)]
        return Side(column, len(sizes) * (line + 4) - 4, places)
    return None


def widened(side: Side, column: int, room: int, width: int) -> Side:
    """The buttons right-aligned in the list's common column, if the text keeps its share."""
    if column <= side.width or room - column < int(width * TEXT_SHARE):
        return side
    shift = column - side.width
    return Side(column, side.height, [(bx + shift, r) for bx, r in side.places])
