"""Sound plays at the player's volume, or the game stays silent and quiet without a device."""

from __future__ import annotations

import subprocess
import sys
import wave
from typing import TYPE_CHECKING

import pygame

from game.paths import assets_dir
from game.ui.audio import Audio
from game.ui.store import Settings, load_settings
from game.ui.synth import RATE, SOUNDS, click, to_int16
from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

NO_DEVICE = """
import os
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "{driver}"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
from game.ui.app import App
from game.ui.scenes.flow import start_scenes
app = App()
start_scenes(app, None, None, None)
for _ in range(3):
    app.tick(0.016)
app.kit.audio.play("tier_up")
print(app.kit.audio.ready, app.kit.audio.played, app.kit.audio.problem is not None)
"""


def _run(tmp_path, script: str) -> subprocess.CompletedProcess:
    env = {"CITIZEN_SCORE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


def test_without_an_audio_driver_the_game_runs_silent_and_prints_nothing(tmp_path) -> None:
    done = _run(tmp_path, NO_DEVICE.format(driver="no_such_driver"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.split() == ["False", "[]", "True"]


def test_probing_the_default_audio_device_prints_nothing(tmp_path) -> None:
    script = NO_DEVICE.replace('os.environ["SDL_AUDIODRIVER"] = "{driver}"', "")
    done = _run(tmp_path, script)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_muted_sound_plays_nothing(app: App) -> None:
    assert app.kit.audio.ready
    app.settings.muted = True
    app.kit.audio.play("stamp")
    assert app.kit.audio.played == []


def test_sound_that_never_started_is_silent_and_error_free() -> None:
    audio = Audio(Settings())
    audio.play("stamp")
    audio.apply()
    assert audio.played == [] and not audio.ready


def test_missing_sound_files_mean_silence_with_a_reason(tmp_path) -> None:
    pygame.mixer.init()
    try:
        audio = Audio(Settings(), tmp_path)
        audio.start()
        audio.play("click")
        assert audio.played == [] and audio.problem and audio.problem.startswith("No sound")
    finally:
        pygame.mixer.quit()


def test_volume_and_mute_in_the_pause_menu_are_saved(app: App) -> None:
    from game.ui.scenes.overlays import PauseScene

    app.push(PauseScene(app.kit, app))
    app.tick(0.016)
    start = app.settings.volume
    focus_on(app, "Sound quieter")
    press(app, pygame.K_RETURN)
    focus_on(app, "Mute")
    press(app, pygame.K_RETURN)
    saved = load_settings()
    assert saved.volume == start - 20 and saved.muted


def test_the_checked_in_sounds_are_what_the_synthesiser_makes() -> None:
    with wave.open(str(assets_dir() / "sounds" / "click.wav"), "rb") as f:
        assert f.getframerate() == RATE
        frames = f.readframes(f.getnframes())
    assert frames == to_int16(click(RATE)).tobytes()
    assert {p.stem for p in (assets_dir() / "sounds").glob("*.wav")} == set(SOUNDS)
