"""The projector's class debrief marks each tier with the number students saw in the game:
a Nosedive class saw ratings such as 4.50, never the stored 450."""

from __future__ import annotations

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report
from tests.classroom.conftest import bot_results
from tests.classroom.projector import Recording


@pytest.fixture(scope="module")
def nosedive_report() -> ClassReport:
    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 1)
    return build_report([bot_results(level, code, i) for i in range(5)], level)


def test_the_projector_chart_marks_tiers_with_the_numbers_students_saw(projector, nosedive_report):
    drawn = set(projector(nosedive_report))
    assert set(nosedive_report.tier_numbers) & drawn
    assert not {str(m) for _, m in nosedive_report.tiers} & drawn


def test_the_projector_title_of_one_student_says_1_student(nosedive_report):
    from dataclasses import replace

    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import Director

    app = App()
    try:
        app.kit.text = Recording()
        one = replace(nosedive_report, students=1)
        app.replace(ClassDebriefScene(app.kit, app, Director(app), one))
        app.tick(0.016)
        assert "1 student finished" in app.kit.text.drawn
    finally:
        pygame.quit()
