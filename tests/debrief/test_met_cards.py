"""The truth page speaks to the player's own run: a card that names (`played_by`) or shares a
source with something the run reached comes first, with a line on what it was; the rest keep
the level's order."""

from html import escape
from pathlib import Path

import pytest
import textstat
import yaml

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level, load_level_text
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.cards import ALSO_HEADING, MET_HEADING
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from tests.conftest import FIXTURES

LEVELS = sorted((FIXTURES.parents[2] / "levels").glob("*.yaml"))
DIAPERS_URL = "https://example.org/diapers-story"
BUY_DIAPERS = (Action("buy", "diapers"), END_DAY, END_DAY, END_DAY)
IDLE = (END_DAY, END_DAY, END_DAY)
DIAPERS_LINE = "You met this on day 1: Buying diapers reads as responsible (+20)."


def _turning(cards: list[dict], sourced: dict[str, str]) -> Level:
    """The turning fixture with `sourced` rules citing a URL each, and more cards."""
    data = yaml.safe_load((FIXTURES / "turning.yaml").read_text(encoding="utf-8"))
    for rule in data["rules"]:
        if rule["id"] in sourced:
            rule.update(evidence="reported", sources=[sourced[rule["id"]]])
    data["debrief"]["cards"] += cards
    result = load_level_text(yaml.safe_dump(data))
    assert result.level is not None, result
    return result.level


def _card(title: str, *sources: str) -> dict:
    return {"title": title, "reality": "So it was.", "evidence": "reported", "sources": sources}


@pytest.fixture(scope="module")
def level() -> Level:
    """The turning fixture with a sourced diapers rule and a card citing the same story."""
    return _turning(
        [
            {
                "title": "Diapers",
                "myth": "Diapers raise your score.",
                "reality": "A director said so once.",
                "evidence": "claimed",
                "sources": [DIAPERS_URL],
            },
            _card("Other", "https://example.org/other"),
        ],
        {"diapers_up": DIAPERS_URL},
    )


def test_a_card_sharing_a_source_with_a_rule_that_fired_comes_first_with_its_line(level):
    doc = build_debrief(level, 1, BUY_DIAPERS, with_costs=False)
    assert doc.cards[0].claim == "Diapers raise your score."
    assert doc.cards[0].met == DIAPERS_LINE


def test_two_cards_citing_one_story_show_different_things_from_the_run_when_they_can():
    debt, post = "https://example.org/debt", "https://example.org/post"
    cards = [_card("Only diapers", DIAPERS_URL), _card("Diapers or debt", DIAPERS_URL, debt)]
    cards.append(_card("Debt or posts", debt, post))
    sourced = {"diapers_up": DIAPERS_URL, "debtor_friend": debt, "critical_down": post}
    level = _turning(cards, sourced)
    actions = (Action("buy", "diapers"), Action("post", "criticise"), END_DAY, END_DAY, END_DAY)
    lines = {c.claim: c.met for c in build_debrief(level, 1, actions, with_costs=False).cards}
    assert lines["Only diapers"] == DIAPERS_LINE
    assert lines["Diapers or debt"].endswith("A friend in debt costs you (-4).")


def test_the_met_card_s_footnote_is_numbered_first(level):
    doc = build_debrief(level, 1, BUY_DIAPERS, with_costs=False)
    assert doc.cards[0].footnotes == (1,)
    assert doc.footnotes[0] == DIAPERS_URL


def test_a_run_where_nothing_linked_keeps_the_level_s_order_without_headings(level):
    doc = build_debrief(level, 1, IDLE, with_costs=False)
    claims = [c.myth or c.title for c in level.spec.debrief.cards]
    assert [c.claim for c in doc.cards] == claims
    assert not any(c.met for c in doc.cards)
    text = render_text(doc)
    assert MET_HEADING not in text and ALSO_HEADING not in text


def test_the_text_debrief_puts_the_met_card_and_its_line_before_the_rest(level):
    text = render_text(build_debrief(level, 1, BUY_DIAPERS, with_costs=False))
    order = [
        MET_HEADING,
        "Diapers raise your score.",
        DIAPERS_LINE,
        ALSO_HEADING,
        "A ticked box is a free choice.",
    ]
    assert [text.index(s) for s in order] == sorted(text.index(s) for s in order)


def test_the_html_export_shows_the_met_line_under_its_card_before_the_rest(level):
    page = render_html(build_debrief(level, 1, BUY_DIAPERS, with_costs=False), level)
    order = [MET_HEADING, escape("Diapers raise your score."), escape(DIAPERS_LINE)]
    order += [ALSO_HEADING, "A ticked box is a free choice."]
    assert [page.index(s) for s in order] == sorted(page.index(s) for s in order)


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_the_cards_with_their_run_lines_still_read_at_grade_nine_or_below(path: Path):
    level = load_level(path).level
    assert level is not None
    episode = run_episode(level, BUILT_IN["conformist"], 1)
    doc = build_debrief(level, 1, list(episode.actions), with_costs=False)
    words = " ".join(f"{c.claim} {c.met} {c.text}" for c in doc.cards)
    met = sum(1 for c in doc.cards if c.met)
    print(
        f"{path.stem}: {met} of {len(doc.cards)} cards met, grade {textstat.flesch_kincaid_grade(words):.1f}"
    )
    assert textstat.flesch_kincaid_grade(words) <= 9


def test_a_card_citing_news_the_player_read_is_met_even_when_the_news_moved_nothing():
    news = "https://example.org/ban-news"
    data = yaml.safe_load((FIXTURES / "turning.yaml").read_text(encoding="utf-8"))
    bulletin = {"headline": "Trains closed to debtors", "text": "A new list starts today."}
    bulletin.update(evidence="reported", sources=[news])
    data["events"].append({"id": "ban_news", "day": 2, "bulletin": bulletin})
    data["debrief"]["cards"].append(_card("Train bans", news))
    result = load_level_text(yaml.safe_dump(data))
    assert result.level is not None, result
    doc = build_debrief(result.level, 1, IDLE, with_costs=False)
    assert doc.cards[0].claim == "Train bans"
    assert doc.cards[0].met == "You met this on day 2: you read 'Trains closed to debtors'."


def _fiction_card(title: str, *played_by: str) -> dict:
    return {"title": title, "reality": "So it was.", "evidence": "fiction", "played_by": played_by}


def test_a_card_naming_the_rule_that_played_it_is_met_though_the_rule_cites_no_source():
    level = _turning([_fiction_card("Diapers", "diapers_up")], {})
    doc = build_debrief(level, 1, BUY_DIAPERS, with_costs=False)
    assert doc.cards[0].claim == "Diapers"
    assert doc.cards[0].met == DIAPERS_LINE


def test_a_card_links_what_it_names_before_what_only_shares_a_source_with_it():
    card = _card("Diapers", DIAPERS_URL) | {"played_by": ["critical_down"]}
    level = _turning([card], {"diapers_up": DIAPERS_URL})
    actions = (Action("buy", "diapers"), Action("post", "criticise"), END_DAY, END_DAY, END_DAY)
    doc = build_debrief(level, 1, actions, with_costs=False)
    assert doc.cards[0].met == "You met this on day 1: Critical posts lower your score (-30)."


def test_a_card_links_the_first_thing_it_names_that_the_player_met():
    level = _turning([_fiction_card("Both", "critical_down", "diapers_up")], {})
    actions = (Action("buy", "diapers"), Action("post", "criticise"), END_DAY, END_DAY, END_DAY)
    doc = build_debrief(level, 1, actions, with_costs=False)
    assert doc.cards[0].met == "You met this on day 1: Critical posts lower your score (-30)."


@pytest.mark.parametrize("strategy", ["random", "conformist", "dissident"])
def test_most_nosedive_cards_speak_of_the_run_though_its_fiction_rules_cite_no_source(strategy):
    level = load_level(FIXTURES.parents[2] / "levels" / "nosedive.yaml").level
    assert level is not None
    episode = run_episode(level, BUILT_IN[strategy], 1)
    doc = build_debrief(level, 1, list(episode.actions), with_costs=False)
    assert sum(1 for c in doc.cards if c.met) >= 4


def test_a_card_met_through_a_service_says_the_player_chose_it_in_quotes():
    the_list = load_level(FIXTURES.parents[2] / "levels" / "the_list.yaml").level
    actions = (Action("apply", "pay_full"), *(END_DAY,) * 10)
    doc = build_debrief(the_list, 1, actions, with_costs=False)
    met = [c.met for c in doc.cards if c.met and "court judgment in full" in c.met]
    assert met == ["You met this on day 1: you chose 'Pay the court judgment in full (3,000)'."]
