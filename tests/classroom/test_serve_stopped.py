"""Ctrl+C on the collector at the end of a lesson says nothing is lost and prints the report
command with this database and the class's code: it stopped without a word, and the next
step (the report, from a database whose place differs on each system) was in the guide."""

import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

from game.classroom.code import make_code
from game.classroom.store import Store
from tests.classroom.test_reach import free_port


def _serve_then_ctrl_c(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "serve.out"
    with out.open("w") as o:
        proc = subprocess.Popen(
            [sys.executable, "-m", "game", "class", "serve", "--port", str(free_port()), *args],
            stdout=o,
            stderr=subprocess.DEVNULL,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as in a terminal
        )
        try:
            for _ in range(300):
                if "Dashboard:" in out.read_text() or proc.poll() is not None:
                    break
                time.sleep(0.1)
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    return out.read_text()


def test_ctrl_c_prints_the_report_command_for_the_class_collected(tmp_path, sesame, class_results):
    db = tmp_path / "class.db"
    code = make_code(sesame.id, sesame.content_hash, 7, collect="127.0.0.1:8765").text
    store = Store(db)
    store.add_session(code, sesame.id)
    for r in class_results[:2]:
        store.add_results(r.model_copy(update={"session": code}))
    store.close()
    out = _serve_then_ctrl_c(tmp_path, "--db", str(db), "--session", code).splitlines()
    assert out[-2].startswith(f"Stopped: 2 students finished in {code}; nothing collected is lost.")
    assert shlex.split(out[-1])[:6] == [
        "citizen-score",
        "class",
        "report",
        str(db),
        "--session",
        code,
    ]


def test_ctrl_c_before_anyone_finished_says_to_start_again_not_that_zero_students_finished(
    tmp_path, sesame
):
    db = tmp_path / "class.db"
    code = make_code(sesame.id, sesame.content_hash, 7, collect="127.0.0.1:8765").text
    store = Store(db)
    store.add_session(code, sesame.id)
    store.close()
    out = _serve_then_ctrl_c(tmp_path, "--db", str(db), "--session", code).splitlines()
    assert out[-2].startswith(f"Stopped: no student has finished {code} yet;")
    assert "once students finish, make the report" in out[-2]
    assert shlex.split(out[-1])[:4] == ["citizen-score", "class", "report", str(db)]
