"""A file handed in twice (or sent and handed in) is counted once and needs nothing done: the
report's last line and the projector's first slide do not send the teacher to check it, as
they do for a file that was left out."""

from __future__ import annotations

import pygame

from game.classroom.files import write_results
from game.cli.main import main
from tests.classroom.projector import Recording


def hand_in_twice(folder, class_results) -> None:
    """Every student's file, and the first one a second time under another name."""
    for r in class_results:
        write_results(r, folder / f"{r.nickname}.json")
    write_results(class_results[0], folder / "copy-from-the-stick.json")


def test_the_report_says_a_file_counted_once_needs_nothing_done(tmp_path, capsys, class_results):
    hand_in_twice(tmp_path, class_results)
    assert main(["class", "report", str(tmp_path), "--csv", str(tmp_path / "c.csv")]) == 0
    out, err = capsys.readouterr()
    assert "nothing to do" in err
    last = out.splitlines()[0]
    assert "what to check" not in last, last
    assert "nothing to do" in last, last


def test_the_report_counts_only_the_lines_to_check_when_both_kinds_are_there(
    tmp_path, capsys, class_results
):
    hand_in_twice(tmp_path, class_results)
    (tmp_path / "cut-short.json").write_text('{"kind": "citizen-score-results", ', "utf-8")
    assert main(["class", "report", str(tmp_path), "--csv", str(tmp_path / "c.csv")]) == 0
    last = capsys.readouterr().out.splitlines()[0]
    assert "1 of the 2 lines above says what to check" in last, last


def first_slide(source: str) -> str:
    """Every text the projector's first slide draws for this source."""
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassSourceScene
    from game.ui.scenes.flow import Director

    app = App()
    try:
        app.replace(ClassSourceScene(app.kit, app, Director(app), source))
        app.tick(0.016)
        app.top.show()
        app.kit.text = Recording()
        app.tick(0.016)
        assert app.top.name == "class_debrief"
        return " ".join(app.kit.text.drawn)
    finally:
        pygame.quit()


def test_the_first_slide_asks_nothing_of_the_teacher_for_a_file_counted_once(
    tmp_path, class_results
):
    hand_in_twice(tmp_path, class_results)
    drawn = first_slide(str(tmp_path))
    assert "6 students finished" in drawn
    assert "Read first" not in drawn, drawn
