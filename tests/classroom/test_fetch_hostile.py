"""The projector reading results from a class server address: an answer nested without end,
or one sent a byte now and then, is one line, never a crash or a frozen projector."""

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from game.classroom.client import fetch_results
from tests.classroom.stub_server import serving

DEEP = b'{"results": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


class _Deep(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(DEEP)))
        self.end_headers()
        self.wfile.write(DEEP)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


SLOW = b'{"results": []}' + b" " * 60


class _Slow(_Deep):
    """A whole, valid answer, one byte every 50 ms (3.75 s in all)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(SLOW)))
        self.end_headers()
        for byte in SLOW:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:  # the projector gave up and closed: as it should
                return
            time.sleep(0.05)


@pytest.fixture
def deep_server() -> Iterator[tuple[str, int]]:
    yield from serving(_Deep)


@pytest.fixture
def slow_server() -> Iterator[tuple[str, int]]:
    yield from serving(_Slow)


def test_a_results_list_nested_without_end_is_one_line_not_a_crash(deep_server):
    results, problem = fetch_results(deep_server, timeout=10)
    assert results == [] and problem is not None and "unreadable" in problem


def test_a_results_list_sent_a_byte_now_and_then_is_given_up_within_ten_timeouts(slow_server):
    results, problem = fetch_results(slow_server, timeout=0.2)  # 2 s for the whole list
    assert results == [] and problem is not None and "sending too slowly" in problem
