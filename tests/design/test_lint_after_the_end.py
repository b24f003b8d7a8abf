"""lint warns of events and talks dated after the last day: shortening `player.days` leaves
them behind, and validate cannot tell a late day from a planned one."""

from game.design.lint import lint_file


def messages(write_level, text: str) -> list[str]:
    return [p.format() for p in lint_file(write_level(text))]


def test_an_event_dated_after_the_last_day_is_reported_with_its_check(write_level, tutorial_text):
    event = "events:\n  - id: late_notice\n    day: 9\n    effects: {money: 5}\n"
    lines = messages(write_level, tutorial_text + event)
    expected = "event 'late_notice' is on day 9, after the level ends (day 4)"
    assert any(expected in line and line.endswith("[after-the-end]") for line in lines), lines


def test_a_talk_dated_after_the_last_day_is_reported(write_level, tutorial_text):
    talk = (
        "    talks:\n      - id: late_talk\n        day: 7\n        text: Still there?\n"
        "        replies: [{id: yes_here, label: Here}, {id: not_here, label: Gone}]\n"
    )
    old = "    tags: [noisy]\n"
    lines = messages(write_level, tutorial_text.replace(old, old + talk, 1))
    assert any("talk 'late_talk' is on day 7, after the level ends" in line for line in lines)
