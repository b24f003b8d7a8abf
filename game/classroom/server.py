"""The teacher's collecting server: standard library `http.server` plus the pydantic model of
a results file. Three routes need no routing library, and pydantic already validates.

It accepts results only for the sessions in its store, never runs anything it receives,
and answers every bad request with one clear 4xx line.
"""

import io
import json
import os
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from game.classroom.client import SEAT_HEADER, SEAT_PATTERN
from game.classroom.code import CodeError, SessionCode, decode
from game.classroom.dashboard import dashboard_html
from game.classroom.levels import level_for, shipped_levels
from game.classroom.results import (
    MAX_RESULTS_BYTES,
    Nickname,
    Results,
    one_line,
    parse_results,
)
from game.classroom.store import (
    DuplicateError,
    FullError,
    NicknameTakenError,
    Store,
    StoreError,
    WriteError,
)
from game.classroom.verify import replayed
from game.core.content.problems import visible_char
from game.core.level import Level
from game.userfiles import FileFormatError, NotJSONError, parse_json

MAX_JOIN_BYTES = 1024
MAX_CLIENTS_TRACKED = 4096
OWN_SLOTS = 8
"""Requests from the teacher's own computer handled at once past the common slots, while the
network holds them."""
SOCKET_TIMEOUT = 5.0
"""A request (line, headers and body) not received whole within this many seconds is dropped,
however slowly its bytes trickle in, so slow senders cannot hold the 64 slots."""


@dataclass(frozen=True)
class Limits:
    """What one client may send: the body size and how many posts per window."""

    max_body: int = MAX_RESULTS_BYTES
    posts_per_window: int = 120
    """A class behind one router is one address to the server: 30 students join and finish
    (two posts each) with room for resends, while a flood from one machine is still cut off."""
    window_seconds: float = 60.0
    connections: int = 64
    """Requests handled at once (a thread each); more are answered 503 at once, so a flood of
    idle connections cannot pile up threads (each idle one is dropped after SOCKET_TIMEOUT)."""


DEFAULT_LIMITS = Limits()


@dataclass
class RateLimiter:
    """Posts per client address in a sliding window; the table of addresses is bounded."""

    limits: Limits
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str) -> bool:
        now = self.clock()
        with self._lock:
            if client not in self._seen and len(self._seen) >= MAX_CLIENTS_TRACKED:
                self._seen.pop(next(iter(self._seen)))
            times = self._seen.setdefault(client, deque())
            while times and now - times[0] > self.limits.window_seconds:
                times.popleft()
            if len(times) >= self.limits.posts_per_window:
                return False
            times.append(now)
            return True


class Join(BaseModel):
    model_config = ConfigDict(extra="forbid")
    session: str
    nickname: Nickname


class RefusedError(Exception):
    """An HTTP error answer with its one-line reason."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class ClassServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    """Connections the system holds until the server takes them: a class finishing at once
    sends 30 posts in the same moment, and the standard library's 5 reset some of them
    ("cannot reach the teacher's computer"). Past the slots they are answered 503 at once."""
    allow_reuse_address = os.name != "nt"
    """A collector stopped and started again takes its port back at once (the codes name it),
    though connections it closed still linger; a port another program listens on stays
    refused. Windows lets a second program share a port with this flag, so not there."""

    def __init__(
        self,
        address: tuple[str, int],
        store: Store,
        limits: Limits = DEFAULT_LIMITS,
        titles: dict[str, str] | None = None,
        log: Callable[[str], None] | None = None,
        shown: frozenset[str] | None = None,
    ) -> None:
        self.store = store
        self.shown = shown
        """The codes the dashboard shows (None: every code in the database)."""
        self.limits = limits
        self.rate = RateLimiter(limits)
        self.slots = threading.BoundedSemaphore(limits.connections)
        self.own_slots = threading.BoundedSemaphore(OWN_SLOTS)
        """Slots kept for the teacher's own computer (the dashboard, the projector) while the
        network holds the others: 64 idle connections from the network held every slot, and
        the dashboard said the collector had stopped."""
        self._slot_lock = threading.Lock()
        self._network_held = 0
        self._taken: dict[int, str] = {}
        """Which slots each request in hand took ('network', 'own', or 'shared' for one of
        the teacher's own in the common slots)."""
        self.titles = titles or {}
        self.log = log or (lambda line: None)
        self.damage_told = False
        """Whether the teacher was told the database cannot be used (once, not per request)."""
        self._levels: list[Level] | None = None
        self._levels_lock = threading.Lock()
        super().__init__(address, Handler)

    def levels(self) -> list[Level]:
        """The levels on this computer, read once (results are replayed on them)."""
        with self._levels_lock:
            if self._levels is None:
                self._levels = shipped_levels()
            return self._levels

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        """A thread per request while slots last; past the limit, a 503 without a thread."""
        taken = self._take(self._from_own(client_address))
        if taken is None:
            _busy(request)
            self.shutdown_request(request)
            return
        self._taken[id(request)] = taken
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._give_back(self._taken.pop(id(request), taken))
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._give_back(self._taken.pop(id(request), "shared"))

    def _take(self, own: bool) -> str | None:
        """A slot: one of the common ones, or for the teacher's own computer one of its own
        while the network holds common ones; None when there is none."""
        with self._slot_lock:
            if self.slots.acquire(blocking=False):
                if own:
                    return "shared"
                self._network_held += 1
                return "network"
            if own and self._network_held and self.own_slots.acquire(blocking=False):
                return "own"
            return None

    def _give_back(self, taken: str) -> None:
        with self._slot_lock:
            if taken == "own":
                self.own_slots.release()
                return
            self.slots.release()
            if taken == "network":
                self._network_held -= 1

    def _from_own(self, client_address: object) -> bool:
        host = client_address[0] if isinstance(client_address, tuple) else ""
        return self.is_teachers_own(str(host))

    @staticmethod
    def is_teachers_own(host: str) -> bool:
        """Whether a request comes from this computer (loopback)."""
        try:
            return ip_address(host).is_loopback
        except ValueError:
            return False

    def handle_error(self, request: object, client_address: object) -> None:
        """A student's computer that goes away mid-request (a laptop closed, the Wi-Fi lost,
        a reset connection) is nothing the teacher must act on: the standard library printed
        a traceback on the collector's window for each. Anything else is one line."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            return
        said = "".join(map(visible_char, " ".join(f"{type(error).__name__}: {error}".split())))
        self.log(f"warning: a request could not be answered ({said[:200]})")


BUSY = json.dumps({"ok": False, "message": "the server is busy; try again in a moment"}).encode()


def _busy(request: socket.socket) -> None:
    """Answer 503 straight on the socket (no thread, no reading the request)."""
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(BUSY)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
    )
    try:
        request.settimeout(0.5)
        request.sendall(head.encode() + BUSY)
    except OSError:
        pass  # the client is gone or not reading: nothing more is owed


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes until a deadline: each wait is cut to the time left, so a client that
    sends a byte every few seconds is dropped as surely as one that sends nothing."""

    def __init__(self, connection: socket.socket, seconds: float) -> None:
        self._connection = connection
        self._deadline = time.monotonic() + seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long")
        self._connection.settimeout(left)
        return self._connection.recv_into(buffer)


class Handler(BaseHTTPRequestHandler):
    server: ClassServer
    timeout = SOCKET_TIMEOUT
    server_version = "CitizenScoreClass/1"
    sys_version = ""
    error_content_type = "application/json"

    def setup(self) -> None:
        super().setup()
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, SOCKET_TIMEOUT))

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the server logs what matters to the teacher through `server.log`."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's own refusals (a garbled request line, too many headers) as
        the one JSON line every other answer is, not an HTML page; any other method is a 405
        like PUT, not a 501."""
        if code == HTTPStatus.NOT_IMPLEMENTED:
            code, message = HTTPStatus.METHOD_NOT_ALLOWED, "only GET and POST"
        self.error_message_format = json.dumps(
            {"ok": False, "message": message or HTTPStatus(code).phrase}
        ).replace("%", "%%")
        super().send_error(code, message, explain)

    # GET --------------------------------------------------------------------------------
    def do_GET(self) -> None:
        try:
            self._get()
        except StoreError as exc:
            self._unusable(exc)

    def _get(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/":
            counts, hidden = self._counts()
            page = dashboard_html(counts, self.server.titles, hidden)
            self._send(HTTPStatus.OK, page.encode(), "text/html; charset=utf-8")
        elif path == "/status.json":
            self._json(HTTPStatus.OK, {"sessions": self._counts()[0]})
        elif path == "/results.json":
            if not self.server.is_teachers_own(self.client_address[0]):
                self._json(HTTPStatus.FORBIDDEN, {"ok": False, "message": _LOCAL_ONLY})
                return
            results = [r.to_json() for r in self.server.store.results()]
            self._json(HTTPStatus.OK, {"results": results})
        else:
            self._json(HTTPStatus.NOT_FOUND, {"ok": False, "message": f"no page {path[:80]}"})

    def _counts(self) -> tuple[dict[str, dict[str, int]], int]:
        """The dashboard's codes, and how many others the database holds (earlier classes:
        a student must not copy one of their codes from the projector)."""
        counts = self.server.store.counts()
        if self.server.shown is None:
            return counts, 0
        kept = {code: c for code, c in counts.items() if code in self.server.shown}
        return kept, len(counts) - len(kept)

    def _not_allowed(self) -> None:
        self._json(HTTPStatus.METHOD_NOT_ALLOWED, {"ok": False, "message": "only GET and POST"})

    do_PUT = do_DELETE = do_PATCH = do_HEAD = _not_allowed  # noqa: N815 (the library's names)

    # POST -------------------------------------------------------------------------------
    def do_POST(self) -> None:
        try:
            message, status = self._post()
        except RefusedError as refusal:
            self._json(refusal.status, {"ok": False, "message": str(refusal)})
            return
        except StoreError as exc:
            self._unusable(exc)
            return
        self._json(status, {"ok": True, "message": message})

    def _post(self) -> tuple[str, HTTPStatus]:
        route = {"/results": self._results, "/join": self._join}.get(self.path)
        if route is None:
            raise RefusedError(HTTPStatus.NOT_FOUND, "post results to /results")
        if not self.server.rate.allow(self.client_address[0]):
            raise RefusedError(
                HTTPStatus.TOO_MANY_REQUESTS, "too many posts from this computer; wait a minute"
            )
        limit = self.server.limits.max_body if self.path == "/results" else MAX_JOIN_BYTES
        return route(self._body(limit))

    def _body(self, limit: int) -> object:
        if self.headers.get_content_type() != "application/json":
            raise RefusedError(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON (Content-Type: application/json)"
            )
        length = self.headers.get("Content-Length", "")
        if not (length.isascii() and length.isdigit()):
            raise RefusedError(HTTPStatus.LENGTH_REQUIRED, "a post needs a Content-Length")
        # more digits than the limit has cannot be within it (and int() refuses 4,300 digits)
        if len(length.lstrip("0")) > len(str(limit)) or int(length) > limit:
            self.close_connection = True
            raise RefusedError(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"posts are limited to {limit // 1024} KB"
            )
        raw = self.rfile.read(int(length))
        if len(raw) < int(length):
            raise RefusedError(HTTPStatus.BAD_REQUEST, "the post ended early")
        try:  # the rules of every user file: a byte-order mark ignored, no NaN, no 5,000-digit
            # numbers, bounded nesting
            return parse_json(raw.decode("utf-8-sig"), "the post")
        except UnicodeDecodeError:
            raise RefusedError(HTTPStatus.BAD_REQUEST, "the post is not UTF-8 text") from None
        except NotJSONError:
            raise RefusedError(HTTPStatus.BAD_REQUEST, "the post is not valid JSON") from None
        except FileFormatError as exc:
            raise RefusedError(HTTPStatus.BAD_REQUEST, str(exc)) from None

    def _session(self, text: str, level_id: str | None = None) -> str:
        try:
            code = decode(text).text
        except CodeError as exc:
            raise RefusedError(HTTPStatus.FORBIDDEN, f"session code: {exc}") from None
        sessions = self.server.store.sessions()
        if code not in sessions:
            raise RefusedError(HTTPStatus.FORBIDDEN, f"this server does not collect session {code}")
        if level_id is not None and sessions[code] != level_id:
            raise RefusedError(
                HTTPStatus.FORBIDDEN, f"session {code} is not for level {level_id[:80]}"
            )
        return code

    def _results(self, data: object) -> tuple[str, HTTPStatus]:
        try:
            results = parse_results(data)
        except ValueError as exc:
            raise RefusedError(HTTPStatus.UNPROCESSABLE_ENTITY, str(exc)) from None
        if self._session(results.session, results.level_id) != results.session:
            raise RefusedError(
                HTTPStatus.FORBIDDEN, "write the session code as the game does (CS-...)"
            )
        code = decode(results.session)
        if code.seed != results.seed or not code.matches_hash(results.level_hash):
            raise RefusedError(  # a report would leave them out: never tell the student "sent"
                HTTPStatus.UNPROCESSABLE_ENTITY,
                f"these results are not the scenario of {code.text} (another copy of the game, "
                "or another seed)",
            )
        changed = self._changed(results, code)
        if changed is not None:  # counted on the dashboard, it was a student nobody had
            raise RefusedError(HTTPStatus.UNPROCESSABLE_ENTITY, changed)
        try:
            self.server.store.add_results(results)
        except DuplicateError:
            return "your teacher already has these results", HTTPStatus.OK
        except NicknameTakenError as exc:
            raise RefusedError(HTTPStatus.CONFLICT, str(exc)) from None
        except FullError as exc:
            raise RefusedError(HTTPStatus.FORBIDDEN, str(exc)) from None
        except WriteError as exc:
            raise self._cannot_store(exc) from None
        self.server.log(self._finished_line(results))  # no nicknames
        return "your teacher has your results", HTTPStatus.CREATED

    def _changed(self, results: Results, code: SessionCode) -> str | None:
        """Why these results are not what their own actions give (a file changed by hand and
        posted), or None. The report leaves such results out; the dashboard counted them as
        one more student finished. A level this computer does not have is not replayed."""
        try:
            level = level_for(code, self.server.levels())
        except CodeError:
            return None
        if replayed(results, level) is None:
            return None
        return (
            "these results are not what their own actions give: the file was changed after "
            "the game wrote it, so they are not counted; play the level again"
        )

    def _finished_line(self, results: Results) -> str:
        """What the teacher reads as a student finishes: how far the class is, as on the
        dashboard ('one more student finished' six times told them nothing of that). A game
        from a computer that had finished is said to be one played again: 'one more student
        finished' for it disagreed with the report, which counts that computer once."""
        code = results.session
        try:
            count = self.server.store.counts().get(code, {})
            again = results.seat is not None and any(
                r.seat == results.seat and r.digest != results.digest
                for r in self.server.store.results(code)
            )
        except StoreError:  # the results are in: the count is for the dashboard to say
            return f"one more student finished session {code}"
        if again:
            return (
                f"a game was played again on a computer that had finished session {code}: "
                "the report counts that computer's first game only"
            )
        finished, joined = count.get("finished", 0), count.get("joined", 0)
        return f"one more student finished session {code}: {finished} of {joined} who joined"

    def _join(self, data: object) -> tuple[str, HTTPStatus]:
        try:
            join = Join.model_validate(data)
        except ValidationError as exc:
            raise RefusedError(HTTPStatus.UNPROCESSABLE_ENTITY, one_line(exc, Join)) from None
        code = self._session(join.session)
        seat = self.headers.get(SEAT_HEADER, "")
        try:
            self.server.store.add_join(
                code, join.nickname, seat if SEAT_PATTERN.fullmatch(seat) else None
            )
        except FullError as exc:
            raise RefusedError(HTTPStatus.FORBIDDEN, str(exc)) from None
        except WriteError as exc:
            raise self._cannot_store(exc) from None
        return "joined", HTTPStatus.OK

    def _cannot_store(self, exc: WriteError) -> RefusedError:
        """The teacher is told what to do in one line; the student's game keeps its file."""
        self.server.log(f"warning: {exc}: {exc.advice}; until then students hand in their files")
        return RefusedError(
            HTTPStatus.SERVICE_UNAVAILABLE, "your teacher's computer cannot store results just now"
        )

    def _unusable(self, exc: StoreError) -> None:
        """Answer for a damaged database: the teacher is told once what to do; a student is
        told to hand in their file (their game kept it), never sent a dropped connection."""
        if not self.server.damage_told:
            self.server.damage_told = True
            self.server.log(f"warning: {exc}")
        message = "your teacher's class database cannot be used just now; hand in your results file"
        self._json(HTTPStatus.SERVICE_UNAVAILABLE, {"ok": False, "message": message})

    # answers ----------------------------------------------------------------------------
    def _json(self, status: HTTPStatus, data: dict) -> None:
        self._send(status, json.dumps(data).encode(), "application/json")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", _CSP)
        if status == HTTPStatus.TOO_MANY_REQUESTS:
            self.send_header("Retry-After", str(int(self.server.limits.window_seconds)))
        self.end_headers()
        self.wfile.write(body)


_LOCAL_ONLY = "the results list is only given to the teacher's own computer"
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; img-src data:"
)
