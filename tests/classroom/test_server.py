"""The collecting server: accepts its own sessions' results, refuses everything else with a
clear 4xx, and keeps what it has collected."""

import http.client
import json
import socket
import subprocess
import sys
import time

import pytest

from game.classroom.client import post_json, send_results
from game.classroom.server import DEFAULT_LIMITS, Limits
from game.classroom.store import MAX_RESULTS


def raw_post(address, path, body: bytes, headers: dict) -> tuple[int, str]:
    conn = http.client.HTTPConnection(*address, timeout=5)
    try:
        conn.request("POST", path, body, headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read())["message"]
    finally:
        conn.close()


def get(address, path) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*address, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def started(serve, sesame, class_results, limits=DEFAULT_LIMITS):
    session = class_results[0].session
    running = serve({session: sesame.id}, limits)
    return running, running.collect_code(sesame)


def test_results_for_its_session_are_stored_and_counted(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    delivery = post_json(running.address, "/results", class_results[0].to_json())
    assert (delivery.ok, delivery.status) == (True, 201)
    assert running.store.counts()[class_results[0].session] == {"joined": 1, "finished": 1}


def test_the_same_results_twice_are_one_student_and_the_resend_is_told_so(
    serve, sesame, class_results
):
    running, _ = started(serve, sesame, class_results)
    post_json(running.address, "/results", class_results[1].to_json())
    again = post_json(running.address, "/results", class_results[1].to_json())
    assert (again.ok, again.message) == (True, "your teacher already has these results")
    assert len(running.store.results()) == 1


def test_other_results_under_a_nickname_already_in_are_refused_not_called_delivered(
    serve, sesame, class_results
):
    running, code = started(serve, sesame, class_results)
    first, second = class_results[0], class_results[1]
    post_json(running.address, "/results", first.to_json())
    same_name = second.model_copy(update={"nickname": first.nickname})
    delivery = send_results(code, same_name)
    assert not delivery.ok and delivery.status == 409
    assert delivery.message == f"your teacher already has other results from '{first.nickname}'"
    assert [r.digest for r in running.store.results()] == [first.digest]


def test_results_for_another_session_are_forbidden(serve, sesame, class_results):
    running = serve({}, Limits())
    running.store.add_session("CS-8E3J-SA00-014", sesame.id)
    delivery = post_json(running.address, "/results", class_results[0].to_json())
    assert delivery.status == 403 and "does not collect" in delivery.message


def test_a_post_that_is_not_json_is_a_bad_request(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    status, message = raw_post(
        running.address, "/results", b"{not json", {"Content-Type": "application/json"}
    )
    assert (status, message) == (400, "the post is not valid JSON")


def test_malformed_results_are_refused_naming_the_first_problem(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    data = class_results[0].to_json()
    data["outcome"]["path"] = "a lot"
    delivery = post_json(running.address, "/results", data)
    assert delivery.status == 422 and delivery.message.startswith("outcome.path")


def test_an_oversized_post_is_refused_before_it_is_read(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results, Limits(max_body=4096))
    status, message = raw_post(
        running.address, "/results", b"x" * 5000, {"Content-Type": "application/json"}
    )
    assert status == 413 and "4 KB" in message


def test_a_post_without_length_or_json_type_is_refused(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    conn = http.client.HTTPConnection(*running.address, timeout=5)
    conn.putrequest("POST", "/results")
    conn.putheader("Content-Type", "application/json")
    conn.endheaders()
    assert conn.getresponse().status == 411
    conn.close()
    status, _ = raw_post(running.address, "/results", b"{}", {"Content-Type": "text/plain"})
    assert status == 415


def test_a_flood_from_one_computer_is_slowed_with_429(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results, Limits(posts_per_window=5))
    statuses = [
        post_json(running.address, "/results", class_results[0].to_json()).status for _ in range(8)
    ]
    assert statuses[0] == 201 and statuses[1:5] == [200] * 4 and statuses[5:] == [429] * 3


def test_a_full_database_refuses_more_and_keeps_what_it_has(
    serve, sesame, class_results, monkeypatch
):
    monkeypatch.setattr("game.classroom.store.MAX_RESULTS", 2)
    running, _ = started(serve, sesame, class_results)
    statuses = [
        post_json(running.address, "/results", r.to_json()).status for r in class_results[:3]
    ]
    assert statuses == [201, 201, 403]
    assert len(running.store.results()) == 2
    assert MAX_RESULTS > 2


def test_the_dashboard_shows_totals_and_no_nicknames(serve, sesame, class_results):
    running, code = started(serve, sesame, class_results)
    send_results(code, class_results[0])
    status, page = get(running.address, "/")
    assert status == 200 and b"finished" in page
    assert class_results[0].nickname.encode() not in page
    status, body = get(running.address, "/status.json")
    assert json.loads(body)["sessions"][class_results[0].session] == {"joined": 1, "finished": 1}


def test_an_unknown_page_is_not_found(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    assert get(running.address, "/../etc/passwd")[0] == 404


def test_the_game_client_reports_an_unreachable_teacher_in_one_line(sesame, class_results):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    delivery = post_json(("127.0.0.1", port), "/results", class_results[0].to_json(), timeout=1)
    assert not delivery.ok and f"127.0.0.1:{port}" in delivery.message


def test_a_port_in_use_is_one_line_that_says_a_collector_may_already_run_and_a_new_port_needs_a_new_code(
    tmp_path, sesame, class_results
):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "game",
                "class",
                "serve",
                "--port",
                str(port),
                "--db",
                str(tmp_path / "c.db"),
                "--session",
                class_results[0].session,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"citizen-score class: port {port} on 127.0.0.1 is already in use: a collector may "
        "already be running (look for its window); if not, pick another --port and make a new "
        "code with that port"
    ]


def test_hostile_json_is_a_bad_request_not_a_crash(serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    for body in (b"[" * 100_000, b'{"seed": ' + b"9" * 5000 + b"}", b"\xff\xfe"):
        status, _ = raw_post(
            running.address, "/results", body, {"Content-Type": "application/json"}
        )
        assert status == 400
    status, body = get(running.address, "/status.json")
    assert status == 200


@pytest.mark.parametrize("method", ["DELETE", "HEAD"])
def test_other_methods_are_not_allowed(method, serve, sesame, class_results):
    running, _ = started(serve, sesame, class_results)
    conn = http.client.HTTPConnection(*running.address, timeout=5)
    conn.request(method, "/results")
    assert conn.getresponse().status == 405
    conn.close()


def test_connections_past_the_limit_get_503_and_the_server_recovers_when_they_close(
    serve, sesame, class_results
):
    running, _ = started(serve, sesame, class_results, Limits(connections=2))
    idle = [socket.create_connection(running.address, timeout=5) for _ in range(2)]
    try:  # connections are taken up in the order they open: the idle two hold both slots
        status, body = get(running.address, "/status.json")
        assert status == 503 and b"busy" in body
    finally:
        for conn in idle:
            conn.close()
    for _ in range(50):  # their threads end as soon as they see the connections closed
        status, _ = get(running.address, "/status.json")
        if status == 200:
            break
        time.sleep(0.05)
    assert status == 200


def test_a_stopped_collector_can_start_again_on_the_same_port_at_once(
    tmp_path, serve, sesame, class_results
):
    from game.classroom.server import ClassServer
    from game.classroom.store import Store

    running, _ = started(serve, sesame, class_results)
    address = running.address
    with socket.create_connection(address, timeout=5) as client:
        client.sendall(b"GET /status.json HTTP/1.0\r\n\r\n")
        while client.recv(4096):  # the server closes first, so its side of it lingers
            pass
    running.stop()
    store = Store(tmp_path / "again.db")
    again = ClassServer(address, store)
    try:
        assert again.server_address[:2] == address
    finally:
        again.server_close()
        store.close()


def test_the_dashboard_shows_each_code_large_with_how_students_join(serve, sesame, class_results):
    import re

    running, _ = started(serve, sesame, class_results)
    page = get(running.address, "/")[1].decode()
    code = class_results[0].session
    assert (
        f'<p class="join">Students: choose Join a class and type this code</p><code>{code}</code>'
        in page
    )
    size = re.search(r"code\{[^}]*font-size:clamp\([^,]+,[^,]+,([\d.]+)rem\)", page)
    assert size is not None and float(size.group(1)) >= 3


def test_the_dashboard_lists_the_newest_code_first(serve, sesame):
    from game.classroom.code import make_code

    older, newer = (make_code(sesame.id, sesame.content_hash, s).text for s in (1, 2))
    running = serve({older: sesame.id, newer: sesame.id})
    sessions = json.loads(get(running.address, "/status.json")[1])["sessions"]
    assert list(sessions) == [newer, older]
    page = get(running.address, "/")[1].decode()
    assert page.index(newer) < page.index(older)


@pytest.mark.parametrize(("key", "value"), [("level_hash", "0" * 64), ("seed", 8)])
def test_results_of_another_scenario_under_the_class_code_are_refused_not_said_sent(
    serve, sesame, class_results, key, value
):
    running, _ = started(serve, sesame, class_results)
    data = class_results[0].to_json() | {key: value}
    delivery = post_json(running.address, "/results", data)
    assert not delivery.ok and delivery.status == 422
    assert "not the scenario of" in delivery.message
    assert running.store.results() == []
