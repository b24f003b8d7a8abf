"""The teacher guide covers every shipped level: its objectives and its discussion questions
appear word for word, so a changed question reminds the author to update the answer key."""

import re

import pytest

from game.classroom.levels import shipped_levels
from game.paths import shipped

GUIDE = shipped("docs") / "teacher-guide.md"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def guide() -> str:
    return _flat(GUIDE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("level", shipped_levels(), ids=lambda lv: lv.id)
def test_every_level_has_its_objectives_and_questions_in_the_guide(level, guide):
    assert f"## {level.spec.meta.title}" in guide
    for text in (*level.spec.meta.objectives, *level.spec.debrief.questions):
        assert _flat(text) in guide, f"{level.id}: update docs/teacher-guide.md for: {text[:60]}"


def test_the_guide_has_advisories_data_and_both_ways_to_run_a_session(guide):
    for heading in (
        "Content advisories",
        "Without the server",
        "With the server",
        "What data is stored",
        "glossary.md",
    ):
        assert heading in guide


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def test_the_time_to_prepare_covers_playing_the_longest_level_once():
    import re

    text = GUIDE.read_text(encoding="utf-8")
    prepare = re.search(r"## Before the lesson \(about (\d+) minutes", text)
    longest = max(int(m) for m in re.findall(r"\| about (\d+) min \|", text))
    assert prepare is not None and int(prepare.group(1)) >= longest + 5


def test_the_guide_shows_how_to_install_on_machines_without_internet(guide):
    assert "Installing without internet" in guide
    assert "pip wheel . -w wheelhouse" in guide and "--no-index --find-links" in guide


def test_the_guide_says_what_happens_when_a_student_does_not_finish(guide):
    assert "If a student does not finish" in guide and "Continue" in guide


def test_the_guide_tells_each_class_its_own_code_and_how_to_report_one_class(guide):
    assert "One code per class" in guide and "--seed 2" in guide
    assert "--session CODE" in _section(GUIDE.read_text(encoding="utf-8"), "### With the server")


def test_every_class_command_in_the_guide_is_one_the_program_accepts():
    import argparse
    import re
    import shlex

    from game.cli.class_cmd import add_arguments

    parser = argparse.ArgumentParser(exit_on_error=False)
    add_arguments(parser)
    text = GUIDE.read_text(encoding="utf-8")
    commands = re.findall(r"`citizen-score class ([^`]+)`", text)
    assert len(commands) >= 5
    for command in commands:
        args = shlex.split(command.replace("CODE", "CS-8E3J-SA00-014"))
        try:
            parser.parse_args(args)
        except (argparse.ArgumentError, SystemExit) as exc:
            raise AssertionError(f"the guide's `citizen-score class {command}`: {exc}") from None


def test_the_lesson_plans_show_the_code_made_before_the_lesson_not_a_new_one(guide):
    plans = guide.split("*Intro, 5 min.*")[1:]
    assert len(plans) >= 9
    for plan in plans:
        intro = plan.split("2. *Play")[0]
        assert "code you made before the lesson" in intro and "class new" not in intro


def test_the_minutes_left_told_to_the_class_run_out_when_the_discussion_starts():
    import re

    text = " ".join(GUIDE.read_text(encoding="utf-8").split())
    said = re.search(r"at minute (\d+) that (\d+) minutes are left\. At minute (\d+), start", text)
    intro = re.search(r"\*Intro, (\d+) min\.\*", text)
    play = re.search(r"\*Play, about (\d+) min\.\*", text)
    assert said and intro and play
    told, left, discuss = (int(g) for g in said.groups())
    assert told + left == discuss == int(intro.group(1)) + int(play.group(1))


def test_every_example_code_in_the_guide_and_the_join_page_opens_a_shipped_level():
    """A teacher who types the guide's example code, or a student the Join page's, sees the
    level, not "a different version": a changed level needs them made again with `class
    new`."""
    from game.classroom.code import CodeError
    from game.classroom.levels import resolve
    from game.ui.scenes.join import EXAMPLE_CODE

    codes = re.findall(r"CS-[0-9A-Z]{4}(?:-[0-9A-Z*~$=]{1,4})+", GUIDE.read_text("utf-8"))
    assert len(set(codes)) >= 2 and EXAMPLE_CODE in codes  # the Join page's example too

    stale = []
    for text in sorted(set(codes)):
        try:
            resolve(text)
        except CodeError as exc:
            stale.append(f"{text}: {exc}")
    assert not stale, (
        "make them again: citizen-score class new sesame_garden --seed 2 [--collect "
        f"192.168.1.20:8765]: {stale}"
    )
