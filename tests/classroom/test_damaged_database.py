"""A class database damaged on disk (cut short, or pages overwritten): one line that says the
results are not lost (every game kept its file), never a traceback."""

import pytest

from game.classroom.gather import gather
from game.classroom.store import Store, StoreError
from game.cli.main import main


def test_a_database_cut_short_says_it_is_damaged_and_where_the_results_still_are(
    class_database,
):
    data = class_database.read_bytes()
    class_database.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match=r"damaged.*kept its results file"):
        Store(class_database)


def test_a_database_with_pages_overwritten_is_one_line_in_the_report_not_a_traceback(
    pages_overwritten, capsys
):
    found = gather([pages_overwritten])
    assert found.results == []
    assert len(found.problems) == 1 and "damaged" in found.problems[0]
    assert main(["class", "report", str(pages_overwritten)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_serving_a_database_damaged_past_its_header_is_one_line_not_a_traceback(
    pages_overwritten, class_results, capsys
):
    code = class_results[0].session
    argv = ["class", "serve", "--port", "1", "--db", str(pages_overwritten), "--session", code]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
