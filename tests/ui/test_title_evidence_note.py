"""The title says how the game labels what it knows, where the window has room for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygame_gui.elements import UITextBox

from game.ui.scenes.title import ART_SHARE, TitleScene

if TYPE_CHECKING:
    from game.ui.app import App


def _title(app: App) -> TitleScene:
    from game.ui.scenes.flow import start_scenes

    if not isinstance(app.top, TitleScene):
        app.director = start_scenes(app, None, None, None)
        app.tick(0.016)
    assert isinstance(app.top, TitleScene)
    return app.top


def _notes(scene: TitleScene) -> list[UITextBox]:
    texts = [w for w in scene.widgets if isinstance(w, UITextBox)]
    return [t for t in texts if "Game abstraction" in t.html_text]


def test_the_title_names_every_evidence_label_under_its_buttons(app: App) -> None:
    scene = _title(app)
    (note,) = _notes(scene)
    assert note.get_relative_rect().bottom <= scene.size[1]
    assert all(
        word in note.html_text
        for word in ("Documented", "Reported", "Claimed", "Speculative", "Fiction")
    )


def test_the_title_picture_takes_its_share_of_the_window_with_the_note_shown(app: App) -> None:
    scene = _title(app)
    assert _notes(scene)
    assert scene.art is not None
    assert scene.art.get_height() == int(scene.size[1] * ART_SHARE)


def test_with_large_text_on_a_small_window_the_title_leaves_the_note_out(
    small_big_text: App,
) -> None:
    scene = _title(small_big_text)
    assert _notes(scene) == []
