"""On the exported page, each evidence label carries its meaning as a tip (title text), as the
game shows it on hover or focus: the page's turning points and ledger said "[Fiction]" with
nothing to say what that means but a legend in another section."""

from html import unescape

from game.core.content.loader import load_level
from game.design.debrief import build_debrief, render_html
from game.paths import PROJECT_ROOT
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode


def _page(level_id: str) -> str:
    level = load_level(PROJECT_ROOT / "levels" / f"{level_id}.yaml").level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["conformist"], 1).actions)
    return render_html(build_debrief(level, 1, actions, with_costs=False), level)


def test_a_turning_points_label_has_its_meaning_as_a_tip():
    page = _page("nosedive")
    points = page[page.index("<h3>Turning points</h3>") : page.index("<h3>What moved")]
    assert '<span class="label" title="made up for a story">[Fiction]</span>' in points


def test_a_label_kept_whole_by_a_no_break_space_has_its_tip_too():
    page = _page("sesame_garden")
    tip = (
        '<span class="label" title="a number or rule the game invented to make the point playable">'
    )
    assert tip + "[Game\u00a0abstraction]</span>" in page


def test_the_tips_leave_the_text_as_it_reads():
    page = _page("nosedive")
    bare = page.replace('<span class="label" title="made up for a story">', "")
    assert unescape(bare).count("[Fiction]") == unescape(page).count("[Fiction]")
    assert "<title>Debrief: Nosedive</title>" in page
