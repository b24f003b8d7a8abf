"""The debrief's Tiers line reads the same on the screen, in the text debrief and on the
exported page: where the run started and ended, and the tiers it only passed through, named
as such (an arrow list 'Fair > Poor > Good' read as a journey that ended in Good)."""

import inspect

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text, tier_path
from game.design.debrief.document import Debrief
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from tests.conftest import FIXTURES

LEVELS = FIXTURES.parents[2] / "levels"


def _sesame() -> Level:
    result = load_level(LEVELS / "sesame_garden.yaml")
    assert result.level is not None
    return result.level


def _dip_and_back(level: Level) -> Debrief:
    """A random run that starts Fair, falls to Poor, climbs to Good and ends Fair."""
    choose = chooser_for(level, "random")
    assert choose is not None
    run = run_episode(level, choose, 0)
    assert list(run.outcome.tiers_reached) == ["fair", "poor", "good"]
    assert run.outcome.final_tier == "fair"
    return build_debrief(level, run.seed, run.actions)


def test_a_run_that_ends_where_it_started_says_so_and_names_the_tiers_it_passed_through():
    assert tier_path(("Fair", "Poor", "Good"), "Fair") == (
        "Fair at the start and at the end, passing through Poor, Good"
    )


def test_a_run_that_climbed_names_where_it_started_and_ended_then_the_tiers_between():
    assert tier_path(("Fair", "Good", "Excellent", "Extremely good"), "Extremely good") == (
        "Fair \u2192 Extremely good, passing through Good, Excellent"
    )


def test_the_text_debrief_says_passing_through_for_a_tier_the_run_only_passed_through():
    doc = _dip_and_back(_sesame())
    line = next(x for x in render_text(doc).splitlines() if x.startswith("Tiers:"))
    assert line == "Tiers: Fair at the start and at the end, passing through Poor, Good"


def test_the_exported_page_says_passing_through_for_a_tier_the_run_only_passed_through():
    level = _sesame()
    doc = _dip_and_back(level)
    assert (
        "<li>Tiers: Fair at the start and at the end, passing through Poor, Good</li>"
        in render_html(doc, level)
    )


def test_the_debrief_screen_takes_its_tiers_wording_from_the_design_layer():
    from game.ui.scenes import debrief as screen

    source = inspect.getsource(screen)
    assert ".tier_text" in source and "passing through" not in source
