"""Each design check of `lint` warns about one kind of flaw, at the flaw's position."""

import time
from pathlib import Path

import pytest

from game.core.content.problems import Severity
from game.design.lint import lint_file

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "levels" / "all_features.yaml"
EVENTS = "events:\n  - id: notice\n    day: 2\n"


def lint_messages(write_level, text: str) -> list[str]:
    problems = lint_file(write_level(text))
    assert all(p.severity == Severity.WARNING for p in problems), [p.format() for p in problems]
    return [p.message for p in problems]


def with_flaw(base: str, old: str, new: str) -> str:
    assert old in base
    return base.replace(old, new, 1)


def test_tutorial_level_has_no_warnings(write_level, tutorial_text):
    assert lint_messages(write_level, tutorial_text) == []


def test_disabled_rule_that_no_effect_enables_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text,
        "reason: A noisy friend reflects on you.\n",
        "reason: A noisy friend.\n    enabled: false\n",
    )
    assert "rule 'noisy_friend' is disabled and no effect enables it" in lint_messages(
        write_level, text
    )


def test_action_rule_that_matches_nothing_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text, "{action: buy, tags: [tidy]}", "{action: buy, ids: [speaker], tags: [tidy]}"
    )
    assert "rule 'tidy_stairwell' matches no item in this level" in lint_messages(write_level, text)


@pytest.mark.parametrize("verb", ["like", "share", "help", "dispute", "answer", "reply"])
def test_a_rule_on_a_verb_the_level_never_offers_is_reported(write_level, tutorial_text, verb):
    text = with_flaw(tutorial_text, "{action: buy, tags: [tidy]}", f"{{action: {verb}}}")
    assert any(
        m.startswith("rule 'tidy_stairwell' matches no ") for m in lint_messages(write_level, text)
    )


def test_flag_tested_but_never_set_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text,
        "blocked_by: [no_hall]\n",
        "blocked_by: [no_hall]\n    requires: {flag: invited}\n",
    )
    messages = lint_messages(write_level, text)
    assert any("flag 'invited' is tested here but no effect sets it" in m for m in messages)


def test_restriction_imposed_by_an_effect_and_never_lifted_is_reported(write_level, tutorial_text):
    text = tutorial_text + EVENTS + "    effects: {restrict: [no_hall]}\n"
    assert "restriction 'no_hall' is imposed here and no effect lifts it" in lint_messages(
        write_level, text
    )


def test_restriction_in_every_tier_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text, "min: 40, icon: circle}", "min: 40, icon: circle, restrictions: [no_hall]}"
    )
    text = with_flaw(text, "perks: [parking]}", "perks: [parking], restrictions: [no_hall]}")
    assert "restriction 'no_hall' is in every tier: no score lifts it" in lint_messages(
        write_level, text
    )


def test_tier_above_the_score_maximum_is_reported(write_level, tutorial_text):
    text = with_flaw(tutorial_text, "min: 70, icon: star", "min: 170, icon: star")
    messages = lint_messages(write_level, text)
    assert "tier 'pillar' starts at 170, above the score's maximum" in messages


def test_tier_no_strategy_reaches_is_reported(write_level, tutorial_text):
    text = with_flaw(tutorial_text, "min: 70, icon: star", "min: 500, icon: star")
    text = with_flaw(text, "max: 100\n", "max: 1000\n")
    messages = lint_messages(write_level, text)
    assert any(m.startswith("no strategy reached tier 'pillar'") for m in messages)


def test_a_perk_no_bot_held_names_the_unreached_tier_it_comes_with(write_level, tutorial_text):
    text = with_flaw(tutorial_text, "min: 70, icon: star", "min: 500, icon: star")
    text = with_flaw(text, "max: 100\n", "max: 1000\n")
    [problem] = [p for p in lint_file(write_level(text)) if p.check == "perk-unreached"]
    assert "tier 'pillar', which no strategy reached" in (problem.hint or "")


def test_a_goal_behind_a_gated_service_names_the_gate(write_level, tutorial_text):
    text = with_flaw(tutorial_text, "min: 70, icon: star", "min: 500, icon: star")
    text = with_flaw(text, "max: 100\n", "max: 1000\n")
    text = with_flaw(
        text,
        "    blocked_by: [no_hall]\n",
        "    blocked_by: [no_hall]\n    requires: {has_perk: parking}\n",
    )
    [problem] = [p for p in lint_file(write_level(text)) if p.check == "goal-unmet"]
    assert (
        problem.hint
        == "service 'hall' is refused unless has_perk: parking; make that reachable first"
    )


def test_perk_that_nothing_gives_is_reported(write_level, tutorial_text):
    text = with_flaw(tutorial_text, "perks:\n", "perks:\n  - {id: medal, label: Medal}\n")
    messages = lint_messages(write_level, text)
    assert "perk 'medal' is in no tier, has no 'if' and no effect grants it" in messages


def test_goal_no_strategy_meets_is_reported(write_level, tutorial_text):
    goal = "  - id: rich\n    label: Get rich\n    description: Save a fortune.\n"
    goal += "    met_if: {money_at_least: 100000}\n"
    text = with_flaw(tutorial_text, "goals:\n", "goals:\n" + goal)
    messages = lint_messages(write_level, text)
    assert any(m.startswith("no strategy met goal 'rich'") for m in messages)


def test_a_goal_no_strategy_meets_says_what_the_runs_mostly_missed(write_level, tutorial_text):
    goal = "  - id: rich\n    label: Get rich\n    description: Save a fortune.\n"
    goal += "    met_if: {money_at_least: 100000}\n"
    text = with_flaw(tutorial_text, "goals:\n", "goals:\n" + goal)
    messages = lint_messages(write_level, text)
    found = next(m for m in messages if m.startswith("no strategy met goal 'rich'"))
    assert found.endswith(": mostly not money_at_least: 100000")


def test_item_never_offered_and_never_referred_to_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text, "items:\n", "items:\n  - {id: umbrella, label: Umbrella, price: 9999}\n"
    )
    messages = lint_messages(write_level, text)
    assert any(m.startswith("item 'umbrella' is never offered") for m in messages), messages


def test_post_never_offered_and_never_referred_to_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text,
        "posts:\n",
        "posts:\n  - {id: cat, text: My cat., available: {day_at_least: 30}}\n",
    )
    messages = lint_messages(write_level, text)
    assert any(m.startswith("post 'cat' is never offered") for m in messages), messages


def test_character_nothing_involves_is_reported(write_level, tutorial_text):
    person = "  - {id: ghost, name: Ghost, bio: Nobody knows them., score: 500}\n"
    text = with_flaw(tutorial_text, "characters:\n", "characters:\n" + person)
    messages = lint_messages(write_level, text)
    assert any(m.startswith("character 'ghost' is not a friend") for m in messages)


def test_feed_post_dated_after_the_last_day_is_reported(write_level, tutorial_text):
    text = tutorial_text + "feed:\n  - {id: rant, author: jun, day: 29, text: Too loud here.}\n"
    assert "feed post 'rant' never appears" in lint_messages(write_level, text)


def test_undated_post_of_a_character_who_never_posts_by_chance_is_kept_for_quiet_evenings(
    write_level, tutorial_text
):
    text = tutorial_text + "feed:\n  - {id: rant, author: jun, text: Too loud here.}\n"
    assert not [m for m in lint_messages(write_level, text) if "'rant'" in m]


def test_bulletin_claim_without_sources_is_an_error_like_a_rule(write_level, tutorial_text):
    bulletin = "    bulletin: {headline: News, text: Cameras arrive., evidence: reported}\n"
    problems = lint_file(write_level(tutorial_text + EVENTS + bulletin))
    assert [(p.severity, p.message) for p in problems] == [
        (Severity.ERROR, "evidence 'reported' needs at least one source URL")
    ]


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("label: Flowers for the stairwell", "label: " + "F" * 61, "label is 61 characters"),
        (
            'text: "Thank you, committee, for a tidy estate!"',
            "text: " + "T" * 141,
            "post text is 141",
        ),
        ("reason: Public thanks to the committee.", "reason: " + "R" * 121, "reason is 121"),
    ],
    ids=["label", "post", "reason"],
)
def test_text_too_long_for_the_screen_is_reported(write_level, tutorial_text, old, new, what):
    messages = lint_messages(write_level, with_flaw(tutorial_text, old, new))
    assert any(m.startswith(what) for m in messages), messages


def test_bulletin_text_too_long_for_the_screen_is_reported(write_level, tutorial_text):
    text = tutorial_text + EVENTS + "    bulletin: {headline: News, text: " + "B" * 301 + "}\n"
    messages = lint_messages(write_level, text)
    assert "bulletin text is 301 characters; the screen shows 300" in messages


def test_warning_points_at_the_line_and_column_of_the_flaw(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text, "items:\n", "items:\n  - {id: umbrella, label: Umbrella, price: 9999}\n"
    )
    path = write_level(text)
    line = text.splitlines().index("  - {id: umbrella, label: Umbrella, price: 9999}") + 1
    (problem,) = lint_file(path)
    assert (problem.line, problem.column) == (line, 10)
    assert f":{line}:10: warning: item 'umbrella'" in problem.format()


def test_load_errors_come_back_as_errors_without_design_checks(write_level):
    problems = lint_file(write_level("format: 1\nmeta: {}\n"))
    assert problems and all(p.severity == Severity.ERROR for p in problems)


def test_lint_of_the_all_features_fixture_takes_under_five_seconds():
    started = time.perf_counter()
    lint_file(FIXTURE)
    assert time.perf_counter() - started < 5


def test_offered_item_that_no_rule_counts_is_not_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text, "items:\n", "items:\n  - {id: umbrella, label: Umbrella, price: 5}\n"
    )
    assert lint_messages(write_level, text) == []


def test_a_disputable_rule_in_a_regime_without_disputes_is_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text,
        "reason: A noisy friend reflects on you.\n",
        "reason: A noisy friend reflects on you.\n    disputable: true\n",
    )
    assert (
        "rule 'noisy_friend' is disputable, but score.dispute is off: "
        "the player can never dispute it"
    ) in lint_messages(write_level, text)


def test_a_disputable_rule_in_a_regime_with_disputes_is_not_reported(write_level, tutorial_text):
    text = with_flaw(
        tutorial_text,
        "reason: A noisy friend reflects on you.\n",
        "reason: A noisy friend reflects on you.\n    disputable: true\n",
    )
    text = with_flaw(text, "  start: 50\n", "  start: 50\n  dispute: true\n")
    assert not any("disput" in m for m in lint_messages(write_level, text))
