"""A student's game posting to whatever answers at the code's address: an answer nested
without end, one sent a byte now and then, or one holding escape sequences is one plain
line for the student, never a crash or a game frozen at the end of the level."""

import json
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from game.classroom.client import post_json
from tests.classroom.stub_server import serving

DEEP = b'{"message": ' + b"[" * 30_000 + b"]" * 30_000 + b"}"
COLOURED = json.dumps({"ok": True, "message": "sent\x1b[2J\nYOU FAILED"}).encode()


def _answering(body: bytes, pause: float = 0.0) -> type[BaseHTTPRequestHandler]:
    class Answer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for i in range(0, len(body), 1 if pause else len(body)):
                try:
                    self.wfile.write(body[i : i + (1 if pause else len(body))])
                    self.wfile.flush()
                except OSError:  # the game gave up and closed: as it should
                    return
                time.sleep(pause)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    return Answer


@pytest.fixture
def deep() -> Iterator[tuple[str, int]]:
    yield from serving(_answering(DEEP))


@pytest.fixture
def trickling() -> Iterator[tuple[str, int]]:
    yield from serving(_answering(b'{"ok": true, "message": "sent"}' + b" " * 200, pause=0.02))


@pytest.fixture
def coloured() -> Iterator[tuple[str, int]]:
    yield from serving(_answering(COLOURED))


def test_an_answer_nested_without_end_is_one_line_not_a_crash(deep):
    delivery = post_json(deep, "/results", {})
    assert "\n" not in delivery.message and len(delivery.message) <= 200


def test_an_answer_sent_a_byte_now_and_then_is_given_up_within_its_time(trickling):
    delivery = post_json(trickling, "/results", {}, timeout=0.1)
    assert not delivery.ok and "did not answer in time" in delivery.message


def test_an_answer_with_escape_sequences_is_shown_as_text_on_one_line(coloured):
    message = post_json(coloured, "/results", {}).message
    assert "\x1b" not in message and "\n" not in message and "YOU FAILED" in message
