"""The folder picker a student hands results in with (Hand in, or Save a copy of the newest
to... on Join a class) lists folders in rows tall enough for their names at every text
size: at 200% the names were drawn over each other and cut, so a USB stick could not be
told from the other folders."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.ui.store import Settings


def test_the_pickers_folder_rows_fit_their_names_with_text_at_200_percent(tmp_path: Path):
    from game.ui.app import App
    from game.ui.hand_in import HandIn

    app = App((1024, 600), Settings(text_scale=200))
    try:
        picker = HandIn(app.kit, "Hand in your results to").choose(tmp_path / "results.json")
        app.tick(0.016)
        rows = picker.file_selection_list.list_item_height
        assert rows >= app.kit.text.font(app.kit.px(16)).get_linesize(), rows
    finally:
        pygame.quit()


def test_the_pickers_ok_and_cancel_hold_their_words_below_the_list_at_200_percent(
    tmp_path: Path,
):
    from game.ui.app import App
    from game.ui.hand_in import HandIn

    app = App((1024, 600), Settings(text_scale=200))
    try:
        picker = HandIn(app.kit, "Hand in your results to").choose(tmp_path / "results.json")
        app.tick(0.016)
        listing = picker.file_selection_list.rect
        for button in (picker.ok_button, picker.cancel_button):
            assert button.rect.height >= app.kit.line, button.rect
            assert button.rect.top >= listing.bottom and picker.rect.contains(button.rect)
    finally:
        pygame.quit()
