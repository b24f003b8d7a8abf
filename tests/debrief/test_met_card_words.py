"""Of the things in a run that share a source with a truth card, the card shows the one its
claim speaks of (a card on critical posts shows the critical post, not the first rule citing the
same article), so a card never says 'you met this' of something it is not about."""

from pathlib import Path

import pytest

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from tests.debrief.test_met_cards import _card, _turning

STORY = "https://example.org/one-article"
LEVELS = Path(__file__).parents[2] / "levels"


def test_a_card_shows_the_thing_its_claim_names_rather_than_the_first_sharing_its_source():
    card = _card("Critical posts", STORY) | {"myth": "Critical posts lower your score."}
    level = _turning([card], {"diapers_up": STORY, "critical_down": STORY})
    actions = (Action("buy", "diapers"), END_DAY, Action("post", "criticise"), END_DAY, END_DAY)
    doc = build_debrief(level, 1, actions, with_costs=False)
    met = next(c.met for c in doc.cards if c.claim == "Critical posts lower your score.")
    assert met.startswith("You met this on day 2: Critical posts lower your score")


@pytest.fixture(scope="module")
def resisted() -> dict[str, str]:
    """Citizen Score 2020 played by the dissident bot: each card's claim to its line."""
    level = load_level(LEVELS / "citizen_score_2020.yaml").level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["dissident"], 1).actions)
    return {c.claim: c.met for c in build_debrief(level, 1, actions, with_costs=False).cards}


def test_the_tiananmen_card_shows_the_player_s_own_tiananmen_post(resisted):
    line = resisted["Posting about Tiananmen or buying Japanese anime lowers your score."]
    assert "Posts on Tiananmen or the stock-market fall lower your score" in line


def test_the_friends_and_parents_card_shows_a_friend_or_parent_rule_not_a_loan_refusal(resisted):
    line = resisted["Your friends' and parents' scores drag yours down in the government system."]
    assert "parent" in line.lower() or "friend" in line.lower(), line
