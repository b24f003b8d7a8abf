"""`simulate --set PATH=VALUES` with hostile paths: places that are no plain number (a
superscript two, an Arabic one, thousands of digits), escape sequences, paths longer than any
level holds. Each is one line and exit 2; two of them were a traceback (int() refuses '²' and
5,000 digits) and an escape sequence went to the terminal raw."""

from __future__ import annotations

import pytest

from game.cli.main import main
from game.sim.sweep import MAX_PATH_CHARS
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def _refused(capsys: pytest.CaptureFixture[str], setting: str) -> str:
    assert main(["simulate", LEVEL, "--runs", "1", "--set", setting]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1
    return captured.err


@pytest.mark.parametrize(
    "place",
    ["\u00b2", "\u0661", "0", "-1", "01x", "9" * 900],
    ids=["superscript", "arabic", "0", "-1", "x", "900 digits"],
)
def test_a_place_that_is_no_plain_number_from_1_names_the_places_there_are(place: str, capsys):
    err = _refused(capsys, f"rules#{place}.delta=1")
    assert "name one as rules#1 to rules#" in err


def test_a_place_of_5000_digits_is_refused_by_the_path_limit(capsys):
    err = _refused(capsys, f"rules#{'9' * 5000}.delta=1")
    assert f"the path is 5012 characters long; at most {MAX_PATH_CHARS}" in err


def test_a_path_longer_than_the_limit_is_refused_without_being_said_back(capsys):
    err = _refused(capsys, "score." + "a" * 100_000 + "=1")
    assert len(err) < 200


def test_an_escape_sequence_in_a_path_is_shown_not_sent_to_the_terminal(capsys):
    err = _refused(capsys, "rules.x\x1b[2Jred.delta=1")
    assert "\x1b" not in err and r"x\x1b[2Jred" in err


def test_an_escape_sequence_in_the_values_is_shown_not_sent_to_the_terminal(capsys):
    err = _refused(capsys, "score.start=1\x1b[2J,2")
    assert "\x1b" not in err and r"1\x1b[2J,2" in err


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("meta.objectives#1=5", "--set meta.objectives#1: the value there is not a number"),
        ("rules.diapers_up.sources#1=1", "sources#1: the value there is not a number"),
        (
            "score.factors=5",
            "--set score.factors: that names a list; name a number in one of its entries, by id "
            "or by place from 1, like score.factors.behaviour.weight",
        ),
        (
            "rules.diapers_up.when.tags=1",
            "when.tags: that names a list, and none of its values is a number",
        ),
    ],
)
def test_a_path_to_a_text_or_a_list_says_what_is_there(setting: str, said: str, capsys):
    """A text in a list was called 'a group of values', a list 'not a number'."""
    assert said in _refused(capsys, setting)
