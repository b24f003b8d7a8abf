"""A student's computer that goes away in the middle of a post or a page (a laptop lid shut,
the Wi-Fi lost: the connection is reset) is nothing the teacher must act on. The collector
printed a 25-line traceback on its window for each; it now says nothing, keeps serving, and
one unexpected failure is one line."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.classroom import server as server_module
from game.classroom.code import make_code
from game.classroom.server import ClassServer, Limits
from game.classroom.store import Store


@pytest.fixture
def collector(tmp_path: Path) -> Iterator[tuple[ClassServer, list[str]]]:
    """A collector on loopback with one session, and the lines it says to the teacher."""
    store = Store(tmp_path / "class.db")
    store.add_session(make_code("nosedive", "0" * 8, 1).text, "nosedive")
    lines: list[str] = []
    server = ClassServer(("127.0.0.1", 0), store, Limits(), log=lines.append)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server, lines
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    store.close()


def _reset(address: tuple[str, int], data: bytes) -> None:
    """Send `data`, then reset the connection (SO_LINGER 0) without reading the answer."""
    conn = socket.create_connection(address, timeout=5)
    conn.sendall(data)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _status(address: tuple[str, int]) -> dict:
    host, port = address
    with urllib.request.urlopen(f"http://{host}:{port}/status.json", timeout=5) as answer:
        return json.load(answer)


HALF_REQUESTS = [
    b"POST /join HTTP/1.1\r\nContent-Type: appl",  # in the headers
    b"POST /join HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{",
    b"GET / HTTP/1.0\r\n\r\n",  # whole, but the answer finds the connection gone
]


@pytest.mark.parametrize("sent", HALF_REQUESTS, ids=["headers", "body", "answer"])
def test_a_client_that_resets_its_connection_prints_no_traceback_and_the_collector_serves_on(
    sent: bytes, collector, capsys
):
    server, lines = collector
    address = server.server_address[:2]
    for _ in range(3):
        _reset(address, sent)
    time.sleep(0.3)  # the handler threads meet the reset
    assert _status(address)["sessions"]
    err = capsys.readouterr().err
    assert "Traceback" not in err and err == ""
    assert lines == []


def test_an_unexpected_failure_in_a_request_is_one_line_for_the_teacher(
    collector, capsys, monkeypatch: pytest.MonkeyPatch
):
    server, lines = collector

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("page\nbroken \x1b[2J")

    monkeypatch.setattr(server_module, "dashboard_html", broken)
    host, port = server.server_address[:2]
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://{host}:{port}/", timeout=5)
    time.sleep(0.2)
    assert "Traceback" not in capsys.readouterr().err
    assert lines == [
        r"warning: a request could not be answered (RuntimeError: page broken \x1b[2J)"
    ]
    assert _status((host, port))["sessions"]
