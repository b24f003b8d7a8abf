"""Numbers in a level are read as the editor schema reads them: `true`, "4" and 4.0 are not
whole numbers, and the message says what YAML made of what was written."""

from pathlib import Path

import pytest

from game.core.content.loader import load_level_text

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def _problems(old: str, new: str) -> list[str]:
    text = LEVEL.read_text(encoding="utf-8")
    assert old in text
    return [p.format() for p in load_level_text(text.replace(old, new, 1), "l.yaml").problems]


@pytest.mark.parametrize("written", ['"2"', "2.0", "true"])
def test_a_whole_number_written_otherwise_is_refused(written: str) -> None:
    (line,) = _problems(
        "    probability: 0.25\n", f"    probability: 0.25\n    max_times: {written}\n"
    )
    assert f"max_times: expected a whole number, not {written.replace(chr(34), chr(39))}" in line


def test_a_whole_number_written_with_decimals_is_told_to_leave_them_out() -> None:
    (line,) = _problems("    probability: 0.25\n", "    probability: 0.25\n    max_times: 2.0\n")
    assert "leave out the decimals" in line


def test_true_is_not_a_probability() -> None:
    (line,) = _problems("probability: 0.25", "probability: true")
    assert "probability: expected a number, not true" in line


def test_a_number_with_an_exponent_and_no_dot_is_explained() -> None:
    (line,) = _problems("probability: 0.25", "probability: 1e-1")
    assert "expected a number, not '1e-1'" in line and "no dot as text" in line


def test_a_whole_number_is_a_number_too() -> None:
    assert _problems("probability: 0.25", "probability: 1") == []
