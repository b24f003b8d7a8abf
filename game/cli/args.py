"""Argument types shared by the commands: whole numbers with their documented ranges, and
the files they write."""

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from game.core.seeds import MAX_SEED  # not the record module: it loads the engine


def _whole_number(text: str) -> tuple[int, str]:
    """The number and how to show it in a message (a pasted 5,000-digit number is cut)."""
    shown = text if len(text) <= 24 else text[:24] + "..."
    try:
        return int(text), shown
    except ValueError:  # int() refuses more than 4,300 digits as it refuses words
        digits = text.strip().lstrip("+-").isdigit()
        problem = "is too large" if digits else "is not a whole number"
        raise argparse.ArgumentTypeError(f"'{shown}' {problem}") from None


def non_negative_int(text: str) -> int:
    """argparse type for counts checked later against the level (--day) and ports."""
    value, shown = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{shown}' must be 0 or more")
    return value


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """argparse type for a whole number from low to high; the message names both."""

    def parse(text: str) -> int:
        value, shown = _whole_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{shown}' must be {low} to {high}")
        return value

    return parse


seed_int = bounded_int(0, MAX_SEED)
"""argparse type for --seed and --bot-seed."""


def named_path(text: str) -> Path:
    """argparse type for a file or folder: an empty name (an unset shell variable, `"$LEVEL"`)
    is refused, where a Path would read it as the current folder."""
    if not text:
        raise argparse.ArgumentTypeError("an empty name: give a file name")
    return Path(text)


def output_file(text: str) -> Path:
    """argparse type for a file a command writes: a name ending in a separator is a folder,
    and a Path would drop the separator and write a file of the folder's name."""
    named_path(text)
    if text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError("names a folder (it ends in /): add a file name")
    return Path(text)


MAX_HOST_CHARS = 253
"""The longest host name the system resolves."""


def listen_host(text: str) -> str:
    """argparse type for the address a server listens on: an empty one (an unset shell
    variable) would listen on every network, and a name of other characters reaches the
    system's resolver, which raised instead of saying no."""
    if not text:
        raise argparse.ArgumentTypeError("an empty address: give 127.0.0.1 or 0.0.0.0")
    if not (text.isascii() and text.isprintable()) or " " in text or len(text) > MAX_HOST_CHARS:
        shown = ascii(text[:24])[1:-1] + ("..." if len(text) > 24 else "")
        raise argparse.ArgumentTypeError(
            f"'{shown}' is not an address: give 127.0.0.1, 0.0.0.0 or this computer's name"
        )
    return text
