"""`citizen-score` and `python -m game`: the game with no arguments, tools as subcommands."""

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

COMMANDS = {
    "play": ("game.cli.play_cmd", "play a level in a window (the default)"),
    "validate": ("game.cli.validate_cmd", "check level files and report problems"),
    "autoplay": ("game.cli.autoplay_cmd", "play a level headless with a bot and record it"),
    "replay": ("game.cli.replay_cmd", "re-run a session record and compare every event"),
    "simulate": ("game.cli.simulate_cmd", "play a level many times per strategy (balance)"),
    "lint": ("game.cli.lint_cmd", "validate plus design checks for level files"),
    "schema": ("game.cli.schema_cmd", "print the JSON Schema of the level format"),
    "new-level": ("game.cli.new_level_cmd", "write a commented starter level"),
    "bench": ("game.cli.bench_cmd", "measure frame times of every scene headless"),
}


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line and exit status 2, no traceback."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="citizen-score", description="A serious game about social credit.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout for our own output
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list or ["play"])
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
