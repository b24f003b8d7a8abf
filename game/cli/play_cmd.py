"""`citizen-score play [LEVEL] [--seed N] [--watch] [--debug] [--day N]`: open the game window."""

import argparse
import sys
from pathlib import Path

from game.cli.args import bounded_int, named_path, seed_int
from game.cli.common import load_or_report, printable_line
from game.core.actions import Action
from game.core.content.loader import printable_name
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.record import SESSION_KIND, SESSION_VERSION, SessionRecord
from game.core.spec.base import MAX_DAY
from game.paths import resolve_level
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import run_episode
from game.userfiles import FileFormatError, read_json

WARP_STRATEGY = "conformist"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from game.ui.play import DEFAULT_SEED  # no pygame: the session model only

    parser.add_argument("level", nargs="?", help="go straight to this level (file or id)")
    parser.add_argument(
        "--seed",
        type=seed_int,
        default=None,
        help=f"the level seed: the same seed and choices play the same (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--watch", action="store_true", help="reload the level file when it is saved (F12 inspects)"
    )
    parser.add_argument(
        "--debug", action="store_true", help="designer tools: F12 shows the true score and rules"
    )
    parser.add_argument(
        "--day",
        type=bounded_int(1, MAX_DAY),
        default=None,
        help="warp: start on the morning of this day, after a bot (or --from-record) played "
        "the days before",
    )
    parser.add_argument(
        "--strategy",
        default=None,
        help=f"the bot that plays the days before --day (default {WARP_STRATEGY})",
    )
    parser.add_argument(
        "--from-record",
        type=named_path,
        metavar="FILE",
        default=None,
        help="with --day: replay this session record's actions instead of a bot",
    )
    parser.add_argument("--session", metavar="CODE", help="join a class with its session code")
    parser.add_argument("--nickname", help="your invented nickname (default: a random one)")


def run(args: argparse.Namespace) -> int:
    unused = _unused_option(args)
    if unused:
        print(f"citizen-score play: {unused}", file=sys.stderr)
        return 2
    if args.session is not None:
        return _join(args)
    level, watch = None, None
    if args.level is not None:
        level = load_or_report(args.level, "citizen-score play")
        path = resolve_level(args.level) if args.watch else None
        if level is None and (path is None or args.day is not None):
            return 1
        watch = str(path) if path is not None else None
        if level is None:
            print(
                "citizen-score play: the game shows these problems until the file is saved fixed",
                file=sys.stderr,
            )
    actions = None
    if args.day is not None:
        if level is None:
            print("citizen-score play: --day needs a LEVEL", file=sys.stderr)
            return 2
        actions = warp_actions(level, args)
        if actions is None:
            return 2
    from game.ui.scenes.flow import run_app  # pygame loads only for commands with a window

    return run_app(level, args.seed, watch, debug=args.debug, actions=actions)


def _unused_option(args: argparse.Namespace) -> str | None:
    """An option the window would ignore: said at once, rather than opening a game that is
    not the one asked for (another seed, no warp, no class)."""
    if args.session is not None:
        ignored = {
            "LEVEL": args.level,
            "--seed": args.seed,
            "--day": args.day,
            "--watch": args.watch or None,
            "--debug": args.debug or None,
        }
        given = [name for name, value in ignored.items() if value is not None]
        if given:
            return f"{given[0]} does not go with --session: the session code sets up the game"
    elif args.nickname is not None:
        return "--nickname is for a class game; add --session CODE"
    if args.day is None and (args.from_record is not None or args.strategy is not None):
        option = "--from-record" if args.from_record is not None else "--strategy"
        return f"{option} plays the days before --day; add --day N"
    return None


def warp_actions(level: Level, args: argparse.Namespace) -> list[Action] | None:
    """The actions that reach the morning of `--day`, from a record or a bot; None (with a
    message) when they cannot be had."""
    days = level.spec.player.days
    if not 1 <= args.day <= days:
        print(f"citizen-score play: --day must be 1 to {days} for this level", file=sys.stderr)
        return None
    from game.ui.play import DEFAULT_SEED  # no pygame: the session model only

    seed = DEFAULT_SEED if args.seed is None else args.seed
    if args.from_record is not None:
        record = _read_warp_record(args.from_record, level)
        if record is None:
            return None
        if args.seed not in (None, record.seed):
            print(
                f"citizen-score play: the record was played with seed {record.seed}; "
                "leave out --seed",
                file=sys.stderr,
            )
            return None
        args.seed = record.seed
        return _until_day(level, record.seed, list(record.actions), args.day)
    strategy = args.strategy or WARP_STRATEGY
    choose = chooser_for(level, strategy)
    if choose is None:
        names = ", ".join(strategy_names(level))
        print(f"citizen-score play: unknown strategy '{strategy}' ({names})", file=sys.stderr)
        return None
    return list(run_episode(level, choose, seed, until_day=args.day).actions)


def _read_warp_record(path: Path, level: Level) -> SessionRecord | None:
    """The record to warp with, or None after one line: unreadable, or made on another level."""
    try:
        record = SessionRecord.from_json(read_json(path, SESSION_KIND, SESSION_VERSION))
    except FileFormatError as exc:  # its message starts with the file name
        print(printable_name(f"citizen-score play: {exc}"), file=sys.stderr)
        return None
    except ValueError as exc:
        print(printable_name(f"citizen-score play: {path}: {exc}"), file=sys.stderr)
        return None
    if record.level_id != level.id:
        shown = printable_line(record.level_id[:60])
        print(
            f"citizen-score play: {printable_name(str(path))}: the record was played on '{shown}', not '{level.id}'",
            file=sys.stderr,
        )
        return None
    return record


def _until_day(level: Level, seed: int, actions: list[Action], day: int) -> list[Action]:
    """The record's actions taken before the morning of `day`."""
    world, _ = new_world(level, seed)
    kept = []
    for action in actions:
        if world.day >= day or world.ended:
            break
        world, _ = step(world, action)
        kept.append(action)
    return kept


def _join(args: argparse.Namespace) -> int:
    """Check the code and the nickname before the window opens; one line if either is wrong."""
    import numpy as np

    from game.classroom.code import CodeError
    from game.classroom.levels import resolve
    from game.classroom.results import nickname_problem, random_nickname

    try:
        code, level = resolve(args.session)
    except CodeError as exc:
        print(f"citizen-score play: session code: {exc}", file=sys.stderr)
        return 1
    nickname = (  # "" (an unset shell variable) is refused, as autoplay refuses it
        args.nickname if args.nickname is not None else random_nickname(np.random.default_rng())
    )
    problem = nickname_problem(nickname)
    if problem:
        print(f"citizen-score play: --nickname: {problem}", file=sys.stderr)
        return 2
    from game.classroom.seat import Seat
    from game.ui.scenes.flow import run_app

    return run_app(level, code.seed, None, seat=Seat(code, level.id, nickname))
