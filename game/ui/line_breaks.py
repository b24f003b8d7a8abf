"""Fixes for pygame_gui's text layout.

A line break is 4 pixels wide, so a line of text that ends within 4 pixels of the box's edge
pushed its break onto a row of its own and showed a blank line under it (seen in the goals
card at 1024x600). A break takes no room on screen: here it always stays on the row it ends.

pygame_gui also wraps where one style of text meets another, as if there were a space
there: "<b>Court list status</b>: Not listed" put the colon at the start of the next row, on
its own. A row now ends at the last space before such a join instead (see `_keep_joins`); a
link (an evidence label, "[Fiction].") goes down whole with the full stop joined to it.

pygame_gui wraps text only at spaces, so a language written without them (Thai) or a word
given break points (see `breakable`) could only wrap at a visible space. A zero-width space
(U+200B) is a place to wrap too, and it draws nothing."""

from __future__ import annotations

from typing import Any

from pygame_gui.core.text.hyperlink_text_chunk import HyperlinkTextChunk
from pygame_gui.core.text.text_box_layout import TextBoxLayout
from pygame_gui.core.text.text_box_layout_row import TextBoxLayoutRow
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
    _keep_joins()


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


def _keep_joins() -> None:
    """A chunk of text that does not fit on its row and cannot be split there moves to the
    next row whole; when it starts with no space and the chunk before it ends with none (a
    bold name and its colon), the word it is joined to goes down with it."""
    original = getattr(TextBoxLayout, "_split_rect_and_move_to_next_line", None)
    if original is None:
        return

    def split_and_move(
        self: TextBoxLayout,
        current_row: TextBoxLayoutRow,
        rhs_limit: int,
        rect: Any,
        input_queue: Any,
        floater_height: Any = None,
    ) -> Any:
        word = _joined_word(current_row, rect, rhs_limit)
        if word is not None:
            input_queue.appendleft(rect)
            rect = word
            if word in self.link_chunks:  # listed again on the row it moves to
                self.link_chunks.remove(word)
        return original(self, current_row, rhs_limit, rect, input_queue, floater_height)

    TextBoxLayout._split_rect_and_move_to_next_line = split_and_move


def _joined_word(row: TextBoxLayoutRow, rect: Any, rhs_limit: int) -> Any:
    """The end of the row's last chunk, taken off the row, when `rect` is joined to it and
    its first word does not fit; None when the row may end where it is."""
    if type(rect) is not TextLineChunkFTFont or not row.items or not rect.text:
        return None
    last = row.items[-1]
    link = isinstance(last, HyperlinkTextChunk)
    if not (link or type(last) is TextLineChunkFTFont) or not last.text:
        return None
    if rect.text[0] in WRAP_AFTER or last.text[-1] in WRAP_AFTER:
        return None
    cut = next(iter(rect.split_points), len(rect.text))
    if rect.left + rect.font.get_rect(rect.text[:cut]).width <= rhs_limit:
        return None  # the row ends inside `rect`, after its first word
    width = last.width
    points = [] if link else [i for i in last.split_points if i < len(last.text)]
    if points:
        word = last.split_index(points[-1])
        row.width -= width - last.width
        return word
    if len(row.items) < 2:
        return None  # one word alone on its row: moving it down would not make room
    row.width -= width
    return row.items.pop()
