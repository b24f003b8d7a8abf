"""`class report` reads the running collector's address as the projector's Class debrief
does (http://127.0.0.1:PORT, or 127.0.0.1:PORT): given the address the teacher had just
typed for the projector, it said "http:/127.0.0.1:8765: no such file or folder" (one slash
lost) and wrote nothing. All on loopback, with a collector stopped after each test."""

from pathlib import Path

from game.cli.main import main
from tests.classroom.conftest import bot_results
from tests.ui.test_hand_in import closed_port


def _collecting(serve, sesame, students: int):
    running = serve()
    code = running.collect_code(sesame)
    running.store.add_session(code.text, sesame.id)
    for i in range(students):
        running.store.add_results(bot_results(sesame, code, i))
    return running, code.text


def _rows(csv: Path) -> list[str]:
    return csv.read_text(encoding="utf-8-sig").splitlines()[1:]


def test_a_report_from_the_collectors_address_counts_its_students(serve, sesame, tmp_path, capsys):
    running, code = _collecting(serve, sesame, 3)
    host, port = running.address
    csv = tmp_path / "class.csv"
    status = main(
        ["class", "report", f"http://{host}:{port}", "--session", code, "--csv", str(csv)]
    )
    out = capsys.readouterr()
    assert status == 0, out.err
    assert "Sesame Garden: 3 students" in out.out
    assert len(_rows(csv)) == 3


def test_a_report_from_the_address_without_http_and_a_folder_counts_both(
    serve, sesame, tmp_path, capsys
):
    from game.classroom.files import write_results

    running, code = _collecting(serve, sesame, 2)
    host, port = running.address
    folder = tmp_path / "stick"
    write_results(bot_results(sesame, running.collect_code(sesame), 5), folder / "late.json")
    status = main(["class", "report", f"{host}:{port}", str(folder), "--session", code])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert "Sesame Garden: 3 students" in out.out


def test_a_collector_that_is_not_running_is_one_line_that_says_so(capsys):
    port = closed_port()
    assert main(["class", "report", f"http://127.0.0.1:{port}", "--html", "r.html"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"cannot reach the class server at 127.0.0.1:{port}" in err[0]
    assert "no such file" not in "\n".join(err)
    assert "http:/127" not in "\n".join(err).replace("http://", "")
