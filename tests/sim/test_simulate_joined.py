"""`simulate` on an opt-in score (Sesame's): runs that never joined had no score, so the table
says how many joined and its score rows count those runs only, and the CSV gives them none."""

import pytest

from game.classroom.levels import shipped_levels
from game.core.level import Level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from game.sim.stats import RunSummary, aggregate, csv_row, summarize
from game.sim.stats_text import table_rows
from tests.choosers import stays_out_of_sesame


@pytest.fixture(scope="module")
def sesame() -> Level:
    return next(lv for lv in shipped_levels() if lv.id == "sesame_garden")


@pytest.fixture(scope="module")
def runs(sesame: Level) -> tuple[list[RunSummary], list[RunSummary]]:
    """Three runs that joined (the conformist) and two that never did."""
    joined = [
        summarize(sesame, "conformist", run_episode(sesame, chooser_for(sesame, "conformist"), s))
        for s in range(3)
    ]
    out = [summarize(sesame, "out", run_episode(sesame, stays_out_of_sesame, s)) for s in range(2)]
    return joined, out


def test_a_run_that_never_joined_is_summarised_as_such(runs):
    joined, out = runs
    assert [r.joined for r in joined] == [True] * 3 and [r.joined for r in out] == [False] * 2


def test_the_score_rows_count_only_the_runs_that_joined(sesame, runs):
    joined, out = runs
    mixed = aggregate(sesame, "mixed", joined + out)
    assert mixed.joined_share == pytest.approx(0.6)
    assert mixed.score_percentiles == aggregate(sesame, "j", joined).score_percentiles


def test_a_strategy_that_never_joined_has_no_score_to_give(sesame, runs):
    stats = aggregate(sesame, "out", runs[1])
    assert stats.joined_share == 0 and stats.score_percentiles == (None, None, None)
    rows = {r.label: r.values for r in table_rows([stats])}
    assert rows["joined"] == (0,) and rows["score p50"] == (None,)


def test_a_level_scored_from_day_1_has_no_joined_row(runs):
    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    episode = run_episode(level, chooser_for(level, "random"), 0)
    stats = aggregate(level, "random", [summarize(level, "random", episode)])
    assert stats.joined_share is None
    assert "joined" not in {r.label for r in table_rows([stats])}


def test_the_csv_gives_a_run_that_never_joined_no_score(runs):
    joined, out = runs
    assert csv_row(out[0])["final_score"] == "" and csv_row(out[0])["joined"] == 0
    assert csv_row(joined[0])["final_score"] != "" and csv_row(joined[0])["joined"] == 1


def test_the_dissident_never_joins_an_opt_in_score(sesame):
    """It refuses consent: on Sesame staying out is pre-ticked, and it still stays out."""
    dissident = chooser_for(sesame, "dissident")
    assert not any(run_episode(sesame, dissident, seed).outcome.joined for seed in range(5))
