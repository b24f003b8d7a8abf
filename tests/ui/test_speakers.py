"""Faces where characters speak: a question a character asks, and toasts about people."""

from __future__ import annotations

from pathlib import Path

from game.core import events as ev
from game.core.content.loader import load_level
from game.ui.scenes.toasts import speaker
from tests.core.test_verb_reply import ANCHOR, FIXTURE, TALKS


def _level(tmp_path: Path, extra: str = ""):
    text = FIXTURE.read_text(encoding="utf-8").replace(ANCHOR, ANCHOR + TALKS)
    text = text.replace("    default: agree\n", "    default: agree\n" + extra, 1)
    path = tmp_path / "speakers.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def test_a_prompt_can_name_the_character_who_asks(tmp_path):
    level = _level(tmp_path, "    asked_by: wei\n")
    assert level.prompts["share_data"].asked_by == "wei"


def test_a_prompt_asked_by_nobody_known_is_refused(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "    default: agree\n", "    default: agree\n    asked_by: nobody\n", 1
    )
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    problems = [p.format() for p in load_level(path).problems]
    assert any("nobody" in p for p in problems), problems


def test_the_prompt_window_shows_the_askers_face(app, tmp_path) -> None:
    from pygame_gui.elements import UIImage

    from game.ui.scenes.overlays import PromptScene

    level = _level(tmp_path, "    asked_by: wei\n")
    scene = PromptScene(app.kit, app, level.prompts["share_data"], lambda a: None, level.characters)
    app.push(scene)
    for _ in range(2):
        app.tick(0.016)
    panel = next(w for w in scene.widgets if w.object_ids and "#dialog" in w.object_ids)
    images = [w for w in scene.widgets if isinstance(w, UIImage)]
    assert len(images) == 1 and panel.get_abs_rect().contains(images[0].get_abs_rect())


def test_the_prompt_window_is_as_tall_as_its_question(app, tmp_path) -> None:
    from game.ui.scenes.overlays import PromptScene

    level = _level(tmp_path)
    scene = PromptScene(app.kit, app, level.prompts["share_data"], lambda a: None, level.characters)
    app.push(scene)
    for _ in range(2):
        app.tick(0.016)
    panel = next(w for w in scene.widgets if w.object_ids and "#dialog" in w.object_ids)
    assert panel.get_abs_rect().height < app.screen.get_height() * 0.6
    assert scene.focus.current_key().startswith("\u2611")


def test_news_about_a_person_carries_their_face_and_mood(tmp_path):
    level = _level(tmp_path)
    assert speaker(level, ev.CharacterReacted(2, "wei", "Hm.", "angry")) == ("wei", "angry")
    assert speaker(level, ev.TalkStarted(2, "be_honest", "wei")) == ("wei", "worried")
    assert speaker(level, ev.FriendLost(2, "lu", "score")) == ("lu", "angry")
    assert speaker(level, ev.Notice(2, "Rain.")) == (None, "neutral")
