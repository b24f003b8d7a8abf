"""The evening report: a few lines saying what changed today and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.engine import new_world, step
from game.ui.report import MAX_LINES, evening_report, split_day
from game.ui.scenes.overlays import EveningScene
from tests.ui.made_events import score_change

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_report_starts_with_the_score_move_and_gives_the_biggest_reasons(all_features):
    world, _ = new_world(all_features, 1)
    events = [
        score_change(-4, "Games are frivolous", 596),
        score_change(-4, "Games are frivolous", 592),
        score_change(10, "Diapers are responsible", 602),
        score_change(1, "Vegetables", 603),
        score_change(-2, "Late bill", 601),
        ev.DayEnded(1, 601, 500),
    ]
    report = evening_report(all_features, events, [], world)
    assert report.lines[0].startswith(f"{all_features.spec.score.name}: 600 \u2192 601")
    assert report.lines[1:] == [
        "+10 Diapers are responsible",
        "\u22128 Games are frivolous",
        "\u22121 from 2 smaller reasons (see the Score tab).",
    ]


def test_a_day_without_changes_points_at_an_open_goal(all_features):
    world, _ = new_world(all_features, 1)
    report = evening_report(all_features, [ev.DayEnded(1, 600, 500)], [], world)
    assert report.lines == [f"A quiet day. Still open: {all_features.spec.goals[0].label}."]


def test_a_day_without_changes_but_with_a_post_tells_the_post_beside_its_face(all_features):
    world, _ = new_world(all_features, 1)
    post = all_features.spec.feed[0]
    author = all_features.characters[post.author]
    day = [ev.FeedPosted(1, post.id, post.author), ev.DayEnded(1, 600, 500)]
    report = evening_report(all_features, day, [], world)
    assert report.lines[1:] == [f'{author.name} posted: "{post.text}"']
    assert (post.author, "neutral") in report.faces


def test_the_report_never_runs_past_six_lines(all_features):
    world, _ = new_world(all_features, 1)
    events = [score_change(-i, f"Reason {i}", 600 - i) for i in range(1, 9)]
    events += [
        ev.PerkLost(1, "fast_lane"),
        ev.RestrictionApplied(1, "no_train"),
        ev.GoalFailed(1, "visit_grandma"),
    ]
    events += [ev.FriendLost(1, "wei", "cut ties"), ev.DayEnded(1, 560, 500)]
    assert MAX_LINES == 6 and len(evening_report(all_features, events, [], world).lines) == 6


def test_who_left_you_appears_with_an_angry_face(all_features):
    world, _ = new_world(all_features, 1)
    report = evening_report(all_features, [ev.FriendLost(1, "wei", "cut ties")], [], world)
    assert ("wei", "angry") in report.faces


def test_the_morning_news_and_days_left_follow_the_evening(all_features):
    world, _ = step(new_world(all_features, 1)[0], END_DAY)
    evening, morning = split_day(
        [ev.DayEnded(1, 600, 500), ev.DayStarted(2, 3), ev.Notice(2, "Rain.")]
    )
    report = evening_report(all_features, evening, morning, world)
    days = all_features.spec.player.days
    assert report.morning == ["Rain."] and report.left == f"{days - 1} days left."


def test_the_evening_window_fits_its_report_instead_of_filling_the_screen(app: App) -> None:
    from tests.ui.scenes import settle

    app.director.level_select()
    settle(app)
    from game.ui.scenes.flow import list_levels

    app.director.new_game(list_levels()[0].level)
    settle(app)
    app.director.play(app.top.session)
    settle(app)
    if app.top.name == "prompt":
        app.pop()
    day = app.top
    day.act(Action("buy", "diapers"))
    day.close_day()
    settle(app)
    assert isinstance(app.top, EveningScene)
    panel = next(w for w in app.top.widgets if w.object_ids and "#dialog" in w.object_ids)
    assert panel.get_abs_rect().height < app.screen.get_height() * 0.75
    assert app.top.focus.current_key() == "Continue"


def test_a_characters_reaction_leads_the_morning_news_with_their_face(all_features):
    world, _ = new_world(all_features, 1)
    morning = [
        ev.Notice(2, "One."),
        ev.Notice(2, "Two."),
        ev.Notice(2, "Three."),
        ev.CharacterReacted(2, "wei", "I stopped posting.", "angry"),
    ]
    report = evening_report(all_features, [ev.DayEnded(1, 600, 500)], morning, world)
    assert report.morning[0] == "Wei: I stopped posting."
    assert ("wei", "angry") in report.faces


def test_a_face_appears_only_beside_a_report_that_speaks_of_that_person(all_features):
    world, _ = new_world(all_features, 1)
    posted = ev.FeedPosted(1, "wei_post", "wei")
    report = evening_report(all_features, [posted, ev.DayEnded(1, 600, 500)], [], world)
    assert "Wei" not in " ".join(report.lines + report.morning)
    assert report.faces == []


def test_smaller_reasons_that_add_up_to_nothing_say_so_instead_of_plus_zero(all_features):
    world, _ = new_world(all_features, 1)
    events = [
        score_change(10, "Diapers are responsible", 610),
        score_change(-8, "Games are frivolous", 602),
        score_change(1, "Vegetables", 603),
        score_change(-1, "Late bill", 602),
        ev.DayEnded(1, 602, 500),
    ]
    report = evening_report(all_features, events, [], world)
    assert report.lines[-1] == "2 smaller reasons cancel each other out (see the Score tab)."
