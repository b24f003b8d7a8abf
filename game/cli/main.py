"""`citizen-score` and `python -m game`: the game with no arguments, tools as subcommands."""

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from game.commands import COMMANDS


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
    except OSError as exc:  # the environment refused: name too long, disk full, no permission
        where = f": {exc.filename}" if exc.filename else ""
        print(f"citizen-score {args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
