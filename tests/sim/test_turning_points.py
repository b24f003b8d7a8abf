"""Turning points come from the player's own run; counterfactuals replay it with one choice
changed. The fixture level has no chance and no friend pull, so every number is known."""

from pathlib import Path

import pytest

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.core.outcome import outcome_of
from game.sim.turning_points import MAX_POINTS, counterfactuals, turning_points
from tests.conftest import FIXTURES

DECLINED = (
    Action("answer", "share_data", "decline"),
    Action("buy", "diapers"),
    END_DAY,
    Action("unfriend", "jun"),
    END_DAY,
    END_DAY,
)
TICKED = (Action("buy", "diapers"), END_DAY, END_DAY, END_DAY)


@pytest.fixture(scope="module")
def level() -> Level:
    result = load_level(FIXTURES / "turning.yaml")
    assert result.level is not None, [p.format() for p in result.problems]
    return result.level


def _lines(level: Level, actions: tuple[Action, ...]) -> dict[str, str]:
    points = turning_points(level, 1, actions)
    return {c.point.kind: c.line for c in counterfactuals(level, 1, actions, points)}


def test_the_scripted_run_ends_where_the_rules_say(level: Level):
    # 500 + 20 diapers - 4 for Jun on day 1; Jun is cut on day 2.
    assert outcome_of(level, 1, DECLINED).path == ((0, 500), (1, 516), (2, 516), (3, 516))


def test_unticking_the_box_costs_the_fifteen_points_it_would_have_given(level: Level):
    line = _lines(level, DECLINED)["answer"]
    assert (
        line
        == "Had you left the box ticked ('I agree'): City score 15 higher, Trusted tier at the end."
    )


def test_keeping_the_friend_in_debt_costs_two_evenings_and_keeps_the_goal(level: Level):
    assert (
        _lines(level, DECLINED)["friend"] == "Had you kept Jun: City score 8 lower, 'Keep Jun' met."
    )


def test_a_purchase_that_raised_the_score_is_undone_in_its_counterfactual(level: Level):
    assert (
        _lines(level, DECLINED)["choice"]
        == "Had you not bought Diapers: City score 20 lower, 40 more money by the end."
    )


def test_the_critical_post_not_written_is_written_on_the_first_day_it_could_be(level: Level):
    line = _lines(level, DECLINED)["post"]
    assert line == "Had you posted it on day 1: City score 30 lower."


def test_a_box_left_ticked_is_a_turning_point_answered_the_other_way(level: Level):
    points = turning_points(level, 1, TICKED)
    (ticked,) = [p for p in points if p.kind == "answer"]
    assert "left 'I agree' ticked" in ticked.line
    assert _lines(level, TICKED)["answer"] == "Had you answered 'No thanks': City score 15 lower."


def test_a_missed_goal_is_a_turning_point(level: Level):
    lines = [p.line for p in turning_points(level, 1, DECLINED)]
    assert "'Keep Jun' was missed." in lines


def test_there_are_three_to_five_points_in_the_order_they_happened(level: Level):
    points = turning_points(level, 1, DECLINED)
    assert 3 <= len(points) <= MAX_POINTS
    assert [p.day for p in points] == sorted(p.day for p in points)


def test_counterfactuals_come_one_per_call_and_the_same_every_time(level: Level):
    points = turning_points(level, 1, DECLINED)
    produce = counterfactuals(level, 1, DECLINED, points)
    first = next(produce)
    assert first.point is points[0]
    again = list(counterfactuals(level, 1, DECLINED, points))
    assert again[0] == first and len(again) == sum(p.alternative is not None for p in points)


def test_a_run_with_no_choices_still_names_what_happened_to_it(level: Level):
    points = turning_points(level, 1, (END_DAY, END_DAY, END_DAY))
    assert {p.kind for p in points} >= {"answer", "post"}


LEVELS = sorted((FIXTURES.parents[2] / "levels").glob("*.yaml"))


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_every_shipped_level_gives_one_line_points_and_counterfactuals(path):
    from game.sim.bots import BUILT_IN
    from game.sim.runner import run_episode

    level = load_level(path).level
    episode = run_episode(level, BUILT_IN["conformist"], 2)
    points = turning_points(level, 2, episode.actions, episode.outcome)
    found = list(counterfactuals(level, 2, episode.actions, points, episode.outcome))
    assert 1 <= len(points) <= MAX_POINTS
    assert all("\n" not in p.line and p.line.endswith(".") for p in points)
    assert all(c.line.startswith("Had you ") for c in found)


@pytest.fixture(scope="module")
def sesame() -> Level:
    result = load_level(FIXTURES.parents[2] / "levels" / "sesame_garden.yaml")
    assert result.level is not None, [p.format() for p in result.problems]
    return result.level


TRUTH = (*[END_DAY] * 3, Action("reply", "xiaoyu_be_honest", "xiaoyu_truth"), *[END_DAY] * 4)


def test_a_reply_to_a_friend_is_a_turning_point_in_the_players_own_words(sesame: Level):
    (reply,) = [p for p in turning_points(sesame, 1, TRUTH) if p.kind == "reply"]
    assert reply.line == "Day 4: you replied 'Yes. It says you pull me down.' to Xiaoyu."
    assert reply.had_you == 'Had you replied "No. Don\'t worry about it."'


def test_the_reply_counterfactual_replays_the_run_with_the_other_reply(sesame: Level):
    (reply,) = [p for p in turning_points(sesame, 1, TRUTH) if p.kind == "reply"]
    assert reply.alternative == (
        *[END_DAY] * 3,
        Action("reply", "xiaoyu_be_honest", "xiaoyu_comfort"),
        *[END_DAY] * 4,
    )
    (line,) = [c.line for c in counterfactuals(sesame, 1, TRUTH, [reply])]
    assert line.startswith('Had you replied "No. Don\'t worry about it.": ')


def test_a_counterfactual_names_the_perks_and_money_it_would_have_changed():
    from dataclasses import replace

    from game.sim.turning_points import compare

    sesame = load_level(FIXTURES.parents[2] / "levels" / "sesame_garden.yaml").level
    assert sesame is not None
    real = outcome_of(sesame, 1, (END_DAY,))
    perk = next(p for p in sesame.spec.perks if p.id not in real.perks_held)
    other = replace(real, perks_held=real.perks_held | {perk.id})
    point = next(p for p in turning_points(sesame, 1, TRUTH) if p.alternative is not None)
    line = compare(sesame, real, point, other).line
    assert f"with '{perk.label}'" in line
    richer = compare(sesame, real, point, replace(real, money_end=real.money_end + 50)).line
    assert "50 more money by the end" in richer


def test_a_listed_or_not_counterfactual_names_the_state_once_and_its_penalties_plainly():
    the_list = load_level(Path(__file__).parents[2] / "levels" / "the_list.yaml").level
    keep = Action("answer", "van_offer", "keep_van")
    actions = (Action("apply", "pay_full"), END_DAY, keep) + (END_DAY,) * 9
    points = turning_points(the_list, 1, actions)
    lines = {c.point.kind: c.line for c in counterfactuals(the_list, 1, actions, points)}
    assert lines["answer"] == (
        "Had you answered 'Sign the van over and take the 800': 'End off the list' missed, "
        "Listed at the end, with the penalties 'Callers hear that you are a debtor', "
        "'Your name and ID number are published' and 8 more, 560 more money by the end."
    )


def test_a_title_in_quotes_already_is_not_wrapped_in_quotes_again():
    from game.sim.turning_points import quoted

    assert quoted("'Step on it!'") == "'Step on it!'"
    assert quoted("Join the beta") == "'Join the beta'"
    assert quoted("'") == '"\'"'


def test_gig_streets_quoted_prompt_reads_with_one_pair_of_quotes():
    from game.classroom.levels import shipped_levels
    from game.sim.bots import chooser_for
    from game.sim.runner import run_episode

    gig = next(lv for lv in shipped_levels() if lv.id == "gig_street")
    episode = run_episode(gig, chooser_for(gig, "side_hustler"), 1)
    lines = [p.line for p in turning_points(gig, 1, list(episode.actions))]
    assert any("'Step on it!': you answered" in line for line in lines)
    assert not any("''" in line for line in lines)


def test_a_title_with_quotes_inside_goes_in_double_quotes():
    from game.sim.turning_points import quoted

    assert quoted("Lea: 'Link your contacts!'") == "\"Lea: 'Link your contacts!'\""
    assert quoted("Grandma's party") == '"Grandma\'s party"'
