"""The projector debrief on the smallest window the game supports (1024x600) with text at
200%: every slide still shows what it is for, in smaller type or with less around it,
rather than a chart squeezed flat or a note cut short."""

from __future__ import annotations

import pygame

from game.ui.store import Settings
from tests.ui.test_class_projector_large_text import open_class_debrief

SMALL = (1024, 600)


def test_the_band_chart_is_tall_enough_to_name_two_tiers_at_1024x600_with_text_at_200_percent():
    app = open_class_debrief(SMALL, Settings(text_scale=200), 6)
    try:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
        app.tick(0.016)
        assert app.top.step.kind == "bands"
        chart = app.top.chart
        assert len(chart.labels) >= 4, chart.labels  # two tiers: each a name and a score
        assert chart.plot.height >= 3 * app.kit.text.font(app.kit.px(20)).get_linesize()
    finally:
        pygame.quit()


def test_the_note_on_files_left_out_is_drawn_whole_at_1024x600_with_text_at_200_percent(
    tmp_path,
):
    from game.classroom.code import make_code
    from game.classroom.files import write_results
    from game.classroom.levels import shipped_levels
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassSourceScene
    from game.ui.scenes.flow import Director
    from tests.classroom.conftest import bot_results
    from tests.classroom.projector import Recording

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7, collect="192.168.1.20:8765")
    for student in range(3):
        write_results(bot_results(sesame, code, student), tmp_path / f"{student}.json")
    (tmp_path / "cut-short.json").write_text('{"kind": "citizen-score-results", ', "utf-8")
    app = App(SMALL, Settings(text_scale=200))
    try:
        app.replace(ClassSourceScene(app.kit, app, Director(app), str(tmp_path)))
        app.tick(0.016)
        app.top.show()
        app.kit.text = Recording()
        app.tick(0.016)
        assert app.top.step.kind == "title"
        drawn = " ".join(app.kit.text.drawn)
        assert "Read first" in drawn
        assert drawn.count("lists them.") == 1, drawn
        assert code.text in drawn
    finally:
        pygame.quit()


def test_the_town_leaves_room_for_its_dots_and_curves_at_1024x600_with_text_at_200_percent():
    from game.ui.scenes.class_debrief import MIN_TEXT
    from game.ui.society_view import SMALLEST_TEXT

    app = open_class_debrief(SMALL, Settings(text_scale=200), 6)
    try:
        scene = app.top
        scene.index = next(i for i, s in enumerate(scene.steps) if s.kind == "society")
        app.tick(0.016)
        view = scene.society
        assert view is not None
        network = view._network_area()
        speech, _ = view._curve_areas()
        line = round(16 * view.text_scale)  # a curve's sentence line
        assert network.height >= view.rect.height // 4, (network, view.rect)
        assert speech.height - 2 * line >= view.rect.height // 8, (speech, line)
        assert SMALLEST_TEXT * view.text_scale >= MIN_TEXT  # still the projector's least
    finally:
        pygame.quit()
