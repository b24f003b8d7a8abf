"""Regression tests for level-format checks a designer relies on: rule kinds, relation tags,
tier order and coverage, sources everywhere, tier icons and association filters."""

from game.core import events as ev
from game.core.content.loader import load_level_text
from game.core.rules import RULE_KINDS
from game.core.spec.score import TIER_ICONS
from game.design.schema import schema_text
from tests.core.levels import line_of, with_replaced
from tests.core.play import level_from, of_type, play

JUNE = (
    "characters:\n"
    "  - {id: june, name: June, bio: Your aunt., score: 300, relation: family, tags: [debtor]}\n"
)


def problems(text: str):
    return load_level_text(text, "lvl.yaml").problems


def test_every_rule_kind_requires_its_kind_key():
    for model in RULE_KINDS.values():
        assert model.model_fields["kind"].is_required(), model.__name__
    assert '"kind"' in schema_text()


def test_a_rule_may_match_a_characters_relation_as_a_tag():
    text = with_replaced("debrief:", JUNE + "debrief:").replace(
        "when: {action: buy, ids: [apple]}", "when: {action: befriend, tags: [family]}"
    )
    _, events = play(level_from(text), "befriend june")
    assert [c.rule_id for c in of_type(events, ev.ScoreChanged)] == ["apple_up"]


def test_a_relation_nobody_has_is_still_an_unknown_tag():
    text = with_replaced("debrief:", JUNE + "debrief:").replace(
        "when: {action: buy, ids: [apple]}", "when: {action: befriend, tags: [colleague]}"
    )
    (problem,) = problems(text)
    assert problem.message == "unknown character tag 'colleague'"


def test_the_tier_coverage_error_points_at_the_lowest_tiers_min():
    text = with_replaced("{id: low, label: Low, min: 0}", "{id: low, label: Low, min: 10}")
    (problem,) = problems(text)
    assert problem.line == line_of(text, "min: 10}") and problem.column > 1


def test_a_lowest_tier_below_the_scores_minimum_is_reported():
    text = with_replaced("  min: 0\n  max: 100", "  min: 20\n  max: 100")
    (problem,) = problems(text)
    assert problem.message == "the lowest tier starts at 0, below the lowest score 20"


def test_tiers_listed_out_of_order_are_reported():
    text = with_replaced(
        "  - {id: high, label: High, min: 60, perks: [bonus]}",
        "  - {id: high, label: High, min: 60, perks: [bonus]}\n  - {id: mid, label: Mid, min: 30}",
    )
    (problem,) = problems(text)
    assert "tier 'mid' starts at 30, not above the tier before it" in problem.message
    assert problem.line == line_of(text, "min: 30}")


def test_an_unsourced_claim_in_an_event_score_change_is_an_error_like_a_rule():
    event = (
        "events:\n  - id: cam\n    day: 2\n"
        "    effects: {score: {delta: -5, reason: Camera., evidence: reported}}\n"
    )
    text = with_replaced("debrief:", event + "debrief:")
    (problem,) = problems(text)
    assert problem.severity == "error"
    assert problem.message == "evidence 'reported' needs at least one source URL"
    assert problem.line == line_of(text, "effects:")


def test_an_unknown_tier_icon_is_refused_with_the_names_the_game_draws():
    text = with_replaced(
        "{id: low, label: Low, min: 0}", "{id: low, label: Low, min: 0, icon: blob}"
    )
    (problem,) = problems(text)
    assert "'blob' is not allowed" in problem.message
    assert problem.hint == "one of: " + ", ".join(TIER_ICONS)


def test_association_filters_must_all_match():
    rule = (
        "  - id: poor_debtor\n    kind: association\n    relation: family\n"
        "    tags: [debtor]\n    score_at_least: 500\n    delta: -3\n    reason: Debt.\n"
    )
    text = with_replaced(
        "rules:\n", "rules:\n" + rule, with_replaced("debrief:", JUNE + "debrief:")
    )
    _, events = play(level_from(text), "end_day")
    assert not [c for c in of_type(events, ev.ScoreChanged) if c.rule_id == "poor_debtor"]
    _, events = play(level_from(text.replace("score_at_least: 500", "score_below: 500")), "end_day")
    assert [c.rule_id for c in of_type(events, ev.ScoreChanged)] == ["poor_debtor"]


def _association(tags: str) -> str:
    rule = (
        f"  - id: poor_friend\n    kind: association\n    tags: [{tags}]\n"
        "    delta: -3\n    reason: Debt.\n"
    )
    return with_replaced(
        "rules:\n", "rules:\n" + rule, with_replaced("debrief:", JUNE + "debrief:")
    )


def test_a_misspelt_association_tag_is_reported_where_it_is_written():
    text = _association("detbor")
    (problem,) = problems(text)
    assert problem.message == "unknown character tag 'detbor'"
    assert problem.hint == "did you mean 'debtor'?"
    assert problem.line == line_of(text, "tags: [detbor]")


def test_an_association_may_count_a_relation_as_a_tag():
    assert problems(_association("family")) == []
