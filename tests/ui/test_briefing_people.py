"""The briefing introduces the people close to the player by their faces, beside the level's
picture, before the rules: the choices of the level are about them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml
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


def test_many_close_people_wrap_into_rows_inside_the_page(game_app: App, tmp_path: Path) -> None:
    from game.core.content.loader import load_level
    from game.paths import level_files
    from game.ui.scenes.flow import start_scenes

    source = next(p for p in level_files() if p.stem == "the_list")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    cousins = [
        {
            "id": f"cousin_{i}",
            "name": f"Cousin {i}",
            "relation": "family",
            "bio": "Family.",
            "score": 0,
        }
        for i in range(30)
    ]
    data["characters"] = [*data["characters"], *cousins]
    path = tmp_path / "crowded.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    loaded = load_level(path)
    assert loaded.level is not None, loaded.problems
    game_app.director = start_scenes(game_app, loaded.level, None, None)
    game_app.tick(0.016)
    scene = game_app.top
    assert isinstance(scene, BriefingScene) and len(scene.close) == 35
    faces = _pictures(scene)[1:]
    assert len({f.get_relative_rect().top for f in faces}) > 1  # more than one row
    for image in faces:
        assert image.get_relative_rect().right <= image.ui_container.get_rect().width
