"""The longest save a level allows, for the resume tests and scripts/bench_resume.py: the
fixture level made 30 days of 10 actions, and a bot's run padded with repeats."""

from __future__ import annotations

from pathlib import Path

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


def long_level(folder: Path) -> Level | None:
    """The fixture level at the longest a level may be, written into `folder`; None if it
    does not load."""
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace("\n  days: 8\n", "\n  days: 30\n", 1)
    text = text.replace("\n  actions_per_day: 3\n", "\n  actions_per_day: 10\n", 1)
    path = folder / "all_features.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_level(path)
    return result.level if result.ok else None


def long_actions(level: Level, total: int, seed: int = 1) -> tuple[list[Action], int]:
    """A bot's run up to the last morning, each of its actions (not the day ends) sent again
    until the save holds `total`, as a hand-edited save might (most repeats are refused by the
    engine); and how many actions the bot's own run had."""
    run = list(run_episode(level, chooser_for(level, "maximiser"), seed, until_day=30).actions)
    extra = max(0, total - len(run))
    each = extra // max(1, sum(a != END_DAY for a in run)) + 1
    out: list[Action] = []
    for action in run:
        out.append(action)
        if action != END_DAY and extra > 0:
            out += [action] * min(each, extra)
            extra -= min(each, extra)
    return out, len(run)
