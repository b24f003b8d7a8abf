"""Fixes for pygame_gui's text layout.

A line break is 4 pixels wide, so a line of text that ends within 4 pixels of the box's edge
pushed its break onto a row of its own and showed a blank line under it (seen in the goals
card at 1024x600). A break takes no room on screen: here it always stays on the row it ends.

pygame_gui wraps text only at spaces, so a language written without them (Thai) or a word
given break points (see `breakable`) could only wrap at a visible space. A zero-width space
(U+200B) is a place to wrap too, and it draws nothing."""

from __future__ import annotations

from typing import Any

from pygame_gui.core.text.text_box_layout import TextBoxLayout
from pygame_gui.core.text.text_line_chunk import TextLineChunkFTFont

_FIXED = "_citizen_score_break_fix"
ZERO_WIDTH_SPACE = "\u200b"
WRAP_AFTER = frozenset({" ", ZERO_WIDTH_SPACE})
"""Characters a row of text may end after."""


def keep_line_breaks_on_their_row() -> None:
    """Install the fix once (the app calls it at start; calling it again does nothing). A
    pygame_gui without the method it mends is left as it is: text may then show a blank
    line, but the game still starts."""
    original = getattr(TextBoxLayout, "_handle_line_break_rect", None)
    if getattr(TextBoxLayout, _FIXED, False) or original is None:
        return

    def handle(self: TextBoxLayout, current_row: Any, line_break: Any) -> Any:
        limit = self.layout_rect.right
        if line_break.right > limit:  # narrow it to the room left: it draws nothing
            line_break.width = max(0, limit - line_break.left)
        return original(self, current_row, line_break)

    TextBoxLayout._handle_line_break_rect = handle
    setattr(TextBoxLayout, _FIXED, True)
    _wrap_at_zero_width_spaces()


def _wrap_at_zero_width_spaces() -> None:
    """pygame_gui sets a chunk's `split_points` (the indexes after each space) wherever it
    changes the chunk's text; here they are worked out from the text itself, spaces and
    zero-width spaces alike, and kept until the text changes."""

    def points(self: TextLineChunkFTFont) -> list[int]:
        cached = self.__dict__.get("_wrap_points")
        if cached is None or cached[0] is not self.text:
            found = [i + 1 for i, char in enumerate(self.text) if char in WRAP_AFTER]
            cached = self.__dict__["_wrap_points"] = (self.text, found)
        return cached[1]

    def ignore(self: TextLineChunkFTFont, value: list[int]) -> None:
        """pygame_gui's own list (spaces only) is the text's, so it is worked out again."""

    TextLineChunkFTFont.split_points = property(points, ignore)
