"""Portraits: drawn in code, the same every run, different per character, the level's picks win."""

from __future__ import annotations

import pygame
import pytest

from game.core.spec.characters import Character, Face
from game.ui.portraits import EXPRESSIONS, Portraits, draw_face, traits_for


@pytest.fixture(autouse=True)
def _pygame():
    pygame.init()
    yield
    pygame.quit()


def _person(cid: str, face: Face | None = None) -> Character:
    return Character(id=cid, name=cid.title(), bio="Someone.", score=500, face=face)


def _pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def test_a_face_is_drawn_the_same_way_every_time():
    first = draw_face(traits_for("wei"), 64, "happy")
    again = draw_face(traits_for("wei"), 64, "happy")
    assert _pixels(first) == _pixels(again)


def test_traits_come_from_the_id_and_not_from_pythons_salted_hash():
    assert traits_for("wei") == traits_for("wei")
    assert traits_for("wei").skin == traits_for("wei", Face()).skin


def test_different_characters_get_different_faces():
    ids = ["wei", "lu", "mum", "jun", "xiaoyu", "omar", "bo", "lan", "ming", "chen"]
    faces = {_pixels(draw_face(traits_for(i), 48)) for i in ids}
    assert len(faces) == len(ids)


def test_each_expression_looks_different():
    traits = traits_for("xiaoyu")
    assert len({_pixels(draw_face(traits, 64, e)) for e in EXPRESSIONS}) == len(EXPRESSIONS)


def test_traits_the_level_picks_win_over_the_id():
    picked = Face(hair="bun", hair_colour="white", age="old", glasses=True, skin="dark")
    traits = traits_for("wei", picked)
    assert (traits.hair, traits.hair_colour, traits.age, traits.glasses, traits.skin) == (
        "bun",
        "white",
        "old",
        True,
        "dark",
    )


def test_an_old_face_has_grey_or_white_hair_unless_the_level_picks_a_colour():
    assert traits_for("wei", Face(age="old")).hair_colour in ("grey", "white")
    assert traits_for("wei", Face(age="old", hair_colour="black")).hair_colour == "black"


@pytest.mark.parametrize("size", [16, 48, 97, 200])
def test_a_face_can_be_drawn_at_any_size(size):
    assert draw_face(traits_for("lu"), size).get_size() == (size, size)


def test_portraits_are_cached_per_character_size_and_expression():
    faces = Portraits()
    wei = _person("wei")
    assert faces.get(wei, 48) is faces.get(wei, 48)
    assert faces.get(wei, 48) is not faces.get(wei, 48, "angry")


def test_a_missing_portrait_image_falls_back_to_the_drawn_face(tmp_path):
    person = Character(id="wei", name="Wei", bio="Hi.", score=1, portrait="assets/none.png")
    pygame.display.set_mode((10, 10))
    drawn = draw_face(traits_for("wei"), 32)
    assert _pixels(Portraits(tmp_path).get(person, 32)) == _pixels(drawn)


def test_a_portrait_image_in_the_level_wins_over_the_drawn_face(tmp_path):
    pygame.display.set_mode((10, 10))
    (tmp_path / "assets").mkdir()
    red = pygame.Surface((8, 8))
    red.fill("#ff0000")
    pygame.image.save(red, str(tmp_path / "assets" / "wei.png"))
    person = Character(id="wei", name="Wei", bio="Hi.", score=1, portrait="assets/wei.png")
    image = Portraits(tmp_path).get(person, 32)
    assert image.get_at((16, 16))[:3] == (255, 0, 0)


IDS = [f"person{i}" for i in range(60)]


def test_a_bio_that_says_she_never_gets_a_bald_or_shaved_head():
    hairs = {traits_for(i, bio="She runs the shop.").hair for i in IDS}
    assert hairs.isdisjoint({"bald", "buzz"})


def test_a_bio_that_says_he_never_gets_long_hair_a_bun_or_a_ponytail():
    hairs = {traits_for(i, bio="A friend. His shop is failing.").hair for i in IDS}
    assert hairs.isdisjoint({"long", "bun", "ponytail"})


def test_a_bio_without_one_pronoun_keeps_every_hair_style():
    hairs = {traits_for(i, bio="A bot. Its photo is a stock image.").hair for i in IDS}
    assert {"long", "bald"} <= hairs


def test_an_age_the_bio_states_decides_the_face_age():
    assert traits_for("grandpa", bio="Your father, 78, a retired bus driver.").age == "old"
    assert traits_for("mei", bio="Your daughter, 21. She graduates.").age == "young"


def test_the_levels_picks_win_over_what_the_bio_says():
    traits = traits_for("wei", Face(hair="bun", age="young"), bio="He is 80, old friend.")
    assert (traits.hair, traits.age) == ("bun", "young")


def test_a_portrait_is_drawn_from_the_bio_as_well_as_the_id():
    zhao = Character(
        id="zhao", name="Zhao", bio="An inspector. The computer draws her name.", score=1
    )
    drawn = Portraits().get(zhao, 48)
    assert _pixels(drawn) == _pixels(draw_face(traits_for("zhao", None, zhao.bio), 48))
    assert _pixels(drawn) != _pixels(draw_face(traits_for("zhao"), 48))
