"""`citizen-score play [LEVEL] [--seed N]`: open the game window."""

import argparse

from game.cli.common import non_negative_int


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", nargs="?", help="go straight to this level (file or id)")
    parser.add_argument("--seed", type=non_negative_int, default=None)
    parser.add_argument(
        "--watch", action="store_true", help="reload the level file when it is saved"
    )


def run(args: argparse.Namespace) -> int:
    from game.ui.app import run_app

    return run_app(level=args.level, seed=args.seed, watch=args.watch)
