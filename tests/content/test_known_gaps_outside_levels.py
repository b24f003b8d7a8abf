"""Gaps found by the fact-check in files outside the levels: marked to fail until fixed there."""

from pathlib import Path

import pytest

from game.design.invented import invented_numbers

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "teacher-guide.md"


@pytest.mark.xfail(
    strict=True,
    reason="invented.py lists a game-labelled tier's start even when that start is the sourced "
    "line: Gig Street's At risk tier starts at the leaked 4.6 driver line (facts.md 5)",
)
def test_gig_streets_sourced_four_point_six_line_is_not_listed_as_invented(spec_of):
    listed = {(n.where, n.number) for n in invented_numbers(spec_of("gig_street"))}
    assert ("tier at_risk", "460") not in listed


@pytest.mark.xfail(
    strict=True,
    reason="the teacher guide still quotes FICO Country's old travel card ('about $50,000'); "
    "the card now says the limit rises with inflation",
)
def test_the_teacher_guide_quotes_the_travel_cards_tax_limit_as_the_card_says_it():
    assert "tax debts over about $50,000" not in GUIDE.read_text(encoding="utf-8")
