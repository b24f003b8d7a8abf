"""`citizen-score autoplay LEVEL --strategy NAME --seed N --record FILE`: a bot plays it all."""

import argparse
import sys
from pathlib import Path

import numpy as np

from game.classroom.code import CodeError, SessionCode
from game.classroom.finish import finish_level
from game.classroom.levels import resolve
from game.classroom.results import nickname_problem, random_nickname
from game.cli.args import named_path, output_file, seed_int
from game.cli.common import cannot_write, load_or_report, outputs_writable, shown
from game.core.events import LevelEnded, describe
from game.core.level import Level
from game.core.record import SessionRecord
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import run_episode
from game.userfiles import named_file_mode, write_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "level", nargs="?", help="a level file or the id of a shipped level (or use --session)"
    )
    which.add_argument("--session", metavar="CODE", help="play a class session's scenario")
    parser.add_argument(
        "--strategy",
        default="random",
        help="random, conformist, dissident, loyal_friend, maximiser, or one the level defines",
    )
    parser.add_argument(
        "--seed", type=seed_int, default=0, help="the level seed (default 0); a record keeps it"
    )
    parser.add_argument(
        "--record", type=output_file, metavar="FILE", help="write the session record here"
    )
    parser.add_argument(
        "--results", type=named_path, metavar="FILE", help="write a class results file here"
    )
    parser.add_argument("--nickname", help="the results' nickname (default: a random one)")
    parser.add_argument(
        "--bot-seed", type=seed_int, help="the bot's own seed (default: the level seed)"
    )


def _level_and_code(args: argparse.Namespace) -> tuple[Level | None, SessionCode | None]:
    """The level to play: from the session code when one is given (its seed wins)."""
    if args.session is None:
        return load_or_report(args.level, "citizen-score autoplay"), None
    try:
        code, level = resolve(args.session)
    except CodeError as exc:
        print(f"citizen-score autoplay: session code: {exc}", file=sys.stderr)
        return None, None
    args.seed = code.seed
    return level, code


def run(args: argparse.Namespace) -> int:
    problem = nickname_problem(args.nickname) if args.nickname is not None else None
    if problem:
        print(f"citizen-score autoplay: --nickname: {problem}", file=sys.stderr)
        return 2
    level, code = _level_and_code(args)
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
    if not outputs_writable(
        (args.record, args.results), "citizen-score autoplay", (Path(level.file),)
    ):
        return 1
    episode = run_episode(level, choose, args.seed, bot_seed=args.bot_seed)
    end = next(e for e in reversed(episode.events) if isinstance(e, LevelEnded))
    # an opt-in score never joined was never the player's: no number, as the debrief says
    held = f"score {end.score} ({end.tier})" if episode.outcome.joined else "never joined the score"
    print(
        f"{level.id} seed {args.seed} {args.strategy}: {held}; "
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
            write_json(args.record, record.to_json(), named_file_mode())
        except OSError as exc:
            cannot_write("citizen-score autoplay", args.record, exc)
            return 1
        print(f"recorded {len(episode.actions)} actions to {shown(args.record)}")
    if args.results or code is not None:
        return _finish(args, level, code, episode)
    return 0


def _finish(args: argparse.Namespace, level: Level, code: SessionCode | None, episode) -> int:
    nickname = args.nickname or random_nickname(np.random.default_rng(args.bot_seed))
    try:
        finished = finish_level(
            code,
            nickname,
            level,
            args.seed,
            episode.actions,
            episode.outcome,
            args.strategy,
            args.results,
        )
    except ValueError as exc:
        print(f"citizen-score autoplay: {exc}", file=sys.stderr)
        return 2
    kept = finished.path is not None
    for line in finished.lines():  # a file that could not be kept is an error: all on stderr
        print(line, file=sys.stdout if kept else sys.stderr)
    return 0 if kept else 1
