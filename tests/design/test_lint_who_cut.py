"""A talk that waits for `not_friend: X` when X can also drop the player comes after X's own
drop too; lint says so and points at `unfriended` / `not_unfriended`."""

from game.design.lint import lint_file

JUN = "    tags: [noisy]\n"


def _with_talk(tutorial_text: str, condition: str, drops: str = "    unfriends_below: 20\n"):
    talk = (
        f"{drops}    talks:\n      - id: jun_cut\n        if: {condition}\n"
        '        text: "You unfriended me?"\n        replies:\n'
        '          - {id: jun_sorry, label: "Sorry."}\n'
        '          - {id: jun_why, label: "Your score."}\n'
    )
    return tutorial_text.replace(JUN, JUN + talk, 1)


def _who_cut(write_level, text: str) -> list[str]:
    return [w.format() for w in lint_file(write_level(text)) if "[who-cut]" in w.format()]


def test_a_talk_on_not_friend_of_someone_who_drops_low_scorers_is_warned_of(
    write_level, tutorial_text
):
    text = _with_talk(tutorial_text, "{not_friend: jun}")
    found = _who_cut(write_level, text)
    line = text.splitlines().index("        if: {not_friend: jun}") + 1
    assert len(found) == 1 and f"level.yaml:{line}:" in found[0], found
    assert "unfriended: jun" in found[0] and "unfriends_below: 20" in found[0]


def test_a_talk_on_unfriended_is_not_warned_of(write_level, tutorial_text):
    assert _who_cut(write_level, _with_talk(tutorial_text, "{unfriended: jun}")) == []


def test_not_friend_with_not_unfriended_is_not_warned_of(write_level, tutorial_text):
    text = _with_talk(tutorial_text, "{not_friend: jun, not_unfriended: jun}")
    assert _who_cut(write_level, text) == []


def test_not_friend_of_someone_who_never_drops_the_player_is_not_warned_of(
    write_level, tutorial_text
):
    assert _who_cut(write_level, _with_talk(tutorial_text, "{not_friend: jun}", drops="")) == []


def test_an_event_that_makes_someone_drop_the_player_counts_as_a_way_to_drop(
    write_level, tutorial_text
):
    text = _with_talk(tutorial_text, "{not_friend: jun}", drops="")
    event = (
        "events:\n  - id: jun_leaves\n    day: 2\n"
        "    effects: {characters: [{id: jun, befriends: false}]}\n"
    )
    text = text.replace("goals:\n", event + "goals:\n", 1)
    found = _who_cut(write_level, text)
    assert len(found) == 1 and "jun befriends: false" in found[0], found
