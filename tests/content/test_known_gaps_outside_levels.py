"""What the fact-check found outside the levels: the teacher guide quotes the cards as they
are, and the invented list leaves out a tier start that is a sourced line."""

from pathlib import Path

from game.design.invented import invented_numbers


def test_gig_streets_sourced_four_point_six_line_is_not_listed_as_invented(spec_of):
    # At risk is labelled game for its 4.70 top; its 4.60 start is the leaked driver line
    # (facts.md 5) that the reported Deactivated restriction of the tier below states
    listed = {(n.where, n.number) for n in invented_numbers(spec_of("gig_street"))}
    assert ("tier at_risk", "460") not in listed


def test_gig_streets_game_tier_starts_above_the_sourced_line_stay_listed_as_invented(spec_of):
    listed = {(n.where, n.number) for n in invented_numbers(spec_of("gig_street"))}
    assert {("tier good", "470"), ("tier top", "490")} <= listed


def test_the_teacher_guide_quotes_the_travel_cards_tax_limit_as_the_card_says_it():
    guide = (Path(__file__).resolve().parents[2] / "docs" / "teacher-guide.md").read_text("utf-8")
    assert "tax debts over about $50,000" not in guide
    assert "tax debts over $50,000 (a limit that rises with inflation)" in guide
