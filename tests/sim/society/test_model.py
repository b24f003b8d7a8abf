"""The population model runs every shipped level deterministically with measures in range."""

from pathlib import Path

import numpy as np
import pytest

from game.core.content.loader import load_level, load_level_text
from game.sim.society import SocietyError, run_society, society_days
from game.sim.society.model import Society
from game.sim.society.regime import compile_regime

LEVELS = sorted((Path(__file__).parents[3] / "levels").glob("*.yaml"))


def _level(path: Path):
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]
    return result.level


@pytest.fixture(scope="module")
def citizen_score():
    return _level(LEVELS[0].with_name("citizen_score_2020.yaml"))


def test_the_same_seed_gives_the_same_society(citizen_score):
    first = run_society(citizen_score, 400, 15, seed=7)
    again = run_society(citizen_score, 400, 15, seed=7)
    assert first.csv_text() == again.csv_text()


def test_another_seed_gives_another_society(citizen_score):
    first = run_society(citizen_score, 400, 15, seed=7)
    other = run_society(citizen_score, 400, 15, seed=8)
    assert first.csv_text() != other.csv_text()


def test_the_day_by_day_run_ends_where_the_whole_run_does(citizen_score):
    *_, last = society_days(citizen_score, 300, 6, seed=3)
    assert last is not None
    assert last.result(3).csv_text() == run_society(citizen_score, 300, 6, seed=3).csv_text()


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_every_shipped_level_runs_with_measures_in_range(path):
    level = _level(path)
    r = run_society(level, 500, 12, seed=1)
    spec = level.spec.score
    assert r.mean_score.size == 13
    assert (r.percentiles >= spec.min).all() and (r.percentiles <= spec.max).all()
    assert np.allclose(r.tier_share.sum(axis=1), 1)
    assert ((r.restriction_share >= 0) & (r.restriction_share <= 1)).all()
    for share in (r.gini_score, r.gini_income, r.largest_component, r.critical_share):
        assert ((share >= 0) & (share <= 1)).all()
    assert ((r.assortativity >= -1) & (r.assortativity <= 1)).all()
    assert np.isnan(r.mobility[0]) and ((r.mobility[1:] >= 0) & (r.mobility[1:] <= 1)).all()


def test_a_regime_that_punishes_criticism_silences_its_critics(citizen_score):
    r = run_society(citizen_score, 1000, 40, seed=2)
    assert r.critical_share[-5:].mean() < 0.5 * r.critical_share[1:6].mean()


def test_citizens_under_a_score_that_ignores_speech_keep_speaking():
    level = _level(LEVELS[0].with_name("fico_country.yaml"))
    r = run_society(level, 1000, 40, seed=2)
    assert r.critical_share[-10:].mean() > 0.85 * r.critical_share[1:6].mean()


def test_a_level_without_a_society_section_runs_on_the_defaults():
    from tests.core.levels import MINIMAL

    level = load_level_text(MINIMAL).level
    assert level.spec.society.mean_degree == 10
    assert run_society(level, 200, 3, seed=0).days == 3


def test_population_limits_are_refused_with_one_line(citizen_score):
    with pytest.raises(ValueError, match="citizens must be 100 to"):
        Society(citizen_score, 5, 3, np.random.default_rng(0))


def test_a_score_range_too_wide_for_the_tables_is_refused():
    from tests.core.levels import MINIMAL

    level = load_level_text(MINIMAL.replace("max: 100\n", "max: 900000\n")).level
    with pytest.raises(SocietyError, match="score range of at most"):
        run_society(level, 200, 3, seed=0)


def test_more_tagged_rules_against_friends_than_one_table_holds_still_run():
    from tests.core.levels import MINIMAL

    tags = [f"t{k}" for k in range(9)]
    cast = "characters:\n" + "".join(
        f"  - {{id: c{k}, name: C{k}, bio: Someone., score: 40, tags: [{t}]}}\n"
        for k, t in enumerate(tags)
    )
    rules = "".join(
        f"  - {{id: r{k}, kind: association, tags: [{t}], score_below: 60, delta: -1,"
        f" reason: Knowing {t} costs.}}\n"
        for k, t in enumerate(tags)
    )
    text = MINIMAL.replace("rules:\n", cast + "rules:\n" + rules)
    loaded = load_level_text(text)
    assert loaded.ok, [p.format() for p in loaded.problems]
    r = run_society(loaded.level, 400, 5, seed=3)
    assert r.days == 5 and ((r.largest_component > 0) & (r.largest_component <= 1)).all()


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_a_day_worked_in_two_halves_at_once_gives_the_same_society(path):
    level = _level(path)
    runs = []
    for halves in (False, True):
        society = Society(level, 3000, 8, np.random.default_rng(4), halves=halves)
        while not society.done:
            society.step()
        runs.append(society.result(4).csv_text())
    assert runs[0] == runs[1]


def test_a_large_society_in_two_halves_gives_the_same_measures_as_one_thread(citizen_score):
    from game.sim.society.friends import SPLIT_FROM

    runs = []
    for halves in (False, True):
        society = Society(
            citizen_score, SPLIT_FROM + 10, 3, np.random.default_rng(2), halves=halves
        )
        while not society.done:
            society.step()
        runs.append(society.result(2).csv_text())
    assert runs[0] == runs[1]


@pytest.mark.parametrize("level_id", ["citizen_score_2020", "the_list", "sesame_garden"])
def test_the_income_gini_each_day_is_that_of_every_citizen_s_income_counted_afresh(level_id):
    from game.sim.society.measures import gini_from_counts

    level = _level(LEVELS[0].with_name(f"{level_id}.yaml"))
    society = Society(level, 3000, 12, np.random.default_rng(5))
    fresh = []
    while True:
        change = society.regime.income_change.take(society.v)
        fresh.append(gini_from_counts(np.bincount(np.maximum(society.base_income + change, 0))))
        if society.done:
            break
        society.step()
    assert society.result(5).gini_income.tolist() == fresh


def test_incomes_ten_million_times_larger_give_the_same_income_gini():
    import yaml

    path = LEVELS[0].with_name("citizen_score_2020.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["player"]["income"] *= 10_000_000
    for entry in [*data.get("perks", []), *data.get("restrictions", [])]:
        if "income" in entry:
            entry["income"] *= 10_000_000
    rich = load_level_text(yaml.safe_dump(data, allow_unicode=True), "rich.yaml").level
    assert rich is not None
    plain = run_society(_level(path), 3000, 8, seed=4).gini_income
    scaled = run_society(rich, 3000, 8, seed=4).gini_income
    assert np.allclose(plain, scaled, atol=0.002) and plain.max() > 0.1


_FINED = """\
  - id: unpaid_bill
    kind: daily
    if: {not_flag: bill_paid}
    delta: -5
    reason: Your bill is unpaid.
"""


def test_a_daily_rule_about_the_player_s_story_hits_every_citizen_unless_left_out():
    from tests.core.levels import with_replaced

    fined = with_replaced("rules:\n", "rules:\n" + _FINED)
    kept = load_level_text(fined).level
    left_out = load_level_text(fined + "society:\n  leave_out: [unpaid_bill]\n").level
    assert compile_regime(kept).daily.min() == -5
    assert not compile_regime(left_out).daily.any()


def test_a_left_out_rule_that_does_not_exist_is_reported_where_it_is_named():
    from tests.core.levels import MINIMAL, line_of

    text = MINIMAL + "society:\n  leave_out: [apple_upp]\n"
    problems = [p.format() for p in load_level_text(text, "tiny.yaml").problems]
    line = line_of(text, "leave_out")
    assert any(
        p.startswith(f"tiny.yaml:{line}:15:")
        and "unknown rule 'apple_upp'" in p
        and "apple_up" in p
        for p in problems
    ), problems


def test_a_level_s_society_words_name_its_members_in_the_summary():
    from tests.core.levels import MINIMAL

    text = MINIMAL + "society:\n  words: {members: households, crowd: a village}\n"
    level = load_level_text(text).level
    result = run_society(level, 200, 2, seed=0)
    assert result.summary()[0] == "tiny: 200 households, 2 days, seed 0"
    assert result.members.crowd == "a village" and result.members.ties == "friends"


def test_a_level_without_society_words_speaks_of_citizens():
    from tests.core.levels import MINIMAL

    result = run_society(load_level_text(MINIMAL).level, 200, 2, seed=0)
    assert result.summary()[0] == "tiny: 200 citizens, 2 days, seed 0"


def test_a_one_day_run_is_summed_up_as_one_day_not_one_days():
    from tests.core.levels import MINIMAL

    result = run_society(load_level_text(MINIMAL).level, 200, 1, seed=0)
    assert result.summary()[0] == "tiny: 200 citizens, 1 day, seed 0"
