"""`simulate --compare` says per strategy why the two versions differ, from the two runs'
own statistics: the rules whose effect moved, the rules that fire in one version only, and
the goals whose met share or main reason for a miss changed. The tiny level: the
conformist buys an apple with each of its 6 actions, so apple_up fires 6 times a run."""

from pathlib import Path

import pytest

from game.cli.main import main
from game.sim.stats import StrategyStats
from tests.core.levels import with_replaced

GOAL = (
    "goals:\n  - {id: rich, label: Rich, description: Keep money., "
    "met_if: {money_at_least: MONEY}}\n"
)


@pytest.fixture
def version(tmp_path: Path):
    def write(name: str, delta: int = 5, money: int = 9999, rule: str = "apple_up") -> Path:
        text = with_replaced("    delta: 5", f"    delta: {delta}")
        text = with_replaced("  - id: apple_up", f"  - id: {rule}", text)
        goal = GOAL.replace("MONEY", str(money))
        path = tmp_path / name
        path.write_text(with_replaced("debrief:", goal + "debrief:", text), encoding="utf-8")
        return path

    return write


def compare(capsys, a: Path, b: Path, *more: str) -> str:
    argv = ["simulate", str(a), "--compare", str(b), "--strategy", "conformist", "--runs", "3"]
    assert main([*argv, *more]) == 0
    return capsys.readouterr().out


def differences(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("why they differ: conformist"))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), None)
    return lines[start:end]


def test_a_changed_delta_is_listed_with_both_versions_figures_and_the_difference(version, capsys):
    out = compare(capsys, version("a.yaml", delta=1), version("b.yaml", delta=5))
    block = differences(out)
    assert block[0] == "why they differ: conformist"
    row = next(x for x in block if x.startswith("    apple_up")).split()
    assert row == ["apple_up", "6.0x", "->", "6.0x", "(same)", "+6.0", "->", "+30.0", "(+24.0)"]


def test_two_versions_that_play_alike_get_one_line_saying_so(version, capsys):
    out = compare(capsys, version("a.yaml"), version("b.yaml"))
    assert differences(out) == [
        "why they differ: conformist: no difference in rules, goals or reasons for a miss"
    ]


def test_each_versions_full_reasons_are_printed_only_with_why(version, capsys):
    a, b = version("a.yaml", delta=1), version("b.yaml", delta=5)
    assert "why (A)" not in compare(capsys, a, b)
    out = compare(capsys, a, b, "--why")
    assert "why (A): conformist" in out and "why (B): conformist" in out


def test_a_rule_that_fires_in_one_version_only_is_named_with_its_side(version, capsys):
    out = compare(capsys, version("a.yaml"), version("b.yaml", rule="apple_treat"))
    block = differences(out)
    assert "  fires only in A (per run): apple_up (6.0x, +30.0)" in block
    assert "  fires only in B (per run): apple_treat (6.0x, +30.0)" in block


def test_a_goal_met_in_one_version_only_says_its_met_share_in_each(version, capsys):
    out = compare(capsys, version("a.yaml"), version("b.yaml", money=0))
    assert "  goal rich: met in 0% -> 100% of runs" in differences(out)


def test_a_goal_missed_for_another_reason_gives_both_reasons(version, capsys):
    out = compare(capsys, version("a.yaml"), version("b.yaml", money=8000))
    assert (
        "  goal rich: most common reason for a miss, A: not money_at_least: 9999; "
        "B: not money_at_least: 8000"
    ) in differences(out)


def _stats(effects: dict[str, tuple[float, float]]) -> StrategyStats:
    return StrategyStats("bot", 10, (1.0, 2.0, 3.0), {}, {}, {}, {}, None, rule_effects=effects)


def test_the_rules_that_moved_most_come_first_and_the_rest_are_counted():
    from game.sim.stats_text import MOVED_SHOWN, format_differences

    count = MOVED_SHOWN + 3
    a = _stats({f"rule_{i}": (1.0, 10.0) for i in range(count)})
    b = _stats({f"rule_{i}": (1.0, 10.0 + i) for i in range(count)})
    lines = format_differences([a], [b]).splitlines()
    shown = [x.split()[0] for x in lines if x.startswith("    rule_")]
    assert shown == [f"rule_{i}" for i in range(count - 1, count - 1 - MOVED_SHOWN, -1)]
    assert lines[-1] == "    and 2 more rules moved less"  # rule_0 did not move


def test_the_help_says_what_the_differences_are_and_what_why_adds(capsys):
    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "why they differ" in text and "--why adds each version's full" in text


def test_a_long_rule_id_puts_its_figures_on_lines_below_it_within_the_width():
    from game.sim.stats_text import format_differences

    rule = "tidy_stairwell_rewarded_by_the_committee_chair_x"  # 48 characters, the most
    a, b = _stats({rule: (12.5, -100.0)}), _stats({rule: (11.0, -250.5)})
    lines = format_differences([a], [b], 70).splitlines()
    assert all(len(x) <= 70 for x in lines), lines
    assert lines[-3:] == [
        f"    {rule}",
        "      fired 12.5x -> 11.0x (-1.5x)",
        "      score change -100.0 -> -250.5 (-150.5)",
    ]
