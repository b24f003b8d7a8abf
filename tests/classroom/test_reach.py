"""A teacher is told, the night before, when students' games could not reach the collector:
a code that sends to this computer only, or a server listening where no code sends."""

import socket
import subprocess
import sys
import time
from pathlib import Path

from game.classroom.code import make_code
from game.cli.class_cmd import dashboard_url
from game.cli.main import main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_briefly(tmp_path: Path, *args: str) -> tuple[str, str]:
    """Start `class serve` on loopback, wait (bounded) for its dashboard line, stop it."""
    out, err = tmp_path / "serve.out", tmp_path / "serve.err"
    with out.open("w") as o, err.open("w") as e:
        proc = subprocess.Popen(
            [sys.executable, "-m", "game", "class", "serve", *args], stdout=o, stderr=e
        )
        try:
            for _ in range(300):
                if "Dashboard:" in out.read_text() or proc.poll() is not None:
                    break
                time.sleep(0.1)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return out.read_text(), err.read_text()


def test_a_code_that_sends_results_to_this_computer_only_is_warned_about(capsys, tmp_path):
    status = main(
        [
            "class",
            "new",
            "sesame_garden",
            "--collect",
            "127.0.0.1:8765",
            "--db",
            str(tmp_path / "c.db"),
        ]
    )
    captured = capsys.readouterr()
    assert status == 0 and captured.out.startswith("Session code: CS-")
    assert "127.0.0.1 means this computer only" in captured.err


def test_a_code_that_sends_to_the_school_network_gets_no_warning(capsys, tmp_path):
    db = str(tmp_path / "c.db")
    assert (
        main(["class", "new", "sesame_garden", "--collect", "192.168.1.20:8765", "--db", db]) == 0
    )
    # (a note on the code's last character may come, by the level version and seed)
    assert "this computer only" not in capsys.readouterr().err


def test_a_server_on_this_computer_only_warns_that_the_codes_cannot_reach_it(tmp_path, sesame):
    port = free_port()
    code = make_code(sesame.id, sesame.content_hash, 1, collect=f"192.168.1.20:{port}")
    out, err = serve_briefly(
        tmp_path, "--port", str(port), "--db", str(tmp_path / "c.db"), "--session", code.text
    )
    assert "Dashboard:" in out, err
    assert err.strip().splitlines() == [
        f"citizen-score class: warning: the session codes send results to 192.168.1.20:{port}, "
        f"but this server listens on 127.0.0.1:{port} (this computer only), so students' games "
        f"cannot reach it: start it with --host 0.0.0.0 --port {port}"
    ]


def test_a_server_where_the_code_sends_prints_no_warning(tmp_path, sesame):
    port = free_port()
    code = make_code(sesame.id, sesame.content_hash, 1, collect=f"127.0.0.1:{port}")
    out, err = serve_briefly(
        tmp_path, "--port", str(port), "--db", str(tmp_path / "c.db"), "--session", code.text
    )
    assert "Dashboard:" in out and err == "", err


def test_on_every_network_with_no_code_for_its_port_the_dashboard_is_this_computers():
    code = make_code("sesame_garden", "0" * 64, 1, collect="192.168.1.20:8765")
    assert dashboard_url("http://0.0.0.0:9000/", 9000, [code.text]) == "http://127.0.0.1:9000/"


def test_making_again_a_code_that_already_has_results_says_so_and_offers_another_seed(
    capsys, tmp_path, sesame, class_results
):
    from game.classroom.store import Store

    db = tmp_path / "c.db"
    args = ["class", "new", "sesame_garden", "--seed", "7", "--collect", "192.168.1.20:8765"]
    assert main([*args, "--db", str(db)]) == 0
    code = capsys.readouterr().out.splitlines()[0].removeprefix("Session code: ")
    store = Store(db)
    for r in class_results[:3]:
        store.add_results(r.model_copy(update={"session": code}))
    store.close()
    assert main([*args, "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "already holds 3 results for this code" in err and "--seed 8" in err
