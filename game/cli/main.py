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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command is listed; with `only`, just that command's module is imported for its
    arguments (a tool's start-up then skips the others' imports: the game, scipy...)."""
    parser = _Parser(prog="citizen-score", description="A serious game about social credit.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout for our own output
    try:
        return _run(list(sys.argv[1:] if argv is None else argv) or ["play"])
    except KeyboardInterrupt:  # Ctrl+C, also while the start-up imports run: no traceback
        return 130


def _run(args_list: list[str]) -> int:
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    args = parser.parse_args(args_list)
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        return int(module.run(args) or 0)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the environment refused: name too long, disk full, no permission
        from game.core.content.loader import printable_name  # only on this path: keep start fast

        where = f": {printable_name(str(exc.filename))}" if exc.filename else ""
        print(
            f"citizen-score {args.command}: {printable_name(exc.strerror or str(exc))}{where}",
            file=sys.stderr,
        )
        return 1
