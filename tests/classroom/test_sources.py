"""Where the projector debrief reads a class from (a folder, a database, the running server),
and what a --hide-scores code changes (what is shown, never the scenario)."""

from game.classroom.client import post_json
from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import as_played
from game.classroom.report import build_report
from game.classroom.source import report_from
from game.cli.main import main
from game.core.spec.score import Display


def test_the_report_from_the_running_server_equals_the_report_from_its_files(
    serve, sesame, class_results, tmp_path
):
    running = serve({class_results[0].session: sesame.id})
    for r in class_results:
        post_json(running.address, "/results", r.to_json())
        write_results(r, tmp_path / "files" / f"{r.nickname}.json")
    host, port = running.address
    from_server, problems = report_from(f"http://{host}:{port}")
    assert problems == []
    assert from_server == report_from(str(tmp_path / "files"))[0]
    assert from_server == build_report(class_results, sesame)


def test_an_unreachable_server_is_one_line(tmp_path):
    report, problems = report_from("http://127.0.0.1:1")
    assert report is None and len(problems) == 1 and "127.0.0.1:1" in problems[0]


def test_hide_scores_shows_tiers_instead_of_numbers_and_keeps_the_scenario(sesame):
    hidden = as_played(sesame, make_code(sesame.id, sesame.content_hash, 1, hide_scores=True))
    assert sesame.spec.score.display == Display.EXACT
    assert hidden.spec.score.display == Display.TIER
    assert hidden.content_hash == sesame.content_hash and hidden.rules.keys() == sesame.rules.keys()


def test_play_with_a_bad_code_is_one_line_before_any_window(capsys):
    assert main(["play", "--session", "CS-0000-0000-000"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("citizen-score play: session code:")


def test_the_class_database_and_a_folder_of_handed_in_files_make_one_report(
    serve, sesame, class_results, tmp_path
):
    running = serve({class_results[0].session: sesame.id})
    sent, handed_in = class_results[:4], class_results[4:]
    for r in sent:
        post_json(running.address, "/results", r.to_json())
    for r in [*handed_in, sent[0]]:  # one student both sent the results and handed them in
        write_results(r, tmp_path / "stick" / f"{r.nickname}.json")
    db = running.store.path
    report, problems = report_from(f"{db} ; {tmp_path / 'stick'}")
    assert report == build_report(class_results, sesame)
    assert len(problems) == 1 and "the same results" in problems[0]


def test_a_session_code_among_the_sources_shows_that_class_only(sesame, tmp_path):
    from game.classroom.store import Store
    from tests.classroom.conftest import bot_results

    store = Store(tmp_path / "class.db")
    codes = [make_code(sesame.id, sesame.content_hash, seed) for seed in (1, 2)]
    for code in codes:
        store.add_session(code.text, sesame.id)
        for i in range(3 if code.seed == 1 else 2):
            store.add_results(bot_results(sesame, code, i))
    store.close()
    both, _ = report_from(str(tmp_path / "class.db"))
    assert both is not None and both.students == 5
    typed = codes[1].text.lower().replace("-", " ")
    one, problems = report_from(f"{tmp_path / 'class.db'} ; {typed}")
    assert one is not None and one.students == 2
    assert problems == [
        f"{tmp_path / 'class.db'}: 3 results of session {codes[0].text} left out, since this "
        f"report is for {codes[1].text} only (another class, or check the code)"
    ]


def _handed_in(class_results, folder):
    for r in class_results:
        write_results(r, folder / f"{r.nickname}.json")
    return folder


def test_a_folder_named_twice_counts_each_student_once(class_results, tmp_path):
    folder = _handed_in(class_results, tmp_path / "stick")
    report, problems = report_from(f"{folder} ; {folder}/")
    assert report.students == len(class_results)
    assert problems == []


def test_a_file_named_with_its_own_folder_counts_once(class_results, tmp_path):
    folder = _handed_in(class_results, tmp_path / "stick")
    one = folder / f"{class_results[0].nickname}.json"
    report, problems = report_from(f"{one} ; {folder}")
    assert report.students == len(class_results)
    assert problems == []


def test_a_blank_source_asks_where_the_results_are_and_reads_no_folder(
    class_results, tmp_path, monkeypatch
):
    monkeypatch.chdir(_handed_in(class_results, tmp_path / "here"))
    report, problems = report_from("  ")
    assert report is None
    assert len(problems) == 1 and problems[0].startswith("Type where the results are")


def test_the_class_server_typed_without_http_is_read(serve, sesame, class_results):
    running = serve({class_results[0].session: sesame.id})
    for r in class_results:
        post_json(running.address, "/results", r.to_json())
    host, port = running.address
    report, problems = report_from(f"{host}:{port}")
    assert problems == []
    assert report.students == len(class_results)


def test_a_session_code_typed_wrong_among_the_sources_says_so_and_shows_no_class(sesame, tmp_path):
    from game.classroom.store import Store
    from tests.classroom.conftest import bot_results

    store = Store(tmp_path / "class.db")
    codes = [make_code(sesame.id, sesame.content_hash, seed) for seed in (1, 2)]
    for code in codes:
        store.add_session(code.text, sesame.id)
        store.add_results(bot_results(sesame, code, 0))
    store.close()
    typo = codes[1].text[:-1] + ("A" if codes[1].text[-1] != "A" else "B")
    report, problems = report_from(f"{tmp_path / 'class.db'} ; {typo}")
    assert report is None
    assert problems == [f"{typo}: this code has a typo: check each character against the board"]


def test_a_folder_whose_name_starts_with_cs_typed_wrong_is_still_a_missing_folder(tmp_path):
    report, problems = report_from(str(tmp_path / "CS-handins") + " ; CS-handins")
    assert report is None
    assert problems[-1] == "CS-handins: no such file or folder; check the name and try again"


def test_a_stopped_class_server_says_to_start_it_again_or_show_the_database():
    report, problems = report_from("http://127.0.0.1:1")
    assert report is None
    assert problems[0].endswith(
        "if it stopped, start it again with the same class serve command (nothing collected "
        "is lost), or show the class database (class.db) instead"
    )
