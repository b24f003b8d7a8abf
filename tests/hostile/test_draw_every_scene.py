"""Whatever the validator accepts, every scene draws at every supported window size and text scale.

Generated valid levels (extreme in-range numbers, long unbroken words, mixed-direction and
combining text) are walked through every scene at 1024x600 and 1600x900, 100% and 200% text.
"""

import copy
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.content.loader import load_level_text
from tests.hostile.budget import examples
from tests.hostile.extreme_levels import BASE, extreme_level, level_text

LETTERS = st.characters(
    codec="utf-8",
    categories=["Lu", "Ll", "Lo", "Nd", "Mn", "So", "Po"],
    exclude_characters="\u061c",
)
WORD = st.sampled_from(
    [
        "W" * 80,
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627",
        "\u793e\u4f1a\u4fe1\u7528",
    ]
)


@st.composite
def label(draw: st.DrawFn, most: int = 80) -> str:
    """One line of drawable text: long unbroken words, right-to-left words, any letters."""
    parts = draw(st.lists(WORD | st.text(LETTERS, min_size=1, max_size=40), min_size=1, max_size=4))
    text = " ".join(parts)[:most].strip()
    return text if any(c.isalnum() for c in text) else "A" + text[: most - 1]


@st.composite
def hostile_level(draw: st.DrawFn) -> str:
    data = draw(extreme_level())
    data["meta"].update(title=draw(label()), setting=draw(label()), summary=draw(label(400)))
    data["score"]["name"] = draw(label())
    data["player"]["name"] = draw(label())
    for entries, key in (("tiers", "label"), ("items", "label"), ("characters", "name")):
        for entry in data[entries]:
            entry[key] = draw(label())
    for goal in data["goals"]:
        goal["label"] = draw(label())
    return level_text(data)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty levels folder the game lists instead of the shipped levels."""
    levels = tmp_path / "levels"
    levels.mkdir()
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(levels))
    return levels


SIZES = [((1024, 600), 100), ((1024, 600), 200), ((1600, 900), 100), ((1600, 900), 200)]


@pytest.mark.parametrize(("size", "scale"), SIZES, ids=[f"{w}x{h}-{s}" for (w, h), s in SIZES])
def test_every_scene_draws_a_generated_valid_level(size: tuple[int, int], scale: int, folder: Path):

    @settings(max_examples=examples(2), deadline=None, suppress_health_check=list(HealthCheck))
    @given(hostile_level())
    def draws(text: str) -> None:
        assert load_level_text(text, "generated.yaml").ok
        (folder / "generated.yaml").write_text(text, encoding="utf-8")
        _walk(size, scale)

    draws()


def _walk(size: tuple[int, int], scale: int) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings
    from tests.ui.scenes import each_scene

    app = App(size, Settings(text_scale=scale))
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(0.016)
        for _name, shown in each_scene(app):
            shown.draw(shown.screen)
    finally:
        pygame.quit()


MARKED_WORDS = " ".join(
    [
        "a\u200d" * 200,  # letters joined by zero-width joiners
        "a\u0301\u0302" * 100,  # letters with two combining accents each
        "\u0e01\u0e34" * 100,  # Thai, whose vowel marks take no width
        "\U0001f3f3\ufe0f\u200d\U0001f308" * 50,  # one emoji sequence, many times
    ]
)


@pytest.mark.parametrize(("size", "scale"), SIZES, ids=[f"{w}x{h}-{s}" for (w, h), s in SIZES])
def test_long_words_of_zero_width_marks_draw_in_every_scene(
    size: tuple[int, int], scale: int, folder: Path
):
    data = copy.deepcopy(BASE)
    for character in data["characters"]:
        character["bio"] = MARKED_WORDS
    for entries, key in (("posts", "text"), ("rules", "reason")):
        for entry in data[entries]:
            entry[key] = MARKED_WORDS
    data["debrief"]["summary"] = MARKED_WORDS
    text = level_text(data)
    assert load_level_text(text, "marked.yaml").ok
    (folder / "marked.yaml").write_text(text, encoding="utf-8")
    _walk(size, scale)


def test_two_hundred_tiers_each_with_every_perk_draw_on_the_score_tab(folder: Path):
    data = copy.deepcopy(BASE)
    perks = [p["id"] for p in data["perks"]]
    restrictions = [r["id"] for r in data["restrictions"]]
    for entry in data["perks"] + data["restrictions"]:
        entry["label"] = "W" * 80
    low = data["score"]["min"]
    data["tiers"] = [
        {"id": f"t{i}", "label": "W" * 80, "min": low + i}
        | {"perks": list(perks), "restrictions": list(restrictions)}
        for i in range(200)
    ]
    text = level_text(data)
    assert load_level_text(text, "tiers.yaml").ok
    (folder / "tiers.yaml").write_text(text, encoding="utf-8")
    _score_tab_in_full((1024, 600), 200)


def _score_tab_in_full(size: tuple[int, int], scale: int) -> None:
    """The first level's Score tab with every card built, not only those a frame has time for."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings
    from tests.ui.drive import open_first_day, press

    app = App(size, Settings(text_scale=scale))
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(0.016)
        day = open_first_day(app)
        press(app, pygame.K_5)
        for _ in range(2000):
            if day.phone_tab not in day.card_jobs:
                break
            app.tick(0.016)
        assert day.phone_tab == "Score" and day.phone_tab not in day.card_jobs
        app.draw(app.screen)
    finally:
        pygame.quit()
