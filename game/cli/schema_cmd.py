"""`citizen-score schema`: print the JSON Schema of the level format (or write it to a file)."""

import argparse
import sys

from game.cli.args import output_file
from game.cli.common import cannot_write, shown
from game.design.schema import schema_text
from game.userfiles import write_atomic


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        "-o",
        type=output_file,
        metavar="FILE",
        help="write the schema to this file instead of printing it (-: print it)",
    )


def run(args: argparse.Namespace) -> int:
    text = schema_text()
    if args.output is None or str(args.output) == "-":  # '-': standard output, as usual
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(args.output, text)
    except OSError as exc:
        cannot_write("citizen-score schema", args.output, exc)
        return 1
    print(f"wrote {shown(args.output)}")
    return 0
