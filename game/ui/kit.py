"""What every scene is given: the UI manager, the settings, text caches and drawing helpers."""

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame
import pygame_gui
from pygame_gui.core.interfaces import IUIAppearanceThemeInterface

from game.paths import assets_dir
from game.ui.audio import Audio
from game.ui.pictures import Pictures
from game.ui.portraits import Portraits
from game.ui.store import Settings
from game.ui.theme import Palette, font_paths, font_size, gui_theme, palette
from game.ui.voice import Voice


class TextCache:
    """Rendered text for custom drawing (dial, chart, toasts), so frames never re-render it."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._surfaces: dict[tuple, pygame.Surface] = {}

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        if key not in self._fonts:
            path = font_paths()["bold_path" if bold else "regular_path"]
            self._fonts[key] = pygame.font.Font(path, size)
        return self._fonts[key]

    def render(self, text: str, size: int, colour: str, bold: bool = False) -> pygame.Surface:
        key = (text, size, colour, bold)
        surface = self._surfaces.get(key)
        if surface is None:
            if len(self._surfaces) > 600:
                self._surfaces.clear()
            surface = self.font(size, bold).render(text, True, colour)
            self._surfaces[key] = surface
        return surface


@dataclass
class Kit:
    """The shared, rebuildable presentation state: manager, palette, text scale."""

    size: tuple[int, int]
    settings: Settings
    manager: pygame_gui.UIManager = field(init=False)
    text: TextCache = field(default_factory=TextCache)
    faces: Portraits = field(default_factory=lambda: Portraits(assets_dir().parent))
    pictures: Pictures = field(default_factory=Pictures)
    """Shop items' and services' drawn pictures, drawn once per size."""
    apply_display: Callable[[], None] = lambda: None
    audio: Audio = field(init=False)
    """Silent until the app starts it, so scenes built in tests make no sound."""
    voice: Voice = field(init=False)

    def __post_init__(self) -> None:
        self.audio = Audio(self.settings)
        self.voice = Voice(self.settings, self.audio)
        self.restyle()

    def restyle(self) -> None:
        """A new manager for new text size or contrast; scenes then rebuild their widgets."""
        theme = gui_theme(self.settings.text_scale, self.settings.high_contrast)
        self.manager = pygame_gui.UIManager(self.size, theme, enable_live_theme_updates=False)
        _cache_theme_ids(self.manager.get_theme())
        fonts = self.manager.get_theme().get_font_dictionary()
        self.manager.preload_fonts(
            [
                f
                for f in _preloads(self.settings.text_scale)
                if not fonts.check_font_preloaded(
                    fonts.create_font_id(
                        f["point_size"], f["name"], "bold" in f["style"], "italic" in f["style"]
                    )
                )
            ]
        )
        self.text = TextCache()

    @property
    def colours(self) -> Palette:
        return palette(self.settings.high_contrast)

    def px(self, base: int) -> int:
        """A font size in pixels at the player's text scale."""
        return font_size(self.settings.text_scale, base)

    @property
    def line(self) -> int:
        """Height of one line of body text, the unit of every layout."""
        return self.px(16) + self.px(16) // 2 + 6


STYLES = ("regular", "bold", "italic", "bold_italic")


def _preloads(scale: int) -> list[dict]:
    """Every font the theme and the markup use, loaded once instead of on first use."""
    fonts = [
        {"name": "dejavusans", "point_size": font_size(scale, base), "style": style}
        for base in (16, 20, 34)
        for style in STYLES
    ]
    return fonts + [{"name": "noto_sans", "point_size": 14, "style": s} for s in STYLES[1:]]


def _cache_theme_ids(theme: IUIAppearanceThemeInterface) -> None:
    """pygame_gui 0.6 builds its id-cache key with nested str.join calls whose cost grows with
    the square of the ids' length (about 2 ms per widget in a scrolling list); key the same
    lookup on tuples instead, so rebuilding a screen stays fast."""
    original = theme.build_all_combined_ids
    cache: dict[tuple, list[str]] = {}

    def combined(
        base_ids: list[str | None] | None,
        element_ids: list[str] | None,
        class_ids: list[str | None] | None,
        object_ids: list[str | None] | None,
    ) -> list[str]:
        key = tuple(
            tuple(x) if x is not None else None
            for x in (base_ids, element_ids, class_ids, object_ids)
        )
        if key not in cache:
            cache[key] = original(base_ids, element_ids, class_ids, object_ids)
        return cache[key]

    theme.build_all_combined_ids = combined  # type: ignore[method-assign,assignment]  # deliberate patch
