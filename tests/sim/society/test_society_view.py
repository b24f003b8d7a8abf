"""The debrief's society view: computed across frames in small pieces, drawn without changing.

A standalone scene embeds the widget the way the debrief does (constructor with the level,
a seed, a rectangle and the player's score; `update(budget_ms)` each frame; `draw`).
Frame times are benchmark figures (scripts/bench_society.py), not asserted here.
"""

from itertools import pairwise
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.core.content.loader import load_level
from game.ui.app import App
from game.ui.scene import Scene
from game.ui.society_view import SocietyView

LEVEL = Path(__file__).parents[3] / "levels" / "citizen_score_2020.yaml"
FRAME_BUDGET_MS = 4.0


class SocietyScene(Scene):
    """A page holding only the society view, as a debrief would embed it."""

    name = "society_test"

    def __init__(self, kit, nav, view: SocietyView) -> None:
        super().__init__(kit, nav)
        self.view = view

    def update(self, dt: float) -> None:
        super().update(dt)
        self.view.update(FRAME_BUDGET_MS)

    def draw(self, surface: pygame.Surface) -> None:
        self.view.draw(surface)


@pytest.fixture
def level():
    return load_level(LEVEL).level


@pytest.fixture
def app():
    application = App()
    yield application
    pygame.quit()


def _view(level, citizens=600, days=8):
    return SocietyView(level, 5, pygame.Rect(20, 20, 900, 520), 612, citizens=citizens, days=days)


def test_one_update_computes_only_a_piece_of_the_society(level):
    view = _view(level)
    view.update(0.0)
    assert view.society is None or view.society.day == 0
    assert not view.done


def test_the_first_update_computes_one_piece_however_large_the_budget(level):
    view = _view(level)
    view.update(10_000.0)
    assert view.society is None  # still building: a second piece would have waited a frame
    view.update(10_000.0)
    assert view.done


def test_the_scene_finishes_the_society_over_frames_and_matches_a_direct_run(app, level):
    from game.sim.society import run_society

    view = _view(level)
    app.push(SocietyScene(app.kit, app, view))
    for _ in range(200):
        app.tick(0.016)
        if view.done:
            break
    assert view.done and app.frames < 200
    assert view.result.csv_text() == run_society(level, 600, 8, seed=5).csv_text()


def test_drawing_changes_nothing(app, level):
    view = _view(level)
    for _ in range(40):
        view.update(FRAME_BUDGET_MS)
    before = (view.society.day, view._x.copy())
    view.draw(app.screen)
    view.draw(app.screen)
    assert view.society.day == before[0] and np.array_equal(view._x, before[1])


def test_the_player_is_drawn_as_one_ringed_dot_at_their_score(app, level):
    view = _view(level)
    while not view.done:
        view.update(FRAME_BUDGET_MS)
    app.screen.fill((0, 0, 0))
    view.draw(app.screen)
    area = view._network_area()
    x = view._score_x(612, area)
    ring = app.screen.get_at((x + 8, area.centery))
    assert pygame.Color(ring) == pygame.Color(view.colours.ink)


def _class_report(level, students=3):
    from game.classroom.code import make_code
    from game.classroom.report import build_report
    from game.classroom.results import make_results
    from game.sim.bots import chooser_for
    from game.sim.runner import run_episode

    code = make_code(level.id, level.content_hash, 4)
    results = []
    for i in range(students):
        episode = run_episode(level, chooser_for(level, "random"), 4, bot_seed=i)
        results.append(
            make_results(
                f"pupil-{i}",
                code.text,
                level.id,
                level.content_hash,
                4,
                episode.actions,
                episode.outcome,
            )
        )
    return build_report(results, level)


def test_the_projector_debrief_labels_its_ringed_dot_as_the_class_middle_score(app, level):
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import start_scenes
    from tests.ui.drive import press

    report = _class_report(level)
    scene = ClassDebriefScene(app.kit, app, start_scenes(app, None, None, None), report)
    app.push(scene)
    while scene.step.kind != "society":
        press(app, pygame.K_RIGHT)
    shown = level.spec.score.shown(report.bands[-1].values[2])
    assert scene.society.marker_label == f"Class middle score ({shown})"


def test_the_players_own_debrief_labels_the_ringed_dot_as_them(level):
    view = _view(level)
    assert view.marker_label == f"You ({level.spec.score.shown(612)})"


def test_a_town_the_size_of_the_views_is_modelled_without_loading_scipy():
    import subprocess
    import sys

    script = (
        "import sys; from game.core.content.loader import load_level; "
        "from game.sim.society import run_society; "
        f"run_society(load_level({str(LEVEL)!r}).level, 2000, 3, seed=0); "
        "print(sorted(m for m in sys.modules if m.startswith('scipy')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "[]"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_tier_s_dots_stand_out_3_to_1_from_the_view_s_screen(high_contrast):
    from game.ui.society_view import tier_colours
    from game.ui.theme import palette
    from tests.ui.test_theme import contrast

    screen = palette(high_contrast).screen
    assert min(contrast(c, screen) for c in tier_colours(screen)) >= 3


def test_the_title_fits_a_narrow_view_at_large_text(app, level):
    view = SocietyView(
        level, 5, pygame.Rect(0, 0, 380, 400), 612, citizens=600, days=8, text_scale=2.0
    )
    full = view.text.render(
        "The same rules over 600 citizens, day 0 of 8", view._px(15), view.colours.ink, bold=True
    )
    assert full.get_width() > 380 - 12  # too wide: the view must say it shorter
    assert view._title().get_width() <= 380 - 12


def test_both_curve_sentences_are_drawn_whole_with_text_at_twice_its_size(level, app):
    from game.ui import society_view

    view = SocietyView(
        level, 5, pygame.Rect(10, 10, 700, 520), 612, citizens=600, days=8, text_scale=2.0
    )
    while not view.done:
        view.update(10_000.0)
    drawn: list[str] = []
    render = view.text.render

    def recording(words, *args, **kwargs):
        drawn.append(words)
        return render(words, *args, **kwargs)

    view.text.render = recording
    view.draw(pygame.Surface((1024, 600)))
    result = view.society.result(view.seed)
    shown = " ".join(" ".join(drawn).split())
    assert " ".join(society_view._speech_sentence(result).split()) in shown
    assert " ".join(society_view._assort_sentence(result, view.few_points).split()) in shown


def _finished(level_id: str, citizens: int = 2000, days: int = 20) -> SocietyView:
    level = load_level(LEVEL.parent / f"{level_id}.yaml").level
    view = SocietyView(
        level,
        5,
        pygame.Rect(20, 20, 900, 520),
        level.spec.score.start,
        citizens=citizens,
        days=days,
    )
    while not view.done:
        view.update(50.0)
    return view


def test_a_rating_whose_citizens_sit_near_its_top_fills_the_view_with_them():
    """Gig Street's drivers all rate 4.3 to 5: they take most of the width, not its last
    sixth, and the tier lines stay in view."""
    view = _finished("gig_street")
    area = view._network_area()
    x = view._target
    middle = np.quantile(x, (0.01, 0.99))
    assert middle[1] - middle[0] > 0.4 * area.width
    for tier in view.level.tiers[1:]:
        assert area.left < view._score_x(tier.min, area, middle=False) < area.right


def test_a_society_spread_over_its_whole_scale_is_shown_whole():
    view = _finished("nosedive")
    assert view.window == (0.0, float(view.society.regime.points))


def test_the_view_never_narrows_once_citizens_have_spread():
    level = load_level(LEVEL.parent / "gig_street.yaml").level
    view = SocietyView(level, 5, pygame.Rect(20, 20, 900, 520), 476, citizens=2000, days=20)
    spans = []
    while not view.done:
        view.update(50.0)
        if view.window is not None:
            spans.append(view.window)
    assert all(a[0] >= b[0] and a[1] <= b[1] for a, b in pairwise(spans))
