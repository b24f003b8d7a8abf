"""The debrief's first screen fits without scrolling at 100% text, fills in what each choice
cost over frames, lands focus on the next page, and exports the HTML page to the user folder."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.sim.bots import BUILT_IN, Chooser
from game.sim.runner import run_episode
from tests.ui.drive import FRAME, button, click, focus_on, open_debrief, page_texts, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"
DIPLOMA = "add_degree"


def _open(size: tuple[int, int], level_id: str, strategy: str | Chooser = "conformist") -> App:
    from game.ui.app import App
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director
    from game.ui.store import Settings

    level = load_level(LEVELS / f"{level_id}.yaml").level
    episode = run_episode(level, BUILT_IN[strategy] if isinstance(strategy, str) else strategy, 1)
    app = App(size, Settings(text_scale=100))
    app.director = Director(app)
    app.director.debrief(PlaySession.start(level, 1, list(episode.actions)))
    app.tick(FRAME)
    return app


def _settled(app: App, limit: int = 300) -> None:
    for _ in range(limit):
        app.tick(FRAME)
        if app.top.costs_done:
            return
    raise AssertionError("the counterfactuals never finished")


@pytest.fixture
def debrief(monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(LEVELS))
    app = _open((1280, 720), "citizen_score_2020")
    yield app
    pygame.quit()


@pytest.mark.parametrize(
    "size", [(1280, 720), (1024, 600), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}"
)
@pytest.mark.parametrize("level_id", ["citizen_score_2020", "red_list_black_list", "the_list"])
def test_the_first_screen_fits_the_window_without_scrolling(size, level_id):
    app = _open(size, level_id)
    try:
        _settled(app)
        scene, window = app.top, pygame.Rect((0, 0), size)
        parts = dict(scene.layout)
        parts.update({k: e.get_abs_rect() for k, e, _ in scene.focus.items})
        for name in [k for k in parts if k.startswith("label:")]:  # a label in the points
            assert parts["points"].contains(parts.pop(name)), name
        for name, rect in parts.items():
            assert window.contains(rect), (name, rect)
        names = list(parts)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                assert not parts[a].colliderect(parts[b]), (a, b)
        assert scene.points_box.scroll_bar is None, "the turning points need scrolling"
    finally:
        pygame.quit()


def test_what_each_choice_cost_fills_in_over_frames(debrief: App):
    scene = debrief.top
    assert not scene.costs_done and "Working out" in scene.points_box.html_text
    _settled(debrief)
    assert "Working out" not in scene.points_box.html_text
    assert "Had you " in scene.points_box.html_text


def test_focus_lands_on_the_next_page_so_enter_pressed_on_from_the_evening_reads_on(
    debrief: App,
):
    assert debrief.top.focus.current_key() == "page:truth"
    press(debrief, pygame.K_RETURN)
    press(debrief, pygame.K_RETURN)
    assert debrief.top.name == "debrief" and debrief.top.current == "truth"


def test_next_level_opens_the_briefing_of_the_following_level(debrief: App):
    focus_on(debrief, "Next level")
    press(debrief, pygame.K_RETURN)
    debrief.tick(FRAME)
    assert debrief.top.name == "briefing"
    assert debrief.top.session.level.id != "citizen_score_2020"


def test_a_page_button_shows_the_regime_s_truth_as_cards(debrief: App):
    click(debrief, button(debrief, "page:truth"))
    assert debrief.top.current == "truth"
    texts = [w.html_text for w in debrief.top.widgets if hasattr(w, "html_text")]
    texts += [
        w.html_text
        for box in debrief.top.widgets
        if hasattr(box, "get_container")
        for w in box.get_container().elements
        if hasattr(w, "html_text")
    ]
    assert any("MYTH" in t for t in texts) and any(
        "What the evidence labels mean" in t for t in texts
    )


def test_the_truth_page_opens_with_a_card_the_player_met_and_what_in_their_run_it_was(
    debrief: App,
):
    click(debrief, button(debrief, "page:truth"))
    first = debrief.top.doc.cards[0]
    assert first.met, "this run needs a card it met"
    texts = page_texts(debrief)
    card = next(t for t in texts if first.claim in t)
    assert first.met in card
    assert texts.index(card) < next(i for i, t in enumerate(texts) if "Also true of" in t)


def test_export_writes_the_html_page_to_the_user_folder_and_names_the_file_then_the_folder(
    debrief: App, user_home: Path
):
    click(debrief, button(debrief, "Export"))
    (written,) = (user_home / "debriefs").glob("*.html")
    assert "<svg" in written.read_text(encoding="utf-8")
    assert debrief.top.status == f"Saved as {written.name} in the folder {written.parent}"


def test_with_large_text_the_first_screen_scrolls_in_one_column_inside_the_window(
    small_big_text: App,
):
    app = small_big_text
    open_debrief(app, "citizen_score_2020")
    _settled(app)
    app.tick(FRAME)
    scene = app.top
    assert scene.stacked and pygame.Rect(0, 0, 1024, 600).contains(scene.layout["column"])
    texts = [
        w.html_text
        for box in scene.widgets
        if hasattr(box, "get_container")
        for w in box.get_container().elements
        if hasattr(w, "html_text")
    ]
    assert any("Had you " in t for t in texts)


def test_the_society_page_runs_the_level_over_a_population_below_its_paragraph(debrief: App):
    click(debrief, button(debrief, "page:society"))
    scene = debrief.top
    for _ in range(300):
        debrief.tick(FRAME)
        if scene.society_view is not None and scene.society_view.society is not None:
            break
    window = pygame.Rect(0, 0, 1280, 720)
    text, area = scene.layout["society_text"], scene.layout["society"]
    assert window.contains(area) and text.bottom <= area.top
    assert all(not area.colliderect(e.get_abs_rect()) for _, e, _ in scene.focus.items)
    assert scene.society_view.society is not None, "the model never started"


def _dot_columns(app: App, area: pygame.Rect) -> int:
    """How many pixel columns of the society's dot field hold a citizen's dot."""
    from game.ui.society_view import TIER_COLOURS

    colours = {tuple(pygame.Color(c))[:3] for c in TIER_COLOURS}
    shot = app.screen.subsurface(area)
    return sum(
        any(tuple(shot.get_at((x, y)))[:3] in colours for y in range(0, area.height, 2))
        for x in range(area.width)
    )


def test_a_two_state_regime_s_society_spreads_its_citizens_across_the_view():
    app = _open((1280, 720), "the_list")
    try:
        click(app, button(app, "page:society"))
        view = app.top.society_view
        for _ in range(600):
            app.tick(FRAME)
            if view.done:
                break
        area = view._network_area()
        assert _dot_columns(app, area) > area.width // 3, "the dots sit in a line or two"
    finally:
        pygame.quit()


def test_where_the_player_saw_tiers_only_their_dot_in_the_society_is_labelled_with_their_tier():
    app = _open((1280, 720), "the_list")
    try:
        click(app, button(app, "page:society"))
        scene = app.top
        assert scene.society_view.marker_label == f"You ({scene.doc.final_tier})"
    finally:
        pygame.quit()


def test_a_player_who_never_joined_sees_no_chart_of_a_score_they_did_not_have():
    from tests.choosers import stays_out_of_sesame

    app = _open((1280, 720), "sesame_garden", stays_out_of_sesame)
    try:
        scene = app.top
        assert scene.doc.no_chart.startswith("You never joined")
        assert "Tiers:</b> none, you never joined" in scene._outcome_markup()
    finally:
        pygame.quit()


def test_a_player_who_never_joined_has_no_ring_in_the_society_and_is_told_why():
    from game.ui.society_view import OUTSIDER
    from tests.choosers import stays_out_of_sesame
    from tests.classroom.projector import Recording

    app = _open((1280, 720), "sesame_garden", stays_out_of_sesame)
    try:
        click(app, button(app, "page:society"))
        view = app.top.society_view
        for _ in range(300):
            app.tick(FRAME)
            if view.society is not None:
                break
        assert view.player_score is None and view.marker_label == OUTSIDER
        view.text = Recording()
        view.draw(app.screen)
        assert OUTSIDER in view.text.drawn
    finally:
        pygame.quit()


def test_the_invented_page_gives_score_numbers_as_the_player_read_them():
    app = _open((1280, 720), "nosedive")
    try:
        click(app, button(app, "page:invented"))
        page = " ".join(text for text, _ in app.top._parts())
        assert "tier starts at 3.00." in page
        assert "tier starts at 300." not in page
        assert "+0.10: You were tagged" in page
    finally:
        pygame.quit()


def _no_difference(line: str | None) -> bool:
    """A counterfactual that changed nothing: 'Had you ...: the same <score name>.'"""
    return (
        bool(line)
        and line.split(": ")[-1].startswith("the same ")
        and "," not in line.split(": ")[-1]
    )


@pytest.mark.parametrize("level_id", ["the_list", "model_city"])
def test_a_choice_that_would_have_changed_nothing_is_not_offered_as_a_turning_point(level_id):
    app = _open((1280, 720), level_id, "random")
    try:
        _settled(app)
        scene = app.top
        idle = [c for c in scene.doc.costs if _no_difference(c)]
        assert idle, "this run needs a choice that made no difference"
        shown = scene.points_box.html_text
        assert not any(c in shown or html.escape(c) in shown for c in idle)
        assert "Turning points" in shown
    finally:
        pygame.quit()


def test_a_listed_or_not_listed_regime_s_outcome_names_the_status_without_a_number():
    app = _open((1280, 720), "the_list")
    try:
        scene = app.top
        first = scene._outcome_markup().split("<br>")[0]
        assert first == f"<b>Court list status: {scene.doc.final_tier}</b>"
    finally:
        pygame.quit()


def _joins_and_adds_the_diploma(world, offers, rng) -> Action:
    """Joins Sesame when asked, adds the college diploma, and does nothing else."""
    wanted = [o.action for o in offers if o.action.option == "join" or o.action.target == DIPLOMA]
    return wanted[0] if wanted else END_DAY


def test_a_service_in_the_turning_points_reads_as_a_choice_the_player_made():
    app = _open((1280, 720), "sesame_garden", _joins_and_adds_the_diploma)
    try:
        _settled(app)
        shown = html.unescape(app.top.points_box.html_text)
        assert "you chose 'Add your college diploma to your profile'" in shown
        assert "used Add your" not in shown
    finally:
        pygame.quit()


def test_a_listed_or_not_regime_s_chart_names_its_two_states_on_the_axis():
    from game.ui.dial import chart_labels

    app = _open((1280, 720), "the_list")
    try:
        scene = app.top
        ticks, tiers = chart_labels(scene.session.level, list(scene.doc.path))
        assert set(ticks) == {"Listed", "Not listed"}
        assert tiers == []
    finally:
        pygame.quit()


def test_a_list_cut_short_on_the_first_screen_is_given_in_full_on_the_ledger_page():
    app = _open((1280, 720), "the_list")
    try:
        scene = app.top
        restrictions = scene.doc.restrictions
        assert len(restrictions) > 3 and "(all in Full ledger)" in scene._outcome_markup()
        click(app, button(app, "page:ledger"))
        app.tick(FRAME)
        texts = page_texts(app)
        assert any(f"Restrictions:</b> {', '.join(restrictions)}" in t for t in texts)
    finally:
        pygame.quit()


def test_a_goal_missed_with_no_choice_behind_it_is_named_once_on_the_first_screen():
    app = _open((1280, 720), "the_list")
    try:
        _settled(app)
        scene = app.top
        (missed, *_) = [g.label for g in scene.doc.goals if not g.met]
        assert f"Missed: {html.escape(missed)}" in scene._outcome_markup()
        assert html.escape(missed) not in scene.points_box.html_text
    finally:
        pygame.quit()


def test_a_listed_or_not_regime_s_ledger_page_names_states_day_by_day_not_minus_one():
    app = _open((1280, 720), "the_list")
    try:
        scene = app.top
        click(app, button(app, "page:ledger"))
        app.tick(FRAME)
        page = " ".join(html.unescape(text) for text, _ in scene._parts())
        assert "Court list status by day:</b> Not listed from the start to day " in page
        assert "Listed. " in page and "Listed (once). " in page
        assert "-1 " not in page and "+1 " not in page
    finally:
        pygame.quit()


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_longest_you_met_this_line_wraps_inside_its_truth_card(size):
    app = _open(size, "my_wallet", "dissident")  # its met line runs to 123 characters
    try:
        click(app, button(app, "page:truth"))
        box = next(w for w in app.top.widgets if hasattr(w, "get_container"))
        cards = [
            w
            for w in box.get_container().elements
            if hasattr(w, "html_text") and "You met this" in w.html_text
        ]
        assert cards
        view = box.get_abs_rect()
        for card in cards:
            rect = card.get_abs_rect()
            assert view.left <= rect.left and rect.right <= view.right
            assert card.scroll_bar is None
            assert max(row.right for row in card.text_box_layout.layout_rows) <= rect.width
    finally:
        pygame.quit()
