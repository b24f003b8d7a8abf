"""Where the results are, typed on the projector's Class debrief: a name the system cannot
take is one line on the screen, never a crash of the game."""

import pytest

from game.classroom.source import report_from


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("~no_such_account_here/handed_in", "no such file or folder"),
        ("x" * 5000, "File name too long"),
        ("CS-" + "x" * 5000, "File name too long"),
    ],
    ids=["home of no account", "name too long", "code-like name too long"],
)
def test_a_typed_name_the_system_cannot_take_is_one_line(typed: str, said: str):
    report, problems = report_from(typed)
    assert report is None and len(problems) == 1 and said in problems[0]
