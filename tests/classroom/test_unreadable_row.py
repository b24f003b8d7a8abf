"""One stored result that no longer passes the checks (edited by hand, or stored by a game
whose checks were looser) is one line; the class's other results are still reported and
still given to the teacher, not skipped with it or dropped with a traceback."""

import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from game.cli.main import main


@pytest.fixture
def one_row_edited(class_database: Path) -> Path:
    """The class database with its first stored result's strategy edited to hold an escape."""
    db = sqlite3.connect(class_database, isolation_level=None)
    row_id, body = db.execute("SELECT id, body FROM results ORDER BY id LIMIT 1").fetchone()
    edited = {**json.loads(body), "strategy": "random\x1b[2J"}
    db.execute("UPDATE results SET body=? WHERE id=?", (json.dumps(edited), row_id))
    db.close()
    return class_database


def test_class_report_skips_only_the_unreadable_row_and_names_it(one_row_edited, capsys):
    assert main(["class", "report", str(one_row_edited)]) == 0
    out, err = capsys.readouterr()
    assert f"{one_row_edited}#1: a stored result is unreadable (strategy: " in err
    assert err.count("\n") == 1
    assert ": 5 students" in out


def test_the_teachers_results_list_leaves_out_the_unreadable_row_and_keeps_serving(
    one_row_edited, serve, capsys
):
    running = serve(db=one_row_edited)
    host, port = running.address
    for _ in range(2):
        with urllib.request.urlopen(f"http://{host}:{port}/results.json", timeout=10) as answer:
            assert len(json.load(answer)["results"]) == 5
    assert "Traceback" not in capsys.readouterr().err
