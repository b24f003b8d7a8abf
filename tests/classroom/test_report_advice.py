"""Every line the class report prints about a file it left out says what the teacher does
next, as a lesson with a USB stick, a class database and a few mistakes produces them."""

from pathlib import Path

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.gather import gather
from game.classroom.store import Store
from game.cli.main import main
from tests.classroom.conftest import bot_results


def stick(tmp_path: Path, class_results) -> Path:
    folder = tmp_path / "stick"
    for r in class_results:
        write_results(r, folder / f"sesame_garden-{r.nickname}.json")
    return folder


def test_a_macs_hidden_twin_of_each_file_on_a_stick_is_neither_counted_nor_listed(
    tmp_path, class_results
):
    folder = stick(tmp_path, class_results)
    for r in class_results:
        twin = folder / f"._sesame_garden-{r.nickname}.json"
        twin.write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(4000))
    found = gather([folder])
    assert len(found.results) == len(class_results) and found.problems == []


def test_a_file_cut_short_on_the_stick_asks_for_it_to_be_handed_in_again(tmp_path, class_results):
    folder = stick(tmp_path, class_results)
    whole = (folder / "sesame_garden-student-00.json").read_bytes()
    (folder / "sesame_garden-student-00.json").write_bytes(whole[: len(whole) // 2])
    (problem,) = gather([folder]).problems
    assert "not valid JSON" in problem
    assert problem.endswith("skipped: ask its student to hand it in again")


def test_a_file_handed_in_twice_says_there_is_nothing_to_do(tmp_path, class_results):
    folder = stick(tmp_path, class_results)
    write_results(class_results[0], folder / "sesame_garden-student-00 - Copy.json")
    (problem,) = gather([folder]).problems
    assert "the same results as" in problem and problem.endswith("nothing to do")


def test_another_levels_file_says_its_student_played_another_level(tmp_path, class_results, sesame):
    folder = stick(tmp_path, class_results)
    stray = class_results[0].model_copy(update={"level_id": "nosedive", "nickname": "lost-elk-1"})
    write_results(stray, folder / "nosedive-lost-elk-1.json")
    (problem,) = gather([folder]).problems
    assert problem.endswith(
        "results for level nosedive, not sesame_garden; skipped: that student played another level"
    )


def test_a_file_from_another_code_says_its_student_typed_another_code(
    tmp_path, class_results, sesame
):
    folder = stick(tmp_path, class_results)
    other = make_code(sesame.id, sesame.content_hash, 8)
    write_results(bot_results(sesame, other, 9), folder / "sesame_garden-student-09.json")
    (problem,) = gather([folder], class_results[0].session).problems
    assert f"from session {other.text}, not {class_results[0].session}" in problem
    assert problem.endswith("that student typed another code, so the game was not this class's")


def test_a_file_played_without_a_code_in_another_scenario_says_so_and_names_the_seed(
    tmp_path, class_results, sesame
):
    folder = stick(tmp_path, class_results)
    other = make_code(sesame.id, sesame.content_hash, 8)
    alone = bot_results(sesame, other, 9).model_copy(update={"session": ""})
    write_results(alone, folder / "sesame_garden-student-09.json")
    (problem,) = gather([folder], class_results[0].session).problems
    assert "played without a session code" in problem and "seed 8" in problem
    assert problem.endswith("that game was not played in this class")


def test_other_classes_in_the_class_database_take_one_line_per_class_not_one_per_student(
    tmp_path, class_results, sesame
):
    store = Store(tmp_path / "class.db")
    earlier = make_code(sesame.id, sesame.content_hash, 8)
    store.add_session(class_results[0].session, sesame.id)
    store.add_session(earlier.text, sesame.id)
    for r in class_results:
        store.add_results(r)
    for i in range(20, 25):
        store.add_results(bot_results(sesame, earlier, i))
    store.close()
    found = gather([tmp_path / "class.db"], class_results[0].session)
    assert len(found.results) == len(class_results)
    assert found.problems == [
        f"{tmp_path / 'class.db'}: 5 results of session {earlier.text} left out, since this "
        f"report is for {class_results[0].session} only (another class, or check the code)"
    ]


def test_a_folder_name_typed_wrong_says_to_check_the_name(tmp_path):
    missing = tmp_path / "handed-in"
    assert gather([missing]).problems == [
        f"{missing}: no such file or folder; check the name and try again"
    ]


def test_the_summary_line_points_at_the_lines_above_when_something_was_left_out(
    tmp_path, class_results, capsys
):
    folder = stick(tmp_path, class_results)
    (folder / "sesame_garden-broken.json").write_text("{", encoding="utf-8")
    assert main(["class", "report", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"{len(class_results)} students (the line above says what to check)" in out


def test_a_report_of_an_empty_folder_says_where_the_files_should_go(tmp_path, capsys):
    folder = tmp_path / "handed-in"
    folder.mkdir()
    assert main(["class", "report", str(folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith(
        "copy the handed-in files straight into it (folders inside it are not read)"
    )
    assert err[1].endswith("nothing to report; the line above says why")


def test_a_broken_copy_of_results_counted_from_elsewhere_needs_nothing_more(
    tmp_path, class_results
):
    from game.classroom.files import results_name

    sent = tmp_path / "sent"
    write_results(class_results[0], sent / results_name(class_results[0]))
    folder = tmp_path / "stick"
    whole = write_results(class_results[0], folder / results_name(class_results[0])).read_bytes()
    (folder / results_name(class_results[0])).write_bytes(whole[:200])
    found = gather([sent, folder])
    (problem,) = found.problems
    assert len(found.results) == 1
    assert problem.endswith(
        f"the same results are counted from {sent / results_name(class_results[0])}: nothing to do"
    )


def test_a_class_database_named_where_this_computer_has_none_names_the_one_it_has(tmp_path):
    from game.classroom.store import default_db

    Store(default_db()).close()
    linux_path = tmp_path / ".local" / "share" / "citizen-score" / "classroom" / "class.db"
    assert gather([linux_path]).problems == [
        f"{linux_path}: no such file or folder; this computer's class database is {default_db()}"
    ]
