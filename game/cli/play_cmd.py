"""`citizen-score play [LEVEL] [--seed N]`: open the game window."""

import argparse

from game.cli.common import load_or_report, non_negative_int


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", nargs="?", help="go straight to this level (file or id)")
    parser.add_argument("--seed", type=non_negative_int, default=None)
    parser.add_argument(
        "--watch", action="store_true", help="reload the level file when it is saved"
    )


def run(args: argparse.Namespace) -> int:
    level = None
    if args.level is not None:
        level = load_or_report(args.level)
        if level is None:
            return 1
    from game.ui.app import run_app  # pygame loads only for the commands that open a window

    return run_app(level, args.seed, args.level if args.watch else None)
