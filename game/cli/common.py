"""Helpers the commands share: loading a level by path or id, with problems printed."""

import argparse
import errno
import json
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.content.loader import load_folder, load_level, printable_name
from game.core.content.problems import UTF16_MARKS, Problem, did_you_mean, excerpt, visible_char
from game.core.content.yaml_source import MAX_BYTES
from game.design.entry_paths import named_problems
from game.paths import assets_dir, level_files, resolve_level

if TYPE_CHECKING:
    from game.core.level import Level


def level_paths(paths: list[Path]) -> list[Path]:
    """Files as given and folders expanded; a name that is neither, but is a shipped level's
    id, stands for that level (as `simulate` and `play` take it). A file named twice (or
    through another path) is checked once: it is no copy of itself."""
    return _once_each(load_folder([_shipped_or_given(path) for path in paths]))


def _once_each(files: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for path in files:
        try:
            key = path.resolve()
        except (OSError, RuntimeError, ValueError):  # a loop of links, or a name with NUL
            key = path
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _missing_hint(name: str) -> str:
    """For a level name that names nothing: a close file beside it (a typo in the file
    name), a folder that is not there, or else the shipped level ids (a typo in an id)."""
    ids = [p.stem for p in level_files()]
    shipped = ", ".join(ids) or "none"
    if not name.endswith((".yaml", ".yml")) and "/" not in name and os.sep not in name:
        return did_you_mean(name, ids) or f"shipped level ids: {shipped}"
    return _beside(name, (".yaml", ".yml"), "level") or f"shipped level ids: {shipped}"


def _beside(name: str, suffixes: tuple[str, ...], what: str) -> str | None:
    """A close file beside a name that names nothing, the folder that is not there, or the
    files of that kind in its folder; None when the folder holds none."""
    folder = os.path.dirname(name) or "."
    try:
        files = [e.name for e in os.scandir(folder) if e.name.endswith(suffixes)]
    except (OSError, ValueError):
        return f"there is no folder '{printable_name(folder)}' here"
    close = did_you_mean(os.path.basename(name), files)
    if close is not None:
        return close.replace("'", "'" + ("" if folder == "." else f"{folder}/"), 1)
    if files:
        listed = ", ".join(sorted(files)[:5]) + (" ..." if len(files) > 5 else "")
        return f"the {what} files in '{printable_name(folder)}': {listed}"
    return None


def no_record_file(name: str) -> str:
    """The words for a record (or results) file name that names nothing, as `not_a_level`
    words a level's: a close .json file beside it, or the folder that is not there."""
    hint = _beside(name, (".json",), ".json")
    return f"no record file '{printable_name(name)}'" + (f" ({hint})" if hint else "")


def _shipped_or_given(path: Path) -> Path:
    try:
        if path.exists():
            return path
    except (OSError, ValueError):  # a name too long for the system, or holding NUL
        return path
    return resolve_level(str(path)) or path


def load_or_report(name: str, prog: str) -> "Level | None":
    """Load a level named by path or id; print its problems to stderr and return None if any.
    A name that gives no file to read is one line, `unreadable_level`'s, after `prog`."""
    problem = unreadable_level(name)
    if problem is not None:
        print(f"{prog}: {problem}", file=sys.stderr)
        return None
    path = resolve_level(name)
    assert path is not None, "unreadable_level resolved it"
    result = load_level(path, assets=assets_dir())
    for problem_found in another_file(named_problems(result.problems, path), path):
        print(problem_found.format(), file=sys.stderr)
    return result.level if result.ok else None


def unreadable_level(name: str) -> str | None:
    """Why a name given for a level gives no file to read, in the words every command that
    takes a level prints after its name: nothing there (with a hint), a folder, not a
    regular file, or the system refused to open it. None when the file can be read."""
    path = resolve_level(name)
    if path is None:
        return not_a_level(name)
    try:  # a regular file (resolve_level checked): opening it never waits
        os.close(os.open(path, os.O_RDONLY))
    except OSError as exc:
        reason = printable_name(exc.strerror or str(exc))
        return f"{printable_name(name)}: cannot read it ({reason[:1].lower()}{reason[1:]})"
    return None


OTHER_FILES = {
    "citizen-score-results": ("a class results file", "class report and debrief read it"),
    "citizen-score-session": ("a session record", "replay and debrief read it"),
    "citizen-score-save": ("a saved game", "the game resumes it from the level list"),
    "citizen-score-settings": ("the game's settings", "the game reads them itself"),
    "citizen-score-progress": ("the game's list of finished levels", "the game reads it itself"),
    "citizen-score-seat": ("this computer's class seat", "the game sends it when joining a class"),
}
"""The game's other JSON files, by their kind, with what reads them: handed where a level
goes, "add 'format: 1' at the top" would send the user to edit a file that is no level."""


def another_file(problems: list[Problem], path: Path) -> list[Problem]:
    """The problems of a file that failed to load as a level, or one line saying it is
    another of the game's files (a student's results, a record) and what reads it."""
    if not problems or problems[0].message != "missing 'format'":
        return problems
    try:
        with path.open("rb") as file:
            data = json.loads(file.read(MAX_BYTES))
    except (OSError, ValueError, RecursionError):
        return problems
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind not in OTHER_FILES:
        return problems
    what, reader = OTHER_FILES[kind]
    first = problems[0]
    hint = f"{reader}; give a level file (.yaml) or a shipped level id"
    return [Problem(first.file, 1, 1, f"{what}, not a level", hint)]


def not_a_level(name: str) -> str:
    """Why a name given for a level is none: a folder, a FIFO or device, or nothing there."""
    shown = printable_name(name)
    try:
        mode = os.stat(name).st_mode
    except (OSError, ValueError):  # nothing there, or a name the system refuses
        return f"no level file or level id '{shown}' ({_missing_hint(name)})"
    if stat.S_ISDIR(mode):
        return f"{shown}: a folder, not a level file{_levels_in(name)}"
    return f"{shown}: not a regular file"


def _levels_in(folder: str) -> str:
    """The level files a folder holds, for a designer who named the folder: the first few."""
    try:
        names = sorted(
            printable_name(entry.name)
            for entry in os.scandir(folder)
            if entry.name.endswith((".yaml", ".yml")) and entry.is_file()
        )
    except OSError:
        return ""
    if not names:
        return " (it holds no .yaml file)"
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return f" (give one of its files: {', '.join(names[:5])}{more})"


def add_brief_argument(parser: argparse.ArgumentParser) -> None:
    """`--brief`: one line per problem, without the source excerpt."""
    parser.add_argument(
        "--brief", action="store_true", help="one line per problem, without the source line"
    )


EXCERPTS = 100
"""Problems shown with their source line and caret; the rest get their one line each (a
designer fixes the first ones first, and a file with tens of thousands still prints fast)."""


def print_problems(problems: list[Problem], path: Path, *, brief: bool = False) -> None:
    """Each problem as file:line:column, then (for the first EXCERPTS) its source line with a
    caret under the column."""
    problems = another_file(problems, path)
    lines = [] if brief else _source_lines(path)
    out = []  # written at once: a crafted file can have tens of thousands of problems
    for problem in problems[:EXCERPTS]:
        out.append(problem.format())
        out.extend(printable_line(line) for line in excerpt(problem, lines))
    out.extend(problem.format() for problem in problems[EXCERPTS:])
    if lines and len(problems) > EXCERPTS:
        out.append(
            f"({len(problems)} problems listed; source lines shown for the first {EXCERPTS})"
        )
    if out:
        sys.stdout.write("\n".join(out) + "\n")


def printable_line(line: str) -> str:
    """A source line safe for a terminal: invisible characters (escape sequences among them)
    shown as the escape that names them (`\\x1b`, `\\u200b`)."""
    if line.isprintable():  # the usual line, checked at C speed
        return line
    return "".join(c if c == "\t" else visible_char(c) for c in line)


def _source_lines(path: Path) -> list[str]:
    """The file's lines when it is small enough to be a level, else none."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:  # never wait on a FIFO
            return []
        raw = path.read_bytes()
        if raw.startswith(UTF16_MARKS):  # no line of it would read as text
            return []
        text = raw.decode("utf-8", errors="replace")
        return text.replace("\r\n", "\n").split("\n")  # as problems count lines, by LF only
    except OSError:
        return []


def shown(path: Path | str) -> str:
    """A path as a terminal can print it (names that are not UTF-8 get U+FFFD)."""
    return printable_name(str(path))


OUTPUT_FORMATS = {
    "--csv": ((".csv",), "CSV text"),
    "--png": ((".png",), "a PNG image"),
    "--html": ((".html", ".htm"), "an HTML page"),
}
"""The suffixes each format option's file may have (any case), and what the option writes."""


def misnamed_output(outputs: Iterable[tuple[str, Path | None]]) -> str | None:
    """The line for the first output file whose name does not suit its option, or None.
    Checked once the files are known writable: `--png chart.jpg` wrote PNG bytes under a
    name that says JPEG."""
    for option, target in outputs:
        suffixes, holds = OUTPUT_FORMATS[option]
        if target is not None and target.suffix.lower() not in suffixes:
            ends = " or ".join(suffixes)
            return f"{shown(target)}: {option} writes {holds}; give a file name that ends in {ends}"
    return None


def write_output(path: Path, content: str | bytes, overwrite: bool = True) -> None:
    """Write a file the user named (`write_atomic`: whole or not at all), with the mode of
    any file they make (`named_file_mode`), not the owner-only mode of the game's own files."""
    from game.userfiles import named_file_mode, write_atomic  # only commands that write

    write_atomic(path, content, overwrite, named_file_mode())


def cannot_write(prog: str, path: Path | str, exc: OSError) -> None:
    """The one line for a file the system refused to write, with its name printable."""
    print(f"{prog}: cannot write {shown(path)}: {write_failure(exc)}", file=sys.stderr)


def write_failure(exc: OSError) -> str:
    """Why a write failed, in words: creating the folder over a file says 'File exists'."""
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return "part of its folder path is a file, not a folder"
    return printable_name(exc.strerror or str(exc))


def outputs_writable(
    targets: tuple[Path | None, ...], prog: str, inputs: tuple[Path | None, ...] = ()
) -> bool:
    """Check the files a command will write before it starts; one line for the first that
    cannot be written there, or that would replace a file the command reads (its level,
    record or results: `debrief r.json --html r.json` would lose the record) or another of
    its outputs."""
    for index, target in enumerate(targets):
        problem = target and (_unwritable(target) or _clobbers(target, inputs, targets[:index]))
        if problem:
            print(
                f"{prog}: cannot write {shown(target)}: {printable_name(problem)}", file=sys.stderr
            )
            return False
    return True


def _clobbers(
    target: Path, inputs: tuple[Path | None, ...], earlier: tuple[Path | None, ...]
) -> str | None:
    """Why writing target would destroy a file this command reads or has just written."""
    if any(path and _same_file(target, path) for path in inputs):
        return "it is a file this command reads; choose another name"
    if any(path and _same_file(target, path, exists=False) for path in earlier):
        return "another output of this command is written there; choose another name"
    return None


def _same_file(first: Path, second: Path, exists: bool = True) -> bool:
    """Whether two names are one file (through links too); with exists=False, also two
    names for one file not made yet."""
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
        return not exists and first.resolve() == second.resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of links, or a name with NUL
        return False


def _unwritable(path: Path) -> str | None:
    """Why a file could not be written there, checked before a long run; None if it can."""
    from game.userfiles import refuse_special_file  # only commands that write need it

    if str(path) == "-":  # the shell's way to say standard output, which no command writes to
        return "commands write files, not to standard output; give a file name"
    if path.is_dir():
        return "it is a folder"
    try:
        refuse_special_file(path)
    except OSError as exc:
        return exc.strerror
    target = Path(os.path.realpath(path)) if path.is_symlink() else path  # written through
    folder = target.parent
    if not folder.is_dir():
        return f"no folder {shown(folder)}"
    if _read_only(folder):
        return "the disk is read-only"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return None


def _read_only(folder: Path) -> bool:
    """Whether the folder is on a file system mounted read-only (the permission bits of a
    folder there still say writable, and root passes every access check but this one)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): the write will say why
        return False
