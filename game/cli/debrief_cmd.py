"""`citizen-score debrief RECORD [--html FILE]`: a played level's debrief, from a session record
or a class results file, as text or as one self-contained HTML page a student can hand in."""

import argparse
import sys
from pathlib import Path

from game.cli.args import named_path, output_file
from game.cli.common import cannot_write, misnamed_output, outputs_writable, shown, write_output
from game.cli.records import level_changed, level_of_record, read_played
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.society import measure_lines, society_of


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "record",
        type=named_path,
        help="a session record written by autoplay or the game, or a class results file",
    )
    parser.add_argument(
        "--html", type=output_file, metavar="FILE", help="write the debrief as HTML here"
    )
    parser.add_argument("--level", help="the level file, if not the shipped level of that id")


def run(args: argparse.Namespace) -> int:
    record = read_played(args.record, "citizen-score debrief")
    if record is None:
        return 1
    level = level_of_record(record, args.level, "citizen-score debrief")
    if level is None:
        return 1
    if level.content_hash != record.level_hash:
        print(level_changed(level, record, "citizen-score debrief"), file=sys.stderr)
        return 1
    if not outputs_writable((args.html,), "citizen-score debrief", (args.record, Path(level.file))):
        return 1
    misnamed = misnamed_output((("--html", args.html),))
    if misnamed:
        print(f"citizen-score debrief: {misnamed}", file=sys.stderr)
        return 2
    doc = build_debrief(level, record.seed, record.actions)
    if args.html is None:
        town = society_of(level, doc.seed)
        sys.stdout.write(render_text(doc, measure_lines(level, town)))
        return 0
    try:
        write_output(args.html, render_html(doc, level))
    except OSError as exc:
        cannot_write("citizen-score debrief", args.html, exc)
        return 1
    print(f"debrief written to {shown(args.html)}")
    return 0
