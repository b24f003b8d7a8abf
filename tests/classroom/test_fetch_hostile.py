"""The projector reading results from a class server address: an answer nested without end
is one line, like a file nested too deep, never a crash of the projector."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from game.classroom.client import fetch_results

DEEP = b'{"results": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


class _Deep(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(DEEP)))
        self.end_headers()
        self.wfile.write(DEEP)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def deep_server() -> Iterator[tuple[str, int]]:
    server = HTTPServer(("127.0.0.1", 0), _Deep)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[:2]
    server.shutdown()
    server.server_close()


def test_a_results_list_nested_without_end_is_one_line_not_a_crash(deep_server):
    results, problem = fetch_results(deep_server, timeout=10)
    assert results == [] and problem is not None and "unreadable" in problem
