"""What the debrief's society view and the class report show for two shipped levels, against
what the level itself says (their `society:` sections)."""

from game.classroom.levels import shipped_levels
from game.sim.society import run_society


def _level(level_id: str):
    return next(lv for lv in shipped_levels() if lv.id == level_id)


def test_model_city_s_modelled_town_keeps_most_citizens_out_of_grade_d():
    level = _level("model_city")
    result = run_society(level, 1000, level.spec.society.days, 1)
    share_d = result.tier_share[-1][result.tier_ids.index("d")]
    assert share_d < 0.5, f"{share_d:.0%} of the town ends in grade D"


def test_my_wallet_s_modelled_town_earns_incomes_to_compare():
    level = _level("my_wallet")
    result = run_society(level, 300, 2, 1)
    assert result.gini_income.max() > 0, "every citizen's income is the same (0)"
