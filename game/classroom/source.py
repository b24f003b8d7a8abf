"""Where a class report comes from: a results folder or file, a class database, or the
teacher's running server (http://HOST:PORT), or several of these separated by ;, with one
line per problem. A session code among them keeps one class."""

import re
from pathlib import Path

from game.classroom.client import fetch_results
from game.classroom.code import CodeError, decode, parse_address
from game.classroom.gather import Gathered, read_all, settle
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report
from game.classroom.results import Results, parse_results
from game.classroom.verify import trusted

SEPARATOR = ";"
"""Between several sources, such as the class database and a folder of handed-in files."""
NOTHING_TYPED = (
    "Type where the results are: a folder of results files, the class database (class.db) "
    "or the class server (http://127.0.0.1:8765)"
)


def gather_source(source: str) -> Gathered:
    """One report's results from one source or several (separated by ;). A session code
    among them keeps that class only: a class database keeps every class that used it."""
    found: list[tuple[str, Results]] = []
    problems: list[str] = []
    session = None
    parts = [p.strip() for p in source.split(SEPARATOR) if p.strip()]
    if not parts:  # not the current folder, which a blank path would read
        return Gathered(problems=[NOTHING_TYPED])
    for part in parts:
        code = session_code_in(part)
        if code is not None:
            session = code
        elif (typo := _mistyped_code(part)) is not None:
            return Gathered(problems=[typo])  # every class in the database is not this class
        elif (address := server_in(part)) is not None:
            found += _from_server(address, problems)
        else:
            found += read_all([typed_path(part)], problems)
    return settle(found, problems, session)


def typed_path(part: str) -> Path:
    """A path as typed, with ~ for the home folder; a ~name of no account stays as typed
    (expanding it raised RuntimeError)."""
    try:
        return Path(part).expanduser()
    except RuntimeError:
        return Path(part)


def _exists(part: str) -> bool:
    """Whether a file or folder is there; a name longer than the system allows is not."""
    try:
        return typed_path(part).exists()
    except OSError:
        return False


def _server_address(part: str) -> bool:
    """True for HOST:PORT typed without http:// (and no file of that name)."""
    if _exists(part):
        return False
    try:
        parse_address(part.rstrip("/"))
    except CodeError:
        return False
    return True


def session_code_in(part: str) -> str | None:
    """The code as the game writes it, if this part is a session code and not a path."""
    if part[:2].upper() != "CS" or _exists(part):
        return None
    try:
        return decode(part).text
    except CodeError:
        return None


def _mistyped_code(part: str) -> str | None:
    """One line for a session code typed wrong (and no file of that name): read as a path
    it said 'no such file', and the report then counted every class in the database."""
    body = re.sub(r"[\s-]", "", part)[2:]
    looks_like = part[:2].upper() == "CS" and "/" not in part and "\\" not in part
    if not looks_like or not 9 <= len(body) <= 24 or _exists(part):
        return None  # a folder such as CS-handins typed wrong: 'no such folder' fits it
    try:
        decode(part)
    except CodeError as exc:
        return f"{part}: {exc}"
    return None


def server_in(part: str) -> str | None:
    """HOST:PORT if this part is the teacher's running server (http://HOST:PORT, or HOST:PORT
    with no file of that name), else None. A path made of http://HOST:PORT, as a command's
    argument becomes, has lost a slash: http:/HOST:PORT is the server too. The projector's
    source and `class report` read an address by this one rule."""
    if part.startswith("http:/"):
        return part.removeprefix("http:/").removeprefix("/").rstrip("/")
    return part.rstrip("/") if _server_address(part) else None


def read_typed(parts: list[str], problems: list[str]) -> list[tuple[str, Results]]:
    """Every result from these folders, files, class databases and running servers, named
    as a command's arguments are (the shell has already read any ~)."""
    found: list[tuple[str, Results]] = []
    for part in parts:
        address = server_in(part)
        if address is not None:
            found += _from_server(address, problems)
        else:
            found += read_all([Path(part)], problems)
    return found


def _from_server(address: str, problems: list[str]) -> list[tuple[str, Results]]:
    try:
        host_port = parse_address(address)
    except CodeError as exc:
        problems.append(str(exc))
        return []
    raw, problem = fetch_results(host_port)
    if problem:
        problems.append(problem)
    found = []
    for i, item in enumerate(raw):
        try:
            found.append((f"{address} result {i + 1}", parse_results(item)))
        except ValueError as exc:
            problems.append(f"{address} result {i + 1}: {exc}; skipped")
    return found


def report_from(source: str) -> tuple[ClassReport | None, list[str]]:
    """The class report for a source, or None and the reasons there is none."""
    level, found, problem = trusted(gather_source(source), shipped_levels())
    if not found.results:
        return None, found.problems or [f"{source}: no results here"]
    problems = [*found.problems, problem] if problem else found.problems
    return build_report(found.results, level, found.scored), problems
