"""A fix for pygame_gui's text layout: a line break is 4 pixels wide, so a line of text that
ends within 4 pixels of the box's edge pushed its break onto a row of its own and showed a
blank line under it (seen in the goals card at 1024x600). A break takes no room on screen:
here it always stays on the row it ends."""

from __future__ import annotations

from typing import Any

from pygame_gui.core.text.text_box_layout import TextBoxLayout

_FIXED = "_citizen_score_break_fix"


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
