"""Requests that try the collector's edges: trickled bytes, other methods, garbled lines. Each
gets one JSON line and a 4xx, or the connection is closed in time; none holds a slot."""

import json
import socket
import time

import pytest

from game.classroom import server
from tests.classroom.test_server import raw_post, started


def exchange(address, data: bytes) -> tuple[int, dict]:
    with socket.create_connection(address, timeout=5) as conn:
        conn.sendall(data)
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def test_a_client_that_trickles_its_request_is_dropped_when_the_request_time_is_up(
    serve, sesame, class_results, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(server, "SOCKET_TIMEOUT", 1.0)
    running, _ = started(serve, sesame, class_results)
    with socket.create_connection(running.address, timeout=5) as conn:
        conn.sendall(b"POST /join HTTP/1.1\r\nContent-Type: application/json\r\n")
        start = time.monotonic()
        with pytest.raises(OSError):  # a byte every 0.3 s would keep a per-read timeout happy
            while time.monotonic() - start < 5:
                time.sleep(0.3)
                conn.sendall(b"X")
                conn.settimeout(0.01)
                try:
                    if conn.recv(1) == b"":
                        raise ConnectionResetError("closed by the server")
                except TimeoutError:
                    pass
    assert time.monotonic() - start < 3


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "CONNECT", "BREW"])
def test_other_methods_get_405_in_one_json_line(method: str, serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    status, body = exchange(running.address, f"{method} / HTTP/1.1\r\n\r\n".encode())
    assert status == 405 and body == {"ok": False, "message": "only GET and POST"}


def test_a_request_with_too_many_headers_is_answered_in_one_json_line(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    headers = b"".join(b"X-%d: 1\r\n" % i for i in range(200))
    status, body = exchange(running.address, b"GET / HTTP/1.1\r\n" + headers + b"\r\n")
    assert status == 431 and body == {"ok": False, "message": "Too many headers"}


def test_nan_in_a_post_is_refused_as_it_is_in_a_file(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    headers = {"Content-Type": "application/json"}
    status, message = raw_post(running.address, "/results", b'{"seed": NaN}', headers)
    assert status == 400 and message == "the post: NaN is not a number this game accepts"


def test_a_post_that_starts_with_a_byte_order_mark_is_read_as_a_file_would_be(
    serve, sesame, class_results
):
    running, _ = started(serve, sesame, class_results)
    body = "\ufeff".encode() + json.dumps(class_results[0].to_json()).encode()
    status, _ = raw_post(running.address, "/results", body, {"Content-Type": "application/json"})
    assert status == 201


def test_a_content_type_that_only_mentions_json_is_refused(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    headers = {"Content-Type": "text/plain; x=application/json"}
    status, _ = raw_post(running.address, "/results", b"{}", headers)
    assert status == 415


@pytest.mark.parametrize(
    ("length", "status"), [("9" * 5000, 413), ("1" + "0" * 30, 413), ("\u0661", 411)]
)
def test_a_content_length_that_is_huge_or_not_plain_digits_gets_a_4xx(
    length: str, status: int, serve, sesame, class_results
):
    running, _ = started(serve, sesame, class_results)
    head = f"POST /join HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {length}"
    got, body = exchange(running.address, head.encode() + b"\r\n\r\n{}")
    assert got == status and body["ok"] is False
