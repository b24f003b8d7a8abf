"""Files named one by one (a shell's *.json) past the limit are one line, as a folder's
are: a line each buried the problems that ask the teacher to check something."""

from pathlib import Path

from game.classroom.gather import MAX_FILES, gather


def test_files_named_one_by_one_past_the_limit_are_one_line(tmp_path: Path):
    files = []
    for i in range(MAX_FILES + 3):
        files.append(tmp_path / f"s{i:05d}.json")
        files[-1].write_text("{}")
    past = [p for p in gather(files).problems if "not read" in p]
    assert past == [
        f"{tmp_path}: s{MAX_FILES:05d}.json and 2 more not read: a report reads at most "
        f"{MAX_FILES} files; make one report per class folder"
    ]
