"""The game's side of collection: post to the teacher's server with a short timeout, and say
plainly what happened so the player knows whether to hand in the file instead."""

import errno
import hashlib
import http.client
import json
import os
import re
import secrets
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from game.classroom.code import SessionCode
from game.classroom.results import Results
from game.classroom.store import MAX_RESULTS
from game.core.content.problems import visible_char
from game.userfiles import (
    FileFormatError,
    NewerFileError,
    data_dir,
    parse_json,
    read_json,
    set_aside,
    write_json,
)

TIMEOUT_SECONDS = 3.0
"""How long the game waits for the teacher's computer before keeping the file only."""


@dataclass(frozen=True)
class Delivery:
    ok: bool
    message: str
    status: int = 0


SEAT_HEADER = "X-Citizen-Score-Seat"
"""The header a join names its seat in: a header, not a key of the post, so a collector of an
older copy (whose posts allow no other keys) still counts the join, by its nickname."""
SEAT_PATTERN = re.compile(r"[0-9a-f]{32}")
SEAT_FILE = "class-seat.json"
"""Where in the user folder the seat's random id is kept, as a versioned file of its kind."""
SEAT_KIND, SEAT_VERSION = "citizen-score-seat", 1


def seat_id() -> str | None:
    """This computer account's seat: a random id made once and kept in the user folder, so a
    game started again (which picks a new random nickname) still joins from the same seat and
    the teacher's dashboard counts its student once. It says nothing about the student. The
    computer's name is mixed in: a class logged in to one shared account whose folder follows
    it from computer to computer is still a seat per computer. None when the user folder
    cannot keep it (the join then counts by nickname alone)."""
    path = data_dir() / SEAT_FILE
    try:
        kept = read_json(path, SEAT_KIND, SEAT_VERSION, limit=1024).get("seat")
    except NewerFileError:
        return None  # a newer game's seat: kept for it, not written over
    except (OSError, FileFormatError):
        kept = None
    if not isinstance(kept, str) or not SEAT_PATTERN.fullmatch(kept):
        kept = _new_seat(path)
        if kept is None:
            return None
    try:
        computer = socket.gethostname()
    except OSError:
        computer = ""
    # a name set with bytes that are not UTF-8 reaches Python as lone surrogates: kept as bytes
    mixed = f"{kept}:{computer}".encode("utf-8", "surrogateescape")
    return hashlib.sha256(mixed).hexdigest()[:32]


def _new_seat(path: Path) -> str | None:
    """A new random seat id, kept at path. Whatever stood there and was no seat (a broken
    file, another program's file, a link to some other file) is first set aside as a bad
    save or settings file is, never written over or through: a link to someone's notes had
    the notes replaced by a seat. None when it cannot be set aside (a folder there, a
    read-only folder) or the new file cannot be written."""
    there = os.path.lexists(path)
    if there and (not (path.is_symlink() or path.is_file()) or set_aside(path) is None):
        return None
    kept = secrets.token_hex(16)
    try:
        write_json(path, {"kind": SEAT_KIND, "version": SEAT_VERSION, "seat": kept})
    except OSError:
        return None
    return kept


def post_json(
    address: tuple[str, int],
    path: str,
    data: object,
    timeout: float = TIMEOUT_SECONDS,
    headers: dict[str, str] | None = None,
) -> Delivery:
    """One POST; any network problem becomes a Delivery with ok False and one line."""
    host, port = address
    body = json.dumps(data, separators=(",", ":")).encode()
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        sent = {"Content-Type": "application/json", **(headers or {})}
        connection.request("POST", path, body, sent)
        response = connection.getresponse()
        raw = _read_by(response, time.monotonic() + ANSWER_TIMEOUTS * timeout, MAX_ANSWER_BYTES)
    except (TimeoutError, _TooSlowError):
        return Delivery(False, f"the teacher's computer at {host}:{port} did not answer in time")
    except OSError as exc:
        reason = _plain_reason(exc)
        return Delivery(False, f"cannot reach the teacher's computer at {host}:{port} ({reason})")
    except http.client.HTTPException as exc:
        return Delivery(False, f"the teacher's computer at {host}:{port} answered oddly ({exc})")
    finally:
        connection.close()
    return Delivery(200 <= response.status < 300, _said(raw), response.status)


def _said(raw: bytes) -> str:
    """The message of the server's answer, or its first bytes when it is not the JSON the
    class server sends."""
    try:  # the rules of every user file: an answer nested without end raised RecursionError
        data = parse_json(raw.decode("utf-8"), "the answer")
    except ValueError:
        data = None
    message = data.get("message", "") if isinstance(data, dict) else None
    if message is None:
        message = raw[:200].decode("utf-8", "replace")
    return _one_plain_line(str(message))[:200]


def _one_plain_line(text: str) -> str:
    """What an answer says, as the game shows it: one line, and escape sequences written
    out rather than sent to a terminal (whatever answers at the address wrote it)."""
    return "".join(map(visible_char, " ".join(text.split())[:400]))


def send_results(code: SessionCode, results: Results, timeout: float = TIMEOUT_SECONDS) -> Delivery:
    """Post results to the code's collector (a resend of the same results is delivered;
    other results under a nickname already in are not)."""
    if code.collect is None:
        return Delivery(False, "this session collects results as files")
    return post_json(code.collect, "/results", results.to_json(), timeout)


def send_join(code: SessionCode, nickname: str, timeout: float = TIMEOUT_SECONDS) -> Delivery:
    """Tell the teacher's dashboard a student started (best effort), from this seat."""
    if code.collect is None:
        return Delivery(False, "this session collects results as files")
    seat = seat_id()
    headers = {SEAT_HEADER: seat} if seat else None
    data = {"session": code.text, "nickname": nickname}
    return post_json(code.collect, "/join", data, timeout, headers)


def fetch_results(
    address: tuple[str, int], timeout: float = TIMEOUT_SECONDS
) -> tuple[list[object], str | None]:
    """The collected results from the teacher's own server (it answers loopback only): at
    most what a store keeps, so an answer of a million entries is read as its first
    MAX_RESULTS and one line, not a million lines of skipped results."""
    host, port = address
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", "/results.json")
        response = connection.getresponse()
        raw = _read_by(response, time.monotonic() + FETCH_TIMEOUTS * timeout)
    except _TooSlowError:
        return [], f"the class server at {host}:{port} is sending too slowly; {NOT_RUNNING}"
    except (OSError, http.client.HTTPException) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or exc
        return [], f"cannot reach the class server at {host}:{port} ({reason}); {NOT_RUNNING}"
    finally:
        connection.close()
    if response.status != 200 or len(raw) > MAX_FETCH_BYTES:
        return [], f"the class server at {host}:{port} refused ({response.status})"
    values = _values_in(raw)
    if values > MAX_FETCH_VALUES:
        return [], (
            f"the class server at {host}:{port} sent about {values:,} values, more than "
            f"{MAX_FETCH_VALUES:,} (a class's results hold about 1,000 each); nothing was read"
        )
    try:  # the rules of every user file: nesting 100,000 lists deep raised RecursionError
        results = parse_json(raw.decode("utf-8"), "the results list")["results"]
    except (ValueError, KeyError, TypeError):
        return [], f"the class server at {host}:{port} sent something unreadable"
    if not isinstance(results, list):
        return [], "unreadable results list"
    if len(results) > MAX_RESULTS:
        return results[:MAX_RESULTS], (
            f"the class server at {host}:{port} sent {len(results)} results, more than a class "
            f"server keeps ({MAX_RESULTS}); only the first {MAX_RESULTS} are read"
        )
    return results, None


def _values_in(raw: bytes) -> int:
    """At most how many values a JSON text holds, counted without parsing it (a comma, colon
    or bracket inside a string counts too): parsing costs about 2 microseconds and 140 bytes
    a value, so a list of empty lists near MAX_FETCH_BYTES took 40 s and 2.8 GB to read."""
    return sum(raw.count(mark) for mark in (b",", b":", b"[", b"{")) + 1


class _TooSlowError(Exception):
    """The whole answer did not come in time (each wait did: no network error)."""


def _read_by(
    response: http.client.HTTPResponse, deadline: float, limit: int | None = None
) -> bytes:
    """The answer's bytes (at most one past the limit), or _TooSlowError at the deadline:
    each read waits only the connection's timeout, so a server sending a byte now and then
    would otherwise hold the projector for good."""
    limit = MAX_FETCH_BYTES if limit is None else limit
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        if time.monotonic() > deadline:
            raise _TooSlowError
        part = response.read1(min(1 << 20, limit + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


NOT_RUNNING = (
    "if it stopped, start it again with the same class serve command (nothing collected is "
    "lost), or show the class database (class.db) instead"
)
"""A stopped collector is the usual cause: a restarted laptop, or its window closed."""
FETCH_TIMEOUTS = 10
"""The whole results list must arrive within this many connection timeouts (30 s)."""
ANSWER_TIMEOUTS = 2
"""The answer to a post (under 200 bytes) must arrive within this many connection timeouts:
the game waits on it at the end of a level, with the window still."""
MAX_ANSWER_BYTES = 64 * 1024
"""The most read of the server's answer to a post (a real one is under 200 bytes)."""
MAX_FETCH_BYTES = 64 * 1024 * 1024
"""The most a results list from the class server may weigh: a store keeps at most MAX_RESULTS,
and a shipped level's results weigh under 10 KB each (about 20 MB for all). Past MAX_RESULTS
entries are not read."""
MAX_FETCH_VALUES = 3_000_000
"""The most values (numbers, strings, lists...) a results list may hold: a shipped level's
results hold 700-1,000 each, so MAX_RESULTS of them hold about 2 million. This many empty
lists take about 1 s and 150 MB to read and check; 64 MiB of them took 40 s and 2.8 GB."""


_PLAIN_REASONS = {
    errno.ECONNREFUSED: "it is on, but the class collector is not running there",
    errno.EHOSTUNREACH: "no way to it from this computer: is this the school network?",
    errno.ENETUNREACH: "this computer is not on a network",
    errno.ECONNRESET: "the connection broke off",
}
"""What a student reads for the usual failures (the system's own words, such as
'Connection refused', say nothing to them)."""


def _plain_reason(exc: OSError) -> str:
    """Why a post failed, in words a student can pass on to the teacher."""
    if isinstance(exc, socket.gaierror):
        return "no computer has that name on this network"
    plain = _PLAIN_REASONS.get(exc.errno or 0)
    return plain or exc.strerror or type(exc).__name__
