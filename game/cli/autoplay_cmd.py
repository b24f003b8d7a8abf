"""`citizen-score autoplay LEVEL --strategy NAME --seed N --record FILE`: a bot plays it all."""

import argparse
import sys
from pathlib import Path

from game.cli.common import load_or_report, non_negative_int
from game.core.events import LevelEnded, describe
from game.core.record import SessionRecord
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import run_episode
from game.userfiles import write_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", help="a level file or the id of a shipped level")
    parser.add_argument(
        "--strategy",
        default="random",
        help="random, conformist, dissident, loyal_friend, maximiser, or one the level defines",
    )
    parser.add_argument("--seed", type=non_negative_int, default=0)
    parser.add_argument("--record", type=Path, help="write the session record here")


def run(args: argparse.Namespace) -> int:
    level = load_or_report(args.level)
    if level is None:
        return 1
    choose = chooser_for(level, args.strategy)
    if choose is None:
        names = ", ".join(strategy_names(level))
        print(
            f"citizen-score autoplay: unknown strategy '{args.strategy}' (known: {names})",
            file=sys.stderr,
        )
        return 2
    episode = run_episode(level, choose, args.seed)
    end = next(e for e in reversed(episode.events) if isinstance(e, LevelEnded))
    print(
        f"{level.id} seed {args.seed} {args.strategy}: score {end.score} ({end.tier}); "
        f"goals met: {', '.join(end.goals_met) or 'none'}; "
        f"missed: {', '.join(end.goals_failed) or 'none'}"
    )
    if args.record:
        record = SessionRecord(
            level.id,
            level.content_hash,
            args.seed,
            episode.actions,
            tuple(describe(e) for e in episode.events),
            args.strategy,
        )
        try:
            write_json(args.record, record.to_json())
        except OSError as exc:
            print(
                f"citizen-score autoplay: cannot write {args.record}: {exc.strerror}",
                file=sys.stderr,
            )
            return 1
        print(f"recorded {len(episode.actions)} actions to {args.record}")
    return 0
