"""A class that finishes at the same moment: every game's connection is held until the
server takes it, none reset while the server is busy with the others."""

import socket
from contextlib import ExitStack

from game.classroom.server import DEFAULT_LIMITS, ClassServer
from game.classroom.store import Store

CLASS_SIZE = 30


def test_a_whole_class_connecting_while_the_server_is_busy_is_held_and_answered(tmp_path):
    store = Store(tmp_path / "class.db")
    server = ClassServer(("127.0.0.1", 0), store, DEFAULT_LIMITS)  # listening, not yet serving
    with ExitStack() as stack:
        stack.callback(store.close)
        stack.callback(server.server_close)
        games = []
        for _ in range(CLASS_SIZE):
            game = stack.enter_context(socket.socket())
            game.settimeout(1.0)
            game.connect(server.server_address)  # refused or timed out past the queue
            game.sendall(b"GET /status.json HTTP/1.1\r\n\r\n")
            games.append(game)
        for _ in games:
            server.handle_request()
        answers = [game.recv(64) for game in games]
    assert all(answer.startswith(b"HTTP/1.0 200") for answer in answers)
