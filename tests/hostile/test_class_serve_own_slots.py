"""Idle connections from the school network that hold every slot of the collector (a
slowloris: 64 connections opened and left silent, again every 5 s) leave the teacher's own
dashboard served: it has slots of its own. Before, its status requests were answered 503
and the projector said the collector had stopped or could not be reached."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.server import DEFAULT_LIMITS, ClassServer, Limits
from game.classroom.store import Store

NETWORK = "127.0.0.2"
"""A student's computer, as the test speaks from it (loopback too, so the server is told
that only 127.0.0.1 is the teacher's)."""


@pytest.fixture
def collector(tmp_path: Path) -> Iterator[ClassServer]:
    store = Store(tmp_path / "class.db")
    store.add_session(make_code("nosedive", "0" * 8, 1).text, "nosedive")
    server = ClassServer(("127.0.0.1", 0), store, Limits())
    server.is_teachers_own = lambda host: host == "127.0.0.1"  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    store.close()


def _from_network(address: tuple[str, int]) -> socket.socket:
    return socket.create_connection(address, timeout=5, source_address=(NETWORK, 0))


def _answer(conn: socket.socket, request: bytes) -> int:
    conn.sendall(request)
    reply = b""
    while chunk := conn.recv(65536):
        reply += chunk
    return int(reply.split()[1])


def test_the_dashboard_is_served_while_the_network_holds_every_slot(collector: ClassServer):
    address = collector.server_address[:2]
    idle = [_from_network(address) for _ in range(DEFAULT_LIMITS.connections)]
    try:
        time.sleep(0.3)  # every idle connection has its thread, waiting
        with _from_network(address) as one_more:  # the network itself is still bounded
            assert _answer(one_more, b"GET /status.json HTTP/1.0\r\n\r\n") == 503
        host, port = address
        try:
            with urllib.request.urlopen(f"http://{host}:{port}/status.json", timeout=5) as page:
                assert json.load(page)["sessions"]
        except urllib.error.HTTPError as refused:
            pytest.fail(f"the teacher's dashboard was refused: {refused.code}")
    finally:
        for conn in idle:
            conn.close()
