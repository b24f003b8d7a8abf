"""Results changed by hand and posted to the collector (a better score typed into the file)
are refused with one line, and the dashboard does not count one more student finished: the
report leaves them out, so the projector's count and the report's disagreed."""

from __future__ import annotations

from game.classroom.client import post_json
from game.classroom.results import parse_results

from .conftest import results_of


def changed(results):
    data = results.to_json()
    data["nickname"] = "hacker-cat-9"
    data["outcome"]["path"][-1][1] += 40
    return data


def test_results_changed_by_hand_are_refused_and_not_counted_as_finished(serve, sesame):
    running = serve()
    code = running.collect_code(sesame, seed=3)
    running.store.add_session(code.text, sesame.id)
    honest = results_of(sesame, code, "moon-pie-7", "dissident", 1)
    assert post_json(running.address, "/results", honest.to_json()).ok
    refused = post_json(running.address, "/results", changed(honest))
    assert not refused.ok and refused.status == 422
    assert "changed" in refused.message
    assert running.store.counts()[code.text]["finished"] == 1


def test_untouched_results_are_still_taken(serve, sesame):
    running = serve()
    code = running.collect_code(sesame, seed=3)
    running.store.add_session(code.text, sesame.id)
    results = results_of(sesame, code, "calm-crane-4", "conformist", 2)
    sent = post_json(running.address, "/results", results.to_json())
    assert sent.ok and sent.status == 201
    assert parse_results(results.to_json()) == running.store.results(code.text)[0]
