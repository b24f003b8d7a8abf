"""The bundled fonts draw every character the levels and the interface use."""

import ast
from pathlib import Path

import pygame
import pytest

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
    pygame.font.init()
    font = pygame.font.Font(font_paths()[style], 16)
    wanted = sorted(c for c in _level_characters() | _interface_characters() if c.isprintable())
    missing = [c for c, m in zip(wanted, font.metrics("".join(wanted)), strict=True) if m is None]
    assert not missing, f"{style} lacks {missing}"
