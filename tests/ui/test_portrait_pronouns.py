"""A face matches how the level speaks of its character when the bio has no pronoun: from
the level's other text ("Lea cries at her own speech"), a title ("Mr Hu") or who the bio
says they are ("Your son, 14."), so Grandma Irene is never drawn bald, nor Tao with a bun."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from game.paths import level_files
from game.ui.portraits import HAIRS_FOR, draw_face, pronouns_in, traits_for
from tests.ui.drive import day_one

if TYPE_CHECKING:
    from game.ui.app import App

SAID = [
    ("citizen_score_2020", "Lan", "she"),  # "Lan holds up her phone"
    ("my_wallet", "Lea Brandt", "she"),  # "Lea cries at her own speech"
    ("my_wallet", "Grandma Irene", "she"),  # "Your grandmother on the island."
    ("model_city", "Tao", "he"),  # "Your son, 14."
    ("red_list_black_list", "Mr Hu", "he"),
    ("sesame_garden", "Dong", "he"),  # "strict with himself and others"
    ("sesame_garden", "Xiaoyu", "she"),  # "A steady wage will lift her score"
]


@pytest.mark.parametrize(("level_id", "name", "pronoun"), SAID)
def test_the_face_the_game_draws_fits_how_the_level_speaks_of_them(
    game_app: App, level_id: str, name: str, pronoun: str
) -> None:
    day_one(game_app, level_id)
    level = game_app.top.session.level
    character = next(c for c in level.characters.values() if c.name == name)
    fitting = traits_for(character.id, character.face, character.bio, pronoun)
    assert fitting.hair in HAIRS_FOR[pronoun]
    drawn = game_app.kit.faces.get(character, 48)
    wanted = draw_face(fitting, 48)
    assert pygame.image.tobytes(drawn, "RGBA") == pygame.image.tobytes(wanted, "RGBA")


def test_a_sentence_about_someone_s_cat_does_not_give_them_its_pronoun() -> None:
    level = load_level(next(p for p in level_files() if p.stem == "nosedive")).level
    mina = next(c for c in level.characters.values() if c.name == "Mina Osei")
    assert mina.id not in pronouns_in(level)  # "Mina's cat stole my chair again. He is a solid 5."


@pytest.mark.parametrize("level_id", sorted(p.stem for p in level_files()))
def test_no_character_the_bio_makes_a_child_or_young_is_drawn_bald(level_id: str) -> None:
    """A son of 14 drawn bald read as a grown man."""
    from game.ui.portraits import pronoun_for

    level = load_level(next(p for p in level_files() if p.stem == level_id)).level
    for c in level.characters.values():
        traits = traits_for(c.id, c.face, c.bio, pronoun_for(c) or pronouns_in(level).get(c.id))
        assert traits.age not in ("child", "young") or traits.hair != "bald", c.name
