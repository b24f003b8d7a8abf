"""The projector's dashboard of a class database that kept earlier classes: with --session
it shows this class's code only, so no student copies last week's code from the board."""

import http.client
import json
import threading

from game.classroom.code import make_code
from game.classroom.server import ClassServer
from game.classroom.store import Store


def get(address, path: str) -> bytes:
    connection = http.client.HTTPConnection(*address, timeout=5)
    try:
        connection.request("GET", path)
        return connection.getresponse().read()
    finally:
        connection.close()


def serve_and_get(tmp_path, sesame, codes, shown, paths):
    store = Store(tmp_path / "class.db")
    for code in codes:
        store.add_session(code, sesame.id)
    server = ClassServer(("127.0.0.1", 0), store, shown=shown)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        return [get(server.server_address[:2], p) for p in paths]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        store.close()


def codes(sesame):
    return [make_code(sesame.id, sesame.content_hash, seed).text for seed in (11, 12, 13)]


def test_a_collector_started_with_one_session_shows_only_that_code(tmp_path, sesame):
    today, *earlier = codes(sesame)
    page, status = serve_and_get(
        tmp_path, sesame, [today, *earlier], frozenset({today}), ["/", "/status.json"]
    )
    assert today.encode() in page and not any(c.encode() in page for c in earlier)
    assert b"2 more are not" in page
    assert list(json.loads(status)["sessions"]) == [today]


def test_a_dashboard_of_several_codes_says_how_to_show_only_one(tmp_path, sesame):
    (page,) = serve_and_get(tmp_path, sesame, codes(sesame), None, ["/"])
    assert b"3 codes: each class types its own" in page
    assert b"<span style='white-space:nowrap'>--session</span> CODE" in page


def test_a_dashboard_of_one_code_adds_no_note(tmp_path, sesame):
    (page,) = serve_and_get(tmp_path, sesame, codes(sesame)[:1], None, ["/"])
    assert b'<p class="muted" id="note"></p>' in page


def test_one_code_left_off_the_dashboard_is_counted_in_the_singular(tmp_path, sesame):
    today, earlier, _ = codes(sesame)
    (page,) = serve_and_get(tmp_path, sesame, [today, earlier], frozenset({today}), ["/"])
    assert b"(1 more is not)" in page
