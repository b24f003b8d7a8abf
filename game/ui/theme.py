"""Colours, fonts and the pygame_gui theme, built from the player's settings."""

from dataclasses import dataclass

from game.paths import assets_dir

BASE_FONT = 16


@dataclass(frozen=True)
class Palette:
    """One coherent look: ink on warm paper, a slate phone, signal colours that always come
    with words or shapes."""

    bg: str
    panel: str
    phone: str
    screen: str
    ink: str
    muted: str
    accent: str
    accent_text: str
    """Text drawn on the accent colour (the current tab, a pressed button)."""
    button: str
    button_hover: str
    button_text: str
    idle: str
    """A greyed-out button's flat fill (no border, no shadow): it does nothing today."""
    idle_text: str
    """Its words, readable on that fill (4.5:1 or more) however greyed out it looks."""
    good: str
    bad: str
    focus: str
    scroll_track: str
    scroll_thumb: str
    """A scroll bar's thumb stands out from its track and from the panel behind it (3:1)."""
    bands: tuple[str, ...]
    """The dial's tier bands, lowest tier first."""


NORMAL = Palette(
    bg="#ece6da",
    panel="#f8f4ec",
    phone="#2d3142",
    screen="#fbfaf7",
    ink="#1f2230",
    muted="#5a5d6b",
    accent="#c0392b",
    accent_text="#ffffff",
    button="#3b4a6b",
    button_hover="#55689a",
    button_text="#ffffff",
    idle="#e6e2d9",
    idle_text="#5a5d6b",
    good="#1e7a46",
    bad="#b3261e",
    focus="#f2a900",
    scroll_track="#d9d2c3",
    scroll_thumb="#3b4a6b",
    bands=("#8c2f39", "#b86b3c", "#c9a227", "#7a9a3a", "#2f7a5a", "#2f5a7a", "#5a3f7a", "#3f3f3f"),
)

CONTRAST = Palette(
    bg="#000000",
    panel="#000000",
    phone="#ffffff",
    screen="#000000",
    ink="#ffffff",
    muted="#ffff66",
    accent="#ffff00",
    accent_text="#000000",
    button="#000000",
    button_hover="#333333",
    button_text="#ffffff",
    idle="#262626",
    idle_text="#c8c8c8",
    good="#66ff66",
    bad="#ff6666",
    focus="#00ffff",
    scroll_track="#3c3c3c",
    scroll_thumb="#ffffff",
    bands=("#ff5c5c", "#ff9a33", "#ffee00", "#9cff3c", "#33ffaa", "#33ccff", "#d29bff", "#ff8fd0"),
)


def palette(high_contrast: bool) -> Palette:
    return CONTRAST if high_contrast else NORMAL


def font_paths() -> dict[str, str]:
    folder = assets_dir() / "fonts"
    return {
        "regular_path": str(folder / "DejaVuSans.ttf"),
        "bold_path": str(folder / "DejaVuSans-Bold.ttf"),
        "italic_path": str(folder / "DejaVuSans-Oblique.ttf"),
        "bold_italic_path": str(folder / "DejaVuSans-BoldOblique.ttf"),
    }


def font_size(scale: int, base: int = BASE_FONT) -> int:
    return round(base * scale / 100)


def gui_theme(scale: int, high_contrast: bool) -> dict:
    """The pygame_gui theme as a dict; text size scales every font."""
    p = palette(high_contrast)

    def font(size: int, bold: bool = False) -> dict:
        return {
            "name": "dejavusans",
            "size": str(font_size(scale, size)),
            "bold": "1" if bold else "0",
            **font_paths(),
        }

    border = "2" if high_contrast else "1"
    return {
        "defaults": {
            "colours": {
                "normal_bg": p.button,
                "hovered_bg": p.button_hover,
                "selected_bg": p.focus,
                "active_bg": p.accent,
                "disabled_bg": p.idle,
                "normal_text": p.button_text,
                "hovered_text": p.button_text,
                "selected_text": "#000000",
                "active_text": p.accent_text,
                "disabled_text": p.idle_text,
                "disabled_border": p.idle,
                "dark_bg": p.screen,
                "normal_border": p.ink,
                "hovered_border": p.focus,
                "selected_border": p.focus,
                "text_cursor": p.ink,
                "link_text": p.accent,
                "link_hover": p.accent,
                "link_selected": p.accent,
                "filled_bar": p.button,
                "unfilled_bar": p.panel,
            },
            "font": font(BASE_FONT),
            "misc": {
                "shape": "rounded_rectangle",
                "shape_corner_radius": "6",
                "border_width": border,
            },
        },
        "button": {"font": font(BASE_FONT)},
        "tool_tip": {"font": font(BASE_FONT)},
        "text_box": {
            "font": font(BASE_FONT),
            "colours": {"dark_bg": "#00000000", "normal_text": p.ink, "normal_border": p.screen},
            "misc": {"border_width": "0", "padding": "4,2", "shape": "rectangle"},
        },
        "text_entry_line": {
            "font": font(BASE_FONT),
            "colours": {"dark_bg": p.screen, "normal_text": p.ink, "text_cursor": p.ink},
        },
        "label": {
            "font": font(BASE_FONT),
            "colours": {"dark_bg": "#00000000", "normal_text": p.ink},
        },
        "#title": {"font": font(34, bold=True)},
        "#heading": {"font": font(20, bold=True)},
        "#card": {
            "colours": {"dark_bg": p.panel, "normal_border": p.muted},
            "misc": {"border_width": border, "padding": "8,6", "shape": "rectangle"},
        },
        "panel": {"colours": {"dark_bg": p.panel, "normal_border": p.ink}},
        "#tab_current": {
            "colours": {
                "normal_bg": p.accent,
                "hovered_bg": p.accent,
                "normal_text": p.accent_text,
                "hovered_text": p.accent_text,
            }
        },
        "#idle": {  # a button greyed out for the day: flat, with no edge to press
            "misc": {"border_width": "0", "shadow_width": "0"},
        },
        "#dim": {
            "colours": {"dark_bg": "#10131cb4", "normal_border": "#10131cb4"},
            "misc": {"shape": "rectangle", "border_width": "0"},
        },
        "#dialog": {
            "colours": {"dark_bg": p.panel, "normal_border": p.ink},
            "misc": {"border_width": "2", "shape": "rectangle"},
        },
        "scrolling_container": {"colours": {"dark_bg": "#00000000"}},
        # a list's rows (the folder picker's) grow with the text, or names overprint at 200%
        "selection_list": {"misc": {"list_item_height": str(font_size(scale) * 3 // 2 + 4)}},
        "window": {"misc": {"title_bar_height": str(max(28, font_size(scale) * 3 // 2 + 4))}},
        "vertical_scroll_bar": {
            "colours": {"dark_bg": p.scroll_track, "normal_border": p.scroll_track}
        },
        "vertical_scroll_bar.#sliding_button": _thumb(p),
        "vertical_scroll_bar.@arrow_button": _thumb(p),
    }


def _thumb(p: Palette) -> dict[str, dict[str, str]]:
    """A scroll bar's moving part and arrows: solid, so they show in both palettes."""
    return {
        "colours": {
            "normal_bg": p.scroll_thumb,
            "hovered_bg": p.focus,
            "selected_bg": p.focus,
            "active_bg": p.focus,
            "normal_text": p.scroll_track,
            "hovered_text": "#000000",
            "selected_text": "#000000",
            "active_text": "#000000",
            "normal_border": p.scroll_thumb,
        }
    }
