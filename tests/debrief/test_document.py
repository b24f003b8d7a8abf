"""The debrief document: its sections, a short ledger, cards a 14-year-old reads, the
invented list from the rules, and a chart axis fitted to the run."""

import re
from pathlib import Path

import pytest
import textstat

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.core.spec.base import Evidence
from game.core.spec.story import Card
from game.design.debrief import build_debrief, fit_axis, render_text, verdict_of
from game.design.debrief.cards import card_views, card_words
from game.design.invented import invented_numbers
from game.design.walk import walk
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from tests.conftest import FIXTURES

LEVELS = sorted((FIXTURES.parents[2] / "levels").glob("*.yaml"))
KEPT_JUN = (Action("buy", "diapers"), END_DAY, END_DAY, END_DAY)
MAX_GRADE, MAX_WORDS = 9, 65


@pytest.fixture(scope="module")
def level() -> Level:
    result = load_level(FIXTURES / "turning.yaml")
    assert result.level is not None
    return result.level


def _shipped(path: Path) -> Level:
    result = load_level(path)
    assert result.level is not None, path
    return result.level


def test_the_text_debrief_has_every_section_in_reading_order(level: Level):
    text = render_text(build_debrief(level, 1, KEPT_JUN))
    heads = [
        "Your 3 days",
        "Turning points",
        "Fact check: what is real here",
        "You should now be able to...",
        "Questions to discuss",
        "What is invented here",
        "What this does to a society",
        "Full ledger",
    ]
    assert [text.index(h) for h in heads] == sorted(text.index(h) for h in heads)


def test_each_turning_point_carries_what_changing_it_would_have_cost(level: Level):
    text = render_text(build_debrief(level, 1, KEPT_JUN))
    assert "Had you answered 'No thanks': City score 15 lower." in text


def test_a_daily_entry_repeated_every_evening_is_one_ledger_line_with_its_count(level: Level):
    doc = build_debrief(level, 1, KEPT_JUN)
    (repeated,) = doc.ledger.repeated
    assert (repeated.count, repeated.total, repeated.when) == (3, -12, "Days 1-3")
    assert all("friend in debt" not in ln.reason for _, lines in doc.ledger.by_day for ln in lines)


def test_the_ledger_by_rule_adds_up_to_the_score_change(level: Level):
    doc = build_debrief(level, 1, KEPT_JUN)
    assert sum(r.total for r in doc.ledger.by_rule) == doc.path[-1][1] - doc.path[0][1]


def test_a_card_verdict_follows_its_evidence_unless_the_level_sets_one():
    def card(evidence: Evidence, myth: str | None = "A claim.") -> Card:
        return Card(title="T", myth=myth, reality="R.", evidence=evidence)

    assert verdict_of(card(Evidence.DOCUMENTED)) == "myth"
    assert verdict_of(card(Evidence.DOCUMENTED, None)) == "real"
    assert verdict_of(card(Evidence.SPECULATIVE)) == "uncertain"
    assert verdict_of(card(Evidence.GAME)) == "myth"
    assert verdict_of(card(Evidence.GAME, None)) == "invented"
    set_one = Card(title="T", reality="R.", evidence=Evidence.GAME, verdict="real")
    assert verdict_of(set_one) == "real"


def test_footnotes_are_numbered_once_per_source_across_cards():
    url = "https://example.org/a"
    cards = (
        Card(title="A", reality="R.", evidence=Evidence.DOCUMENTED, sources=(url,)),
        Card(title="B", reality="R.", evidence=Evidence.DOCUMENTED, sources=(url,)),
    )
    sources: list[str] = []
    assert [v.footnotes for v in card_views(cards, sources)] == [(1,), (1,)]
    assert sources == [url]


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_the_cards_of_each_level_read_at_grade_nine_or_below_and_stay_short(path: Path):
    views = card_views(_shipped(path).spec.debrief.cards, [])
    grade = textstat.flesch_kincaid_grade(" ".join(f"{v.claim} {v.text}" for v in views))
    print(f"{path.stem}: grade {grade:.1f}, longest card {max(map(card_words, views))} words")
    assert grade <= MAX_GRADE
    assert all(card_words(v) <= MAX_WORDS for v in views), [v.claim for v in views]


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_the_invented_list_names_every_game_number_in_the_level_rules(path: Path):
    level = _shipped(path)
    doc = build_debrief(level, 1, ())
    assert list(doc.invented) == invented_numbers(level)
    if level.spec.score.max - level.spec.score.min <= 1:
        return
    listed = {(n.where, n.number) for n in doc.invented}
    for _, model in walk(level.spec):
        delta = getattr(model, "delta", 0)
        if getattr(model, "kind", None) and delta and model.evidence == Evidence.GAME:
            assert (f"rule {model.id}", f"{delta:+d}") in listed, model.id


def test_the_chart_axis_fits_the_run_with_the_start_and_nearby_tier_lines(level: Level):
    path = ((0, 500), (1, 516), (2, 516), (3, 516))
    axis = fit_axis(level, path)
    assert axis.lo <= 500 and axis.hi >= 530
    assert axis.hi - axis.lo < level.spec.score.max - level.spec.score.min
    assert axis.tiers == ((530, "Trusted"),)
    assert axis.ticks == tuple(sorted(axis.ticks)) and len(axis.ticks) >= 2


def test_the_money_line_names_what_the_money_went_on(level: Level):
    doc = build_debrief(level, 1, KEPT_JUN)
    assert doc.money == "Money: 100 at the start, 60 at the end. Spent most on: Diapers: 40."


def test_the_money_line_gives_the_amount_paid_once_where_a_label_ends_with_its_price():
    level = _shipped(FIXTURES.parents[2] / "levels" / "gig_street.yaml")
    run = run_episode(level, chooser_for(level, "conformist"), 3)  # it pays the rent
    doc = build_debrief(level, 3, run.actions)
    assert "Spent most on: Pay the rent: 600;" in doc.money, doc.money


def test_the_money_line_drops_a_list_price_that_closes_other_words_in_brackets():
    level = _shipped(FIXTURES.parents[2] / "levels" / "the_list.yaml")
    run = run_episode(level, chooser_for(level, "random"), 5)  # it enrols Lele
    doc = build_debrief(level, 5, run.actions)
    assert "Enrol Lele at Sunrise School (high fees): 800" in doc.money, doc.money


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_every_shipped_card_states_its_verdict(path: Path):
    missing = [c.title for c in _shipped(path).spec.debrief.cards if c.verdict is None]
    assert missing == []


def test_the_final_score_line_names_the_tier_without_brackets_inside_brackets():
    level = _shipped(FIXTURES.parents[2] / "levels" / "fico_country.yaml")
    final = build_debrief(level, 1, (END_DAY,) * level.spec.player.days).final
    assert "((" not in final.replace(" ", "") and "))" not in final
    assert ", tier " in final


def test_the_ledger_prints_evidence_labels_as_the_game_does(level: Level):
    text = render_text(build_debrief(level, 1, KEPT_JUN))
    assert re.search(
        r"\[(Documented|Reported|Claimed|Speculative|Fiction|Game\sabstraction)\]", text
    )
    assert not re.search(r"\[(documented|reported|claimed|speculative|fiction|game)\]", text)
