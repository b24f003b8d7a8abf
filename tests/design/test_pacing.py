"""The pacing check: a beat every day, never two 'Nothing changed.' evenings in a row."""

import pytest

from game.core import events as ev
from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.design.check_pacing import failing_days, static_beats
from game.design.lint import lint_file
from game.paths import level_files, levels_dir

LONGER = "  days: 4\n"
LONELY = "    tags: [noisy]\n"
"""Jun stops being a friend, so his noise no longer moves the score every evening."""


def _flat(text: str) -> str:
    """The tutorial stretched to nine days with nothing to fill them."""
    assert LONGER in text and "    friend: true\n    tags: [noisy]\n" in text
    return text.replace(LONGER, "  days: 9\n").replace("    friend: true\n" + LONELY, LONELY)


def _level(write_level, text: str, name: str = "level.yaml"):
    result = load_level(write_level(text, name))
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def test_the_tutorial_level_is_well_paced(write_level, tutorial_text):
    assert failing_days(_level(write_level, tutorial_text)) == []


def test_days_added_with_nothing_in_them_are_reported(write_level, tutorial_text):
    level = _level(write_level, _flat(tutorial_text))
    messages = failing_days(level)
    assert any(m.startswith("day 8 brings nothing new") for m in messages)
    assert any("evenings of days 7 and 8 both say 'Nothing changed.'" in m for m in messages)


def test_a_scripted_event_is_a_beat_for_its_day(write_level, tutorial_text):
    text = _flat(tutorial_text)
    text += "\n" if not text.endswith("\n") else ""
    level = _level(write_level, text)
    assert 8 not in static_beats(level.spec)
    event = "events:\n  - id: late_news\n    day: 8\n    bulletin: {headline: News, text: Rain.}\n"
    assert "events:" not in text
    with_event = _level(write_level, text + event)
    assert "event 'late_news'" in static_beats(with_event.spec)[8]
    assert not any(m.startswith("day 8 ") for m in failing_days(with_event))


def test_lint_reports_pacing_as_a_warning_at_the_days_setting(write_level, tutorial_text):
    path = write_level(_flat(tutorial_text))
    problems = [p for p in lint_file(path) if "brings nothing new" in p.message]
    assert problems and all(p.line == 20 and p.severity.value == "warning" for p in problems)


SHIPPED = level_files()


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_level_has_a_beat_each_day_and_no_two_quiet_evenings(path):
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]
    assert failing_days(result.level) == []


def test_a_message_waiting_for_a_reply_is_a_beat_for_its_day():
    result = load_level(levels_dir() / "nosedive.yaml")
    assert "mum sends a message (mum_two_stars)" in static_beats(result.level.spec)[5]


def test_a_message_that_waits_on_a_condition_is_not_a_scheduled_beat():
    result = load_level(levels_dir() / "sesame_garden.yaml")
    beats = static_beats(result.level.spec)
    assert not any("xiaoyu_be_honest" in what for day in beats.values() for what in day)


POSTS = (
    "feed:\n"
    "  - {id: jun_bass, author: jun, text: New bass strings. Sorry in advance.}\n"
    "  - {id: jun_quiet, author: jun, text: Quiet night. Just me and my headphones.}\n"
)
"""Undated posts by Jun, who never posts by chance: kept for quiet evenings."""


def _evenings(level) -> list[tuple[list[str], dict]]:
    """(posts published that evening, random state after it) for each day of an idle run."""
    world, _ = new_world(level, 1)
    out = []
    while not world.ended:
        world, events = step(world, END_DAY)
        evening = events[
            : next((i for i, e in enumerate(events) if isinstance(e, ev.DayStarted)), None)
        ]
        out.append(([e.post for e in evening if isinstance(e, ev.FeedPosted)], world.rng_state))
    return out


def test_the_second_quiet_evening_in_a_row_brings_an_undated_post(write_level, tutorial_text):
    level = _level(write_level, _flat(tutorial_text) + POSTS)
    posts = [posts for posts, _ in _evenings(level)]
    assert posts[:4] == [[], ["jun_bass"], [], ["jun_quiet"]]  # then none is left
    quiet = [m for m in failing_days(level) if "both say 'Nothing changed.'" in m]
    assert quiet and not any(f"days {a} and {a + 1} " in m for m in quiet for a in (1, 2, 3, 4))


def test_a_quiet_evening_post_takes_no_random_draw(write_level, tutorial_text):
    plain = _evenings(_level(write_level, _flat(tutorial_text), name="plain.yaml"))
    posted = _evenings(_level(write_level, _flat(tutorial_text) + POSTS))
    assert [state for _, state in plain] == [state for _, state in posted]
    assert [p for p, _ in posted] != [p for p, _ in plain]
