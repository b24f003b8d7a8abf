"""A class database damaged on disk and served (the collector restarted on it): the dashboard
and every student get one clear answer, the teacher one line, never a dropped connection and
a traceback."""

import json
import urllib.error
import urllib.request

import pytest


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


@pytest.fixture
def damaged(serve, pages_overwritten):
    running = serve(db=pages_overwritten)
    told: list[str] = []
    running.server.log = told.append
    return running, told


def test_the_dashboard_of_a_damaged_database_answers_503_and_tells_the_teacher_once(damaged):
    running, told = damaged
    host, port = running.address
    for _ in range(3):
        status, body = _get(f"http://{host}:{port}/status.json")
        assert status == 503 and "hand in your results file" in body["message"]
    assert len(told) == 1 and "damaged" in told[0] and "kept its results file" in told[0]


def test_results_sent_to_a_damaged_database_are_refused_so_the_student_hands_in_the_file(
    damaged, class_results
):
    running, _ = damaged
    host, port = running.address
    post = urllib.request.Request(
        f"http://{host}:{port}/results",
        json.dumps(class_results[1].to_json()).encode(),
        {"Content-Type": "application/json"},
    )
    try:
        urllib.request.urlopen(post, timeout=10)
    except urllib.error.HTTPError as refused:
        assert refused.code == 503
        assert "hand in your results file" in json.loads(refused.read())["message"]
    else:
        raise AssertionError("the damaged database took the results")
