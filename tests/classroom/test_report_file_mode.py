"""A class report the teacher writes is readable by the class: under the usual umask its
page and CSV are 0644, as a file saved from any program is, so a copy on the school's shared
folder opens for everyone (owner-only, it did not)."""

from __future__ import annotations

from game.classroom.files import write_results
from game.cli.main import main
from tests.classroom.test_private_files import mode, pytestmark, umask_022  # noqa: F401


def test_a_class_report_page_and_csv_are_readable_by_all_under_umask_022(
    tmp_path, capsys, class_results
):
    results = tmp_path / "results"
    results.mkdir()
    for r in class_results:
        write_results(r, results / f"{r.nickname}.json")
    page, table = tmp_path / "class.html", tmp_path / "class.csv"
    argv = ["class", "report", str(results), "--html", str(page), "--csv", str(table)]
    assert main(argv) == 0
    assert [mode(p) for p in (page, table)] == [0o644, 0o644]
