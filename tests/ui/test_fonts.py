"""The bundled fonts draw every character the levels and the interface use."""

import ast
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from game.core.content.loader import load_level
from game.paths import level_files
from game.ui.theme import font_paths

UI_SOURCES = Path(__file__).parents[2] / "game" / "ui"


def _level_characters() -> set[str]:
    chars: set[str] = set()
    for path in level_files():
        chars |= set(load_level(path).level.spec.model_dump_json())
    return chars


def _interface_characters() -> set[str]:
    chars: set[str] = set()
    for source in UI_SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                chars |= set(node.value)
    return chars


@pytest.mark.parametrize("style", ["regular_path", "bold_path", "italic_path", "bold_italic_path"])
def test_every_character_has_a_glyph(style):
    wanted = {c for c in _level_characters() | _interface_characters() if c.isprintable()}
    assert not missing_glyphs(font_paths()[style], wanted), style


def test_a_character_outside_the_font_is_caught():
    assert missing_glyphs(font_paths()["regular_path"], {"a", "\u4e2d"}) == ["\u4e2d"]


def missing_glyphs(font_file: str, chars: set[str]) -> list[str]:
    """Characters the font's own character map does not cover (pygame would draw a box)."""
    cmap = TTFont(font_file)["cmap"].getBestCmap()
    return sorted(c for c in chars if ord(c) not in cmap)
