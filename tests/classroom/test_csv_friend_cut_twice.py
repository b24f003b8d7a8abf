"""A friend cut, made again and cut again is named once in the class CSV, with how often:
'Xiaoyu | Xiaoyu' read like one name written twice by mistake."""

from __future__ import annotations

import csv

from game.classroom.code import make_code
from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.results import make_results
from game.core.actions import Action
from game.core.level import Level
from game.core.outcome import outcome_of


def test_a_friend_cut_twice_is_one_name_with_how_often(sesame: Level):
    code = make_code(sesame.id, sesame.content_hash, 7)
    actions = [Action("unfriend", "xiaoyu"), Action("befriend", "xiaoyu")]
    actions.append(Action("unfriend", "xiaoyu"))
    outcome = outcome_of(sesame, code.seed, actions)
    assert len(outcome.friends_cut) == 2
    results = make_results(
        "Kai", code.text, sesame.id, sesame.content_hash, code.seed, actions, outcome
    )
    row = next(csv.DictReader(report_csv(build_report([results], sesame)).splitlines()))
    name = sesame.characters["xiaoyu"].name
    assert row["friends_cut"] == f"{name} (2 times)"
