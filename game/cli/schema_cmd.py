"""`citizen-score schema`: print the JSON Schema of the level format (or write it to a file)."""

import argparse
import sys

from game.cli.args import output_file
from game.cli.common import cannot_write, outputs_writable, shown, write_output
from game.design.schema import schema_text

PROG = "citizen-score schema"


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
    if not outputs_writable((args.output,), PROG):  # a mistyped folder is not made
        return 1
    try:
        write_output(args.output, text)
    except OSError as exc:
        cannot_write(PROG, args.output, exc)
        return 1
    print(f"wrote {shown(args.output)}")
    return 0
