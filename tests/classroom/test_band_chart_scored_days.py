"""The class's score chart draws a student only on days they had a score: before a student
joins an opt-in score (Sesame's beta) they had none, though their results hold the number
they would have had, and the engine replaying their actions says which days they had one."""

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.core.level import Level
from tests.classroom.conftest import bot_results, results_of


def test_a_student_who_joined_late_is_not_charted_on_the_days_before(sesame: Level):
    code = make_code(sesame.id, sesame.content_hash, 7)
    early = results_of(sesame, code, "early", "maximiser", 0)  # joins the beta on day 1
    late = results_of(sesame, code, "late", "conformist", 0)  # says "Not now" twice first
    assert early.outcome.joined and late.outcome.joined
    report = build_report([early, late], sesame)
    day_one = next(b for b in report.bands if b.day == 1)
    assert set(day_one.values) == {dict(early.outcome.path)[1]}


def test_a_day_when_nobody_had_a_score_has_no_band(sesame: Level):
    code = make_code(sesame.id, sesame.content_hash, 7)
    report = build_report([bot_results(sesame, code, i) for i in range(5)], sesame)
    assert (
        report.charted and report.bands[0].day == 1
    )  # Sesame: "Until you join, you have no score"


def test_model_city_draws_no_scored_student_at_0_points_on_day_0():
    model_city = next(lv for lv in shipped_levels() if lv.id == "model_city")
    code = make_code(model_city.id, model_city.content_hash, 1)
    report = build_report([bot_results(model_city, code, i) for i in range(6)], model_city)
    assert report.charted
    assert not any(b.day == 0 and min(b.values) == 0 for b in report.bands)
