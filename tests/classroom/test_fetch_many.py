"""A class server answering with more results than a class database keeps: the projector
reads the first MAX_RESULTS, says so in one line first, and shows the class; past
MAX_FETCH_VALUES values it reads nothing, since parsing them would take seconds and gigabytes."""

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from game.classroom.client import MAX_FETCH_VALUES, fetch_results
from game.classroom.code import make_code
from game.classroom.source import report_from
from game.classroom.store import MAX_RESULTS
from game.core.level import Level
from tests.classroom.conftest import results_of
from tests.classroom.stub_server import serving

MILLION = 1_000_000


class _Million(BaseHTTPRequestHandler):
    """One real result, then a million empty entries (3 MB, well under the size limit)."""

    first = b""

    def do_GET(self) -> None:
        body = b'{"results": [' + self.first + b",{}" * MILLION + b"]}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def million_server(sesame: Level) -> Iterator[tuple[str, int]]:
    code = make_code(sesame.id, sesame.content_hash, 7)
    first = json.dumps(results_of(sesame, code, "first", "conformist", 1).to_json()).encode()
    handler = type("_Serving", (_Million,), {"first": first})
    yield from serving(handler)


def test_a_million_results_from_a_server_are_read_as_the_store_limit_and_one_line(
    million_server,
):
    results, problem = fetch_results(million_server, timeout=10)
    assert len(results) == MAX_RESULTS
    assert problem is not None and problem.count("\n") == 0
    assert f"sent {MILLION + 1} results" in problem and f"first {MAX_RESULTS}" in problem


def test_a_report_from_a_server_of_a_million_results_says_so_first_and_shows_the_class(
    million_server,
):
    host, port = million_server
    report, problems = report_from(f"http://{host}:{port}")
    assert report is not None and report.students == 1
    assert "more than a class server keeps" in problems[0]
    assert len(problems) <= MAX_RESULTS


class _EmptyLists(BaseHTTPRequestHandler):
    """More empty lists than MAX_FETCH_VALUES (each is a bracket and a comma: two values)."""

    def do_GET(self) -> None:
        count = MAX_FETCH_VALUES // 2 + 10
        body = b'{"results": [[]' + b",[]" * count + b"]}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def test_a_server_sending_more_values_than_a_class_holds_is_refused_unread_in_one_line():
    for address in serving(_EmptyLists):
        results, problem = fetch_results(address, timeout=10)
        assert results == []
        assert problem is not None and problem.count("\n") == 0
        assert f"more than {MAX_FETCH_VALUES:,}" in problem and "nothing was read" in problem
