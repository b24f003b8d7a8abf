"""The List's text and HTML debriefs tell the days on and off the list, not 'Tiers: Not
listed -> Listed', as the game's own debrief already does: the level has a list, not tiers."""

from pathlib import Path

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.design.debrief import build_debrief, render_html, render_text

LEVELS = Path(__file__).parents[2] / "levels"


def _both(level_id: str) -> tuple[str, str]:
    level = load_level(LEVELS / f"{level_id}.yaml").level
    doc = build_debrief(level, 1, (END_DAY,) * level.spec.player.days, with_costs=False)
    return render_text(doc), render_html(doc, level)


def test_the_list_s_text_and_page_have_no_tiers_line():
    text, page = _both("the_list")
    assert "Court list status by day: Not listed from the start to day 3;" in text
    assert "Court list status by day: Not listed from the start to day 3;" in page
    assert "Tiers:" not in text and "Tiers:" not in page


def test_a_scored_level_s_text_and_page_keep_their_tiers_line():
    text, page = _both("citizen_score_2020")
    assert "\nTiers: " in text and "<li>Tiers: " in page
