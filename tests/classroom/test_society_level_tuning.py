"""What the debrief's society view and the class report show for two shipped levels, against
what the level itself says. Both are level content (levels/, the `society:` section) or the
model's tuning, so they stay strict xfails here until those change."""

import pytest

from game.classroom.levels import shipped_levels
from game.sim.society import run_society


def _level(level_id: str):
    return next(lv for lv in shipped_levels() if lv.id == level_id)


@pytest.mark.xfail(
    strict=True,
    reason="levels/model_city.yaml: the modelled town loses about 7 points a citizen a day, "
    "so after the debrief's 60 days about 9 in 10 citizens are in grade D, while the level's "
    "own society text says many people simply ignore the points",
)
def test_model_city_s_modelled_town_keeps_most_citizens_out_of_grade_d():
    level = _level("model_city")
    result = run_society(level, 1000, level.spec.society.days, 1)
    share_d = result.tier_share[-1][result.tier_ids.index("d")]
    assert share_d < 0.5, f"{share_d:.0%} of the town ends in grade D"


@pytest.mark.xfail(
    strict=True,
    reason="levels/my_wallet.yaml: the player earns nothing a day and the society section "
    "sets no income, so every modelled citizen earns 0 and the chart's Gini of incomes is a "
    "flat 0 that reads as perfectly equal incomes",
)
def test_my_wallet_s_modelled_town_earns_incomes_to_compare():
    level = _level("my_wallet")
    result = run_society(level, 300, 2, 1)
    assert result.gini_income.max() > 0, "every citizen's income is the same (0)"
