"""`citizen-score class new|serve|report`: run a class session without accounts."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.cli.args import (
    bounded_int,
    listen_host,
    named_path,
    non_negative_int,
    output_file,
)
from game.cli.common import (
    load_or_report,
    misnamed_output,
    outputs_writable,
    printable_line,
    write_output,
)

if TYPE_CHECKING:
    from game.classroom.report import ClassReport
    from game.classroom.store import Store
    from game.core.level import Level

DEFAULT_PORT = 8765
HIDDEN = "; scores hidden: students play with tiers, not numbers"
"""Said after the seed of a code made with --hide-scores, which looks like any other."""
PROG = "citizen-score class"


def default_db() -> Path:
    from game.classroom.store import default_db as in_user_folder

    return in_user_folder()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="class_command", required=True, parser_class=type(parser))
    new = sub.add_parser("new", help="make a session code for a level")
    new.add_argument("level", help="a level file or the id of a shipped level")
    new.add_argument("--seed", type=non_negative_int, default=1, help="0 to 65535 (default 1)")
    new.add_argument("--hide-scores", action="store_true", help="students do not see numbers")
    new.add_argument("--collect", metavar="HOST:PORT", help="the teacher machine's address")
    new.add_argument(
        "--db", type=named_path, help="with --collect: the class database to register the code in"
    )
    serve = sub.add_parser("serve", help="collect results on the school network")
    serve.add_argument(
        "--port", type=bounded_int(1, 65535), default=DEFAULT_PORT, help="1 to 65535 (default 8765)"
    )
    serve.add_argument(
        "--host",
        type=listen_host,
        default="127.0.0.1",
        help="default 127.0.0.1 (this computer only); 0.0.0.0 accepts the students' computers",
    )
    serve.add_argument(
        "--db", type=named_path, help="the class database (default: the user folder)"
    )
    serve.add_argument(
        "--session",
        action="append",
        default=[],
        metavar="CODE",
        help="also collect this code (codes made here with --collect are collected already)",
    )
    report = sub.add_parser("report", help="merge results into an HTML page and a CSV")
    report.add_argument(
        "results",
        nargs="+",
        type=named_path,
        metavar="FOLDER",
        help="the folder of handed-in results files, the class database (class.db) or both",
    )
    report.add_argument("--html", type=output_file, help="write the page to show the class")
    report.add_argument("--csv", type=output_file, help="write one row per nickname, for you only")
    report.add_argument(
        "--session", metavar="CODE", action="append", help="only this session's results"
    )
    report.add_argument(
        "--society",
        action="store_true",
        help="add the level's rules over a modelled town of 3,000 to the HTML (a few seconds)",
    )


def run(args: argparse.Namespace) -> int:
    return {"new": run_new, "serve": run_serve, "report": run_report}[args.class_command](args)


def typed(code: str) -> str:
    """A code as typed, for a message: cut short (a paste of a whole page is not echoed
    back) and with escape sequences shown, not sent to the terminal."""
    return printable_line(code if len(code) <= 44 else code[:40] + "...")


def _fail(message: str, status: int = 1) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return status


def run_new(args: argparse.Namespace) -> int:
    from game.classroom.code import CodeError, make_code
    from game.classroom.reach import not_one_computer

    if args.db is not None and args.collect is None:
        return _fail(
            "--db only goes with --collect: a code without it sends nothing to a database; "
            "drop --db, or add --collect HOST:PORT",
            2,
        )
    level = load_or_report(args.level, PROG)
    if level is None:
        return 1
    try:
        code = make_code(level.id, level.content_hash, args.seed, args.hide_scores, args.collect)
    except CodeError as exc:
        return _fail(str(exc), 2)
    nowhere = not_one_computer(code.collect[0]) if code.collect else None
    if nowhere:
        return _fail(f"--collect: {nowhere}", 2)
    # registered before anything is printed: output cut short (a closed pipe) loses no code
    earlier = (
        _register(args.db or default_db(), code.text, level.id, args.db is not None)
        if code.collect
        else 0
    )
    if earlier is None:
        return 1
    print(f"Session code: {code.text}")
    print(
        f"Level: {level.spec.meta.title} ({level.id}, version {level.content_hash[:8]}), "
        f"seed {code.seed}{HIDDEN if code.hide_scores else ''}"
    )
    word = shell_code(code.text)
    print(
        f"Students: citizen-score play --session {word}   (or 'Join a class' on the title screen)"
    )
    _note_symbol(code.text, _plain_seed(level, code.seed, args))
    if code.collect is not None:
        print(f"Results go to {code.collect_text}: start the collector with")
        print(
            f"  citizen-score class serve --host {_listen_on(code.collect[0])} "
            f"--port {code.collect[1]} --session {word}"
        )
        print(
            "After the lesson, the report (add the folder of handed-in files after the database):"
        )
        print(
            f"  citizen-score class report {shell_word(args.db or default_db())} "
            f"--session {word} --html report.html --csv class.csv --society",
            flush=True,
        )
        _warn_collect(code.collect, earlier, args)
    else:
        print("Results: students hand in the file the game shows at the end; then")
        print(
            f"  citizen-score class report FOLDER --session {word} "
            "--html report.html --csv class.csv --society"
        )
    return 0


def _listen_on(host: str) -> str:
    """The --host of the collector a code names: the school network (0.0.0.0), except for a
    code that sends to this computer only (a trial on one machine), whose collector then
    stays off the network too: the printed command opened it to every machine there."""
    from game.classroom.reach import is_loopback

    return "127.0.0.1" if is_loopback(host) else "0.0.0.0"


def shell_word(path: Path) -> str:
    """A path as one word to copy into this computer's shell: the database's place on a Mac
    has a space (Application Support), and Windows' shell takes double quotes only."""
    import os
    import shlex

    text = str(path)
    if os.name == "nt":
        return f'"{text}"' if any(c in text for c in " &()^;,") else text
    return shlex.quote(text)


def shell_code(code: str) -> str:
    """A session code as one word to paste into any shell: one that ends in a symbol is
    put in double quotes (which every shell, Windows' too, reads the same), since a bare
    "CS-8E2D-6F20-0D*" is a pattern of file names ("no matches found" in a Mac's shell)."""
    return code if code.replace("-", "").isalnum() else f'"{code}"'


def _note_symbol(code: str, plain_seed: int) -> None:
    """A code whose check character is a symbol (* ~ $ =) works, but on a board it looks
    like a smudge or a dash, and some keyboards hide it: say so, and how to avoid it."""
    if code[-1].isalnum():
        return
    print(
        f"{PROG}: note: this code ends in '{code[-1]}', which students must type too; "
        f"for a code that ends in a letter or digit, use --seed {plain_seed}",
        file=sys.stderr,
    )


def _plain_seed(level, seed: int, args: argparse.Namespace) -> int:
    """The next seed whose code ends in a letter or digit (four seeds in a row may not)."""
    from game.classroom.code import SEED_LIMIT, make_code

    for step in range(1, 38):
        other = (seed + step) % SEED_LIMIT
        text = make_code(level.id, level.content_hash, other, args.hide_scores, args.collect).text
        if text[-1].isalnum():
            return other
    return seed


def _register(db: Path, code: str, level_id: str, named: bool) -> int | None:
    """Register the code with the class database; returns how many results it already holds
    (a code made again for the same level, seed and address is the same code). A database
    the teacher named (`--db`) that cannot take the code is an error (None, after one line):
    the code would go on the board with serve and report commands that fail on that file.
    The default database only warns: `class serve --session CODE` can still collect."""
    from game.classroom.store import FullError, Store, StoreError

    try:
        store = Store(db)
        store.add_session(code, level_id)
        earlier = store.counts().get(code, {}).get("finished", 0)
        store.close()
    except (StoreError, FullError) as exc:
        if named:
            _fail(f"--db {exc}; no code made: name a class database, or a new file for one")
            return None
        print(
            f"{PROG}: warning: {exc}; pass --session {shell_code(code)} to serve", file=sys.stderr
        )
        return 0
    return earlier


def _warn_collect(collect: tuple[str, int], earlier: int, args: argparse.Namespace) -> None:
    """Warn of a code students' computers cannot send to, and of a code an earlier class
    already used: its report would count both classes."""
    from game.classroom.reach import is_loopback, loopback_code_warning, network_address

    host, port = collect
    if is_loopback(host):
        warning = loopback_code_warning(host, port, network_address())
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if earlier:
        print(
            f"{PROG}: note: the class database already holds "
            f"{'1 result' if earlier == 1 else f'{earlier} results'} for this code, "
            f"from an earlier class or a test. For a new class, make a new code with another "
            f"seed (--seed {args.seed + 1}); the report of this code counts everyone who used it.",
            file=sys.stderr,
        )


def run_serve(args: argparse.Namespace) -> int:
    from game.classroom.store import Store, StoreError

    if args.db is not None and not args.session and not _is_there(args.db):
        # a name typed wrong would be made as a new, empty database, then found to hold no
        # session: the teacher was told to make a code they had already made
        return _fail(
            f"--db {printable_line(str(args.db))}: no such class database; name the one "
            f"'class new --collect' registered the code in (this computer's is {default_db()}), "
            "or add --session CODE to start a new one"
        )
    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        return _fail(str(exc))
    try:
        return _serve_from(store, args)
    finally:
        store.close()


def _serve_from(store: "Store", args: argparse.Namespace) -> int:
    """Register the typed codes, then collect every session in `store` until Ctrl+C."""
    from game.classroom.code import CodeError, decode
    from game.classroom.levels import resolve, shipped_levels
    from game.classroom.server import ClassServer
    from game.classroom.store import FullError, StoreError

    levels = shipped_levels()
    try:
        for text in args.session:
            try:
                code, level = resolve(text, levels)
                store.add_session(code.text, level.id)
            except (CodeError, FullError) as exc:
                return _fail(f"--session {typed(text)}: {exc}", 2)
        sessions = store.sessions()
    except StoreError as exc:  # damage met only when a page is read, past the header
        return _fail(str(exc))
    if not sessions:
        return _fail("no session to collect: make one with 'class new LEVEL --collect HOST:PORT'")
    shown = frozenset(decode(t).text for t in args.session) if args.session else None
    titles = {lv.id: lv.spec.meta.title for lv in levels}
    try:
        server = ClassServer(
            (args.host, args.port),
            store,
            titles={c: titles.get(lid, lid) for c, lid in sessions.items()},
            log=lambda line: print(line, flush=True),
            shown=shown,
        )
    except OSError as exc:
        return _fail(_cannot_listen(args.host, args.port, exc))
    _announce(args, server.url, store.path, list(sessions), shown)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        _stopped(store, sorted(shown) if shown else list(sessions))
    finally:
        server.server_close()
    return 0


def _stopped(store: "Store", codes: list[str]) -> None:
    """What to do next, said as Ctrl+C stops collecting at the end of a lesson: the report
    command with this database, so the teacher need not find the guide or the database."""
    from game.classroom.report import first_games
    from game.classroom.store import StoreError

    code = codes[0] if len(codes) == 1 else "CODE"
    again = 0
    try:
        finished = store.counts().get(code, {}).get("finished", 0)
        if code != "CODE" and finished:  # one computer's games again are one student
            again = len(first_games(store.results(code))[1])
    except StoreError:  # damaged while collecting: the report says so in its own line
        finished = None
    if code != "CODE" and finished == 0:  # a report now would only say there is nothing
        print(
            f"Stopped: no student has finished {code} yet; nothing collected is lost. Start "
            "it again with the same command; once students finish, make the report (add the "
            "folder of handed-in files after the database):",
            flush=True,
        )
    else:
        students = _finished_students(finished - again if finished else 0, again)
        done = f"{students} in {code}; " if code != "CODE" and finished else ""
        print(
            f"Stopped: {done}nothing collected is lost. Start it again with the same command, "
            "or make the report (add the folder of handed-in files after the database):",
            flush=True,
        )
    print(
        f"  citizen-score class report {shell_word(store.path)} --session {shell_code(code)} "
        "--html report.html --csv class.csv --society",
        flush=True,
    )


def _finished_students(students: int, again: int) -> str:
    """'3 students finished', and the games played again on a computer that had finished,
    which the report does not count: "4 students finished" for 3 students and a replay
    disagreed with the report made next."""
    said = "1 student finished" if students == 1 else f"{students} students finished"
    if again:
        said += f" (and {again} {'game was' if again == 1 else 'games were'} played again)"
    return said


def _cannot_listen(host: str, port: int, exc: OSError) -> str:
    if exc.errno in (98, 48, 10048):  # the address is in use, on Linux, macOS and Windows
        return (
            f"port {port} on {host} is already in use: a collector may already be "
            "running (look for its window); if not, pick another --port and make a new code "
            "with that port"
        )
    return (
        f"cannot listen on {host}:{port} ({exc.strerror}): use --host 0.0.0.0 "
        "for the school network, or 127.0.0.1 for this computer only"
    )


def _announce(
    args: argparse.Namespace,
    url: str,
    db: Path,
    sessions: list[str],
    shown: frozenset[str] | None,
) -> None:
    """What the teacher reads as collecting starts: the warnings, then the dashboard."""
    collected = sorted(shown) if shown else sessions
    _warn_unreachable((args.host, args.port), collected)
    _warn_files_only(sorted(shown or ()))
    print(f"Collecting {', '.join(sessions)} into {db}")
    if shown is None and len(sessions) > 1:
        print(
            f"{PROG}: note: the dashboard shows all {len(sessions)} codes in this database; "
            "to show only this class's, add --session CODE",
            file=sys.stderr,
            flush=True,
        )
    address = dashboard_url(url, args.port, collected)
    print(f"Dashboard: {address}  (Ctrl+C stops; nothing collected is lost)", flush=True)


def _is_there(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:  # a name longer than the system allows: Store says so in one line
        return True


def _warn_unreachable(listening: tuple[str, int], codes: list[str]) -> None:
    from game.classroom.code import CodeError, decode
    from game.classroom.reach import unreachable_warning

    collects = []
    for text in codes:
        try:
            collect = decode(text).collect
        except CodeError:
            continue
        if collect is not None:
            collects.append(collect)
    warning = unreachable_warning(listening, collects)
    if warning:
        print(f"{PROG}: warning: {warning}", file=sys.stderr, flush=True)


def _warn_files_only(codes: list[str]) -> None:
    """A code made without --collect is given to the collector: its students' games never
    send their results anywhere, so the dashboard would wait all lesson for nothing."""
    from game.classroom.code import decode

    for text in codes:
        if decode(text).collect is None:
            print(
                f"{PROG}: warning: {text} sends no results (it was made without --collect), "
                "so its students' games never reach this collector: they hand in their files "
                "for 'class report'; for collecting, make a code with 'class new LEVEL "
                "--collect HOST:PORT'",
                file=sys.stderr,
                flush=True,
            )


def dashboard_url(listening: str, port: int, codes: list[str]) -> str:
    """The address to open: on every network (0.0.0.0) the server has no address of its
    own, so use the one the session codes send results to, on this port, or else this
    computer's own (a browser cannot open 0.0.0.0)."""
    from game.classroom.code import CodeError, decode

    if "//0.0.0.0:" not in listening and "//[::]:" not in listening:
        return listening
    for text in codes:
        try:
            collect = decode(text).collect
        except CodeError:
            continue
        if collect is not None and collect[1] == port:
            return f"http://{collect[0]}:{port}/"
    return f"http://127.0.0.1:{port}/"


def run_report(args: argparse.Namespace) -> int:
    from game.classroom.levels import shipped_levels
    from game.classroom.report import build_report
    from game.classroom.verify import trusted

    typed_codes = _codes_among(args)
    session = _report_session(args.session)
    if isinstance(session, int):
        return session
    if not args.results:
        return _fail(
            f"{typed_codes[0]} is the session code: name the folder of handed-in files or the "
            f"class database too: citizen-score class report FOLDER --session "
            f"{shell_code(typed_codes[0])}",
            2,
        )
    if not outputs_writable((args.html, args.csv), PROG, _files_read(args.results)):
        return 1
    misnamed = misnamed_output((("--html", args.html), ("--csv", args.csv)))
    if misnamed:
        return _fail(misnamed, 2)
    level, found, other_version = trusted(_gather(args.results, session), shipped_levels())
    for problem in found.problems:  # file names are the students': shown, never obeyed
        print(printable_line(problem), file=sys.stderr)
    if not found.results:
        return _fail(_nothing_to_report(args.results, session, len(found.problems)))
    notes = int(session is None and _note_sessions(found.results))
    if other_version:
        print(f"{PROG}: note: {other_version}", file=sys.stderr)
        notes += 1
    report = build_report(found.results, level, found.scored)
    # the files first: output cut short (a closed pipe) must not leave them unwritten
    wrote = _write_report(args, report, level)
    if isinstance(wrote, str):
        return _fail(wrote)
    students = "1 student" if report.students == 1 else f"{report.students} students"
    print(f"{report.title}: {students}{_lines_above(found.problems, notes)}")
    for question in report.prompts:
        print(f"  - {question}")
    for path in wrote:
        print(f"wrote {path}")
    if not wrote:  # the summary alone: a teacher looked for the page and found none
        print(NOTHING_WRITTEN)
    return 0


def _gather(inputs: list[Path], session: str | None):
    """The results in the folders, files and class databases named, and from the running
    collector if its address is among them (http://127.0.0.1:8765, as the projector takes
    it): read as a path, it was 'no such file or folder'."""
    from game.classroom.gather import settle
    from game.classroom.source import read_typed

    problems: list[str] = []
    return settle(read_typed([str(p) for p in inputs], problems), problems, session)


NOTHING_WRITTEN = (
    "No file written: add --html report.html for the page to show the class, and --csv "
    "class.csv for the table of nicknames (for you only)"
)


def _codes_among(args: argparse.Namespace) -> list[str]:
    """Move a session code typed among the folders (as the projector takes it, after a ;)
    to --session: read as a folder it was 'no such file', and every class was counted."""
    from game.classroom.source import session_code_in

    codes = [c for c in (session_code_in(str(p)) for p in args.results) if c is not None]
    args.results = [p for p in args.results if session_code_in(str(p)) is None]
    args.session = [*(args.session or []), *codes]
    return codes


def _report_session(typed_codes: list[str] | None) -> str | int | None:
    """The one session a report is limited to (None: every session), or the exit status
    after saying why the codes typed cannot be used."""
    if not typed_codes:
        return None
    from game.classroom.code import CodeError, decode

    if len(set(typed_codes)) > 1:  # the last one alone counted, without a word
        return _fail(
            "--session once: a report is of one class; for several classes together, "
            "leave --session out (the report then says how many results each code has)",
            2,
        )
    try:
        return decode(typed_codes[0]).text
    except CodeError as exc:
        return _fail(f"--session {typed(typed_codes[0])}: {exc}", 2)


def _write_report(
    args: argparse.Namespace, report: "ClassReport", level: "Level | None"
) -> list[Path] | str:
    """Write the page and the table asked for: the paths written, or why one could not be."""
    from game.classroom.report_csv import report_csv_file
    from game.classroom.report_html import report_html

    wrote: list[Path] = []
    target = args.html or args.csv
    try:
        if args.html:
            with_society = args.society and level is not None
            society = _society_png(level, report.hide_scores) if with_society else None
            write_output(args.html, report_html(report, society))
            wrote.append(args.html)
        if args.csv:
            target = args.csv
            write_output(args.csv, report_csv_file(report))
            wrote.append(args.csv)
    except OSError as exc:  # the disk filled, or the folder changed since the check
        return f"cannot write {target}: {exc.strerror or exc}"
    return wrote


def _lines_above(problems: list[str], notes: int = 0) -> str:
    """How many of the lines printed above ask the teacher to check something: a file counted
    once (handed in twice, or sent and handed in) needs nothing done; a note (results from
    several codes, or another version left out) does."""
    from game.classroom.gather import NOTHING_TO_DO, to_check

    lines, check = len(problems) + notes, len(to_check(problems)) + notes
    above = "the line above" if lines == 1 else f"the {lines} lines above"
    if not lines:
        return ""
    if not check:
        return f" ({above}: {NOTHING_TO_DO})"
    if check < lines:
        return f" ({check} of {above} {'says' if check == 1 else 'say'} what to check)"
    return f" ({above} {'says' if lines == 1 else 'say'} what to check)"


def _files_read(inputs: list[Path]) -> tuple[Path, ...]:
    """The files a report reads: those named, and the results files in the folders named
    (an output written over one would lose a student's results)."""
    files: list[Path] = []
    for path in inputs:
        try:
            files.extend(path.glob("*.json") if path.is_dir() else [path])
        except OSError:  # an unreadable folder: gather says so
            continue
    return tuple(files)


def _nothing_to_report(inputs: list[Path], session: str | None, said: int) -> str:
    """What to do when no result is usable: the lines above say why each was left out."""
    from game.classroom.source import server_in

    where = ", ".join(f"http://{a}" if (a := server_in(str(p))) else str(p) for p in inputs)
    if said:
        above = "the line above says" if said == 1 else "the lines above say"
        return f"no usable results in {where}: nothing to report; {above} why"
    if session is not None:
        return (
            f"no results for {session} in {where}: nothing to report; check the code, "
            "or that the students finished the level"
        )
    return (
        f"no results in {where}: nothing to report; collect the students' files into one "
        "folder (or wait until they finish) and try again"
    )


def _note_sessions(results: list) -> bool:
    """Results from several session codes are counted together: say so, since a class
    database keeps every class that used it. Results with no code are left out of the
    count: --session would skip them, and they are often this class's (a game continued
    after a restart no longer knows its class)."""
    from collections import Counter

    counts = Counter(r.session for r in results if r.session)
    if len(counts) < 2:
        return False
    shown = ", ".join(f"{code}: {n}" for code, n in counts.most_common())
    print(
        f"{PROG}: note: these results come from {len(counts)} sessions ({shown}), counted "
        "together; for one class only, add --session CODE",
        file=sys.stderr,
    )
    return True


def _society_png(level, hide_scores: bool) -> bytes:
    """The level's rules over a modelled town; a class that saw no score numbers sees the
    share in each tier instead of score bands."""
    from game.sim.society.chart import level_png

    result = class_town(level)
    labels = town_tiers(level, result, hide_scores)
    return level_png(level, result, town_title(level), labels)


def town_title(level) -> str:
    """The town chart's title on the class report."""
    return f"{level.spec.meta.title} over {level.spec.society.words.crowd}"


def town_tiers(level, result, hide_scores: bool) -> list[str] | None:
    """The town chart's tier names, if it shows tiers: for a class that saw no numbers,
    without their ranges ("Prime (4.50 and up)" named the numbers the class was not shown)."""
    from game.classroom.levels import without_numbers
    from game.sim.society.chart import tier_labels

    return tier_labels(without_numbers(level) if hide_scores else level, result, hide_scores)


def class_town(level):
    """The modelled town the page shows: the projector's (the same size and seed)."""
    from game.classroom.report import TOWN_CITIZENS, TOWN_SEED
    from game.sim.society.model import run_society

    return run_society(level, TOWN_CITIZENS, level.spec.society.days, seed=TOWN_SEED)
