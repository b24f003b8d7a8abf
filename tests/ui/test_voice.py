"""Self-voicing: off by default, a clear message without a voice, speech through the mixer."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.store import Settings, load_settings
from game.ui.voice import NO_SOUND, NO_VOICE, Voice
from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_self_voicing_is_off_by_default(app: App) -> None:
    assert Settings().voice is False and not app.kit.voice.on
    app.kit.voice.say("Hello")
    assert app.kit.voice.spoken == []


def test_turning_it_on_without_a_voice_says_what_to_install(app: App, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # as if the voice extra were missing
    from game.ui.scenes.overlays import PauseScene

    app.push(PauseScene(app.kit, app))
    app.tick(0.016)
    focus_on(app, "Read aloud")
    press(app, pygame.K_RETURN)
    assert app.kit.voice.problem == NO_VOICE
    assert "espeak-ng" in app.top.body() and load_settings().voice


def test_without_sound_there_is_no_voice_and_the_reason_is_given() -> None:
    from game.ui.audio import Audio

    settings = Settings(voice=True)
    voice = Voice(settings, Audio(settings))
    voice.start()
    voice.say("Hello")
    assert voice.problem == NO_SOUND and voice.spoken == []


def test_with_a_voice_installed_the_focused_control_is_read_aloud(app: App) -> None:
    pytest.importorskip("pyttsx3")
    app.kit.voice.toggle()
    if app.kit.voice.problem:
        pytest.skip(app.kit.voice.problem)
    press(app, pygame.K_TAB)
    assert app.kit.voice.spoken and app.kit.voice.spoken[-1] == app.top.focus.focused().text
