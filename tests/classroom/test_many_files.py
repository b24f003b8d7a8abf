"""A hand-in folder of more files than a report reads: the files past the limit are one line
that names the first of them, not a line each burying the rest."""

from pathlib import Path

from game.classroom.gather import MAX_FILES, gather


def test_files_past_the_limit_are_one_line_naming_the_first_and_how_many_more(tmp_path: Path):
    folder = tmp_path / "handed_in"
    folder.mkdir()
    for i in range(MAX_FILES + 3):
        (folder / f"s{i:05d}.json").write_bytes(b"")
    problems = gather([folder]).problems
    past = [p for p in problems if "not read" in p]
    assert past == [
        f"{folder}: s{MAX_FILES:05d}.json and 2 more not read: a report reads at most "
        f"{MAX_FILES} files; make one report per class folder"
    ]
    assert len(problems) == MAX_FILES + 1
