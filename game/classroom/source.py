"""Where a class report comes from: a results folder or file, a class database, or the
teacher's running server (http://HOST:PORT), with one line per problem."""

from pathlib import Path

from game.classroom.client import fetch_results
from game.classroom.code import CodeError, parse_address
from game.classroom.gather import Gathered, gather, settle
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report
from game.classroom.results import parse_results


def gather_source(source: str) -> Gathered:
    if source.startswith("http://"):
        return _from_server(source.removeprefix("http://").rstrip("/"))
    return gather([Path(source).expanduser()])


def _from_server(address: str) -> Gathered:
    try:
        host_port = parse_address(address)
    except CodeError as exc:
        return Gathered([], [str(exc)])
    raw, problem = fetch_results(host_port)
    problems = [problem] if problem else []
    found = []
    for i, item in enumerate(raw):
        try:
            found.append((f"{address} result {i + 1}", parse_results(item)))
        except ValueError as exc:
            problems.append(f"{address} result {i + 1}: {exc}; skipped")
    return settle(found, problems)


def report_from(source: str) -> tuple[ClassReport | None, list[str]]:
    """The class report for a source, or None and the reasons there is none."""
    found = gather_source(source)
    if not found.results:
        return None, found.problems or [f"{source}: no results here"]
    level_id = found.results[0].level_id
    level = next((lv for lv in shipped_levels() if lv.id == level_id), None)
    return build_report(found.results, level), found.problems
