"""`simulate --set` slips a designer made while sweeping a number, each answered with what
to type instead."""

import pytest

from game.sim.sweep import SweepError, parse_sweep


def test_a_list_entry_named_by_its_place_is_answered_with_its_id(tutorial_text):
    with pytest.raises(SweepError, match=r"named by id, like tiers\.watched\.min, or by place"):
        parse_sweep("tiers.0.min=5,10", tutorial_text)


def test_a_place_written_in_brackets_is_answered_with_the_id_and_the_place_from_one(
    tutorial_text,
):
    with pytest.raises(
        SweepError, match=r"like tiers\.watched\.min, or by place from 1, like tiers#1\.min"
    ):
        parse_sweep("tiers[0].min=5,10", tutorial_text)


def test_an_unknown_id_with_no_close_match_lists_the_ids_of_that_list(tutorial_text):
    with pytest.raises(SweepError, match="the ids here: watched, resident, pillar"):
        parse_sweep("tiers.gold.min=5", tutorial_text)


def test_a_range_that_counts_away_from_its_stop_offers_the_step_turned_round(tutorial_text):
    with pytest.raises(SweepError, match="try 80:20:-20"):
        parse_sweep("score.start=80:20:20", tutorial_text)


def test_a_range_with_a_zero_step_says_the_step_must_not_be_zero(tutorial_text):
    with pytest.raises(SweepError, match="the step must not be 0"):
        parse_sweep("score.start=0:100:0", tutorial_text)
