"""A designer puts an emoji in a level's title: validate and lint say nothing, and the game
draws it as an empty box, because the bundled font (DejaVu Sans) has no glyph for it."""

import pygame.freetype
import pytest

from game.core.content.loader import load_level
from game.design.check_text import FONT_FACES, font_characters, undrawable_characters
from game.design.lint import lint_file
from game.paths import assets_dir, level_files

PACKAGE = "\U0001f4e6"
"""An emoji DejaVu Sans has no glyph for (U+1F4E6 PACKAGE)."""


def test_a_title_with_an_emoji_the_font_lacks_is_warned_of(write_level, tutorial_text):
    text = tutorial_text.replace(
        "  title: Good Neighbour Points", "  title: Good Neighbour \U0001f4e6"
    )
    warnings = lint_file(write_level(text))
    assert any("U+1F4E6" in w.format() for w in warnings), [w.format() for w in warnings]


def test_the_warning_names_the_character_its_place_and_where_the_title_is_written(
    write_level, tutorial_text
):
    text = tutorial_text.replace("  title: Good Neighbour Points", f"  title: Good {PACKAGE}")
    path = write_level(text)
    (line,) = [w.format() for w in lint_file(path) if w.check == "undrawable-character"]
    assert line.startswith(f"{path}:5:15: warning: "), line
    assert "U+1F4E6 PACKAGE (column 15)" in line
    assert line.endswith("[undrawable-character]")


@pytest.mark.parametrize(
    ("written", "rewritten", "code"),
    [
        ("tidy stairwell.", "tidy \U0001f9f9.", "U+1F9F9"),
        ("label: Book the community hall", "label: Book the hall \U0001f389", "U+1F389"),
        ("your parking space?", "your \U0001f697?", "U+1F697"),
        ("is a game abstraction.", "is a game \U0001f522.", "U+1F522"),
    ],
    ids=["rule reason", "service label", "debrief question", "debrief line"],
)
def test_rule_card_and_debrief_texts_are_checked_as_titles_are(
    write_level, tutorial_text, written, rewritten, code
):
    assert tutorial_text.count(written) == 1
    text = tutorial_text.replace(written, rewritten)
    found = [w for w in lint_file(write_level(text)) if w.check == "undrawable-character"]
    assert [code in w.message for w in found] == [True], [w.format() for w in found]


def test_accents_dashes_euros_and_the_emoji_the_font_has_are_not_warned_of(
    write_level, tutorial_text
):
    text = tutorial_text.replace(
        "  title: Good Neighbour Points", "  title: Café points \u2014 \u20ac5 \u00b7 \U0001f600"
    )
    found = [w for w in lint_file(write_level(text)) if w.check == "undrawable-character"]
    assert found == []


def test_a_letter_only_the_slanted_faces_lack_is_warned_of_for_slanted_text(
    write_level, tutorial_text
):
    text = tutorial_text.replace("  title: Good Neighbour Points", "  title: Good \u2d30")
    (warning,) = [w for w in lint_file(write_level(text)) if w.check == "undrawable-character"]
    assert "U+2D30 TIFINAGH LETTER YA (column 15, in slanted and bold slanted text)" in (
        warning.message
    )


def test_a_text_with_many_such_characters_names_three_and_counts_the_rest(
    write_level, tutorial_text
):
    text = tutorial_text.replace(
        "  title: Good Neighbour Points", "  title: Boxes \U0001f4e6\U0001f4e7\U0001f4e8\U0001f4e9"
    )
    (warning,) = [w for w in lint_file(write_level(text)) if w.check == "undrawable-character"]
    assert "U+1F4E8" in warning.message and "U+1F4E9" not in warning.message
    assert "and 1 more" in warning.message


@pytest.mark.parametrize("face", sorted(FONT_FACES))
def test_the_characters_read_from_the_font_file_are_the_ones_freetype_draws(face):
    path = str(assets_dir() / "fonts" / FONT_FACES[face])
    pygame.freetype.init()
    font = pygame.freetype.Font(path, 16)
    points = [c for c in range(0x20, 0x30000) if not 0xD800 <= c < 0xE000]
    metrics = font.get_metrics("".join(map(chr, points)))
    drawn = {c for c, m in zip(points, metrics, strict=True) if m is not None}
    assert font_characters(path) & set(points) == drawn


def test_the_faces_checked_are_the_files_the_game_draws_with():
    from game.ui.theme import font_paths

    assert {p.rsplit("/", 1)[-1] for p in font_paths().values()} == set(FONT_FACES.values())


@pytest.mark.parametrize("path", level_files(), ids=lambda p: p.stem)
def test_no_shipped_level_holds_a_character_the_font_cannot_draw(path):
    level = load_level(path, assets=assets_dir()).level
    assert level is not None
    assert [f.message for f in undrawable_characters(level.spec)] == []


def test_lint_reads_no_font_for_a_level_written_in_plain_ascii(tutorial_text, write_level):
    font_characters.cache_clear()
    lint_file(write_level(tutorial_text))
    assert font_characters.cache_info().currsize == 0
