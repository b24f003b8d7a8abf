"""A class database damaged on disk (cut short, or pages overwritten): one line that says the
results are not lost (every game kept its file), never a traceback."""

from pathlib import Path

import pytest

from game.classroom.gather import gather
from game.classroom.store import Store, StoreError
from game.cli.main import main


@pytest.fixture
def database(tmp_path: Path, sesame, class_results) -> Path:
    path = tmp_path / "class.db"
    store = Store(path)
    store.add_session(class_results[0].session, sesame.id)
    for results in class_results:
        store.add_results(results)
    store.close()
    return path


def test_a_database_cut_short_says_it_is_damaged_and_where_the_results_still_are(database):
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match=r"damaged.*kept its results file"):
        Store(database)


def test_a_database_with_pages_overwritten_is_one_line_in_the_report_not_a_traceback(
    database, capsys
):
    data = bytearray(database.read_bytes())
    for page in range(3 * 4096, len(data), 4096):
        data[page : page + 200] = b"\xff" * 200
    database.write_bytes(bytes(data))
    found = gather([database])
    assert found.results == []
    assert len(found.problems) == 1 and "damaged" in found.problems[0]
    assert main(["class", "report", str(database)]) == 1
    assert "Traceback" not in capsys.readouterr().err
