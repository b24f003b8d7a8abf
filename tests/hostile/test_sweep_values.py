"""`simulate --set` values that are not finite, or ranges too long to count, are one line."""

import pytest

from game.cli.main import main
from game.sim.sweep import MAX_VALUES, SweepError, _values
from tests.conftest import FIXTURES


@pytest.mark.parametrize("text", ["0:inf:1", "nan:1:1", "1e400", "400,nan", "-inf:0:1"])
def test_a_value_that_is_not_finite_is_refused_in_one_line(text: str):
    with pytest.raises(SweepError, match="every number must be finite"):
        _values(text)


@pytest.mark.parametrize("text", ["0:1e308:1e-308", "0:1000:1", "-1e308:1e308:1"])
def test_a_range_of_more_values_than_allowed_says_the_limit_without_counting(text: str):
    with pytest.raises(SweepError, match=f"more than {MAX_VALUES} values; at most {MAX_VALUES}"):
        _values(text)


def test_simulate_with_an_endless_range_exits_2_without_a_traceback(capsys):
    level = str(FIXTURES / "all_features.yaml")
    assert main(["simulate", level, "--runs", "1", "--set", "score.start=0:1e308:1e-308"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_huge_value_is_refused_in_a_short_line_not_in_hundreds_of_digits(capsys):
    level = str(FIXTURES / "all_features.yaml")
    assert main(["simulate", level, "--runs", "1", "--set", "score.start=1e308"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 200, err
