"""A student whose results did not reach the teacher reads why in plain words: the system's
'Connection refused' says nothing to a 14-year-old or to the teacher they tell."""

import socket

from game.classroom.client import post_json


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_computer_with_no_collector_running_is_said_so_in_plain_words():
    sent = post_json(("127.0.0.1", _closed_port()), "/results", {}, timeout=2)
    assert not sent.ok
    assert "the class collector is not running there" in sent.message
    assert "Connection refused" not in sent.message
