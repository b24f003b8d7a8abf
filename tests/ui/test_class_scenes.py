"""Joining a class from the title screen, keeping results when the level ends, and the
projector debrief, all driven by posted keyboard and text events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui

from game.classroom.code import make_code
from game.classroom.files import list_results, write_results
from game.classroom.results import make_results
from game.core.content.loader import load_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from game.ui.line_breaks import ZERO_WIDTH_SPACE
from tests.ui.drive import FRAME, click, focus_on, play_days_to_the_debrief, press

if TYPE_CHECKING:
    from game.ui.app import App


def type_text(app: App, text: str) -> None:
    for char in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char, window=None))
    app.tick(FRAME)
    app.tick(FRAME)


def level_in(folder: Path):
    return load_level(folder / "all_features.yaml").level


def open_join(app: App) -> None:
    focus_on(app, "Join a class")
    press(app, pygame.K_RETURN)
    assert app.top.name == "join"


def test_a_typed_code_starts_the_teachers_scenario(app: App, levels_dir: Path) -> None:
    level = level_in(levels_dir)
    code = make_code(level.id, level.content_hash, 321)
    open_join(app)
    type_text(app, code.text.lower())
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "briefing"
    assert app.top.session.seed == 321
    assert app.director.seat.code == code


def test_a_mistyped_code_says_so_and_stays_on_the_join_screen(app: App, levels_dir: Path) -> None:
    level = level_in(levels_dir)
    text = make_code(level.id, level.content_hash, 5).text
    open_join(app)
    type_text(app, text[:-1] + ("A" if text[-1] != "A" else "B"))
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "join"
    assert "typo" in app.top.error


def test_a_finished_class_level_keeps_a_results_file_with_the_code(
    app: App, levels_dir: Path
) -> None:
    level = level_in(levels_dir)
    code = make_code(level.id, level.content_hash, 9)
    play_to_the_debrief(app, code, level, "brave-otter-11")
    files = list_results()
    assert len(files) == 1
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert (data["session"], data["nickname"], data["seed"]) == (code.text, "brave-otter-11", 9)


def play_to_the_debrief(app: App, code, level, nickname: str) -> None:
    """Join with the code, then end every day by keyboard (default answers) until the debrief."""
    app.director.start_class(code, level, nickname)
    app.tick(FRAME)
    play_days_to_the_debrief(app, limit=40)


def test_the_debrief_of_a_class_level_says_where_the_results_file_is(
    app: App, levels_dir: Path
) -> None:
    level = level_in(levels_dir)
    play_to_the_debrief(app, make_code(level.id, level.content_hash, 9), level, "calm-crane-4")
    assert app.top.points_box is not None
    shown = app.top.points_box.html_text.replace(ZERO_WIDTH_SPACE, "")  # (places to wrap)
    assert f"Your results are saved in {list_results()[0]}" in shown


def test_the_next_level_after_a_class_level_repeats_no_results_note(
    app: App, levels_dir: Path
) -> None:
    level = level_in(levels_dir)
    play_to_the_debrief(app, make_code(level.id, level.content_hash, 9), level, "calm-crane-4")
    focus_on(app, "Next level")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "level_select"  # the fixture folder holds one level
    assert app.top.message is None


def class_of(level, seed: int, size: int) -> None:
    code = make_code(level.id, level.content_hash, seed)
    for i in range(size):
        strategy = ("random", "conformist", "dissident")[i % 3]
        episode = run_episode(level, chooser_for(level, strategy), seed, bot_seed=i)
        write_results(
            make_results(
                f"pupil-{i}",
                code.text,
                level.id,
                level.content_hash,
                seed,
                episode.actions,
                episode.outcome,
                strategy,
            )
        )


def test_the_projector_debrief_steps_through_the_class_report(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    class_of(level_in(levels_dir), 4, 6)
    focus_on(app, "Class debrief")
    press(app, pygame.K_RETURN)
    assert app.top.name == "class_source"
    press(app, pygame.K_RETURN, frames=3)  # Show (the kept results folder is filled in)
    scene = app.top
    assert scene.name == "class_debrief" and scene.report.students == 6
    kinds = []
    for i in range(len(scene.steps)):
        kinds.append(scene.step.kind)
        pygame.image.save(app.screen, tmp_path / f"step{i}.png")
        press(app, pygame.K_RIGHT)
    assert kinds[:2] == ["title", "bands"] and kinds.count("prompt") == len(scene.report.prompts)
    press(app, pygame.K_LEFT)
    assert scene.index == len(scene.steps) - 2
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "title"


def test_the_projector_debrief_names_a_folder_with_no_results(app: App, tmp_path: Path) -> None:
    focus_on(app, "Class debrief")
    press(app, pygame.K_RETURN)
    focus_on(app, "Show")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "class_source" and app.top.problems


def test_a_kept_result_can_be_saved_to_a_chosen_folder(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    class_of(level_in(levels_dir), 2, 1)
    open_join(app)
    press(app, pygame.K_TAB)  # code box to nickname box
    press(app, pygame.K_TAB)  # to the buttons
    assert app.top.focus.current_key() == "Join"
    focus_on(app, "Save a copy of the newest to...")
    press(app, pygame.K_RETURN)
    scene = app.top
    assert scene.hand_in.dialog is not None and scene.hand_in.dialog.alive()
    usb = tmp_path / "usb"
    usb.mkdir()
    event = pygame.event.Event(
        pygame_gui.UI_FILE_DIALOG_PATH_PICKED, text=str(usb), ui_element=scene.hand_in.dialog
    )
    pygame.event.post(event)
    app.tick(FRAME)
    app.tick(FRAME)
    copied = list(usb.glob("*.json"))
    assert len(copied) == 1 and copied[0].read_text(encoding="utf-8") == list_results()[
        0
    ].read_text(encoding="utf-8")
    assert "Saved a copy" in scene.hand_in.status


def open_the_folder_picker(app: App, levels_dir: Path):
    class_of(level_in(levels_dir), 2, 1)
    open_join(app)
    focus_on(app, "Save a copy of the newest to...")
    press(app, pygame.K_RETURN)
    picker = app.top.hand_in.dialog
    assert picker is not None and picker.alive()
    return picker


def test_a_new_empty_folder_typed_in_the_picker_receives_the_copy_on_ok(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    picker = open_the_folder_picker(app, levels_dir)
    usb = tmp_path / "empty stick"
    usb.mkdir()
    click(app, picker.file_path_text_line)
    press(app, pygame.K_a, mod=pygame.KMOD_CTRL)
    press(app, pygame.K_BACKSPACE)
    type_text(app, str(usb))
    press(app, pygame.K_RETURN)
    click(app, picker.ok_button)
    app.tick(FRAME)  # the picker posts the folder it picked; the scene reads it next frame
    copied = list(usb.glob("*.json"))
    assert [p.name for p in copied] == [list_results()[0].name]
    assert f"Saved a copy to {copied[0]}" == app.top.hand_in.status


def test_a_folder_opened_in_the_picker_receives_the_copy_on_ok(
    app: App, levels_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "stick").mkdir()
    picker = open_the_folder_picker(app, levels_dir)
    row = next(
        b for b in picker.file_selection_list.item_list_container.elements if b.text == "stick"
    )
    click(app, row)
    click(app, row)
    click(app, picker.ok_button)
    app.tick(FRAME)
    assert [p.name for p in (tmp_path / "stick").glob("*.json")] == [list_results()[0].name]


def test_the_folder_picker_offers_no_way_to_delete_files(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    picker = open_the_folder_picker(app, levels_dir)
    assert not picker.delete_button.visible


def test_the_focus_ring_is_not_drawn_over_the_open_folder_picker(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    picker = open_the_folder_picker(app, levels_dir)
    ring = app.top.focus.focused().get_abs_rect().inflate(6, 6)
    over = ring.clip(picker.get_abs_rect())
    assert over.width > 0, "the picker no longer covers the button: move the check"
    focus = pygame.Color(app.kit.colours.focus)
    edge = [(x, over.bottom - 2) for x in range(over.left, over.right)]
    assert all(app.screen.get_at(point) != focus for point in edge)


def test_a_folder_that_does_not_exist_is_named_and_nothing_is_written(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    picker = open_the_folder_picker(app, levels_dir)
    missing = tmp_path / "no such stick"
    click(app, picker.file_path_text_line)
    press(app, pygame.K_a, mod=pygame.KMOD_CTRL)
    press(app, pygame.K_BACKSPACE)
    type_text(app, str(missing))
    click(app, picker.ok_button)
    app.tick(FRAME)
    assert app.top.hand_in.status == f"There is no folder {missing}"
    assert not missing.exists()
