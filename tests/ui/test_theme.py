"""Text stays readable on every coloured background, in both palettes."""

import pytest

from game.ui.theme import gui_theme


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("state", ["normal", "hovered", "active"])
def test_button_text_meets_wcag_aa_on_its_background(high_contrast, state):
    colours = gui_theme(100, high_contrast)["defaults"]["colours"]
    assert contrast(colours[f"{state}_text"], colours[f"{state}_bg"]) >= 4.5


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_current_tab_is_readable(high_contrast):
    colours = gui_theme(100, high_contrast)["#tab_current"]["colours"]
    assert contrast(colours["normal_text"], colours["normal_bg"]) >= 4.5
