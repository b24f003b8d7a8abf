"""A player who joins an opt-in score on a later day has no score before it: the outcome
names the day they joined, and the debrief charts and lists their score from then on."""

import pytest

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.core.outcome import outcome_of
from game.design.debrief import build_debrief
from game.paths import PROJECT_ROOT
from tests.debrief.answering import played

LEVELS = PROJECT_ROOT / "levels"
# Stay out on day 1; on day 4 the spending report's pre-ticked box signs the player up.
LATE = {"join_beta": "stay_out", "join_again": "still_out", "report_consent": "report_agree"}


@pytest.fixture(scope="module")
def sesame():
    return load_level(LEVELS / "sesame_garden.yaml").level


def test_the_outcome_names_the_day_a_late_joiner_first_had_a_score(sesame):
    outcome = outcome_of(sesame, 1, played(sesame, LATE))
    assert outcome.joined and outcome.joined_day == 4


def test_a_late_joiner_s_scored_path_starts_at_the_end_of_the_day_they_joined(sesame):
    outcome = outcome_of(sesame, 1, played(sesame, LATE))
    assert outcome.scored_path == tuple(p for p in outcome.path if p[0] >= 4)


def test_a_player_scored_from_the_start_keeps_the_whole_path() -> None:
    level = load_level(LEVELS / "nosedive.yaml").level
    outcome = outcome_of(level, 1, [END_DAY] * level.spec.player.days)
    assert outcome.joined_day == 0 and outcome.scored_path == outcome.path


def test_a_player_who_never_joined_has_no_scored_path(sesame):
    stay_out = {**LATE, "report_consent": "report_untick"}
    outcome = outcome_of(sesame, 1, played(sesame, stay_out))
    assert outcome.joined_day is None and outcome.scored_path == ()


def test_the_debrief_charts_a_late_joiner_from_the_day_they_joined(sesame):
    doc = build_debrief(sesame, 1, played(sesame, LATE), with_costs=False)
    assert doc.path[0][0] == 4 and doc.joined_on == 4


def test_the_debrief_says_from_which_day_a_late_joiner_had_a_score(sesame):
    doc = build_debrief(sesame, 1, played(sesame, LATE), with_costs=False)
    assert doc.by_day.startswith(f"from day 4, when you joined: 4: {doc.path[0][1]}, 5: ")
