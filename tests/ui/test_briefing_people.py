"""The briefing introduces the people close to the player by their faces, beside the level's
picture, before the rules: the choices of the level are about them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygame_gui.elements import UIImage

from game.ui.scenes.briefing import BriefingScene
from tests.ui.drive import start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _briefing(app: App, level_id: str) -> BriefingScene:
    start_level(app, level_id)
    assert isinstance(app.top, BriefingScene)
    return app.top


def _pictures(scene: BriefingScene) -> list[UIImage]:
    boxes = [w for w in scene.widgets if hasattr(w, "get_container")]
    found = [e for box in boxes for e in box.get_container().elements]
    return [e for e in found if isinstance(e, UIImage) and e.visible]


def test_the_briefing_names_the_family_and_the_friends_the_player_starts_with(
    game_app: App,
) -> None:
    scene = _briefing(game_app, "the_list")
    assert [c.name for c in scene.close] == ["Mum", "Hu Jun", "Cousin Gang", "Ms Chen", "Xiaoyu"]


def test_the_briefing_leaves_out_strangers(game_app: App) -> None:
    scene = _briefing(game_app, "the_list")
    shown = {c.id for c in scene.close}
    strangers = {c.id for c in scene.session.level.spec.characters if c.id not in shown}
    assert strangers and all(
        c.relation in ("stranger", "colleague") and not c.friend
        for c in scene.session.level.spec.characters
        if c.id in strangers
    )


def test_the_briefing_draws_the_level_picture_and_one_face_per_close_person(
    game_app: App,
) -> None:
    scene = _briefing(game_app, "sesame_garden")
    assert len(_pictures(scene)) == 1 + len(scene.close) == 4


def test_the_faces_stay_inside_the_page(game_app: App) -> None:
    scene = _briefing(game_app, "the_list")
    for image in _pictures(scene):
        box = image.ui_container.get_rect()
        assert box.contains(image.get_abs_rect()), image.get_abs_rect()
