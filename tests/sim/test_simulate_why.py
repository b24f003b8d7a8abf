"""simulate explains why (rules, choices, missed goals, tier days) and compares versions and
sweeps a number, on a tiny level whose answers are known: the conformist buys an apple with
each of its 6 actions, so the final score is 50 + 6 x the apple rule's delta."""

from pathlib import Path

import pytest

from game.cli.main import main
from tests.core.levels import with_replaced

GOAL = "goals:\n  - {id: rich, label: Rich, description: Keep money., met_if: {money_at_least: 9999}}\n"


@pytest.fixture
def apples(tmp_path: Path):
    def write(delta: int, name: str = "a.yaml") -> Path:
        path = tmp_path / name
        text = with_replaced("    delta: 5", f"    delta: {delta}")
        path.write_text(with_replaced("debrief:", GOAL + "debrief:", text), encoding="utf-8")
        return path

    return write


def simulate(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["simulate", *map(str, argv), "--strategy", "conformist", "--runs", "3"])
    out, err = capsys.readouterr()
    return code, out, err


def line(out: str, start: str) -> list[str]:
    return next(x for x in out.splitlines() if x.startswith(start)).split()


def test_the_explanation_names_each_rules_firings_and_total_effect(apples, capsys):
    code, out, _ = simulate(capsys, apples(5))
    assert code == 0
    assert line(out, "    apple_up") == ["apple_up", "6.0x", "+30.0"]
    assert "chosen most (per run): buy apple (6.0)" in out


def test_the_explanation_gives_the_most_common_reason_a_goal_was_missed(apples, capsys):
    _, out, _ = simulate(capsys, apples(5))
    assert "goal rich missed in 100%: mostly not money_at_least: 9999" in out


def test_the_table_gives_the_day_each_tier_was_first_reached(apples, capsys):
    _, out, _ = simulate(capsys, apples(5))
    assert line(out, "tier high first day") == ["tier", "high", "first", "day", "1.0"]
    assert line(out, "tier low first day")[-1] == "0.0"


def test_compare_plays_both_versions_with_the_same_seeds_and_marks_differences(apples, capsys):
    code, out, _ = simulate(capsys, apples(1), "--compare", apples(5, "b.yaml"))
    assert code == 0
    assert line(out, "score p50") == ["score", "p50", "56", "80", "*"]
    assert line(out, "tier high ") == ["tier", "high", "0%", "100%", "*"]
    assert line(out, "tier low ") == ["tier", "low", "100%", "100%"]


def test_set_plays_one_column_per_value(apples, capsys):
    code, out, _ = simulate(capsys, apples(5), "--set", "rules.apple_up.delta=1,5,10")
    assert code == 0
    assert line(out, "rules.apple_up.delta =")[2:] == ["1", "5", "10"]
    assert line(out, "score p50") == ["score", "p50", "56", "80", "100"]


def test_set_accepts_a_range(apples, capsys):
    _, out, _ = simulate(capsys, apples(5), "--set", "rules.apple_up.delta=2:6:2")
    assert line(out, "rules.apple_up.delta =")[2:] == ["2", "4", "6"]
    assert line(out, "score p50")[2:] == ["62", "74", "86"]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("rules.aple_up.delta=1", "no entry with id 'aple_up' in rules (did you mean 'apple_up'?)"),
        ("rules.apple_up.dleta=1", "rules.apple_up has no key 'dleta' (did you mean 'delta'?)"),
        ("nope=1", "--set nope: the level has no key 'nope'"),
        ("rules.apple_up.reason=1", "the value there is not a number"),
        ("rules.apple_up.delta=x", "numbers separated by commas, or start:stop:step"),
        ("player.days=99", "player.days: must be at most 30, not 99"),
    ],
)
def test_set_paths_and_values_are_checked_with_a_clear_message(apples, capsys, setting, message):
    code, out, err = simulate(capsys, apples(5), "--set", setting)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err


def test_help_explains_every_column():
    import argparse

    from game.cli import simulate_cmd

    parser = argparse.ArgumentParser()
    simulate_cmd.add_arguments(parser)
    text = parser.format_help()
    for phrase in ("EVER reached", "first day", "score p10/p50/p90", "goal met", "--compare"):
        assert phrase in text


def test_a_goal_missed_behind_a_restriction_names_the_restriction(tmp_path, capsys):
    blocked = (
        "restrictions:\n  - {id: no_shop, label: No shop}\n"
        "services:\n  - {id: shop, label: Shop, blocked_by: [no_shop], outcome: Done.}\n"
        "goals:\n  - {id: shopped, label: Shop, description: Use the shop., "
        "met_if: {used_service: shop}}\n"
    )
    text = with_replaced(
        "  - {id: low, label: Low, min: 0}",
        "  - {id: low, label: Low, min: 0, restrictions: [no_shop]}",
    )
    path = tmp_path / "blocked.yaml"
    path.write_text(with_replaced("debrief:", blocked + "debrief:", text), encoding="utf-8")
    _, out, _ = simulate(capsys, path)
    assert (
        "goal shopped missed in 100%: mostly not used_service: shop (blocked while no_shop was held)"
        in out
    )
