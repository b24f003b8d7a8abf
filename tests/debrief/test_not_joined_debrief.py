"""An opt-in score the player never joined is none in the debrief, not the start score."""

import pytest

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.paths import PROJECT_ROOT
from tests.debrief.answering import played

STAY_OUT = {"join_beta": "stay_out", "join_again": "still_out", "report_consent": "report_untick"}


@pytest.fixture(scope="module")
def sesame():
    return load_level(PROJECT_ROOT / "levels" / "sesame_garden.yaml").level


def test_a_player_who_never_joined_ends_with_no_score_in_the_debrief(sesame):
    doc = build_debrief(sesame, 1, played(sesame, STAY_OUT), with_costs=False)
    assert doc.final == "Sesame score: none, you never joined"


def test_a_player_who_joined_ends_with_their_score_and_tier(sesame):
    doc = build_debrief(sesame, 1, played(sesame, {"join_beta": "join"}), with_costs=False)
    assert doc.final.startswith("Sesame score: ") and ", tier " in doc.final


def test_the_page_of_a_player_who_never_joined_says_so_where_the_chart_would_be(sesame):
    from game.design.debrief.html import render_html

    doc = build_debrief(sesame, 1, played(sesame, STAY_OUT), with_costs=False)
    page = render_html(doc, sesame)
    assert "You never joined, so you had no Sesame score to chart." in page
    assert "Tiers: none, you never joined" in page
    assert "<svg" not in page.split("<h3>Turning points</h3>")[0]


def test_the_page_of_a_player_who_joined_keeps_its_chart_and_tiers(sesame):
    from game.design.debrief.html import render_html

    doc = build_debrief(sesame, 1, played(sesame, {"join_beta": "join"}), with_costs=False)
    page = render_html(doc, sesame)
    assert "<svg" in page.split("<h3>Turning points</h3>")[0] and "you never joined" not in page


def test_what_joining_would_have_done_is_a_score_not_a_change_from_none(sesame):
    doc = build_debrief(sesame, 1, played(sesame, STAY_OUT), with_costs=True)
    lines = [c for c in doc.costs if c.startswith("Had you answered 'Join the beta'")]
    assert lines and lines[0].startswith("Had you answered 'Join the beta': Sesame score at ")
    assert not any(" Sesame score," in c and ": -" in c for c in doc.costs)


def test_the_text_of_a_player_who_never_joined_says_so_in_place_of_the_scores_by_day(sesame):
    from game.design.debrief import render_text

    text = render_text(build_debrief(sesame, 1, played(sesame, STAY_OUT), with_costs=False))
    assert "You never joined, so you had no Sesame score to chart." in text
    assert "by day:" not in text


def test_saying_no_to_rongchengs_points_is_no_score_not_zero_points():
    model_city = load_level(PROJECT_ROOT / "levels" / "model_city.yaml").level
    doc = build_debrief(model_city, 1, played(model_city, {"home": "rongcheng_no"}), False)
    assert doc.final == "Credit points: none, you never joined"


def test_choosing_a_scored_town_in_model_city_gives_points_and_a_tier():
    model_city = load_level(PROJECT_ROOT / "levels" / "model_city.yaml").level
    doc = build_debrief(model_city, 1, played(model_city, {}), with_costs=False)
    assert doc.final.startswith("Credit points: ") and ", tier " in doc.final
